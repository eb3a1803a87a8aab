"""Small helpers shared by several windows: refilling filter combo boxes, and cells laid out in their text's direction."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem


def refill_combo(combo: QComboBox, everything_label: str, items: Iterable[tuple[str, object]]) -> bool:
    """Refill ``combo`` with an "everything" entry (data None) and ``(label, data)`` items, keeping the chosen
    data when it is still offered. Signals are blocked while filling; returns False when the old choice is gone
    (the combo then shows "everything", and the caller decides whether to re-filter)."""
    current = combo.currentData()
    combo.blockSignals(True)
    try:
        combo.clear()
        combo.addItem(everything_label, None)
        for label, data in items:
            combo.addItem(label, data)
        found = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(found, 0))
    finally:
        combo.blockSignals(False)
    return found >= 0


def first_strong_direction(text: str) -> Qt.LayoutDirection | None:
    """The paragraph direction the Unicode rule P2 gives: the first strong character outside isolates, or None."""
    depth = 0
    for ch in text:
        if ch in "\u2066\u2067\u2068":
            depth += 1
            continue
        if ch == "\u2069":
            depth = max(depth - 1, 0)
            continue
        if depth:
            continue
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
    return None


class DirectionDelegate(QStyledItemDelegate):
    """Lays each cell out in its own text's direction, so Arabic titles and quotes read right to left."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        direction = first_strong_direction(option.text)
        if direction is not None:
            option.direction = direction
