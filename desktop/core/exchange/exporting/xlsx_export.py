"""XLSX export with XlsxWriter: right-to-left sheets of claims and articles where no string becomes a formula.

Strings are written as strings (``strings_to_formulas``, ``strings_to_numbers`` and ``strings_to_urls``
are off), and a text cell that would start like a formula (also after invisible characters, spaces or a
full-width sign) gets a leading single quote, as in the CSV, so it stays text when edited or saved as CSV; the
"Bidi controls" column names the cells of a row that hold bidi controls. Characters XML 1.0 forbids (C0 controls other than tab/newline/CR, U+FFFE, U+FFFF, lone
surrogates) are replaced by U+FFFD, and cells are cut at Excel's 32,767-character limit.
"""

from __future__ import annotations

import re
from pathlib import Path

import xlsxwriter

from desktop.core.display import isolate_latin
from desktop.core.exchange.exporting.cells import bidi_columns, neutralize
from desktop.core.exchange.exporting.common import ArticleClaims

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


def _sheet(book: xlsxwriter.Workbook, name: str, columns: list[tuple[str, int]]):
    sheet = book.add_worksheet(name)
    sheet.right_to_left()
    header = book.add_format({"bold": True, "bg_color": "#e8e8e8", "bottom": 1})
    for col, (title, width) in enumerate(columns):
        sheet.write_string(0, col, title, header)
        sheet.set_column(col, col, width)
    sheet.freeze_panes(1, 0)
    return sheet


def write_xlsx(selection: list[ArticleClaims], path: Path) -> int:
    """Write a Claims sheet and an Articles sheet to ``path``; returns the number of claim rows."""
    book = xlsxwriter.Workbook(
        str(path),
        # constant_memory: each row is flushed to disk once the next starts, so memory does not grow with the
        # claims (rows are written in order, one sheet after the other).
        {"strings_to_formulas": False, "strings_to_numbers": False, "strings_to_urls": False,
         "constant_memory": True},
    )
    number = book.add_format({"num_format": "#,##0.##"})
    wrap = book.add_format({"text_wrap": True, "valign": "top"})
    claims = _sheet(book, "Claims", CLAIM_COLUMNS)
    row = 0
    for item in selection:
        for a in item.claims:
            row += 1
            # Text that people read is shown with its Latin runs isolated, as in the reader; numbers and
            # offsets stay in their own cells, and the CSV and JSON exports keep the stored text unchanged.
            texts = [*(_shown(t) for t in (item.article.title, a.quote, a.prefix, a.suffix)), a.category, a.kind or ""]
            for col, value in enumerate(texts):
                claims.write_string(row, col, xml_safe(value))
            if a.value is not None:
                claims.write_number(row, 6, a.value, number)
            claims.write_string(row, 7, xml_safe(a.unit))
            claims.write_string(row, 8, xml_safe(a.status))
            claims.write_string(row, 9, xml_safe(_shown(a.note)), wrap)
            for col, value in ((10, a.author), (11, a.created), (12, a.modified)):
                claims.write_string(row, col, xml_safe(value))
            claims.write_number(row, 13, a.start)
            claims.write_number(row, 14, a.end)
            claims.write_number(row, 15, item.article.id)
            claims.write_string(row, 16, a.uuid)
            stored = {"Article": item.article.title, "Quote": a.quote, "Prefix": a.prefix, "Suffix": a.suffix,
                      "Unit": a.unit, "Note": a.note, "Author": a.author}
            claims.write_string(row, 17, bidi_columns(stored, list(stored)))
            claims.write_string(row, 18, xml_safe(_shown(a.subject or "")))
    claims.autofilter(0, 0, max(row, 1), len(CLAIM_COLUMNS) - 1)
    articles = _sheet(book, "Articles", ARTICLE_COLUMNS)
    for n, item in enumerate(selection, 1):
        art = item.article
        articles.write_number(n, 0, art.id)
        articles.write_string(n, 1, xml_safe(_shown(art.title)))
        articles.write_string(n, 2, xml_safe(art.source_url or art.source))
        articles.write_string(n, 3, art.content_hash)
        articles.write_string(n, 4, art.imported)
        articles.write_number(n, 5, len(item.claims))
    articles.autofilter(0, 0, max(len(selection), 1), len(ARTICLE_COLUMNS) - 1)
    book.close()
    return row
