"""One figure across sources and over time: every claim about a subject as a comparable point, and contradictions.

A point keeps the claim's original value and unit and adds its comparable value: a sum converted to the display
currency at the rate of its article's date (desktop.core.compare.rates), a count or a percentage as it is. Two
points compare only within one comparable unit (the display currency, or the same count unit, or ``%``).
Two claims contradict when they have the same subject and category, come from different articles published within
``window_days`` of each other, and their comparable values differ by more than ``tolerance`` (relative to the larger
one). Rejected claims take no part. An analyst resolves a contradiction with a note (table contradiction_notes).
"""

from __future__ import annotations

import datetime as _dt
from collections import defaultdict
from dataclasses import asdict, dataclass

from desktop.core.compare.rates import DEFAULT_DISPLAY, RateTable, load_rates
from desktop.core.store.errors import StoreError
from desktop.core.store.models import utc_now

__all__ = ["Point", "Contradiction", "points", "compare", "contradictions", "resolve", "unresolve", "pair_key",
           "DEFAULT_TOLERANCE", "DEFAULT_WINDOW_DAYS"]

DEFAULT_TOLERANCE = 0.05
DEFAULT_WINDOW_DAYS = 30


@dataclass(frozen=True)
class Point:
    """A claim placed for comparison: what it says, where and when it was published, and its comparable value."""

    uuid: str
    article: int
    title: str
    source: str  # the site (or the import source) that published it
    published: str  # YYYY-MM-DD: the article's date, else the day it was imported
    subject: str
    category: str
    kind: str | None
    value: float
    unit: str
    status: str
    quote: str
    compared: float | None  # the value in `compared_unit`; None when a sum has no rate
    compared_unit: str

    def to_json(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Contradiction:
    """Two claims about the same subject and category whose values disagree beyond the tolerance."""

    a: Point
    b: Point
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
    return " ".join(sorted((uuid_a, uuid_b)))


_POINTS_SQL = """
SELECT n.uuid, n.article, a.title, coalesce(nullif(a.site, ''), nullif(a.source, ''), a.source_url, ''),
       coalesce(a.published, substr(a.imported, 1, 10)), n.subject, n.category, n.kind, n.value, n.unit, n.status,
       n.quote
FROM annotations n JOIN articles a ON a.id = n.article
WHERE n.subject IS NOT NULL AND n.value IS NOT NULL AND n.status != 'rejected' {where}
ORDER BY n.subject, n.category, 5, n.article, n.start
"""


def points(store, subject: str | None = None, category: str | None = None, *, display: str = DEFAULT_DISPLAY,
           rates: RateTable | None = None) -> list[Point]:
    """Every claim with a subject and a value (of one subject / category if named), oldest first."""
    where, args = "", []
    if subject is not None:
        found = store.subject(subject)
        if found is None:
            raise StoreError(f"no subject named {subject!r} (see `hamish subjects`)")
        where += " AND n.subject = ?"
        args.append(found.name)
    if category is not None:
        if category not in store.category_names():
            raise StoreError(f"unknown category {category!r} (known: {', '.join(store.category_names())})")
        where += " AND n.category = ?"
        args.append(category)
    rates = rates if rates is not None else load_rates(store)
    out = []
    for row in store.db.execute(_POINTS_SQL.format(where=where), args).fetchall():
        uuid, article, title, source, day, subj, cat, kind, value, unit, status, quote = row
        compared, compared_unit = _comparable(value, kind, unit, day, display, rates)
        out.append(Point(uuid, article, title, source, day, subj, cat, kind, value, unit, status, quote,
                         compared, compared_unit))
    return out


compare = points  # `hamish compare SUBJECT` is the points of one subject


def _comparable(value: float, kind: str | None, unit: str, day: str, display: str,
                rates: RateTable) -> tuple[float | None, str]:
    if kind == "money" and unit:
        converted = rates.convert(value, unit, display, day)
        return (converted, display) if converted is not None else (None, unit)
    return value, unit


def _day(text: str) -> _dt.date | None:
    try:
        return _dt.date.fromisoformat(text[:10])
    except (TypeError, ValueError):
        return None


def contradictions(store, *, tolerance: float = DEFAULT_TOLERANCE, window_days: int = DEFAULT_WINDOW_DAYS,
                   display: str = DEFAULT_DISPLAY, subject: str | None = None,
                   rates: RateTable | None = None) -> list[Contradiction]:
    """Every pair of claims that contradict (see the module's docstring), with their resolution if any."""
    if not 0 <= tolerance < 1:
        raise StoreError(f"tolerance {tolerance!r}: use a fraction between 0 and 1 (0.05 = 5 %)")
    if window_days < 0:
        raise StoreError(f"window {window_days!r}: use a number of days ≥ 0")
    groups: dict[tuple, list[tuple[_dt.date, Point]]] = defaultdict(list)
    for p in points(store, subject, display=display, rates=rates):
        day = _day(p.published)
        if p.compared is not None and day is not None:
            groups[(p.subject, p.category, p.compared_unit)].append((day, p))
    notes = {r[0]: r[1:] for r in store.db.execute(
        "SELECT pair, note, author, resolved FROM contradiction_notes").fetchall()}
    found = []
    window = _dt.timedelta(days=window_days)
    for members in groups.values():
        members.sort(key=lambda m: (m[0], m[1].uuid))
        for i, (day_a, a) in enumerate(members):
            for day_b, b in members[i + 1:]:
                if day_b - day_a > window:
                    break
                if a.article == b.article:
                    continue
                diff = _difference(a.compared, b.compared)
                if diff > tolerance:
                    note, by, when = notes.get(pair_key(a.uuid, b.uuid), ("", "", ""))
                    found.append(Contradiction(a, b, diff, (day_b - day_a).days, note, by, when))
    found.sort(key=lambda c: (c.a.subject, c.a.category, c.a.published, c.key))
    return found


def _difference(x: float, y: float) -> float:
    top = max(abs(x), abs(y))
    return abs(x - y) / top if top else 0.0


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
