"""Moving shared items, articles' content and kept PDFs between a store and the hub (psycopg 3): pushes are
idempotent (items by origin and sequence, articles and PDFs once each by content hash), pulls are streamed through
server-side cursors in batches. Parameters are always bound."""

from __future__ import annotations

from collections.abc import Callable

import psycopg
from psycopg.types.json import Jsonb

from desktop.core.hub import items
from desktop.core.hub.protocol import Clock, HubItem, InvalidRevision
from desktop.core.store.database import Store

__all__ = ["push_articles", "push_items", "pull_items", "push_pdfs", "pull_pdfs", "move_cursor"]

_ITEM_COLUMNS = ("origin", "origin_seq", "kind", "key", "payload", "by", "made", "hlc")


def _article_row(store: Store, digest: str) -> dict | None:
    cur = store.db.execute("SELECT * FROM articles WHERE content_hash = ?", [digest])
    row = cur.fetchone()
    if row is None:
        return None
    found = dict(zip((d[0] for d in cur.description), row))
    found.pop("id", None)
    return found


def push_articles(cur, store: Store, hashes) -> None:
    """Put the content of these articles on the hub unless it holds them already (once each, by content hash)."""
    hashes = sorted(set(hashes))
    if not hashes:
        return
    cur.execute("SELECT content_hash FROM hamish.articles WHERE content_hash = ANY(%s)", [hashes])
    missing = sorted(set(hashes) - {row[0] for row in cur.fetchall()})
    rows = [(h, Jsonb(found)) for h in missing if (found := _article_row(store, h)) is not None]
    cur.executemany("INSERT INTO hamish.articles (content_hash, article) VALUES (%s, %s) "
                    "ON CONFLICT (content_hash) DO NOTHING", rows)


def push_items(conn: psycopg.Connection, store: Store, key: str, batch: int, lock: int) -> int:
    """Push the items made here after the cursor ``key``, with the content of the articles they say are present."""
    pushed = 0
    after = int(store.meta(key) or 0)
    while out := items.outgoing_items(store, after, batch):
        with conn.transaction(), conn.cursor() as cur:
            cur.execute("SELECT pg_advisory_xact_lock(%s)", [lock])
            push_articles(cur, store, [i.key for _, i in out if i.kind == "article" and i.payload == {
                "state": "present"}])
            cur.executemany(
                f"INSERT INTO hamish.items ({', '.join(_ITEM_COLUMNS)}) VALUES (%s, %s, %s, %s, %s, %s, %s, %s) "
                "ON CONFLICT (origin, origin_seq) DO NOTHING",
                [(i.origin, i.origin_seq, i.kind, i.key, Jsonb(i.payload), i.by, i.made, i.hlc) for _, i in out])
            pushed += len(out)
        after = out[-1][0]
        with store.transaction():
            store.db.execute("INSERT OR REPLACE INTO store_meta (key, value) VALUES (?, ?)", [key, str(after)])
    return pushed


def _item(row: tuple) -> HubItem:
    origin, oseq, kind, key, payload, by, made, hlc = row
    return HubItem(origin, oseq, kind, key, payload, by, made, hlc)


def move_cursor(store: Store, key: str, value: int) -> None:
    """Move the store's sync cursor ``key`` forward to ``value`` (never back)."""
    with store.transaction():
        if value > int(store.meta(key) or 0):
            store.db.execute("INSERT OR REPLACE INTO store_meta (key, value) VALUES (?, ?)", [key, str(value)])


def pull_items(conn: psycopg.Connection, store: Store, clock: Clock, key: str, batch: int,
               fetch_article: Callable[[str], dict | None], top: int) -> tuple[int, list[str]]:
    """Stream the items others pushed after the cursor ``key`` up to hub id ``top`` (inside the caller's
    transaction), then move the cursor to ``top``."""
    pulled, refused = 0, []
    after = int(store.meta(key) or 0)
    if top <= after:
        return 0, []
    with conn.cursor(name="hamish_pull_items") as cur:
        cur.itersize = batch
        cur.execute(f"SELECT id, {', '.join(_ITEM_COLUMNS)} FROM hamish.items WHERE id > %s AND id <= %s "
                    "AND origin <> %s ORDER BY id", [after, top, store.store_id])
        while rows := cur.fetchmany(batch):
            if hasattr(fetch_article, "prefetch"):
                fetch_article.prefetch({r[4] for r in rows if r[3] == "article"})
            n, why = items.apply_items(store, [_item(r[1:]) for r in rows], clock, fetch_article, (key, rows[-1][0]))
            pulled += n
            refused += why
    move_cursor(store, key, top)
    return pulled, refused


def push_pdfs(conn: psycopg.Connection, store: Store) -> int:
    """Put the PDFs kept here on the hub unless it holds them already; one at a time (a PDF may be large)."""
    here = items.local_pdfs(store)
    if not here:
        return 0
    with conn.transaction(), conn.cursor() as cur:
        cur.execute("SELECT content_hash FROM hamish.pdfs WHERE content_hash = ANY(%s)", [here])
        missing = sorted(set(here) - {row[0] for row in cur.fetchall()})
    for digest in missing:
        row = items.pdf_row(store, digest)
        with conn.transaction(), conn.cursor() as cur:
            cur.execute("INSERT INTO hamish.pdfs (content_hash, sha256, pdf, glyphs, page_sizes, ocr_pages, stored) "
                        "VALUES (%s, %s, %s, %s, %s, %s, %s) ON CONFLICT (content_hash) DO NOTHING", list(row))
    return len(missing)


def pull_pdfs(conn: psycopg.Connection, store: Store, key: str) -> tuple[int, list[str]]:
    """Stream the PDFs put on the hub after the cursor ``key``, a few at a time, checking each before keeping it."""
    pulled, refused = 0, []
    after = int(store.meta(key) or 0)
    with conn.cursor(name="hamish_pull_pdfs") as cur:
        cur.itersize = 4
        cur.execute("SELECT id, content_hash, sha256, pdf, glyphs, page_sizes, ocr_pages, stored FROM hamish.pdfs "
                    "WHERE id > %s ORDER BY id", [after])
        for row in cur:
            try:
                pulled += items.store_pdf(store, row[1:])
            except InvalidRevision as exc:
                refused.append(str(exc))
            with store.transaction():
                store.db.execute("INSERT OR REPLACE INTO store_meta (key, value) VALUES (?, ?)", [key, str(row[0])])
    return pulled, refused

