"""CSV export: UTF-8 with a BOM, one row per claim, with formula-like cells neutralized as OWASP advises.

Spreadsheets run a cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return as a
formula (CSV injection). Every text cell that starts so, also after invisible characters, spaces or a full-width
sign (see :mod:`.cells`), gets a leading single quote; the numeric columns (value, start, end) are written as plain
numbers, so a negative value stays ``-5``. The last column, ``bidi_controls``, names the columns of the row whose
text holds bidi control characters (they can make a cell read differently from what it holds).
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from pathlib import Path

from desktop.core.exchange.exporting.cells import bidi_columns, maybe_unsafe, neutralize
from desktop.core.exchange.exporting.common import PROGRESS_EVERY, ArticleClaims, Selection, claim_record, plain_number

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


def _checked(record: dict) -> list:
    """A row with every text cell neutralised and its bidi columns named (the careful, per-cell way)."""
    record["bidi_controls"] = bidi_columns(record, _TEXT)
    return [_cell(c, record[c]) for c in COLUMNS]


def _object_records(selection) -> Iterator[dict]:
    for item in selection:
        for a in item.claims:
            yield {"article_id": item.article.id, "article_title": item.article.title, **claim_record(a)}


# The SQL path: text columns come out of SQL as strings (NULL as ""), a whole value as an integer, so a row that
# no cell of could start like a formula or holds a bidi control (nearly all) goes to the writer as it comes.
_SQL_COLUMNS = {"article_id": "CAST(a.id AS TEXT)", "article_title": "coalesce(a.title, '')", "start": "CAST(n.start AS TEXT)",
                "end": 'CAST(n."end" AS TEXT)', "kind": 'coalesce(n.kind, \'\')', "subject": 'coalesce(n.subject, \'\')',
                "value": "CASE WHEN n.value = CAST(n.value AS INTEGER) THEN CAST(n.value AS INTEGER) ELSE n.value END"}


def _sql_rows(selection: Selection, progress, counted: list[int]) -> Iterator[list | tuple]:
    names = COLUMNS[:-1]
    value = names.index("value")
    n = 0
    for n, row in enumerate(selection.claim_rows([_SQL_COLUMNS.get(c, f'n."{c}"') for c in names]), 1):
        if maybe_unsafe(row[:value] + row[value + 1:]):  # the value is a number (or NULL)
            record = dict(zip(names, row))
            for column in NUMERIC - {"value"}:
                record[column] = int(record[column])
            yield _checked(record)
        else:
            yield (*row, "")
        if progress is not None and not n % PROGRESS_EVERY:
            progress(PROGRESS_EVERY)
    if progress is not None and n % PROGRESS_EVERY:
        progress(n % PROGRESS_EVERY)
    counted.append(n)


def write_csv(selection: list[ArticleClaims], path: Path, progress: Callable[[int], None] | None = None) -> int:
    """Write the claims of ``selection`` to ``path``; returns the number of claim rows.

    A store's :class:`Selection` streams its rows straight from one SQL query (no claim objects, no article
    texts), and ``progress(rows)`` is called every :data:`PROGRESS_EVERY` rows with the rows written since."""
    counted: list[int] = []
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, quoting=csv.QUOTE_MINIMAL)
        writer.writerow(COLUMNS)
        if isinstance(selection, Selection):
            writer.writerows(_sql_rows(selection, progress, counted))
            return counted[0]
        count = 0
        for count, record in enumerate(_object_records(selection), 1):
            writer.writerow(_checked(record))
        return count
