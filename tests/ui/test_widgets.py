"""refill_combo: one "everything" entry, the items, and the old choice kept when it is still offered."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from desktop.ui.widgets import refill_combo


def _entries(combo: QComboBox) -> list[tuple[str, object]]:
    return [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]


def test_refill_keeps_the_choice_without_signals(qtbot):
    combo = QComboBox()
    qtbot.addWidget(combo)
    assert refill_combo(combo, "All units", [("EUR", "EUR"), ("USD", "USD")])
    assert _entries(combo) == [("All units", None), ("EUR", "EUR"), ("USD", "USD")]
    combo.setCurrentIndex(2)
    fired: list[int] = []
    combo.currentIndexChanged.connect(fired.append)
    assert refill_combo(combo, "All units", [("(no unit)", ""), ("EUR", "EUR"), ("USD", "USD")])
    assert combo.currentData() == "USD" and combo.currentIndex() == 3
    assert fired == []


def test_refill_reports_a_vanished_choice(qtbot):
    combo = QComboBox()
    qtbot.addWidget(combo)
    refill_combo(combo, "All", [("EUR", "EUR"), ("USD", "USD")])
    combo.setCurrentIndex(1)
    assert not refill_combo(combo, "All", [("USD", "USD")])
    assert combo.currentIndex() == 0 and combo.currentData() is None


def test_empty_string_data_is_a_real_choice(qtbot):
    combo = QComboBox()
    qtbot.addWidget(combo)
    refill_combo(combo, "All", [("(no unit)", ""), ("EUR", "EUR")])
    combo.setCurrentIndex(1)
    assert refill_combo(combo, "All", [("(no unit)", ""), ("EUR", "EUR")])
    assert combo.currentData() == ""
