"""A hub that serves bad revisions: each is refused with a reason and the store is not touched by it."""

from __future__ import annotations

import json

import psycopg
import pytest

from desktop.core.hub.client import sync
from desktop.core.hub.protocol import pack_hlc
from tests.hub.helpers import ARTICLE, open_store, span, state, with_article

START, END = span(ARTICLE, "12%")


def _serve(hub, digest: str, seq: int, **changes) -> None:
    """Write a revision straight into the hub as its owner (a hub gone bad, or a hostile one)."""
    record = dict(uuid=f"bad-{seq}", start=START, end=END, quote="12%", prefix="", suffix="", category="stake",
                  kind="percent", value=12.0, unit="%", note="", status="unreviewed", origin="manual", author="m",
                  created="2026-01-01T00:00:00.000Z", modified="2026-01-01T00:00:00.000Z")
    record.update(changes)
    with psycopg.connect(hub.url(), autocommit=True) as conn:
        conn.execute("INSERT INTO hamish.revisions (origin, origin_seq, uuid, article_hash, action, deleted, record, "
                     "made, hlc) VALUES ('evil', %s, %s, %s, 'add', false, %s::jsonb, '2026-01-01T00:00:00.000Z', %s)",
                     [seq, record["uuid"], digest, json.dumps(record), pack_hlc(1, seq)])


@pytest.mark.parametrize("changes, why", [
    (dict(start=START, end=10_000), "outside its article"),
    (dict(value=1e300), "absurd"),
    (dict(note="x" * 100_000), "oversized"),
    (dict(quote="99%"), "quote does not match"),
])
def test_bad_revisions_are_refused_and_the_store_is_untouched(tmp_path, hub, changes, why):
    a, b = open_store(tmp_path, "a"), open_store(tmp_path, "b")
    a.add_annotation(with_article(a), START, END, "stake")
    sync(a, hub.url(hub.member("analyst")))
    digest = a.article_hash(a.annotations()[0].article)
    _serve(hub, digest, 1, **changes)
    _serve(hub, digest, 2)  # a good one after it still comes in
    with_article(b)
    before = b.db.execute("SELECT count(*) FROM claim_revisions").fetchone()[0]
    got = sync(b, hub.url(hub.member("reviewer")))
    assert got.pulled == 2 and len(got.refused) == 1 and why in got.refused[0] and "evil/1" in got.refused[0]
    assert b.db.execute("SELECT count(*) FROM claim_revisions").fetchone()[0] == before + 2
    assert {c.uuid for c in b.annotations()} == {a.annotations()[0].uuid, "bad-2"}
    assert sync(b, hub.url(hub.member("reviewer"))).refused == []  # refused once, not again and again


def test_an_article_that_does_not_match_its_hash_is_refused(tmp_path, hub):
    b = open_store(tmp_path, "b")
    with psycopg.connect(hub.url(), autocommit=True) as conn:
        conn.execute("INSERT INTO hamish.articles (content_hash, article) VALUES ('f' || repeat('0', 63), %s::jsonb)",
                     [json.dumps({"title": "t", "text": ARTICLE})])
    _serve(hub, "f" + "0" * 63, 1)
    got = sync(b, hub.url(hub.member("reviewer")))
    assert got.pulled == 0 and "does not match its content hash" in got.refused[0]
    assert b.articles() == [] and state(b) == {"claims": {}, "deleted": []}
