"""Spreadsheet cells that cannot run: formula-like text neutralised, and bidi controls found, for CSV and XLSX.

A spreadsheet runs a cell as a formula when it starts with ``=``, ``+``, ``-`` or ``@`` (OWASP "CSV injection"),
and some also after a TAB or CR. Invisible characters (bidi marks and isolates, zero-width spaces and joiners, a
BOM, a soft hyphen), spaces of any width, and the full-width or small forms of those signs (``＝`` ``＋`` ``－``
``＠`` …) are skipped or normalised by some spreadsheets first, so they do not hide such a start: every cell that
starts so gets a leading single quote. Bidi controls (which can reorder what a reader sees) are reported per row.
"""

from __future__ import annotations

import unicodedata

__all__ = ["neutralize", "starts_like_formula", "BIDI_CONTROLS", "bidi_columns"]

_SIGNS = frozenset("=+-@\t\r")
# Full-width and small forms of the signs, and other dashes and minus signs spreadsheets read as minus.
_LOOKALIKES = frozenset("\uff1d\uff0b\uff0d\uff20\ufe66\ufe62\ufe63\ufe6b\u2212\u207a\u207b\u208a\u208b\u2796\u2795")
BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _skipped(ch: str) -> bool:
    """Characters a reader does not see at the start of a cell: format characters, spaces and line breaks (LF, VT,
    FF, NEL: a spreadsheet that trims whitespace on import drops them); TAB and CR are signs of their own."""
    return (unicodedata.category(ch) in ("Cf", "Zs", "Zl", "Zp", "Mn") or ch in "\u115f\u1160\u3164\uffa0"
            or ch.isspace())


def starts_like_formula(cell: str) -> bool:
    """Whether ``cell``, after invisible characters and spaces, starts with a formula sign or a look-alike."""
    for ch in cell:
        if ch in _SIGNS or ch in _LOOKALIKES:
            return True
        if not _skipped(ch):
            return False
    return False


def neutralize(cell: str) -> str:
    """Prefix a single quote to a text cell a spreadsheet could run as a formula."""
    return "'" + cell if starts_like_formula(cell) else cell


def bidi_columns(record: dict, columns: list[str]) -> str:
    """The names of the columns whose text holds bidi controls, comma-separated ("" when none)."""
    found = [c for c in columns if isinstance(record.get(c), str) and BIDI_CONTROLS.intersection(record[c])]
    return ", ".join(found)
