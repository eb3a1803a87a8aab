"""Spreadsheet cells that cannot run: formula-like text neutralised, and bidi controls found, for CSV and XLSX.

A spreadsheet runs a cell as a formula when it starts with ``=``, ``+``, ``-`` or ``@`` (OWASP "CSV injection"),
and some also after a TAB or CR. Invisible characters (bidi marks and isolates, zero-width spaces and joiners, a
BOM, a soft hyphen), spaces of any width, and the full-width or small forms of those signs (``＝`` ``＋`` ``－``
``＠`` …) are skipped or normalised by some spreadsheets first, so they do not hide such a start: every cell that
starts so gets a leading single quote. Bidi controls (which can reorder what a reader sees) are reported per row.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["neutralize", "starts_like_formula", "BIDI_CONTROLS", "bidi_columns", "CELL_SEP", "maybe_unsafe"]

_SIGNS = frozenset("=+-@\t\r")
# Full-width and small forms of the signs, and other dashes and minus signs spreadsheets read as minus.
_LOOKALIKES = frozenset("\uff1d\uff0b\uff0d\uff20\ufe66\ufe62\ufe63\ufe6b\u2212\u207a\u207b\u208a\u208b\u2796\u2795")
BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


# A row's text cells joined by CELL_SEP need a closer look when a cell starts, after plain spaces, with anything but
# a letter, a digit, "_" or punctuation that is surely neither a sign nor invisible (a superset of every formula
# start: signs, look-alikes, format characters, marks, other spaces, the Hangul fillers that are letters but show
# as nothing), or when a cell holds a bidi control: a search that starts at the separators, and a scan for each
# control, both at C speed.
CELL_SEP = "\x1f"
_PLAIN_SPACES = " \u00a0"
_SURELY_SAFE = "!\"#$%&'()*,./:;<>?[\\]^`{|}~\u060c\u061b\u061f\u066a\u066b\u066c\u00ab\u00bb"
_CELL_START = re.compile(f"{CELL_SEP}[{_PLAIN_SPACES}]*(?:[^\\w{CELL_SEP}{_PLAIN_SPACES}{re.escape(_SURELY_SAFE)}]"
                         f"|[\u115f\u1160\u3164\uffa0])")
_BIDI_LIST = tuple(sorted(BIDI_CONTROLS))


def maybe_unsafe(cells: tuple | list) -> bool:
    """Whether any of the text ``cells`` could start like a formula or holds a bidi control (False: every cell
    is safe as it is; True: check each with :func:`neutralize` and :func:`bidi_columns`)."""
    joined = CELL_SEP + CELL_SEP.join(cells)
    if _CELL_START.search(joined) is not None:
        return True
    for control in _BIDI_LIST:
        if control in joined:
            return True
    return False


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
