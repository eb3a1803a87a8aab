"""Incremental sync: every cursor ends at the hub's (or the store's) end even when the rows it passed are this
store's own, so a sync with little new reads little; and a claim written while a sync pulls still travels."""

from __future__ import annotations

import psycopg

from desktop.core.hub import local
from desktop.core.hub.client import sync
from tests.hub.helpers import ARTICLE, open_store, span, state, with_article


def _meta(store, name: str) -> int:
    return int(store.meta(f"{name}:{store.meta('hub_id')}") or 0)


def _tops(hub) -> tuple[int, int]:
    with psycopg.connect(hub.url()) as conn:
        return conn.execute("SELECT (SELECT max(id) FROM hamish.revisions), (SELECT max(id) FROM hamish.items)"
                            ).fetchone()


def test_cursors_pass_the_stores_own_rows(tmp_path, hub):
    a, b = open_store(tmp_path, "a"), open_store(tmp_path, "b")
    url_a, url_b = hub.url(hub.member("analyst")), hub.url(hub.member("reviewer"))
    article = with_article(a)
    for word in ("40 مليون دولار", "12%", "شركة النخيل"):
        a.add_annotation(article, *span(ARTICLE, word), "other")
    assert sync(a, url_a).pushed == 3
    revisions, shared = _tops(hub)
    # a alone on the hub: it pulled nothing, yet its pull cursors stand at the hub's last ids
    assert (_meta(a, "hub_pulled"), _meta(a, "hub_items_pulled")) == (revisions, shared)
    assert sync(b, url_b).pulled == 3
    # b made nothing: its push cursor moved past the revisions it pulled, and nothing waits
    assert _meta(b, "hub_pushed") == b.db.execute("SELECT max(seq) FROM claim_revisions").fetchone()[0]
    assert local.pending(b) == 0
    uuid = b.annotations()[0].uuid
    b.update_annotation(uuid, note="🌴 من ب")
    assert local.pending(b) == 1
    assert sync(b, url_b).pushed == 1
    assert sync(a, url_a).pulled == 1
    assert a.annotation(uuid).note == "🌴 من ب"
    assert state(a) == state(b)


def test_a_claim_written_while_a_sync_pulls_travels_next_time(tmp_path, hub):
    a, b = open_store(tmp_path, "a"), open_store(tmp_path, "b")
    url_a, url_b = hub.url(hub.member("analyst")), hub.url(hub.member("reviewer"))
    article = with_article(a)
    for word in ("40 مليون دولار", "12%", "شركة النخيل"):
        a.add_annotation(article, *span(ARTICLE, word), "other")
    sync(a, url_a)
    written = []

    def write_between_batches(step: str) -> None:
        if step == "pulled" and not written:  # b's own claim lands between two pulled revisions
            there = b.annotations()[0]
            written.append(b.add_annotation(there.article, *span(ARTICLE, "جولة تمويل"), "other").uuid)

    assert sync(b, url_b, batch=1, on_step=write_between_batches).pulled == 3
    own = b.db.execute("SELECT seq FROM claim_revisions WHERE uuid = ?", written).fetchone()[0]
    assert own < b.db.execute("SELECT max(seq) FROM claim_revisions").fetchone()[0]  # pulled ones came after it
    assert local.pending(b) == 1
    assert sync(b, url_b).pushed == 1
    assert sync(a, url_a).pulled == 1
    assert a.annotation(written[0]).quote == "جولة تمويل"
    assert state(a) == state(b)
