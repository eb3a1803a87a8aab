"""XLSX export with XlsxWriter: right-to-left sheets of claims and articles where no string becomes a formula.

Strings are written as strings (``strings_to_formulas``, ``strings_to_numbers`` and ``strings_to_urls``
are off), and a text cell that would start like a formula (also after invisible characters, spaces or a
full-width sign) gets a leading single quote, as in the CSV, so it stays text when edited or saved as CSV; the
"Bidi controls" column names the cells of a row that hold bidi controls. Characters XML 1.0 forbids (C0 controls other than tab/newline/CR, U+FFFE, U+FFFF, lone
surrogates) are replaced by U+FFFD, and cells are cut at Excel's 32,767-character limit.
"""

from __future__ import annotations

import gc
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from desktop.core.display import isolate_latin
from desktop.core.exchange.exporting.cells import bidi_columns, maybe_unsafe, neutralize
from desktop.core.exchange.exporting.common import PROGRESS_EVERY, ArticleClaims, Selection

__all__ = ["CLAIM_COLUMNS", "ARTICLE_COLUMNS", "write_xlsx", "xml_safe"]

MAX_CELL = 32767
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

# (header, width in characters)
CLAIM_COLUMNS = [
    ("Article", 30), ("Quote", 28), ("Prefix", 24), ("Suffix", 24), ("Category", 12), ("Kind", 9),
    ("Value", 18), ("Unit", 7), ("Status", 11), ("Note", 36), ("Author", 12), ("Created", 24),
    ("Modified", 24), ("Start", 8), ("End", 8), ("Article ID", 10), ("UUID", 38), ("Bidi controls", 16),
    ("Subject", 20),
]
ARTICLE_COLUMNS = [("ID", 6), ("Title", 50), ("Source", 30), ("Content hash", 30), ("Imported", 24), ("Claims", 8)]


def xml_safe(text: str | None) -> str:
    """Text that XML 1.0 can carry and a cell can hold, never starting like a formula."""
    if not text:
        return ""
    clean = neutralize(_FORBIDDEN.sub("\ufffd", text))  # XlsxWriter itself escapes a literal "_xHHHH_"
    return clean if len(clean) <= MAX_CELL else clean[: MAX_CELL - 1] + "…"


def _shown(text: str) -> str:
    """A text cell as people read it: Latin runs inside Arabic text isolated, as in the reader."""
    return isolate_latin(text, only_in_rtl=True)


def _sheet(book, name: str, columns: list[tuple[str, int]]):
    from desktop.core.exchange.exporting.xlsx_rows import RowSheet

    sheet = book.add_worksheet(name, worksheet_class=RowSheet)
    sheet.right_to_left()
    header = book.add_format({"bold": True, "bg_color": "#e8e8e8", "bottom": 1})
    for col, (title, width) in enumerate(columns):
        sheet.write_string(0, col, title, header)
        sheet.set_column(col, col, width)
    sheet.freeze_panes(1, 0)
    return sheet


# The Claims sheet's cells as SQL gives them, in column order (without the bidi column, which is computed).
_SQL = ["coalesce(a.title, '')", "n.quote", "n.prefix", "n.suffix", "n.category", "coalesce(n.kind, '')", "n.value",
        "n.unit", "n.status", "n.note", "n.author", "n.created", "n.modified", "n.start", 'n."end"', "a.id", "n.uuid",
        "coalesce(n.subject, '')"]
_SHOWN = (0, 1, 2, 3, 9, 17)  # text people read, shown with its Latin runs isolated
_NUMBERS = (6, 13, 14, 15)
_TEXTS = tuple(i for i in range(len(_SQL)) if i not in _NUMBERS)
_STORED = {"Article": 0, "Quote": 1, "Prefix": 2, "Suffix": 3, "Unit": 7, "Note": 9, "Author": 10}


def _claim_tuples(selection) -> Iterator[tuple]:
    if isinstance(selection, Selection):
        yield from selection.claim_rows(_SQL)
        return
    for item in selection:
        for a in item.claims:
            yield (item.article.title, a.quote, a.prefix, a.suffix, a.category, a.kind or "", a.value, a.unit,
                   a.status, a.note, a.author, a.created, a.modified, a.start, a.end, item.article.id, a.uuid,
                   a.subject or "")


def _article_tuples(selection) -> Iterator[tuple]:
    """(id, title, source, content hash, imported, claims) of each article of the selection."""
    if isinstance(selection, Selection):
        yield from selection.article_rows()
        return
    for item in selection:
        art = item.article
        yield art.id, art.title, art.source_url or art.source, art.content_hash, art.imported, len(item.claims)


def _careful(row: tuple) -> list:
    """Every text cell made safe one by one (formula starts, forbidden characters, length) and the bidi column."""
    cells = list(row)
    for i in _TEXTS:
        cells[i] = xml_safe(_shown(row[i]) if i in _SHOWN else row[i])
    cells[16] = row[16]  # the UUID is ours
    bidi = bidi_columns({name: row[i] for name, i in _STORED.items()}, list(_STORED))
    return [*cells[:17], bidi, cells[17]]


def _quick(row: tuple) -> list:
    """A row no cell of which starts like a formula, holds a bidi control or a forbidden character, or is too
    long: only the text people read is isolated."""
    cells = list(row)
    for i in _SHOWN:
        cells[i] = _shown(row[i])
    return [*cells[:17], "", cells[17]]


def _safe_as_is(row: tuple) -> bool:
    texts = [row[i] for i in _TEXTS]
    return (not maybe_unsafe(texts) and _FORBIDDEN.search("".join(texts)) is None
            and max(map(len, texts)) <= MAX_CELL // 2)  # isolates at most double a text


def write_xlsx(selection: list[ArticleClaims], path: Path, progress: Callable[[int], None] | None = None) -> int:
    """Write a Claims sheet and an Articles sheet to ``path``; returns the number of claim rows.

    ``progress(steps)`` is called every :data:`PROGRESS_EVERY` claim rows and article rows."""
    import xlsxwriter  # only when a workbook is written (it is slow to import)

    book = xlsxwriter.Workbook(
        str(path),
        # constant_memory: each row is flushed to disk once the next starts, so memory does not grow with the
        # claims (rows are written in order, one sheet after the other).
        {"strings_to_formulas": False, "strings_to_numbers": False, "strings_to_urls": False,
         "constant_memory": True},
    )
    from desktop.core.exchange.exporting.xlsx_rows import NUMBER, TEXT

    number = book.add_format({"num_format": "#,##0.##"})
    wrap = book.add_format({"text_wrap": True, "valign": "top"})
    claims = _sheet(book, "Claims", CLAIM_COLUMNS)
    kinds = [NUMBER if col in (6, 13, 14, 15) else TEXT for col in range(len(CLAIM_COLUMNS))]
    claims.set_row_layout(kinds, [number if col == 6 else wrap if col == 9 else None for col in range(len(kinds))])
    write = claims.write_cells
    # Text that people read is shown with its Latin runs isolated, as in the reader; numbers and offsets stay
    # in their own cells, and the CSV and JSON exports keep the stored text unchanged. Each row is written whole
    # (xlsx_rows.RowSheet): XlsxWriter's per-cell calls were most of the export's time.
    row = 0
    for row, stored in enumerate(_claim_tuples(selection), 1):
        write(row, _quick(stored) if _safe_as_is(stored) else _careful(stored))
        if progress is not None and not row % PROGRESS_EVERY:
            progress(PROGRESS_EVERY)
    if progress is not None:
        progress(row % PROGRESS_EVERY)
    claims.autofilter(0, 0, max(row, 1), len(CLAIM_COLUMNS) - 1)
    articles = _sheet(book, "Articles", ARTICLE_COLUMNS)
    articles.set_row_layout([NUMBER, TEXT, TEXT, TEXT, TEXT, NUMBER])
    n = 0
    for n, (art_id, title, source, digest, imported, count) in enumerate(_article_tuples(selection), 1):
        articles.write_cells(n, (art_id, xml_safe(_shown(title)), xml_safe(source), digest, imported, count))
        if progress is not None and not n % PROGRESS_EVERY:
            progress(PROGRESS_EVERY)
    if progress is not None:
        progress(n % PROGRESS_EVERY)
    articles.autofilter(0, 0, max(n, 1), len(ARTICLE_COLUMNS) - 1)
    _close(book)
    return row


def _close(book) -> None:
    """Close (write) the workbook; a failure to write is raised as the OSError it is (disk full, permission
    denied), without the second report of it that XlsxWriter's half-written zip would print when collected."""
    from xlsxwriter.exceptions import FileCreateError

    error = None
    try:
        book.close()
    except FileCreateError as exc:
        error = exc.args[0] if exc.args and isinstance(exc.args[0], OSError) else OSError(str(exc))
    if error is None:
        return
    hook = sys.unraisablehook
    sys.unraisablehook = lambda _unraisable: None
    try:  # the zip file XlsxWriter left open lives in the error's frames: close it quietly now
        error.__traceback__ = error.__context__ = None
        gc.collect()
    finally:
        sys.unraisablehook = hook
    raise error
