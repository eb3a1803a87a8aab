"""CSV export: UTF-8 with a BOM, one row per claim, with formula-like cells neutralized as OWASP advises.

Spreadsheets run a cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return as a
formula (CSV injection). Every text cell that starts so gets a leading single quote; the numeric
columns (value, start, end) are written as plain numbers, so a negative value stays ``-5``.
"""

from __future__ import annotations

import csv
from pathlib import Path

from desktop.core.exchange.exporting.common import Selection, claim_record, plain_number

__all__ = ["COLUMNS", "write_csv", "neutralize"]

COLUMNS = [
    "article_id", "article_title", "quote", "prefix", "suffix", "category", "kind", "value", "unit", "status",
    "note", "author", "created", "modified", "start", "end", "uuid",
]
NUMERIC = {"article_id", "value", "start", "end"}
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralize(cell: str) -> str:
    """Prefix a single quote to a text cell a spreadsheet would run as a formula."""
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell


def _cell(column: str, value: object) -> object:
    if column in NUMERIC:
        number = plain_number(value) if isinstance(value, float) else value
        return "" if number is None else number
    return neutralize("" if value is None else str(value))


def _row_maker(columns: list[str]):
    """A function turning one SQL row (in ``columns`` order) into the CSV cells, neutralised as above."""
    numeric = [c in NUMERIC for c in columns]

    def make(row: tuple) -> list:
        out = []
        for is_number, value in zip(numeric, row):
            if is_number:
                out.append("" if value is None else plain_number(value) if isinstance(value, float) else value)
            elif value is None:
                out.append("")
            else:
                text = value if isinstance(value, str) else str(value)
                out.append("'" + text if text.startswith(_FORMULA_STARTS) else text)
        return out
    return make


def write_csv(selection, path: Path) -> int:
    """Write the claims of ``selection`` to ``path``; returns the number of claim rows. A store's
    :class:`Selection` streams its rows straight from SQL (the CSV costs little more than csv.writer would)."""
    rows = 0
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, quoting=csv.QUOTE_MINIMAL)
        writer.writerow(COLUMNS)
        if isinstance(selection, Selection):
            # The SQL gives article id and title, then the claim columns in COLUMNS order.
            make = _row_maker(COLUMNS)
            for row in selection.claim_rows(COLUMNS[2:]):
                writer.writerow(make(row))
                rows += 1
            return rows
        for item in selection:
            for a in item.claims:
                record = {"article_id": item.article.id, "article_title": item.article.title, **claim_record(a)}
                writer.writerow([_cell(c, record[c]) for c in COLUMNS])
                rows += 1
    return rows
