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
from itertools import islice
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
    # (subject, category) → comparable unit → [(day, uuid, article, compared, |compared|, Point)]
    parts: dict[tuple[str, str], dict[str, list]] = {}
    factors: dict[tuple[str, str], tuple[float, float] | None] = {}
    make = tuple.__new__  # a named tuple's own __new__ is a Python function; this builds the same tuple, faster
    last, units = None, {}
    for uuid, art, subj, cat, kind, value, unit, status, quote in claims:
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
        if (subj, cat) != last:
            last = (subj, cat)
            units = parts.get(last)
            if units is None:
                units = parts[last] = {}
        group = units.get(cunit)
        if group is None:
            group = units[cunit] = []
        day, title, source, published = info
        point = make(Point, (uuid, art, title, source, published, subj, cat, kind, value, unit, status, quote,
                             compared, cunit))
        group.append((day, uuid, art, compared, abs(compared), point))
    notes = {r[0]: r[1:] for r in store.db.execute("SELECT pair, note, author, resolved FROM contradiction_notes")}
    out: list[Contradiction] = []
    no_note = ("", "", "")
    for part in sorted(parts):
        units = parts[part]
        found = []
        for members in units.values():
            members.sort()  # by day, then uuid (unique): the points never compare
            for i, (day_a, ua, art_a, va, abs_a, pa) in enumerate(members):
                limit = day_a + window_days
                published = pa.published
                for day_b, ub, art_b, vb, abs_b, pb in islice(members, i + 1, None):
                    if day_b > limit:
                        break
                    if art_a == art_b:
                        continue
                    top = abs_a if abs_a >= abs_b else abs_b
                    diff = abs(va - vb) / top if top else 0.0
                    if diff > tolerance:
                        key = f"{ua} {ub}" if ua <= ub else f"{ub} {ua}"
                        note = notes.get(key, no_note) if notes else no_note
                        found.append((published, key, make(Contradiction, (
                            pa, pb, diff, day_b - day_a, note[0], note[1], note[2]))))
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
