"""Small helpers shared by several windows: refilling a filter combo box without losing its choice."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QComboBox


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
