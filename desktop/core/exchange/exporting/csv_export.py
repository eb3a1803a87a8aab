"""CSV export: UTF-8 with a BOM, one row per claim, with formula-like cells neutralized as OWASP advises.

Spreadsheets run a cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return as a
formula (CSV injection). Every text cell that starts so, also after invisible characters, spaces or a full-width
sign (see :mod:`.cells`), gets a leading single quote; the numeric columns (value, start, end) are written as plain
numbers, so a negative value stays ``-5``. The last column, ``bidi_controls``, names the columns of the row whose
text holds bidi control characters (they can make a cell read differently from what it holds).
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from desktop.core.exchange.exporting.cells import bidi_columns, neutralize
from desktop.core.exchange.exporting.common import ArticleClaims, Selection, claim_record, plain_number

__all__ = ["COLUMNS", "write_csv", "neutralize"]

COLUMNS = [
    "article_id", "article_title", "quote", "prefix", "suffix", "category", "kind", "value", "unit", "status",
    "note", "author", "created", "modified", "start", "end", "uuid", "subject", "bidi_controls",
]
NUMERIC = {"article_id", "value", "start", "end"}
_TEXT = [c for c in COLUMNS if c not in NUMERIC and c != "bidi_controls"]


def _cell(column: str, value: object) -> object:
    if column in NUMERIC:
        number = plain_number(value) if isinstance(value, float) else value
        return "" if number is None else number
    return neutralize("" if value is None else str(value))


def _records(selection) -> Iterator[dict]:
    """Each claim's record with its article's id and title: a store's :class:`Selection` streams them straight
    from one SQL query (no claim objects, no article texts), any other selection from its claim objects."""
    if isinstance(selection, Selection):
        names = COLUMNS[:-1]
        for row in selection.claim_rows(COLUMNS[2:-1]):
            yield dict(zip(names, row))
        return
    for item in selection:
        for a in item.claims:
            yield {"article_id": item.article.id, "article_title": item.article.title, **claim_record(a)}


def write_csv(selection: list[ArticleClaims], path: Path) -> int:
    """Write the claims of ``selection`` to ``path``; returns the number of claim rows."""
    rows = 0
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, quoting=csv.QUOTE_MINIMAL)
        writer.writerow(COLUMNS)
        for record in _records(selection):
            record["bidi_controls"] = bidi_columns(record, _TEXT)
            writer.writerow([_cell(c, record[c]) for c in COLUMNS])
            rows += 1
    return rows
