"""One subject's claims for the Compare view: every claim with a value (rejected ones too), and its categories.

:func:`desktop.core.compare.figures.points` leaves rejected claims out, as contradictions must; the Compare view
shows them as well, drawn apart, so the analyst sees what was set aside. Values compare as in ``figures``: a sum in
the display currency at the rate of its article's date, a count or a percentage as it is.
"""

from __future__ import annotations

import json

from desktop.core.compare.figures import Point
from desktop.core.compare.rates import DEFAULT_DISPLAY, RateTable, load_rates
from desktop.core.store.errors import StoreError

__all__ = ["subject_points", "subject_categories", "compared_subjects"]

_SQL = """
SELECT n.uuid, n.article, a.title, coalesce(nullif(a.site, ''), nullif(a.source, ''), a.source_url, ''),
       coalesce(a.published, substr(a.imported, 1, 10)), n.subject, n.category, n.kind, n.value, n.unit, n.status,
       n.quote
FROM annotations n JOIN articles a ON a.id = n.article
WHERE n.subject = ? AND n.category = ? AND n.value IS NOT NULL
ORDER BY 5, n.article, n.start
"""


def compared_subjects(store) -> list[tuple[str, tuple[str, ...]]]:
    """(name, aliases) of every subject that some claim with a value is about, by name (no counting)."""
    rows = store.db.execute(
        "SELECT name, aliases FROM subjects s WHERE EXISTS "
        "(SELECT 1 FROM annotations n WHERE n.subject = s.name AND n.value IS NOT NULL) ORDER BY name").fetchall()
    return [(name, tuple(json.loads(aliases or "[]"))) for name, aliases in rows]


def subject_categories(store, subject: str) -> list[tuple[str, int]]:
    """(category, number of claims with a value) about ``subject`` (a name or alias), most claims first."""
    found = store.subject(subject)
    if found is None:
        return []
    rows = store.db.execute(
        "SELECT category, count(*) FROM annotations WHERE subject = ? AND value IS NOT NULL "
        "GROUP BY category ORDER BY 2 DESC, 1", [found.name]).fetchall()
    return [(category, count) for category, count in rows]


def subject_points(store, subject: str, category: str, *, display: str = DEFAULT_DISPLAY,
                   rates: RateTable | None = None) -> list[Point]:
    """Every claim with a value about ``subject`` (a name or alias) in ``category``, oldest first, rejected included."""
    found = store.subject(subject)
    if found is None:
        raise StoreError(f"no subject named {subject!r} (see `hamish subjects`)")
    rates = rates if rates is not None else load_rates(store)
    out = []
    for row in store.db.execute(_SQL, [found.name, category]).fetchall():
        uuid, article, title, source, day, subj, cat, kind, value, unit, status, quote = row
        compared, compared_unit = value, unit
        if kind == "money" and unit:
            converted = rates.convert(value, unit, display, day)
            if converted is not None:
                compared, compared_unit = converted, display
            else:
                compared = None
        out.append(Point(uuid, article, title, source, day, subj, cat, kind, value, unit, status, quote,
                         compared, compared_unit))
    return out
