"""Small helpers shared by several windows: refilling filter combo boxes, re-filtering proxies, and cells laid out
in their text's direction."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from functools import cache

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem


def refill_combo(combo: QComboBox, everything_label: str, items: Iterable[tuple[str, object]], *,
                 keep: bool = True) -> bool:
    """Refill ``combo`` with an "everything" entry (data None) and ``(label, data)`` items, keeping the chosen
    data when it is still offered (``keep=False``: choose "everything"). Signals are blocked while filling;
    returns False when the old choice is gone (the combo then shows "everything", and the caller decides
    whether to re-filter)."""
    current = combo.currentData() if keep else None
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


def refilter(proxy: QSortFilterProxyModel, **attributes: object) -> None:
    """Set the proxy's filter attributes and re-filter its rows (beginFilterChange on Qt ≥ 6.10, else
    invalidateFilter), so the two ways are written once for every proxy."""
    if hasattr(proxy, "beginFilterChange"):
        proxy.beginFilterChange()
        proxy.__dict__.update(attributes)
        proxy.endFilterChange(QSortFilterProxyModel.Direction.Rows)
    else:  # pragma: no cover - Qt < 6.10
        proxy.__dict__.update(attributes)
        proxy.invalidateFilter()


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


@cache
def drawn_icon(draw: Callable[[QPainter, int], None], size: int = 16) -> QIcon:
    """A small icon drawn by ``draw(painter, size)`` on a transparent, antialiased square (no font file or image
    needed), made once per drawing function: the badges that mark claims in tables and panels."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    draw(painter, size)
    painter.end()
    return QIcon(pixmap)
