"""Snapping a selected span to whole words, without leading or trailing spaces and punctuation (Qt-free)."""

from __future__ import annotations

import unicodedata

from desktop.core.text import is_grapheme_boundary

_KEEP_SYMBOLS = set("%٪‰$€£¥")
_NUMBER_JOINERS = set(".,٫٬")


def _is_word_char(text: str, i: int) -> bool:
    ch = text[i]
    cat = unicodedata.category(ch)
    if ch.isalnum() or cat[0] == "M" or ch in _KEEP_SYMBOLS:
        return True
    if ch in _NUMBER_JOINERS and 0 < i < len(text) - 1:
        return text[i - 1].isdigit() and text[i + 1].isdigit()
    return False


def _is_trimmable(text: str, i: int) -> bool:
    ch = text[i]
    cat = unicodedata.category(ch)
    if ch in _KEEP_SYMBOLS:
        return False
    return ch.isspace() or cat[0] in ("P", "Z", "C") or (ch in _NUMBER_JOINERS and not _is_word_char(text, i))


def snap_span(text: str, start: int, end: int, *, whole_words: bool = True) -> tuple[int, int] | None:
    """The span to mark for a selection ``start``–``end`` (code points), or None when nothing worth marking is left."""
    start, end = max(0, min(start, end)), min(len(text), max(start, end))
    while start < end and _is_trimmable(text, start):
        start += 1
    while end > start and _is_trimmable(text, end - 1):
        end -= 1
    if start >= end:
        return None
    if whole_words:
        while start > 0 and _is_word_char(text, start - 1):
            start -= 1
        while end < len(text) and _is_word_char(text, end):
            end += 1
    while start > 0 and not is_grapheme_boundary(text, start):
        start -= 1
    while end < len(text) and not is_grapheme_boundary(text, end):
        end += 1
    # widening to whole characters can pull in a space that carries a mark: trim whole characters again
    while start < end and _is_trimmable(text, start):
        start = _next_boundary(text, start)
    while end > start:
        last = _cluster_start(text, end, start)
        if not _is_trimmable(text, last):
            break
        end = last
    return (start, end) if start < end else None


def _next_boundary(text: str, i: int) -> int:
    i += 1
    while i < len(text) and not is_grapheme_boundary(text, i):
        i += 1
    return i


def _cluster_start(text: str, end: int, floor: int) -> int:
    """Where the character (grapheme cluster) ending at ``end`` begins."""
    i = end - 1
    while i > floor and not is_grapheme_boundary(text, i):
        i -= 1
    return i
