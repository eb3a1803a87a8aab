"""Sync through a real PostgreSQL hub: round trip between two stores, articles by content hash, idempotent
re-push after a cut, and concurrent edits that converge with the other version kept and flagged."""

from __future__ import annotations

import socket

import psycopg
import pytest

from desktop.core.hub import local
from desktop.core.hub.client import HubError, sync
from tests.hub.helpers import ARTICLE, identities, open_store, span, state, with_article


def test_round_trip_brings_claims_and_their_article(tmp_path, hub):
    a, b = open_store(tmp_path, "a"), open_store(tmp_path, "b")
    url_a, url_b = hub.url(hub.member("analyst")), hub.url(hub.member("reviewer"))
    article = with_article(a)
    start, end = span(ARTICLE, "40 مليون دولار")
    claim = a.add_annotation(article, start, end, "amount", kind="money", value=40e6, unit="USD",
                             note="🌴 أولى")
    first = sync(a, url_a)
    assert (first.pushed, first.pulled, first.conflicts) == (1, 0, 0)
    got = sync(b, url_b)
    assert (got.pushed, got.pulled, got.conflicts, got.refused) == (0, 1, 0, [])
    mine = b.annotation(claim.uuid)
    assert (mine.quote, mine.value, mine.note, mine.start, mine.end) == ("40 مليون دولار", 40e6, "🌴 أولى", start, end)
    assert b.article(mine.article).text == ARTICLE
    assert b.versions(claim.uuid)[0].by == hub.member("analyst")  # the author is the member who pushed it
    b.update_annotation(claim.uuid, status="confirmed")
    assert sync(b, url_b).pushed == 1
    assert sync(a, url_a).pulled == 1
    assert a.annotation(claim.uuid).status == "confirmed"
    assert state(a) == state(b) and identities(a) == identities(b)
    assert local.pending(a) == local.pending(b) == 0
    again = sync(a, url_a)
    assert (again.pushed, again.pulled) == (0, 0)


def test_the_url_is_remembered_without_a_password(tmp_path, hub):
    a = open_store(tmp_path, "a")
    sync(a, hub.url(hub.member("analyst")))
    assert hub.name in a.meta("hub_url") and "password" not in a.meta("hub_url")
    with pytest.raises(HubError, match="holds a password"):
        sync(a, hub.url(hub.member("analyst")).replace("@", ":secret@"))


def test_a_cut_after_the_hub_committed_repushes_nothing_twice(tmp_path, hub):
    a, b = open_store(tmp_path, "a"), open_store(tmp_path, "b")
    article = with_article(a)
    for word in ("40 مليون دولار", "12%", "شركة النخيل"):
        a.add_annotation(article, *span(ARTICLE, word), "other")

    def kill(step):
        if step == "pushed":  # the hub has the batch, the store has not yet noted it: the client dies here
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        sync(a, hub.url(hub.member("analyst")), batch=2, on_step=kill)
    assert local.pending(a) == 3
    assert sync(a, hub.url(hub.member("analyst")), batch=2).pushed == 1  # the two already there are not doubled
    with psycopg.connect(hub.url()) as conn:
        assert conn.execute("SELECT count(*), count(DISTINCT (origin, origin_seq)) FROM hamish.revisions"
                            ).fetchone() == (3, 3)
    assert sync(b, hub.url(hub.member("reviewer"))).pulled == 3
    assert state(a) == state(b)


def test_a_connection_killed_mid_sync_loses_nothing(tmp_path, hub):
    a, b = open_store(tmp_path, "a"), open_store(tmp_path, "b")
    article = with_article(a)
    for word in ("40 مليون دولار", "12%", "شركة النخيل"):
        a.add_annotation(article, *span(ARTICLE, word), "other")
    sync(a, hub.url(hub.member("analyst")))

    def terminate(step):  # the server drops the connection in the middle of the pull
        if step == "pulled":
            with psycopg.connect(hub.url(), autocommit=True) as admin:
                # pg_terminate_backend(pid, timeout) waits until the backend is gone
                admin.execute("SELECT pg_terminate_backend(pid, 10000) FROM pg_stat_activity "
                              "WHERE application_name = 'hamish' AND datname = %s", [hub.name])

    with pytest.raises(HubError, match="connection to the hub was lost"):
        sync(b, hub.url(hub.member("reviewer")), batch=1, on_step=terminate)
    assert len(b.annotations()) == 1  # the first batch was taken in whole, nothing half-way
    again = sync(b, hub.url(hub.member("reviewer")))
    assert (again.pulled, again.refused) == (2, [])
    assert state(a) == state(b) and identities(a) == identities(b)


def test_concurrent_edits_converge_and_the_loser_is_flagged(tmp_path, hub):
    a, b = open_store(tmp_path, "a"), open_store(tmp_path, "b")
    url_a, url_b = hub.url(hub.member("analyst")), hub.url(hub.member("reviewer"))
    article = with_article(a)
    claim = a.add_annotation(article, *span(ARTICLE, "12%"), "stake")
    sync(a, url_a)
    sync(b, url_b)
    a.update_annotation(claim.uuid, note="من أ")  # both edit the same claim while apart
    b.update_annotation(claim.uuid, note="من ب")
    sync(a, url_a)
    got_b = sync(b, url_b)
    got_a = sync(a, url_a)
    assert (got_b.conflicts, got_a.conflicts) == (1, 1)  # each store saw the other's version lose or win
    assert state(a) == state(b)
    assert a.annotation(claim.uuid).note in ("من أ", "من ب")
    for store in (a, b):
        notes = {v.record["note"] for v in store.versions(claim.uuid)}
        assert {"من أ", "من ب"} <= notes  # the other version stays in the history
        flagged = local.all_conflicts(store)
        assert [r.record["note"] for r in flagged] == list({"من أ", "من ب"} - {store.annotation(claim.uuid).note})


def test_an_unreachable_hub_says_offline_and_changes_wait(tmp_path):
    a = open_store(tmp_path, "a")
    article = with_article(a)
    a.add_annotation(article, *span(ARTICLE, "12%"), "stake")
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(HubError, match="offline"):
        sync(a, f"postgresql://nobody@127.0.0.1:{port}/none")
    assert local.pending(a) == 1


def test_a_claims_subject_travels_and_is_created_where_it_was_unknown(tmp_path, hub):
    a, b = open_store(tmp_path, "a"), open_store(tmp_path, "b")
    url_a, url_b = hub.url(hub.member("analyst")), hub.url(hub.member("reviewer"))
    article = with_article(a)
    start, end = span(ARTICLE, "40 مليون دولار")
    claim = a.add_annotation(article, start, end, "amount", kind="money", value=40e6, unit="USD")
    a.update_annotation(claim.uuid, subject=a.ensure_subject("ميسترال", ["Mistral AI"]))
    sync(a, url_a)
    got = sync(b, url_b)
    assert got.refused == []
    assert b.annotation(claim.uuid).subject == "ميسترال"
    assert [s.name for s in b.subjects()] == ["ميسترال"]
