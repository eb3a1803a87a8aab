"""Latin runs inside right-to-left text, found for display: each is shown as one left-to-right unit.

The Unicode bidi algorithm reorders a Latin amount inside an Arabic paragraph word by word, so
«($2 billion)» shows as «(billion 2$)». Wrapping each run of Latin letters, digits and currency signs,
with the spaces and punctuation between them, in LEFT-TO-RIGHT ISOLATE … POP DIRECTIONAL ISOLATE keeps it
whole. The isolates are added for display only (the reader's document, labels, reports, spreadsheet
cells); the stored canonical text never holds them, and :class:`desktop.core.text.OffsetMap` maps
between the two.
"""

from __future__ import annotations

import regex

__all__ = ["LRI", "PDI", "latin_runs", "isolate_latin", "isolation_points"]

LRI, PDI = "\u2066", "\u2069"
# A run starts and ends with a Latin letter (with its marks), an ASCII digit or a currency sign; spaces and
# the punctuation that joins such words («GPT-4o», «AT&T», «U.S.», «$2 billion», «S&P 500») may stand
# between. Brackets are left out: a pair split across an isolate would no longer mirror as a pair.
_ATOM = r"[\p{Latin}\p{Sc}0-9]\p{M}*"
_JOIN = r"[ \u00a0\u202f\-.,:;'\u2019&/+_%#@*]"
_RUN = regex.compile(rf"(?:{_ATOM})+(?:{_JOIN}+(?:{_ATOM})+)*")
_STRONG = regex.compile(r"[\p{Latin}\p{Sc}]")


def latin_runs(text: str) -> list[tuple[int, int]]:
    """Code-point spans (start, end) of the runs to isolate: those holding a Latin letter or a currency sign.

    Runs of digits alone are left to the bidi algorithm, which already keeps a number whole.
    """
    return [m.span() for m in _RUN.finditer(text) if _STRONG.search(m.group())]


def isolation_points(text: str) -> list[int]:
    """Canonical positions before which one isolate character goes (LRI at a run's start, PDI at its end), sorted."""
    points: list[int] = []
    for start, end in latin_runs(text):
        points += (start, end)
    return points


_RTL_LETTER = regex.compile(r"[\p{Arabic}\p{Hebrew}\p{Syriac}\p{Thaana}\p{Nko}]")


def isolate_latin(text: str, *, only_in_rtl: bool = False) -> str:
    """``text`` with each Latin run wrapped in LRI … PDI, for a label, a report or a spreadsheet cell.

    With ``only_in_rtl`` a text without right-to-left letters is returned unchanged: a spreadsheet
    cell takes its direction from its first strong letter, so an all-Latin cell already reads right.
    """
    if (only_in_rtl and not _RTL_LETTER.search(text)) or not _STRONG.search(text):  # no run can hold a Latin
        return text
    out, last = [], 0
    for start, end in latin_runs(text):
        out += (text[last:start], LRI, text[start:end], PDI)
        last = end
    out.append(text[last:])
    return "".join(out)
