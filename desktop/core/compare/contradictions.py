"""Contradictions: claims about one subject and category whose comparable values disagree within a time window.

Two claims contradict when they have the same subject and category, come from different articles published within
``window_days`` of each other, and their comparable values (desktop.core.compare.figures) differ by more than
``tolerance`` relative to the larger one. Rejected claims take no part. An analyst resolves a contradiction with a
note (table contradiction_notes, keyed by the two claims' uuids).

The search is linear in the claims plus the pairs it reports: one lean query without ORDER BY, each article's day and
each (currency, day)'s rates looked up once, groups by (subject, category, comparable unit) sorted by day, and a
sliding window per group; points are named tuples, built without their Python-level constructor.
"""

from __future__ import annotations

import datetime as _dt
import gc
from functools import partial
from operator import itemgetter
from itertools import repeat
from typing import NamedTuple

from desktop.core.compare.rates import DEFAULT_DISPLAY, RateTable, load_rates
from desktop.core.store.errors import StoreError
from desktop.core.store.models import utc_now

__all__ = ["Contradiction", "contradictions", "resolve", "unresolve", "resolutions", "resolutions_by_claim",
           "store_resolutions", "clean_resolution", "pair_key",
           "DEFAULT_TOLERANCE", "DEFAULT_WINDOW_DAYS"]

DEFAULT_TOLERANCE = 0.05
DEFAULT_WINDOW_DAYS = 30


class Contradiction(NamedTuple):
    """Two claims about the same subject and category whose values disagree beyond the tolerance.

    A named tuple rather than a frozen dataclass: a large library yields hundreds of thousands of them, and a tuple
    is built several times faster.
    """

    a: "Point"  # noqa: F821 - desktop.core.compare.figures.Point
    b: "Point"  # noqa: F821
    difference: float  # |a − b| / max(|a|, |b|) of the compared values
    days: int
    note: str = ""
    resolved_by: str = ""
    resolved: str = ""

    @property
    def key(self) -> str:
        return pair_key(self.a.uuid, self.b.uuid)

    def to_json(self) -> dict:
        return {"key": self.key, "subject": self.a.subject, "category": self.a.category,
                "difference": round(self.difference, 6), "days": self.days, "a": self.a.to_json(),
                "b": self.b.to_json(), "resolved": bool(self.resolved), "note": self.note,
                "resolved_by": self.resolved_by, "resolved_at": self.resolved}


def pair_key(uuid_a: str, uuid_b: str) -> str:
    return f"{uuid_a} {uuid_b}" if uuid_a <= uuid_b else f"{uuid_b} {uuid_a}"


_CLAIMS_SQL = """
SELECT n.uuid, n.article, n.subject, n.category, n.kind, n.value, n.unit, n.status, n.quote
FROM annotations n
WHERE n.subject IS NOT NULL AND n.value IS NOT NULL AND n.status != 'rejected' {where}
"""  # no ORDER BY: sorting 100,000 rows in SQLite costs more than grouping them in Python
_ARTICLES_SQL = """
SELECT id, title, coalesce(nullif(site, ''), nullif(source, ''), source_url, ''),
       coalesce(published, substr(imported, 1, 10))
FROM articles {where}
"""


def _ordinal(text: str | None) -> int | None:
    try:
        return _dt.date.fromisoformat(text[:10]).toordinal()
    except (TypeError, ValueError):
        return None


def _rates(rates: RateTable, currency: str, display: str, day: str) -> tuple[float, float] | None:
    """(units of ``currency``, units of ``display``) per dollar on ``day``, or None when either has no rate."""
    src, dst = rates.rate(currency, day), rates.rate(display, day)
    return None if src is None or dst is None else (src[0], dst[0])


def contradictions(store, **options) -> list[Contradiction]:
    """Every pair of claims that contradict (see the module's docstring), with their resolution if any.

    Ordered by subject, category, the first claim's publication date, then the pair's key. Keyword options:
    ``tolerance``, ``window_days``, ``display`` (currency), ``subject``, ``rates`` (a RateTable).
    """
    collecting = gc.isenabled()
    gc.disable()  # hundreds of thousands of small tuples: the collector would walk them again and again, to no end
    try:
        return _contradictions(store, **options)
    finally:
        if collecting:
            gc.enable()


def _contradictions(store, *, tolerance: float = DEFAULT_TOLERANCE, window_days: int = DEFAULT_WINDOW_DAYS,
                   display: str = DEFAULT_DISPLAY, subject: str | None = None,
                   rates: RateTable | None = None) -> list[Contradiction]:
    from desktop.core.compare.figures import Point

    if not 0 <= tolerance < 1:
        raise StoreError(f"tolerance {tolerance!r}: use a fraction between 0 and 1 (0.05 = 5 %)")
    if window_days < 0:
        raise StoreError(f"window {window_days!r}: use a number of days ≥ 0")
    where, art_where, args = "", "", []
    if subject is not None:
        found = store.subject(subject)
        if found is None:
            raise StoreError(f"no subject named {subject!r} (see `hamish subjects`)")
        where = " AND n.subject = ?"
        art_where = "WHERE id IN (SELECT article FROM annotations WHERE subject = ?)"
        args = [found.name]
    rates = rates if rates is not None else load_rates(store)
    articles = {}
    for art, title, source, published in store.db.execute(_ARTICLES_SQL.format(where=art_where), args):
        day = _ordinal(published)
        if day is not None:
            articles[art] = (day, title, source, published)
    claims = store.db.execute(_CLAIMS_SQL.format(where=where), args).fetchall()
    # One point per comparable claim, with its group (subject, category, comparable unit) numbered.
    groups: dict[tuple[str, str, str], int] = {}
    gids, points = [], []
    factors: dict[tuple[str, str], tuple[float, float] | None] = {}
    make = tuple.__new__  # a named tuple's own __new__ is a Python function; this builds the same tuple, faster
    add_gid, add_point, group_of, article_of = gids.append, points.append, groups.get, articles.get
    for uuid, art, subj, cat, kind, value, unit, status, quote in claims:
        info = article_of(art)
        if info is None:
            continue
        if kind != "money" or not unit:
            compared, cunit = value, unit
        elif unit == display:
            compared, cunit = value, display
        else:
            rate = factors.get((unit, info[3]), factors)
            if rate is factors:
                rate = factors[unit, info[3]] = _rates(rates, unit, display, info[3])
            if rate is None:
                continue
            compared, cunit = value / rate[0] * rate[1], display  # the same operations as RateTable.convert
        key = (subj, cat, cunit)
        gid = group_of(key)
        if gid is None:
            gid = groups[key] = len(groups)
        add_gid(gid)
        add_point(make(Point, (uuid, art, info[1], info[2], info[3], subj, cat, kind, value, unit, status, quote,
                               compared, cunit)))
    if not points:
        return []
    notes = {r[0]: r[1:] for r in store.db.execute("SELECT pair, note, author, resolved FROM contradiction_notes")}
    return _build(groups, gids, points, articles, notes, tolerance, window_days)


def _build(groups, gids, points, articles, notes, tolerance, window_days) -> list[Contradiction]:
    """The contradictions among ``points`` (desktop.core.compare.pairing finds the pairs), with their notes."""
    from desktop.core.compare.pairing import window_pairs

    part_rank = {part: i for i, part in enumerate(sorted({(s, c) for s, c, _ in groups}))}
    group_part = [part_rank[s, c] for s, c, _ in groups]
    date_rank = {d: i for i, d in enumerate(sorted({info[3] for info in articles.values()}))}
    ids = sorted(articles)
    dates = (ids, [articles[a][0] for a in ids], [date_rank[articles[a][3]] for a in ids])
    first, second, diff, apart = window_pairs(  # a point's compared value, article and uuid are items 12, 1, 0
        gids, list(map(itemgetter(12), points)), list(map(itemgetter(1), points)), list(map(itemgetter(0), points)),
        group_part, dates, tolerance, window_days)
    pick = points.__getitem__
    if not notes:
        blank = repeat("")
        return list(map(partial(tuple.__new__, Contradiction),
                        zip(map(pick, first), map(pick, second), diff, apart, blank, blank, blank)))
    no_note = ("", "", "")
    return [tuple.__new__(Contradiction, (pa, pb, d, g, *notes.get(pair_key(pa.uuid, pb.uuid), no_note)))
            for pa, pb, d, g in zip(map(pick, first), map(pick, second), diff, apart)]


def resolve(store, uuid_a: str, uuid_b: str, note: str) -> None:
    """Mark the contradiction between two claims resolved, with the analyst's note (replacing an earlier one)."""
    for uuid in (uuid_a, uuid_b):
        store.annotation(uuid)  # raises StoreError for an unknown claim
    if uuid_a == uuid_b:
        raise StoreError("a claim cannot contradict itself")
    with store.transaction():
        store.db.execute("INSERT OR REPLACE INTO contradiction_notes (pair, note, author, resolved) VALUES (?, ?, ?, ?)",
                         [pair_key(uuid_a, uuid_b), note.strip(), store.author, utc_now()])


def unresolve(store, uuid_a: str, uuid_b: str) -> None:
    with store.transaction():
        store.db.execute("DELETE FROM contradiction_notes WHERE pair = ?", [pair_key(uuid_a, uuid_b)])


def resolutions(store) -> list[dict]:
    """Every stored resolution: {"a", "b" (the two claims' uuids, sorted), "note", "author", "resolved"}."""
    out = []
    for pair, note, author, when in store.db.execute(
            "SELECT pair, note, author, resolved FROM contradiction_notes ORDER BY pair").fetchall():
        a, _, b = pair.partition(" ")
        out.append({"a": a, "b": b, "note": note, "author": author, "resolved": when})
    return out


def resolutions_by_claim(store) -> dict[str, list[dict]]:
    """Each claim's uuid → the stored resolutions that name it (for exports)."""
    out: dict[str, list[dict]] = {}
    for r in resolutions(store):
        out.setdefault(r["a"], []).append(r)
        out.setdefault(r["b"], []).append(r)
    return out


def clean_resolution(raw: object, where: str) -> dict:
    """A resolution record read from an export file: {"a", "b", "note", "author", "resolved"}; raises ValueError."""
    if not isinstance(raw, dict):
        raise ValueError(f"{where}: a resolution must be an object")
    out = {}
    for key in ("a", "b", "note", "author", "resolved"):
        value = raw.get(key, "")
        if not isinstance(value, str) or (key in ("a", "b", "resolved") and not value):
            raise ValueError(f"{where}: resolution field {key!r} must be a non-empty string" if key != "note"
                             else f"{where}: resolution field 'note' must be a string")
        out[key] = value
    if out["a"] == out["b"]:
        raise ValueError(f"{where}: a resolution names two different claims")
    return out


def store_resolutions(store, records) -> int:
    """Keep the resolutions of ``records`` whose two claims are in ``store`` (an imported or merged file's); of two
    resolutions of one pair the later one stays. Returns how many were added or updated. Call inside a transaction."""
    changed = 0
    for r in records:
        found = store.db.execute("SELECT count(*) FROM annotations WHERE uuid IN (?, ?)", [r["a"], r["b"]]).fetchone()
        if found[0] != 2:
            continue
        key = pair_key(r["a"], r["b"])
        row = store.db.execute("SELECT resolved FROM contradiction_notes WHERE pair = ?", [key]).fetchone()
        if row is not None and row[0] >= r["resolved"]:
            continue
        store.db.execute("INSERT OR REPLACE INTO contradiction_notes (pair, note, author, resolved) VALUES (?, ?, ?, ?)",
                         [key, r["note"], r["author"], r["resolved"]])
        changed += 1
    return changed
