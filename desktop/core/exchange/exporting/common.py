"""What every export shares: choosing the articles and claims to export, claim records and value text."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass

from desktop.core.store.models import STATUSES, Annotation, Article
from desktop.core.store.database import Store, StoreError

__all__ = ["PROGRESS_EVERY", "ArticleClaims", "Selection", "select", "claim_count", "claim_record", "format_value", "CLAIM_FIELDS", "category_records"]

PROGRESS_EVERY = 500  # rows between two calls of an export's progress callback

# The fields of a claim as exported (its article is named by content hash, not by a local id).
CLAIM_FIELDS = (
    "uuid start end quote prefix suffix category kind value unit note status origin author created modified subject"
).split()


@dataclass(frozen=True)
class ArticleClaims:
    """One article and the claims of it that an export carries."""

    article: Article
    claims: list[Annotation]


class Selection:
    """The articles an export carries, read from the store one at a time as they are written, so an export's
    memory does not grow with the library: iterate it (again, for a second pass) to get :class:`ArticleClaims`;
    ``len()`` is the number of articles and :attr:`claim_count` the number of claims, both counted in SQL."""

    def __init__(self, store: Store, ids: list[int], status: str | None, category: str | None, named: bool = False):
        self.store, self.ids, self.status, self.category, self.named = store, ids, status, category, named
        self.on_article: Callable[[int], None] | None = None  # called with 1 as each article is read (progress)

    def __len__(self) -> int:
        return len(self.ids)

    def __iter__(self) -> Iterator[ArticleClaims]:
        tick = self.on_article
        for article_id in self.ids:
            yield self._item(article_id)
            if tick is not None:
                tick(1)

    def __getitem__(self, n: int) -> ArticleClaims:
        return self._item(self.ids[n])

    def _item(self, article_id: int) -> ArticleClaims:
        return ArticleClaims(self.store.article(article_id),
                             self.store.annotations(article_id, status=self.status, category=self.category))

    def claim_rows(self, columns: list[str]) -> Iterator[tuple]:
        """The SQL ``columns`` (expressions over the claim ``n`` and its article ``a``) of every claim, in export
        order, straight from SQL: a whole-library selection is one query, a named one a query per article."""
        where, args = _claim_filter(self.status, self.category)
        sql = f"SELECT {', '.join(columns)} FROM annotations n JOIN articles a ON a.id = n.article"
        order = ' ORDER BY n.start, n."end", n.created'
        # Articles go in import order. When that is the order of their ids (as import gives them), one query
        # over the claims' index on (article, start, end) serves it; otherwise (a named selection, or a store whose
        # import times do not follow its ids) a query per article does, rather than SQLite sorting every claim
        # in temporary files (gigabytes at a million claims).
        if self.named or any(a > b for a, b in zip(self.ids, self.ids[1:])):
            extra = " AND " if where else " WHERE "
            for article_id in self.ids:
                yield from self.store.db.execute(sql + where + extra + "n.article = ?" + order, [*args, article_id])
            return
        yield from self.store.db.execute(sql + where + ' ORDER BY n.article, n.start, n."end", n.created', args)

    def article_rows(self, chunk: int = 500) -> Iterator[tuple]:
        """(id, title, source URL or source, content hash, imported, claims chosen) of each article, in order,
        read a chunk of articles at a time (never their texts)."""
        where, args = _claim_filter(self.status, self.category)
        more = where.replace(" WHERE ", " AND ")
        for first in range(0, len(self.ids), chunk):
            ids = self.ids[first:first + chunk]
            rows = self.store.db.execute(
                "SELECT a.id, a.title, coalesce(nullif(a.source_url, ''), a.source), a.content_hash, a.imported, "
                f"(SELECT count(*) FROM annotations n WHERE n.article = a.id{more}) FROM articles a "
                f"WHERE a.id IN ({', '.join('?' * len(ids))})", [*args, *ids]).fetchall()
            by_id = {row[0]: row for row in rows}
            yield from (by_id[i] for i in ids)

    @property
    def claim_count(self) -> int:
        where, args = _claim_filter(self.status, self.category)
        if not self.ids:
            return 0
        count = self.store.db.execute(f"SELECT article, count(*) FROM annotations{where} GROUP BY article",
                                      args).fetchall()
        chosen = set(self.ids)
        return sum(n for article, n in count if article in chosen)


def _claim_filter(status: str | None, category: str | None) -> tuple[str, list]:
    where = [(f"{column} = ?", value) for column, value in (("status", status), ("category", category))
             if value is not None]
    return (" WHERE " + " AND ".join(w for w, _v in where) if where else ""), [v for _w, v in where]


def select(
    store: Store,
    article_ids: list[int] | None = None,
    status: str | None = None,
    category: str | None = None,
) -> Selection:
    """The articles to export with their claims, filtered by status and category (read lazily, see Selection).

    Named articles are always included (even with no matching claim); without names, every article is
    included when there is no filter, and only articles with a matching claim when there is one.
    """
    if status is not None and status not in STATUSES:
        raise StoreError(f"unknown status {status!r} (use one of {', '.join(STATUSES)})")
    if category is not None and category not in store.category_names():
        raise StoreError(f"unknown category {category!r} (known: {', '.join(store.category_names())})")
    if article_ids:
        ids = list(dict.fromkeys(article_ids))
        for i in ids:
            store.article_hash(i)  # a missing article fails here, before anything is written
        return Selection(store, ids, status, category, named=True)
    ids = [r[0] for r in store.db.execute("SELECT id FROM articles ORDER BY imported, id").fetchall()]
    if status is not None or category is not None:
        where, args = _claim_filter(status, category)
        matching = {r[0] for r in store.db.execute(f"SELECT DISTINCT article FROM annotations{where}", args)}
        ids = [i for i in ids if i in matching]
    return Selection(store, ids, status, category)


def claim_count(selection) -> int:
    """The number of claims in a selection (counted in SQL for a :class:`Selection`)."""
    if isinstance(selection, Selection):
        return selection.claim_count
    return sum(len(item.claims) for item in selection)


def claim_record(a: Annotation) -> dict:
    """A claim as a plain dict of :data:`CLAIM_FIELDS` (no local article id)."""
    return {k: getattr(a, k) for k in CLAIM_FIELDS}


def category_records(store: Store) -> list[dict]:
    """The store's categories as plain dicts (name, labels, colour, shortcut, position)."""
    return [asdict(c) for c in store.categories()]


def plain_number(value: float | None) -> int | float | None:
    """A whole float as an int (1700000000.0 → 1700000000), other numbers unchanged."""
    if value is None:
        return None
    if math.isfinite(value) and value == int(value) and abs(value) < 2**63:
        return int(value)
    return value


def format_value(value: float | None, unit: str = "") -> str:
    """A value with grouped digits and its unit: ``1,700,000,000 EUR``, ``11 %``; empty when there is none."""
    if value is None:
        return ""
    number = plain_number(value)
    if isinstance(number, int):
        text = f"{number:,}"
    else:
        text = f"{number:,.4f}".rstrip("0").rstrip(".")
    return f"{text} {unit}".strip()
