"""Contradictions: claims about one subject and category whose comparable values disagree within a time window.

Two claims contradict when they have the same subject and category, come from different articles published within
``window_days`` of each other, and their comparable values (desktop.core.compare.figures) differ by more than
``tolerance`` relative to the larger one. Rejected claims take no part. An analyst resolves a contradiction with a
note (table contradiction_notes, keyed by the two claims' uuids).

The search is linear in the claims plus the pairs it reports: one lean query without ORDER BY, each article's day and
each (currency, day)'s rates looked up once, groups by (subject, category, comparable unit) sorted by day, and a
sliding window per group; a claim becomes a full Point only when it takes part in a contradiction.
"""

from __future__ import annotations

import datetime as _dt
import gc
from itertools import islice
from typing import NamedTuple

from desktop.core.compare.rates import DEFAULT_DISPLAY, RateTable, load_rates
from desktop.core.store.errors import StoreError
from desktop.core.store.models import utc_now

__all__ = ["Contradiction", "contradictions", "resolve", "unresolve", "resolutions", "pair_key",
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
    # (subject, category) → comparable unit → [(day, uuid, article, compared, |compared|, index into claims)]
    parts: dict[tuple[str, str], dict[str, list]] = {}
    compared_of: list = [None] * len(claims)
    factors: dict[tuple[str, str], tuple[float, float] | None] = {}
    last, units = None, {}
    for i, (uuid, art, subj, cat, kind, value, unit, _status, _quote) in enumerate(claims):
        info = articles.get(art)
        if info is None:
            continue
        if kind == "money" and unit and unit != display:
            rate = factors.get((unit, info[3]), factors)
            if rate is factors:
                rate = factors[unit, info[3]] = _rates(rates, unit, display, info[3])
            if rate is None:
                continue
            compared, cunit = value / rate[0] * rate[1], display  # the same operations as RateTable.convert
        elif kind == "money" and unit:
            compared, cunit = value, display
        else:
            compared, cunit = value, unit
        compared_of[i] = (compared, cunit)
        if (subj, cat) != last:
            last = (subj, cat)
            units = parts.get(last)
            if units is None:
                units = parts[last] = {}
        group = units.get(cunit)
        if group is None:
            group = units[cunit] = []
        group.append((info[0], uuid, art, compared, abs(compared), i))
    notes = {r[0]: r[1:] for r in store.db.execute("SELECT pair, note, author, resolved FROM contradiction_notes")}
    made: dict[int, Point] = {}
    make = tuple.__new__  # a named tuple's own __new__ is a Python function; this builds the same tuple, faster

    def point(i: int) -> Point:
        p = made.get(i)
        if p is None:
            uuid, art, subj, cat, kind, value, unit, status, quote = claims[i]
            _day, title, source, published = articles[art]
            p = made[i] = make(Point, (uuid, art, title, source, published, subj, cat, kind, value, unit, status,
                                       quote, *compared_of[i]))
        return p

    out: list[Contradiction] = []
    no_note = ("", "", "")
    for part in sorted(parts):
        units = parts[part]
        found = []
        for members in units.values():
            members.sort()
            for i, (day_a, ua, art_a, va, abs_a, ia) in enumerate(members):
                limit = day_a + window_days
                pa = None
                for day_b, ub, art_b, vb, abs_b, ib in islice(members, i + 1, None):
                    if day_b > limit:
                        break
                    if art_a == art_b:
                        continue
                    top = abs_a if abs_a >= abs_b else abs_b
                    diff = abs(va - vb) / top if top else 0.0
                    if diff > tolerance:
                        key = f"{ua} {ub}" if ua <= ub else f"{ub} {ua}"
                        if pa is None:
                            pa = made.get(ia) or point(ia)
                        note = notes.get(key, no_note) if notes else no_note
                        found.append((pa.published, key, make(Contradiction, (
                            pa, made.get(ib) or point(ib), diff, day_b - day_a, note[0], note[1], note[2]))))
        found.sort()  # by (first claim's date, key): keys are unique, so the tuples' third items never compare
        out += [f[2] for f in found]
    return out


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
