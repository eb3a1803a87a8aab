"""PostgreSQL itself enforces who may do what on a hub: plain SQL as each role, refused by the server."""

from __future__ import annotations

import psycopg
import pytest

from desktop.core.hub.client import HubError, add_member, init_hub, sync
from tests.hub.helpers import ARTICLE, open_store, span, with_article

REVISION = ("INSERT INTO hamish.revisions (origin, origin_seq, uuid, article_hash, action, deleted, record, made, hlc, "
            "member) VALUES (%s, %s, 'u1', 'h', 'add', false, '{}', '2026-01-01T00:00:00.000Z', "
            "'000000000000001.000000', %s)")


def _as(hub, role: str) -> psycopg.Connection:
    return psycopg.connect(hub.url(hub.member(role)), autocommit=True)


def _refused(conn: psycopg.Connection, statement: str, params=()) -> None:
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute(statement, params)


@pytest.fixture
def pushed(tmp_path, hub):
    """A hub holding one revision pushed by the analyst from their store."""
    a = open_store(tmp_path, "a")
    a.add_annotation(with_article(a), *span(ARTICLE, "12%"), "stake")
    sync(a, hub.url(hub.member("analyst")))
    return a


@pytest.mark.parametrize("role", ["analyst", "reviewer", "admin"])
def test_nobody_changes_deletes_or_truncates_revisions(hub, pushed, role):
    with _as(hub, role) as conn:
        assert conn.execute("SELECT count(*) FROM hamish.revisions").fetchone()[0] == 1  # everyone reads
        _refused(conn, "UPDATE hamish.revisions SET record = '{}'")
        _refused(conn, "DELETE FROM hamish.revisions")
        _refused(conn, "TRUNCATE hamish.revisions")
        _refused(conn, "DELETE FROM hamish.articles")
        _refused(conn, "UPDATE hamish.origins SET member = current_user")


def test_an_analyst_appends_only_as_themselves(hub, pushed):
    other = hub.member("reviewer")
    with _as(hub, "reviewer") as conn:  # the reviewer registers a store of their own
        conn.execute("INSERT INTO hamish.origins (origin) VALUES ('store-of-reviewer')")
    with _as(hub, "analyst") as conn:
        _refused(conn, REVISION, [pushed.store_id, 99, other])  # in another member's name
        _refused(conn, REVISION, ["store-of-reviewer", 1, hub.member("analyst")])  # into another member's store
        _refused(conn, "INSERT INTO hamish.origins (origin, member) VALUES ('x', %s)", [other])
        _refused(conn, "INSERT INTO hamish.reviews (uuid, status) VALUES ('u1', 'confirmed')")
        _refused(conn, "INSERT INTO hamish.members (name, role) VALUES ('someone', 'admin')")
        conn.execute(REVISION, [pushed.store_id, 99, hub.member("analyst")])  # as themselves, from their store: yes
        assert conn.execute("SELECT count(*) FROM hamish.revisions").fetchone()[0] == 2


def test_reviewers_set_review_status_as_themselves(hub, pushed):
    with _as(hub, "reviewer") as conn:
        conn.execute("INSERT INTO hamish.reviews (uuid, status) VALUES ('u1', 'confirmed')")
        _refused(conn, "INSERT INTO hamish.reviews (uuid, status, member) VALUES ('u1', 'rejected', %s)",
                 [hub.member("admin")])
        _refused(conn, "UPDATE hamish.reviews SET status = 'rejected'")
        _refused(conn, "INSERT INTO hamish.members (name, role) VALUES ('someone', 'admin')")


def test_only_admins_manage_members(hub):
    add_member(hub.url(hub.member("admin")), f"{hub.name}_newcomer", "analyst")
    with _as(hub, "admin") as conn:
        assert conn.execute("SELECT role FROM hamish.members WHERE name = %s",
                            [f"{hub.name}_newcomer"]).fetchone() == ("analyst",)
    with pytest.raises(HubError, match="not allowed"):
        add_member(hub.url(hub.member("analyst")), f"{hub.name}_intruder", "admin")
    with _as(hub, "reviewer") as conn:
        assert conn.execute("SELECT count(*) FROM pg_roles WHERE rolname = %s",
                            [f"{hub.name}_intruder"]).fetchone() == (0,)


def test_a_store_syncs_only_as_the_member_who_first_pushed_it(hub, pushed):
    with pytest.raises(HubError, match="pushes to the hub as"):
        sync(pushed, hub.url(hub.member("reviewer")))


def test_init_is_idempotent_and_refuses_a_foreign_database(hub_db):
    assert init_hub(hub_db.url()) == ["h001_tables", "h002_permissions", "h003_shared_items", "h004_review_status",
                                       "h005_held_bases", "h006_compare_items"]
    assert init_hub(hub_db.url()) == []
    with psycopg.connect(hub_db.url(), autocommit=True) as conn:
        conn.execute("DROP SCHEMA hamish CASCADE")
        conn.execute("CREATE TABLE payroll (id int)")
    with pytest.raises(HubError, match="not a Hamish hub"):
        init_hub(hub_db.url())


STATUS = ("INSERT INTO hamish.revisions (origin, origin_seq, uuid, article_hash, action, deleted, record, base_origin, "
          "base_origin_seq, made, hlc) VALUES (%s, %s, 'u9', 'h', 'edit', false, %s::jsonb, %s, %s, "
          "'2026-01-01T00:00:00.000Z', '000000000000002.000000')")


@pytest.mark.parametrize("role, allowed", [("analyst", False), ("reviewer", True), ("admin", True)])
def test_only_reviewers_change_review_status_in_plain_sql(hub, role, allowed):
    origin = f"store-of-{role}"
    with _as(hub, role) as conn:
        conn.execute("INSERT INTO hamish.origins (origin) VALUES (%s)", [origin])
        new = [origin, 1, '{"status": "confirmed"}', None, None]  # a new claim that arrives confirmed
        if allowed:
            conn.execute(STATUS, new)
            conn.execute(STATUS, [origin, 2, '{"status": "confirmed", "note": "n"}', origin, 1])  # kept: a note
            conn.execute(STATUS, [origin, 3, '{"status": "rejected"}', origin, 2])
        else:
            _refused(conn, STATUS, new)
            conn.execute(STATUS, [origin, 1, '{"status": "unreviewed"}', None, None])
            conn.execute(STATUS, [origin, 2, '{"status": "unreviewed", "note": "n"}', origin, 1])  # notes: yes
            with pytest.raises(psycopg.errors.InsufficientPrivilege, match="only reviewers may set review status"):
                conn.execute(STATUS, [origin, 3, '{"status": "confirmed"}', origin, 2])


def test_an_analyst_keeps_a_reviewers_status_when_editing_a_note(tmp_path, hub):
    r, a = open_store(tmp_path, "r"), open_store(tmp_path, "a")
    claim = r.add_annotation(with_article(r), *span(ARTICLE, "12%"), "stake")
    r.update_annotation(claim.uuid, status="confirmed")
    sync(r, hub.url(hub.member("reviewer")))
    sync(a, hub.url(hub.member("analyst")))
    a.update_annotation(claim.uuid, note="مصدر آخر")
    assert sync(a, hub.url(hub.member("analyst"))).pushed == 1  # the status is the reviewer's, unchanged: allowed


def test_the_client_holds_an_analysts_status_change_and_keeps_it(tmp_path, hub, pushed):
    claim = pushed.annotations()[0]
    pushed.update_annotation(claim.uuid, status="confirmed")
    got = sync(pushed, hub.url(hub.member("analyst")))
    assert (got.pushed, got.held) == (0, 1)
    assert got.held_reasons[0].startswith("only reviewers may set review status: revision ")
    assert got.held_reasons[0].endswith("from unreviewed to confirmed")
    assert pushed.annotation(claim.uuid).status == "confirmed"
    with psycopg.connect(hub.url()) as conn:
        assert conn.execute("SELECT count(*) FROM hamish.revisions").fetchone()[0] == 1


def test_team_init_upgrades_an_older_hub(tmp_path, hub_db, monkeypatch):
    from desktop.core.hub import schema

    with monkeypatch.context() as old:
        old.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:2])  # a hub made by the first release
        init_hub(hub_db.url())
    add_member(hub_db.url(), hub_db.member("analyst"), "analyst")
    a = open_store(tmp_path, "a")
    with_article(a)
    with pytest.raises(HubError, match="older than this Hamish .*h003_shared_items.*team init"):
        sync(a, hub_db.url(hub_db.member("analyst")))
    assert init_hub(hub_db.url()) == ["h003_shared_items", "h004_review_status", "h005_held_bases",
                                      "h006_compare_items"]
    assert sync(a, hub_db.url(hub_db.member("analyst"))).shared_pushed > 0
