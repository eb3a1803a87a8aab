"""Canonical text: the one normal form in which every imported article is stored and annotated."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Bidi controls are meaningful in mixed Arabic/Latin text: they are kept, and counted.
BIDI_CONTROLS = frozenset("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")

_BIDI = re.compile("[" + "".join(sorted(BIDI_CONTROLS)) + "]")

# Arabic Presentation Forms-A and -B: glyph variants that must be folded to base letters.
_PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]")
# Line and paragraph separators of every platform and of Unicode (the ones str.splitlines knows: the
# information separators U+001C–U+001E included), so two lines are never joined into one.
_PARAGRAPH_SEPARATOR = "\u2029"
_LINE_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028]")
_BLANK_LINES = re.compile(r"\n{2,}")
# Control characters (Unicode category Cc) other than \n and \t, and U+FEFF: a BOM inside text.
_REMOVABLE_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff]")


@dataclass(frozen=True)
class CanonicalResult:
    """Canonical text and what canonicalization found or changed on the way."""

    text: str
    bidi_controls: int  # bidi control characters kept in `text`
    presentation_forms_folded: int  # Arabic presentation-form characters replaced by base letters
    controls_removed: int  # control characters (and stray U+FEFF) dropped


def _fold_presentation_form(match: re.Match[str]) -> str:
    """NFKC one presentation-form character; isolated harakat forms lose their carrier space."""
    char = match.group(0)
    folded = unicodedata.normalize("NFKC", char)
    if len(folded) > 1 and folded[0] == " ":
        folded = folded.lstrip(" ")
    return folded


def _paragraphs(text: str, line_breaks_are_paragraphs: bool) -> list[str]:
    """Split normalized text into paragraphs of stripped, non-empty lines."""
    lines = [line.strip() for line in text.split("\n")]
    if line_breaks_are_paragraphs:
        return [line for line in lines if line]
    blocks = _BLANK_LINES.sub("\n\n", "\n".join(lines)).split("\n\n")
    return [block.strip("\n") for block in blocks if block.strip("\n")]


def canonicalize(text: str, *, line_breaks_are_paragraphs: bool = False) -> CanonicalResult:
    """Return `text` in canonical form.

    NFC; `\\n` line ends; paragraphs separated by exactly one blank line, lines inside a paragraph
    by one `\\n` (or, with `line_breaks_are_paragraphs`, every non-blank line is a paragraph);
    Arabic presentation forms folded to base letters (lam-alef ligatures become two letters);
    control characters other than `\\n`/`\\t` removed; bidi controls and zero-width (non-)joiners
    kept; whitespace at both ends of each line trimmed; no blank lines at either end.
    """
    text = text.replace(_PARAGRAPH_SEPARATOR, "\n\n")
    text = _LINE_BREAKS.sub("\n", text)
    text, removed = _REMOVABLE_CONTROLS.subn("", text)
    text, folded = _PRESENTATION_FORMS.subn(_fold_presentation_form, text)
    text = unicodedata.normalize("NFC", text)  # after control removal, which can join a mark to a letter
    text = "\n\n".join(_paragraphs(text, line_breaks_are_paragraphs))
    bidi = len(_BIDI.findall(text))
    return CanonicalResult(text=text, bidi_controls=bidi, presentation_forms_folded=folded,
                           controls_removed=removed)
