"""A constant-memory XlsxWriter worksheet that writes a whole row in one call, byte for byte as XlsxWriter would.

XlsxWriter spends about 20 Python calls on every cell it writes (argument checks, a cell tuple, then at the next
row its escaping, attributes and cell reference), which is most of a 100,000-claim export. ``RowSheet`` is a
``Worksheet`` subclass (XlsxWriter's ``add_worksheet(worksheet_class=...)``) whose :meth:`RowSheet.write_cells`
renders a row's XML from a template made once per column layout and writes it to the sheet's row file, as
XlsxWriter's constant_memory mode does, keeping its row and dimension bookkeeping. A row whose text needs any
escaping (``& < >``, control characters, a literal ``_xHHHH_``, leading or trailing whitespace, U+FFFE/U+FFFF)
has its cells rendered one by one by XlsxWriter's own escaping functions; a number that is not finite goes
through XlsxWriter's public ``write_number``, which decides what to do with it. ``tests/core/test_xlsx_rows.py``
compares the sheet XML with XlsxWriter's own writing of the same cells.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from operator import itemgetter

from xlsxwriter.utility import _preserve_whitespace, xl_col_to_name
from xlsxwriter.worksheet import Worksheet

__all__ = ["RowSheet", "TEXT", "NUMBER", "needs_care"]

TEXT, NUMBER = "text", "number"

# Anything in a row's text that XlsxWriter's inline-string writer rewrites beyond XML's whitespace attribute: XML's
# & < >, control characters and a literal "_xHHHH_" (both written as "_x...._" escapes), U+FFFE and U+FFFF.
_NEEDS_CARE = re.compile("[&<>\x00-\x08\x0b-\x1f\ufffe\uffff]")  # and "_x", found with `in`
_INF = float("inf")
_PRESERVE = ' xml:space="preserve">'  # a text with whitespace at either end (XlsxWriter: ^\s or \s$, as isspace())


class RowSheet(Worksheet):
    """A worksheet that also writes whole rows of text and number cells at once (constant_memory mode only)."""

    def set_row_layout(self, kinds: Sequence[str], formats: Sequence | None = None) -> None:
        """Declare the columns :meth:`write_cells` writes, from column 0: each ``TEXT`` or ``NUMBER``, with an
        optional XlsxWriter ``Format`` each."""
        self._kinds = list(kinds)
        self._formats = list(formats or [None] * len(kinds))
        texts = [i for i, k in enumerate(kinds) if k == TEXT]
        numbers = [i for i, k in enumerate(kinds) if k == NUMBER]
        # The row's text cells, then its numbers, each as a tuple (in the template, text slots come first).
        self._slots = {col: n for n, col in enumerate(texts + numbers, 1)}
        self._get_texts = _getter(texts)
        self._get_numbers = _getter(numbers)
        self._templates: dict[tuple[bool, ...], str] = {}

    def _template(self, missing: tuple[bool, ...]) -> str:
        """The row's XML with ``{0}`` for the row number and a slot for each cell (see ``_slots``), without the
        number cells that are ``missing`` (None: no cell, as XlsxWriter writes none)."""
        parts = ['<row r="{0}">']
        gone = iter(missing)
        for col, (kind, fmt) in enumerate(zip(self._kinds, self._formats)):
            if kind == NUMBER and next(gone):
                continue
            # A format's index is given when first written, as XlsxWriter's own cells do (the header's comes first).
            style = f' s="{fmt._get_xf_index()}"' if fmt is not None else ""
            name, slot = xl_col_to_name(col), self._slots[col]
            if kind == TEXT:
                parts.append(f'<c r="{name}{{0}}"{style} t="inlineStr"><is><t{{{slot}}}</t></is></c>')
            else:
                parts.append(f'<c r="{name}{{0}}"{style}><v>{{{slot}}}</v></c>')
        parts.append("</row>")
        return "".join(parts)

    def write_cells(self, row: int, cells: Sequence) -> None:
        """Write ``cells`` (text as str, numbers as int or float, None for an empty number cell) on ``row``,
        which must come after every row written so far, as XlsxWriter's constant_memory mode requires."""
        texts, numbers = self._get_texts(cells), self._get_numbers(cells)
        if (not self.constant_memory or not self.previous_row < row < self.xls_rowmax
                or max(map(len, texts), default=0) > self.xls_strmax // 2  # may need XlsxWriter's UTF-16 cut
                or not all(n is None or -_INF < n < _INF for n in numbers)):  # XlsxWriter decides on NaN and inf
            self._write_each(row, cells)
            return
        if self.table:  # a row written through XlsxWriter's own calls (the header) goes out first
            self._write_single_row(row)
        self.previous_row = row
        if self.dim_rowmax is None or self.dim_colmin != 0 or self.dim_colmax < len(self._kinds) - 1:
            self._check_dimensions(row, 0)
            self._check_dimensions(row, len(self._kinds) - 1)
        elif row > self.dim_rowmax:
            self.dim_rowmax = row
        missing = tuple(n is None for n in numbers)
        template = self._templates.get(missing)
        if template is None:
            template = self._templates[missing] = self._template(missing)
        if not needs_care("".join(texts)):
            shown = [(">" if t.strip() == t else _PRESERVE) + t for t in texts]
        else:
            shown = [_text_xml(t) for t in texts]
        self.fh.write(template.format(row + 1, *shown, *["" if n is None else f"{n:.16G}" for n in numbers]))

    def _write_each(self, row: int, cells: Sequence) -> None:
        """The same row through XlsxWriter's public calls, one cell at a time."""
        for col, (value, kind, fmt) in enumerate(zip(cells, self._kinds, self._formats)):
            if kind == TEXT:
                self.write_string(row, col, value, fmt)
            elif value is not None:
                self.write_number(row, col, value, fmt)


def needs_care(text: str) -> bool:
    """Whether XlsxWriter's inline-string writer would escape anything in ``text`` (beyond its whitespace)."""
    return "_x" in text or _NEEDS_CARE.search(text) is not None


def _getter(columns: list[int]):
    """A function that takes a row's cells at ``columns`` as a tuple (at C speed)."""
    if not columns:
        return lambda cells: ()
    if len(columns) == 1:
        return lambda cells: (cells[columns[0]],)
    return itemgetter(*columns)


def _text_xml(text: str) -> str:
    """What XlsxWriter's constant_memory writer puts after ``<t`` for ``text``: its whitespace attribute and the
    escaped text (as in ``Worksheet._write_cell`` and ``XMLwriter._xml_inline_string``)."""
    text = Worksheet._escape_control_characters(text)
    attribute = ' xml:space="preserve">' if _preserve_whitespace(text) else ">"
    return attribute + text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
