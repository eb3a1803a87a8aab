"""The store's side of everything shared besides claim revisions: articles' presence (deletions and their undo),
categories, and (in items_compare) subjects' aliases and contradictions' resolutions as versioned items, made at sync time from what changed here, and the PDFs kept with articles.

An item is made when this store's state differs from the item's current (winning) version, so what a sync itself
wrote never travels back as a new change. The rule every store applies alike: an article is kept while its current
item says "present" or while it carries a live claim (a colleague's claim is never lost with its article); otherwise
it is deleted, leaving the article tombstone the store always keeps.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable

from desktop.core.hub.protocol import Clock, HubItem, InvalidRevision, validate_item, validate_pdf
from desktop.core.store.database import Store
from desktop.core.store.models import utc_now

__all__ = ["stamp_items", "outgoing_items", "apply_items", "reconcile_articles", "head", "local_pdfs",
           "store_pdf", "CATEGORY_FIELDS"]

CATEGORY_FIELDS = ("label_en", "label_ar", "colour", "shortcut", "position")
_ITEM_COLUMNS = "seq, origin, origin_seq, kind, key, payload, by, made, hlc"


def _canon(payload: dict) -> str:
    return json.dumps(payload, ensure_ascii=False, sort_keys=True)


def _item(row: tuple) -> tuple[int, HubItem]:
    seq, origin, oseq, kind, key, payload, by, made, hlc = row
    return seq, HubItem(origin, oseq, kind, key, json.loads(payload), by, made, hlc)


def head(store: Store, kind: str, key: str) -> HubItem | None:
    """The current version of one item here: its greatest (hlc, origin)."""
    row = store.db.execute(f"SELECT {_ITEM_COLUMNS} FROM hub_items WHERE seq = "
                           "(SELECT seq FROM hub_heads WHERE kind = ? AND key = ?)", [kind, key]).fetchone()
    return _item(row)[1] if row else None


def _insert(store: Store, item: HubItem) -> int:
    """Keep one item version and move its key's head to it when it ranks higher; returns its local seq."""
    cur = store.db.execute("INSERT INTO hub_items (kind, key, payload, by, made, hlc, origin, origin_seq) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                           [item.kind, item.key, _canon(item.payload), item.by, item.made, item.hlc, item.origin,
                            item.origin_seq or 0])
    seq = cur.lastrowid
    if not item.origin_seq:
        store.db.execute("UPDATE hub_items SET origin_seq = seq WHERE seq = ?", [seq])
    best = head(store, item.kind, item.key)
    if best is None or item.rank() > best.rank():
        store.db.execute("INSERT OR REPLACE INTO hub_heads (kind, key, seq, payload) VALUES (?, ?, ?, ?)",
                         [item.kind, item.key, seq, _canon(item.payload)])
    return seq


def _refused(store: Store) -> set[tuple[str, str, str]]:
    """(kind, key, "origin/seq") of the current versions this store refused."""
    rows = store.db.execute("SELECT key, value FROM store_meta WHERE key LIKE 'hub_refused:%'").fetchall()
    return {(*k.split(":", 2)[1:], v) for k, v in rows}


def _live(store: Store, digest: str) -> bool:
    return store.db.execute("SELECT 1 FROM annotations n JOIN articles a ON a.id = n.article "
                            "WHERE a.content_hash = ? LIMIT 1", [digest]).fetchone() is not None


def _refused_key(kind: str, key: str) -> str:
    return f"hub_refused:{kind}:{key}"


def _wanted(store: Store) -> list[tuple[str, str, dict]]:
    """(kind, key, payload) of every item whose state here differs from its current version (found by joins, so a
    sync of a large store with nothing new is quick)."""
    out = []
    refused = _refused(store)

    def current(kind: str, key: str) -> HubItem | None:
        best = head(store, kind, key)
        if best is not None and (kind, key, f"{best.origin}/{best.origin_seq}") in refused:
            return None  # its current version was refused here: what this store holds is not a change of its own
        return best or HubItem("", 0, kind, key, {}, "", "", "")

    present = '{"state": "present"}'
    for (digest,) in store.db.execute(
            "SELECT a.content_hash FROM articles a LEFT JOIN hub_heads h ON h.kind = 'article' "
            "AND h.key = a.content_hash WHERE h.payload IS NOT ? ORDER BY a.content_hash", [present]).fetchall():
        best = current("article", digest)
        if best is not None and not (best.payload.get("state") == "deleted" and _live(store, digest)):
            out.append(("article", digest, {"state": "present"}))
    for (digest,) in store.db.execute(
            "SELECT d.content_hash FROM article_deletions d LEFT JOIN hub_heads h ON h.kind = 'article' "
            "AND h.key = d.content_hash WHERE h.payload IS NOT '{\"state\": \"deleted\"}' "
            "AND d.content_hash NOT IN (SELECT content_hash FROM articles) ORDER BY d.content_hash").fetchall():
        if current("article", digest) is not None:
            out.append(("article", digest, {"state": "deleted"}))
    heads = dict(store.db.execute("SELECT key, payload FROM hub_heads WHERE kind = 'category'").fetchall())
    for c in store.categories():
        payload = {k: getattr(c, k) for k in CATEGORY_FIELDS}
        if heads.get(c.name) != _canon(payload) and current("category", c.name) is not None:
            out.append(("category", c.name, payload))
    from desktop.core.hub import items_compare

    return out + items_compare.wanted(store, current)


def stamp_items(store: Store, clock: Clock) -> int:
    """Make an item for each article, category, subject or resolution whose state here changed since the last sync;
    returns how many."""
    from desktop.core.hub.local import set_meta
    from desktop.core.hub.protocol import made_ms

    with store.transaction():
        wanted = _wanted(store)
        for kind, key, payload in wanted:
            made = utc_now()
            _insert(store, HubItem(store.store_id, 0, kind, key, payload, store.author, made,
                                   clock.stamp(made_ms(made))))
        set_meta(store, "hub_clock", clock.last)
    return len(wanted)


def outgoing_items(store: Store, after: int, limit: int) -> list[tuple[int, HubItem]]:
    """(local seq, item) of the items made here after local seq ``after``, oldest first."""
    rows = store.db.execute(f"SELECT {_ITEM_COLUMNS} FROM hub_items WHERE origin = ? AND seq > ? ORDER BY seq LIMIT ?",
                            [store.store_id, after, limit]).fetchall()
    return [_item(r) for r in rows]


def _apply_category(store: Store, name: str, p: dict) -> None:
    store.db.execute(
        "INSERT INTO categories (name, label_en, label_ar, colour, shortcut, position) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (name) DO UPDATE SET label_en = excluded.label_en, label_ar = excluded.label_ar, "
        "colour = excluded.colour, shortcut = excluded.shortcut, position = excluded.position",
        [name, *(p[k] for k in CATEGORY_FIELDS)])


def _reconcile(store: Store, digest: str, fetch_article: Callable[[str], dict | None]) -> None:
    """Apply the article rule to one content hash (see the module's docstring)."""
    from desktop.core.hub.local import _article_text, _store_article

    best = head(store, "article", digest)
    if best is None:
        return
    here = store.db.execute("SELECT 1 FROM articles WHERE content_hash = ?", [digest]).fetchone() is not None
    if best.payload.get("state") == "present" or (here and _live(store, digest)):
        if not here:
            _text, fetched = _article_text(store, digest, fetch_article)
            if fetched is None:
                raise InvalidRevision(f"article {digest[:19]}… is not on the hub")
            _store_article(store, fetched)
    elif here:
        row = store.article_by_hash(digest)
        store._delete_article(row, best.made, best.by, row.title)


def reconcile_articles(store: Store, digests: Iterable[str], fetch_article: Callable[[str], dict | None],
                       refused: list[str]) -> None:
    """Apply the article rule to these content hashes (inside the caller's transaction); refusals are listed."""
    from desktop.core.hub.local import set_meta

    for digest in sorted(set(digests)):
        try:
            _reconcile(store, digest, fetch_article)
        except InvalidRevision as exc:
            best = head(store, "article", digest)
            if best is not None:
                set_meta(store, _refused_key("article", digest), f"{best.origin}/{best.origin_seq}")
            refused.append(str(exc))


def apply_items(store: Store, items: Iterable[HubItem], clock: Clock, fetch_article: Callable[[str], dict | None],
                cursor: tuple[str, int]) -> tuple[int, list[str]]:
    """Take in pulled items in one transaction with the pull cursor; returns (how many, refusals). A refused item
    (or an article the hub cannot serve whole) leaves the store as it was for that item."""
    from desktop.core.hub.local import set_meta

    pulled, refused = 0, []
    with store.transaction():
        touched: set[tuple[str, str]] = set()
        for item in items:
            if store.db.execute("SELECT 1 FROM hub_items WHERE origin = ? AND origin_seq = ?",
                                [item.origin, item.origin_seq]).fetchone():
                continue
            try:
                validate_item(item)
            except InvalidRevision as exc:
                refused.append(str(exc))
                continue
            _insert(store, item)
            clock.receive(item.hlc)
            touched.add((item.kind, item.key))
            pulled += 1
        from desktop.core.hub import items_compare

        for kind, key in sorted(touched):
            best = head(store, kind, key)
            if kind == "category":
                _apply_category(store, key, best.payload)
            elif kind in ("subject", "resolution"):
                items_compare.apply(store, kind, key, best.payload)
        reconcile_articles(store, [key for kind, key in touched if kind == "article"], fetch_article, refused)
        set_meta(store, "hub_clock", clock.last)
        set_meta(store, cursor[0], str(cursor[1]))
    return pulled, refused


# --- PDFs kept with articles ---------------------------------------------------------------------------------------

def local_pdfs(store: Store) -> list[str]:
    """The content hashes of the articles whose PDF this store keeps."""
    return [r[0] for r in store.db.execute("SELECT content_hash FROM article_pdfs ORDER BY content_hash")]


def pdf_row(store: Store, digest: str) -> tuple:
    return store.db.execute("SELECT content_hash, sha256, pdf, glyphs, page_sizes, ocr_pages, stored "
                            "FROM article_pdfs WHERE content_hash = ?", [digest]).fetchone()


def store_pdf(store: Store, row: tuple) -> bool:
    """Keep a pulled PDF (content_hash, sha256, pdf, glyphs, page_sizes, ocr_pages, stored) after checking it;
    returns whether it is new here. Raises InvalidRevision (the store untouched) when it fails the checks."""
    digest, sha, pdf, glyphs, sizes, ocr, stored = row
    validate_pdf(digest, sha, bytes(pdf), bytes(glyphs), sizes, ocr)
    with store.transaction():
        cur = store.db.execute("INSERT OR IGNORE INTO article_pdfs (content_hash, sha256, pdf, glyphs, page_sizes, "
                               "ocr_pages, stored) VALUES (?, ?, ?, ?, ?, ?, ?)",
                               [digest, sha, bytes(pdf), bytes(glyphs), sizes, ocr, str(stored)[:40]])
    return cur.rowcount > 0
