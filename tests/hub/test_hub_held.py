"""A status change the hub refuses for an analyst is held in their store, never blocks the rest, and goes on once
they are a reviewer; what is based on it waits with it."""

from __future__ import annotations

import json

import psycopg

from desktop.core.hub import local
from desktop.core.hub.client import add_member, sync
from tests.hub.helpers import ARTICLE, identities, open_store, span, state, with_article
from tests.hub.test_hub_cli import hamish


def _two_claims(tmp_path, hub):
    """The analyst's store `a` and a colleague's `b`, both holding two claims the analyst pushed."""
    a, b = open_store(tmp_path, "a"), open_store(tmp_path, "b")
    article = with_article(a)
    first = a.add_annotation(article, *span(ARTICLE, "12%"), "stake")
    second = a.add_annotation(article, *span(ARTICLE, "40 مليون دولار"), "amount")
    url_a, url_b = hub.url(hub.member("analyst")), hub.url(hub.member("reviewer"))
    assert sync(a, url_a).pushed == 2
    assert sync(b, url_b).pulled == 2
    return a, b, first.uuid, second.uuid, url_a, url_b


def test_a_held_status_change_lets_a_later_note_through_and_goes_once_the_analyst_is_a_reviewer(tmp_path, hub):
    a, b, first, second, url_a, url_b = _two_claims(tmp_path, hub)
    a.update_annotation(first, status="confirmed")
    a.update_annotation(second, note="مصدر ثانٍ 🌴")
    a.close()
    done = hamish("sync", "--json", store=tmp_path / "a.db")
    assert done.returncode == 0, done.stderr
    got = json.loads(done.stdout)
    assert (got["pushed"], got["held"]) == (1, 1)
    assert "only reviewers may set review status" in got["held_reasons"][0]
    done = hamish("sync", store=tmp_path / "a.db")  # retried, still refused, still held: one line says why
    assert done.returncode == 0 and done.stdout.startswith("pushed 0, pulled 0, conflicts 0\n")
    assert done.stdout.count("held here, retried at every sync: only reviewers may set review status") == 1
    assert sync(b, url_b).pulled == 1  # the colleague has the note, not the status
    assert b.annotation(second).note == "مصدر ثانٍ 🌴" and b.annotation(first).status == "unreviewed"

    from desktop.core.store.database import Store
    a = Store.open(tmp_path / "a.db", daily_backup=False)
    assert a.annotation(first).status == "confirmed"  # kept here, not dropped
    assert local.pending(a) == 1

    done = hamish("team", "add-member", hub.url(), hub.member("analyst"), "--role", "reviewer")
    assert done.returncode == 0, done.stderr
    got = sync(a, url_a)
    assert (got.pushed, got.held, got.held_reasons) == (1, 0, [])
    assert local.pending(a) == 0
    assert sync(b, url_b).pulled == 1 and b.annotation(first).status == "confirmed"
    sync(a, url_a)
    assert state(a) == state(b) and identities(a) == identities(b)


def test_what_is_based_on_a_held_revision_waits_with_it(tmp_path, hub):
    a, b, first, second, url_a, url_b = _two_claims(tmp_path, hub)
    a.update_annotation(first, status="disputed")
    a.update_annotation(first, status="unreviewed", note="بل لم يُراجع بعد")  # back to unreviewed, on top of it
    a.update_annotation(second, note="ملاحظة")
    got = sync(a, url_a)
    assert (got.pushed, got.held) == (1, 2)
    assert "waits for a reviewer" in got.held_reasons[1]
    with psycopg.connect(hub.url()) as conn:  # the hub never holds a revision whose own-store base it lacks
        assert conn.execute("SELECT count(*) FROM hamish.revisions r WHERE r.base_origin = r.origin AND NOT EXISTS "
                            "(SELECT 1 FROM hamish.revisions b WHERE b.origin = r.base_origin "
                            "AND b.origin_seq = r.base_origin_seq)").fetchone()[0] == 0
    sync(b, url_b)
    assert b.annotation(first).note == "" and b.annotation(second).note == "ملاحظة"
    add_member(hub.url(), hub.member("analyst"), "reviewer")
    assert sync(a, url_a).pushed == 2
    sync(b, url_b)
    sync(a, url_a)
    assert state(a) == state(b) and identities(a) == identities(b)
    assert b.annotation(first).status == "unreviewed" and b.annotation(first).note == "بل لم يُراجع بعد"
