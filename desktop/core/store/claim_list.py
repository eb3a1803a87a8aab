"""Every claim of the library as the All-claims view pages it: ids in a sorted, filtered order from one covering
index scan, the rows of a window of ids, counts, and the folded text the text filter reads (migration m017)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from desktop.core import text as textmod
from desktop.core.store.database import _COLUMNS
from desktop.core.store.models import STATUSES, Annotation

__all__ = ["ListFilters", "ListSort", "ListedClaim", "Listing", "folded_text", "fold_many", "fold_pending", "listing",
           "claim_ids", "claim_rows", "claim_count", "claim_units", "rowids_of", "prepare_title_order", "hold_only",
           "SORTS"]

_SEP = "\x1f"  # a separator folding keeps
_ORDER = 'article, start, "end"'  # the store's order, for orders SQLite sorts itself
# sort name -> (index, its columns: the listed order, total with the rowid every index ends with)
_INDEXED = {
    "store": ("idx_claims_order", ("article", "start", '"end"', "unit", "category", "status", "rowid")),
    "value": ("idx_claims_value", ("unit", "value IS NULL", "value", "article", "start", '"end"', "category",
                                   "status", "rowid")),
}
# Sorted by an expression SQLite sorts itself (no index gives the order): quote, note, author, kind, category.
SORTS = ("store", "value", "status", "category", "kind", "title", "quote", "note", "author")
_FOLD_FUNCTION = "hamish_fold"


def fold_many(texts: Sequence[str]) -> list[str]:
    """``text.fold`` of each text, in one call over the texts joined (a hundred thousand calls cost ten times more
    than one over the same characters)."""
    joined = _SEP.join(texts)
    if joined.count(_SEP) == len(texts) - 1:
        parts = textmod.fold(joined).split(_SEP)
        if len(parts) == len(texts):
            return parts
    return [textmod.fold(t) for t in texts]


def folded_text(rows: Iterable[Sequence[str]]) -> list[str]:
    """The text the filter searches for each (title, quote, note, unit): their folds joined by spaces. Folding
    works character by character and a space folds to itself, so each distinct title is folded once."""
    rows = list(rows)
    titles = list({r[0] for r in rows})
    folded_titles = dict(zip(titles, fold_many(titles)))
    rest = fold_many([" ".join(r[1:]) for r in rows])
    return [f"{folded_titles[r[0]]} {f}" for r, f in zip(rows, rest)]


def _fold_function(conn: sqlite3.Connection) -> None:
    """Folding inside SQL, for claims not folded yet on a store that cannot be written (read-only)."""
    conn.create_function(_FOLD_FUNCTION, 1, lambda t: textmod.fold(t or ""), deterministic=True)


def fold_pending(store, *, limit: int = 50_000) -> int:
    """Fold the claims whose folded text is missing (written by something that does not keep it, such as a hub
    pull, or changed under it); returns how many. Nothing is done (0) on a read-only store or when the write lock
    is not free: the text filter folds those claims as it reads them meanwhile."""
    db = store.db
    rows = db.execute("SELECT n.rowid, a.title, n.quote, n.note, n.unit FROM annotations n JOIN articles a "
                      "ON a.id = n.article WHERE n.folded IS NULL LIMIT ?", [limit]).fetchall()
    if not rows or store.read_only:
        return 0
    folded = folded_text([r[1:] for r in rows])
    from desktop.core.store.errors import StoreError

    try:
        with store.transaction():
            db.conn.executemany("UPDATE annotations SET folded = ? WHERE rowid = ? AND folded IS NULL",
                                zip(folded, (r[0] for r in rows)))
    except StoreError:
        return 0
    return len(rows)


@dataclass(frozen=True)
class ListFilters:
    """Which claims are listed: every one of ``words`` (folded) in the folded title, quote, note and unit; one
    ``unit``, ``category`` and ``status`` (None: any); ``only``: these rowids (None: no such limit)."""

    words: tuple[str, ...] = ()
    unit: str | None = None
    category: str | None = None
    status: str | None = None
    only: frozenset[int] | None = None


@dataclass(frozen=True)
class ListSort:
    """The listed order: ``by`` one of SORTS; ``values`` the order of the distinct values for status, category and
    kind (labels collated by the caller); ``articles`` the article ids in title order for ``title``. Descending is
    the exact reverse of ascending (ties too)."""

    by: str = "store"
    descending: bool = False
    values: tuple = ()
    articles: tuple[int, ...] = ()


_ONLY_HELD: dict[int, frozenset] = {}  # id(connection) -> the set its temporary table holds


def _filter_tables(conn, f: ListFilters) -> None:
    """Fill this connection's temporary tables of matching rowids: the text filter's matches (one scan of the
    folded column's index; claims not folded yet are folded as they are read) and the ``only`` set."""
    if f.words:
        _fold_function(conn)
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS hamish_words (id INTEGER PRIMARY KEY)")
        conn.execute("DELETE FROM temp.hamish_words")
        folded = " AND ".join("instr(folded, ?) > 0" for _ in f.words)
        pending = " AND ".join(
            f"instr({_FOLD_FUNCTION}(t.title || ' ' || m.quote || ' ' || m.note || ' ' || m.unit), ?) > 0"
            for _ in f.words)
        conn.execute(f"INSERT INTO temp.hamish_words (id) SELECT rowid FROM annotations INDEXED BY idx_claims_folded "
                     f"WHERE folded IS NOT NULL AND {folded} UNION ALL SELECT m.rowid FROM annotations m "
                     f"JOIN articles t ON t.id = m.article WHERE m.folded IS NULL AND {pending}",
                     [*f.words, *f.words])
    if f.only is not None:
        hold_only(conn, f.only)


def hold_only(conn, only: frozenset[int]) -> None:
    """Write ``only`` into this connection's temporary table for ``ListFilters.only``, unless it holds that very set
    (the grouped claims are written once, when the groups are computed, not at each filter change)."""
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS hamish_only (id INTEGER PRIMARY KEY)")
    held = conn.execute("SELECT count(*) FROM temp.hamish_only").fetchone()[0]
    if _ONLY_HELD.get(id(conn)) is not only or held != len(only):
        conn.execute("DELETE FROM temp.hamish_only")
        conn.execute("INSERT INTO temp.hamish_only (id) SELECT value FROM json_each(?)", [json.dumps(sorted(only))])
        _ONLY_HELD[id(conn)] = only


def _where(f: ListFilters, alias: str = "") -> tuple[list[str], list]:
    p = alias + "." if alias else ""
    conds, args = [], []
    for column, value in (("unit", f.unit), ("category", f.category), ("status", f.status)):
        if value is not None:
            conds.append(f"{p}{column} = ?")
            args.append(value)
    if f.words:
        conds.append(f"{p}rowid IN temp.hamish_words")
    if f.only is not None:
        conds.append(f"{p}rowid IN temp.hamish_only")
    return conds, args


def _desc(terms: str, descending: bool) -> str:
    return ", ".join(t.strip() + (" DESC" if descending else "") for t in terms.split(","))


class Listing:
    """The listed claims in order: how many, and their rowids a page at a time (never all at once, unless the
    order had to be computed whole)."""

    def count(self) -> int:
        raise NotImplementedError

    def ids(self, start: int, n: int) -> list[int]:
        raise NotImplementedError

    def position(self, rowid: int) -> int:
        """The place of ``rowid`` in the order, -1 when it is not listed."""
        raise NotImplementedError

    def all(self) -> list[int]:
        return self.ids(0, self.count())


class QueryListing(Listing):
    """An order SQLite reads straight from an index (``keys``: its columns, a total order): COUNT for the count,
    LIMIT/OFFSET for a page, and a claim's place by counting the rows whose keys come before its keys."""

    def __init__(self, conn, source: str, conds: list[str], args: list, keys: tuple[str, ...], descending: bool,
                 rowid: str = "rowid", lookup: str = "FROM annotations"):
        self.conn, self.args, self.keys, self.rowid, self.lookup = conn, args, keys, rowid, lookup
        self.source, self.conds = source, conds
        self.order = ", ".join(k + (" DESC" if descending else "") for k in keys)
        self.before = ">" if descending else "<"
        self._count: int | None = None

    def _where(self, *more: str) -> str:
        conds = [*self.conds, *more]
        return (" WHERE " + " AND ".join(conds)) if conds else ""

    def count(self) -> int:
        if self._count is None:
            sql = f"SELECT count(*) {self.source}{self._where()}"
            self._count = self.conn.execute(sql, self.args).fetchone()[0]
        return self._count

    def ids(self, start: int, n: int) -> list[int]:
        sql = f"SELECT {self.rowid} {self.source}{self._where()} ORDER BY {self.order} LIMIT ? OFFSET ?"
        return [r for (r,) in self.conn.execute(sql, [*self.args, n, start])]

    def position(self, rowid: int) -> int:
        # NULL never compares: a value (the only column that may be NULL) compares as 0, after `value IS NULL`
        keys = ", ".join("coalesce(" + k + ", 0)" if k.endswith("value") else k for k in self.keys)
        where = " AND ".join([f"{self.rowid} = ?", *self.conds])  # found by its rowid: is it listed at all?
        mine = self.conn.execute(f"SELECT {keys} {self.lookup} WHERE {where}", [rowid, *self.args]).fetchone()
        if mine is None:
            return -1
        marks = ", ".join("?" for _ in mine)
        sql = f"SELECT count(*) {self.source}{self._where(f'({keys}) {self.before} ({marks})')}"
        place = self.conn.execute(sql, [*self.args, *mine]).fetchone()[0]
        return place if self.ids(place, 1) == [rowid] else -1


class PartsListing(Listing):
    """Listings one after another (the claims of each status in turn)."""

    def __init__(self, parts: list[Listing]):
        self.parts = parts

    def count(self) -> int:
        return sum(p.count() for p in self.parts)

    def ids(self, start: int, n: int) -> list[int]:
        out: list[int] = []
        for part in self.parts:
            size = part.count()
            if start < size and len(out) < n:
                out += part.ids(start, n - len(out))
            start = max(0, start - size)
        return out

    def position(self, rowid: int) -> int:
        before = 0
        for part in self.parts:
            found = part.position(rowid)
            if found >= 0:
                return before + found
            before += part.count()
        return -1


class ListListing(Listing):
    """An order computed whole (a sort SQLite does itself, or one made in Python)."""

    def __init__(self, ids: list[int]):
        self._ids = ids
        self._place: dict[int, int] | None = None

    def count(self) -> int:
        return len(self._ids)

    def ids(self, start: int, n: int) -> list[int]:
        return self._ids[start:start + n]

    def position(self, rowid: int) -> int:
        if self._place is None:
            self._place = {r: n for n, r in enumerate(self._ids)}
        return self._place.get(rowid, -1)

    def all(self) -> list[int]:
        return list(self._ids)


def listing(db, sort: ListSort = ListSort(), filters: ListFilters = ListFilters()) -> Listing:
    """The listed claims in order: read page by page from a covering index for the store's order, value (within
    unit), status and title; sorted whole by SQLite for the other columns. The filters' matching rowids are kept in
    temporary tables of this connection, so only the latest listing of a connection is valid."""
    conn = db.conn
    _filter_tables(conn, filters)
    conds, args = _where(filters)
    where = (" WHERE " + " AND ".join(conds)) if conds else ""
    if sort.by in _INDEXED:
        index, keys = _INDEXED[sort.by]
        return QueryListing(conn, f"FROM annotations INDEXED BY {index}", conds, args, keys, sort.descending)
    if sort.by == "status":
        return _by_values(conn, "status", sort, conds, args)
    if sort.by == "title":
        return _by_title(conn, sort, filters)
    if sort.by in ("category", "kind"):
        ranks = " ".join(f"WHEN ? THEN {n}" for n in range(len(sort.values)))
        key = f"CASE {sort.by} {ranks} ELSE {len(sort.values)} END, " if sort.values else f"{sort.by}, "
        sql = (f"SELECT rowid FROM annotations{where} ORDER BY "
               f"{_desc(key + _ORDER + ', rowid', sort.descending)}")
        return ListListing([r for (r,) in conn.execute(sql, [*args, *sort.values])])
    if sort.by in ("quote", "note"):
        sql = (f"SELECT rowid FROM annotations{where} ORDER BY "
               f"{_desc(sort.by + ', ' + _ORDER + ', rowid', sort.descending)}")
        return ListListing([r for (r,) in conn.execute(sql, args)])
    if sort.by == "author":
        conds, args = _where(filters, "n")
        where = (" WHERE " + " AND ".join(conds)) if conds else ""
        key = "coalesce(nullif(r.by, ''), n.author), n.article, n.start, n.\"end\", n.rowid"
        sql = (f"SELECT n.rowid FROM annotations n LEFT JOIN claim_revisions r ON r.seq = n.revision{where} "
               f"ORDER BY {_desc(key, sort.descending)}")
        return ListListing([r for (r,) in conn.execute(sql, args)])
    raise ValueError(f"cannot sort claims by {sort.by!r}: use one of {', '.join(SORTS)}")


def claim_ids(db, sort: ListSort = ListSort(), filters: ListFilters = ListFilters()) -> list[int]:
    """Every listed rowid, in order (for a whole order: tests, group orders)."""
    return listing(db, sort, filters).all()


def _by_values(conn, column: str, sort: ListSort, conds: list[str], args: list) -> Listing:
    """Sorted by a column of few values in the given order: one index range per value (then any value not
    named), each in the store's order."""
    values = list(sort.values)
    if set(values) != set(STATUSES):  # the table's CHECK allows these only: any other order asks the index
        known = conn.execute(f"SELECT DISTINCT {column} FROM annotations INDEXED BY idx_claims_{column}").fetchall()
        values += sorted((v for (v,) in known if v not in values), key=lambda v: (v is None, v or ""))
    if sort.descending:
        values.reverse()
    keys = ("article", "start", '"end"', "unit", "category", "rowid")  # idx_claims_status after the status
    return PartsListing([
        QueryListing(conn, f"FROM annotations INDEXED BY idx_claims_{column}", [f"{column} = ?", *conds],
                     [value, *args], keys, sort.descending)
        for value in values])


_TITLE_ORDERS: dict[int, tuple[int, ...]] = {}  # id(connection) -> the order its temporary table holds


def prepare_title_order(conn, articles: tuple[int, ...]) -> None:
    """Write the articles' title order into this connection's temporary table, unless it holds it already (done
    ahead, when the order is computed, so sorting by title reads an index at once)."""
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS hamish_title_order (rank INTEGER PRIMARY KEY, article INTEGER)")
    held = conn.execute("SELECT count(*) FROM temp.hamish_title_order").fetchone()[0]
    if _TITLE_ORDERS.get(id(conn)) == tuple(articles) and held == len(articles):  # (ids of closed connections recur)
        return
    conn.execute("DELETE FROM temp.hamish_title_order")
    conn.executemany("INSERT INTO temp.hamish_title_order (rank, article) VALUES (?, ?)", enumerate(articles))
    _TITLE_ORDERS[id(conn)] = tuple(articles)


def _by_title(conn, sort: ListSort, filters: ListFilters) -> Listing:
    """Sorted by the articles' order in ``sort.articles`` (each article's claims in the store's order), through a
    temporary table of this connection that is rewritten only when that order changes."""
    prepare_title_order(conn, sort.articles)
    conds, args = _where(filters, "n")
    keys = ("t.rank", "n.start", 'n."end"', "n.unit", "n.category", "n.status", "n.rowid")
    return QueryListing(conn, "FROM temp.hamish_title_order t CROSS JOIN annotations n INDEXED BY idx_claims_order "
                              "ON n.article = t.article", conds, args, keys, sort.descending, rowid="n.rowid",
                        lookup="FROM annotations n JOIN temp.hamish_title_order t ON t.article = n.article")


@dataclass(frozen=True)
class ListedClaim:
    """One listed claim: the claim, its article's title, who wrote its current version, and its folded text."""

    rowid: int
    claim: Annotation
    title: str
    author: str
    folded: str


def claim_rows(db, rowids: Iterable[int]) -> dict[int, ListedClaim]:
    """The claims with these rowids (those still stored), with titles and current authors."""
    ids = list(rowids)
    if not ids:
        return {}
    columns = ", ".join(f"n.{c}" for c in _COLUMNS.split(", "))
    sql = (f"SELECT n.rowid, {columns}, a.title, coalesce(nullif(r.by, ''), n.author), n.folded "
           "FROM annotations n JOIN articles a ON a.id = n.article LEFT JOIN claim_revisions r ON r.seq = n.revision "
           "WHERE n.rowid IN (SELECT value FROM json_each(?))")
    found = {}
    for row in db.conn.execute(sql, [json.dumps(ids)]):
        found[row[0]] = ListedClaim(row[0], Annotation(*row[1:-3]), row[-3], row[-2] or "", row[-1] or "")
    return found


def claim_count(db) -> int:
    return db.execute("SELECT count(*) FROM annotations").fetchone()[0]


def claim_units(db) -> list[str]:
    """The distinct units of every claim, sorted."""
    return sorted(u for (u,) in db.execute("SELECT DISTINCT unit FROM annotations INDEXED BY idx_claims_value"))


def rowids_of(db, uuids: Iterable[str]) -> dict[str, int]:
    """uuid → rowid of the stored claims among ``uuids``."""
    wanted = list(uuids)
    if not wanted:
        return {}
    return dict(db.conn.execute("SELECT uuid, rowid FROM annotations WHERE uuid IN (SELECT value FROM json_each(?))",
                                [json.dumps(wanted)]).fetchall())
