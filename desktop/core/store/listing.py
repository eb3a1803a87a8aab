"""The library's article list read in pages: the ids in the store's order, one column's values to sort by, and
the summaries of one page of ids, so a list of 10,000 articles never loads them all."""

from __future__ import annotations

from collections.abc import Sequence

from desktop.core.store.models import ArticleSummary

# What each sortable column reads: a SQL expression over ``articles a`` (claims: counted per article).
SORT_COLUMNS = {
    "title": "a.title",
    "imported": "a.imported",
    "claims": "(SELECT count(*) FROM annotations n WHERE n.article = a.id)",
    "published": "a.published",
    "site": "a.site",
}
_CHUNK = 500  # ids per IN (...) list, well under SQLite's limit of bound parameters


def article_ids(db) -> list[int]:
    """Every article's id in the store's order (import time, then id): a cheap query on the primary key."""
    return [r[0] for r in db.execute("SELECT id FROM articles ORDER BY imported, id").fetchall()]


def column_values(db, column: str) -> dict[int, object]:
    """``{id: value}`` of one sortable column (a key of :data:`SORT_COLUMNS`) for every article."""
    expression = SORT_COLUMNS[column]
    if column == "claims":  # one grouped pass over the claims' article index, not a sub-query per article
        counts = dict(db.execute("SELECT article, count(*) FROM annotations GROUP BY article").fetchall())
        return {i: counts.get(i, 0) for (i,) in db.execute("SELECT id FROM articles").fetchall()}
    return dict(db.execute(f"SELECT a.id, {expression} FROM articles a").fetchall())


def summaries(db, ids: Sequence[int]) -> dict[int, ArticleSummary]:
    """The summaries (title, length, claim count, dates, site, address) of the articles ``ids``."""
    found: dict[int, ArticleSummary] = {}
    for first in range(0, len(ids), _CHUNK):
        chunk = list(ids[first:first + _CHUNK])
        rows = db.execute(
            f"""SELECT a.id, a.title, length(a.text), {SORT_COLUMNS['claims']}, a.imported, a.published, a.site,
                       a.source_url
                FROM articles a WHERE a.id IN ({', '.join('?' * len(chunk))})""", chunk).fetchall()
        found.update((r[0], ArticleSummary(*r)) for r in rows)
    return found
