"""What the app shows of a store's hub without connecting: the hub's name (never a password), the pending count,
who wrote each claim, and conflicts marked reviewed by keeping the current version."""

from __future__ import annotations

from desktop.core.hub import local
from desktop.core.hub.client import sync
from desktop.core.hub.status import authors, conflicted, hub_label, hub_status, keep_current
from tests.hub.helpers import ARTICLE, open_store, span, with_article


def test_the_hub_label_is_host_and_database_only():
    assert hub_label("postgresql://ana:secret@db.example.org/newsroom?sslmode=verify-full") == "db.example.org/newsroom"
    assert hub_label("postgresql://ana@10.0.0.5:6543/desk") == "10.0.0.5:6543/desk"
    assert hub_label("host=db.example.org port=5432 dbname=newsroom user=ana password=secret") == "db.example.org/newsroom"
    assert hub_label("postgresql:///team?host=/run/postgresql") == "/run/postgresql/team"


def test_a_store_that_never_synced_has_no_status_and_no_conflicts(tmp_path):
    store = open_store(tmp_path, "alone")
    claim = store.add_annotation(with_article(store), *span(ARTICLE, "12%"), "stake")
    assert hub_status(store) is None and conflicted(store) == {}
    assert authors(store) == {claim.uuid: "alone"}


def test_status_counts_pending_and_keep_current_settles_everywhere(tmp_path, hub):
    a, b = open_store(tmp_path, "a"), open_store(tmp_path, "b")
    url_a, url_b = hub.url(hub.member("analyst")), hub.url(hub.member("reviewer"))
    claim = a.add_annotation(with_article(a), *span(ARTICLE, "12%"), "stake")
    sync(a, url_a)
    sync(b, url_b)
    status = hub_status(b)
    assert status.hub == f"127.0.0.1:{hub.cluster.port}/{hub.name}" and status.pending == 0 and status.last_sync
    assert authors(b) == {claim.uuid: hub.member("analyst")}
    a.update_annotation(claim.uuid, note="من أ")
    b.update_annotation(claim.uuid, note="من ب")
    assert hub_status(b).pending == 1
    sync(a, url_a)
    sync(b, url_b)
    sync(a, url_a)
    for store in (a, b):
        [lost] = conflicted(store)[claim.uuid]
        assert lost.record["note"] != store.annotation(claim.uuid).note
    kept = b.annotation(claim.uuid).note
    assert keep_current(b, claim.uuid) == 1 and keep_current(b, claim.uuid) == 0
    assert conflicted(b) == {} and b.annotation(claim.uuid).note == kept
    assert b.versions(claim.uuid)[0].action == "resolve"
    sync(b, url_b)
    sync(a, url_a)
    assert conflicted(a) == {} and a.annotation(claim.uuid).note == kept
    assert local.pending(a) == local.pending(b) == 0
