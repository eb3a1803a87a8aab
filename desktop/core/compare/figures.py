"""One figure across sources and over time: every claim about a subject as a comparable point, and contradictions.

A point keeps the claim's original value and unit and adds its comparable value: a sum converted to the display
currency at the rate of its article's date (desktop.core.compare.rates), a count or a percentage as it is. Two
points compare only within one comparable unit (the display currency, or the same count unit, or ``%``).
Contradictions between points live in desktop.core.compare.contradictions and are re-exported here.
"""

from __future__ import annotations

from typing import NamedTuple

from desktop.core.compare.rates import DEFAULT_DISPLAY, RateTable, load_rates
from desktop.core.store.errors import StoreError

__all__ = ["Point", "Contradiction", "points", "compare", "contradictions", "resolve", "unresolve", "resolutions",
           "pair_key", "DEFAULT_TOLERANCE", "DEFAULT_WINDOW_DAYS"]


class Point(NamedTuple):
    """A claim placed for comparison: what it says, where and when it was published, and its comparable value.

    A named tuple rather than a frozen dataclass: contradictions over a large library build a hundred thousand.
    """

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
        return self._asdict()


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


from desktop.core.compare.contradictions import (  # noqa: E402 - re-exported; that module imports Point lazily
    DEFAULT_TOLERANCE, DEFAULT_WINDOW_DAYS, Contradiction, contradictions, pair_key, resolutions, resolve,
    unresolve)
