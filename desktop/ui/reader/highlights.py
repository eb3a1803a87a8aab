"""Claim highlights: one text format per claim, computed once per change, and extra selections for the visible range."""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QTextCharFormat, QTextCursor, QTextDocument, QTextFormat
from PySide6.QtWidgets import QTextEdit

from desktop.core.store.models import Annotation, Category
from desktop.core.text import OffsetMap

FILL_ALPHA = 110
MUTED_ALPHA = 40
FALLBACK_COLOUR = "#b9b9b9"


def is_suggestion(a: Annotation) -> bool:
    """A suggestion is a claim the machine proposed that nobody has reviewed yet."""
    return a.origin == "suggested" and a.status == "unreviewed"


def claim_format(colour: str, *, nested: bool, suggestion: bool, rejected: bool) -> QTextCharFormat:
    """The look of one highlight: a translucent fill, an underline when nested, a dashed line for suggestions."""
    fmt = QTextCharFormat()
    base = QColor(colour)
    if suggestion:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
        fmt.setUnderlineColor(base.darker(150))
    elif rejected:
        fill = QColor(base)
        fill.setAlpha(MUTED_ALPHA)
        fmt.setBackground(QBrush(fill))
        fmt.setForeground(QBrush(QColor("#8a8a8a")))
        fmt.setFontStrikeOut(True)
    else:
        fill = QColor(base)
        fill.setAlpha(FILL_ALPHA)
        fmt.setBackground(QBrush(fill))
    if nested and not suggestion:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(base.darker(170))
    return fmt


@dataclass(frozen=True)
class Highlight:
    start: int  # code points
    end: int
    uuid: str
    fmt: QTextCharFormat


def nesting_flags(annotations: list[Annotation]) -> list[bool]:
    """For claims sorted by start: True where a claim begins inside an earlier one (an inner, overlapping claim)."""
    flags, reach = [], -1
    for a in annotations:
        flags.append(a.start < reach)
        reach = max(reach, a.end)
    return flags


class HighlightIndex:
    """Claims of one article, sorted, with their formats; answers 'which claims touch this range' quickly."""

    def __init__(self, annotations: list[Annotation], categories: list[Category]):
        colours = {c.name: c.colour for c in categories}
        ordered = sorted(annotations, key=lambda a: (a.start, a.end))
        cache: dict[tuple, QTextCharFormat] = {}
        self.items: list[Highlight] = []
        for a, nested in zip(ordered, nesting_flags(ordered)):
            key = (colours.get(a.category, FALLBACK_COLOUR), nested, is_suggestion(a), a.status == "rejected")
            if key not in cache:
                cache[key] = claim_format(key[0], nested=key[1], suggestion=key[2], rejected=key[3])
            self.items.append(Highlight(a.start, a.end, a.uuid, cache[key]))
        self.by_uuid = {a.uuid: a for a in ordered}
        self._starts = [h.start for h in self.items]
        self._longest = max((h.end - h.start for h in self.items), default=0)

    def __len__(self) -> int:
        return len(self.items)

    def in_range(self, lo: int, hi: int) -> list[Highlight]:
        """Highlights overlapping code points ``lo``–``hi``."""
        first = bisect.bisect_left(self._starts, lo - self._longest)
        last = bisect.bisect_right(self._starts, hi)
        return [h for h in self.items[first:last] if h.end > lo]

    def at(self, cp: int) -> list[Annotation]:
        """Claims covering code point ``cp``, innermost (latest start) first."""
        hits = [h for h in self.in_range(cp, cp + 1) if h.start <= cp < h.end]
        return [self.by_uuid[h.uuid] for h in reversed(hits)]


def split_at_paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The pieces of ``start``–``end`` inside single paragraphs (lines), without the line breaks."""
    pieces, at = [], start
    while True:
        cut = text.find("\n", at, end)
        if cut < 0:
            break
        if cut > at:
            pieces.append((at, cut))
        at = cut + 1
    if at < end:
        pieces.append((at, end))
    return pieces


def make_selections(document: QTextDocument, offsets: OffsetMap,
                    spans: list[tuple[int, int, QTextCharFormat]]) -> list[QTextEdit.ExtraSelection]:
    """Extra selections for code-point spans, one per paragraph piece.

    A selection across paragraphs makes QTextEdit measure the whole frame, which lays out the whole
    document (220 ms for 1 MB); pieces inside one paragraph only need that paragraph. One edit block
    keeps the cursors from forcing a layout per call.
    """
    if not spans:
        return []
    text = offsets.text
    spans = [(a, b, fmt) for start, end, fmt in spans for a, b in split_at_paragraphs(text, start, end)]
    # While a long article is still arriving piece by piece, paint only what the document holds.
    last = document.characterCount() - 1
    spans = [(a, b, fmt) for a, b, fmt in spans if offsets.to_qt(b) <= last]
    guard = QTextCursor(document)
    guard.beginEditBlock()
    out = []
    try:
        for start, end, fmt in spans:
            cursor = QTextCursor(document)
            cursor.setPosition(offsets.to_qt(start))
            cursor.setPosition(offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
            sel = QTextEdit.ExtraSelection()
            sel.cursor = cursor
            sel.format = fmt
            out.append(sel)
    finally:
        guard.endEditBlock()
    return out


@functools.cache
def hidden_char_format() -> QTextCharFormat:
    """A loud look for revealed invisible characters (made once; extra selections copy it)."""
    fmt = QTextCharFormat()
    fmt.setBackground(QBrush(QColor("#d0302f")))
    fmt.setForeground(QBrush(QColor("#ffffff")))
    fmt.setProperty(QTextFormat.Property.FullWidthSelection, False)
    return fmt


@functools.cache
def flash_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(QBrush(QColor(255, 140, 0, 200)))
    fmt.setForeground(QBrush(Qt.GlobalColor.black))
    return fmt
