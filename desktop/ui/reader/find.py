"""Find in the open article: Arabic-aware folded matching, every match painted, F3 / Shift+F3 to step."""

from __future__ import annotations

import bisect
import functools

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QTextCharFormat
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from desktop.core.text import fold, fold_with_map

MAX_MATCHES = 10_000  # beyond this the count says "10,000+" and only these are painted


def find_spans(text: str, query: str, folded: tuple[str, list[int]] | None = None) -> list[tuple[int, int]]:
    """Code-point spans of ``query`` in ``text`` after Arabic folding (alef forms, yeh, diacritics, tatweel,
    Arabic-Indic digits, case), so «الاصطناعي» finds «الإصطناعيّ» and «11» finds «١١»."""
    needle = fold(query.strip())
    if not needle:
        return []
    haystack, where = folded if folded is not None else fold_with_map(text)
    spans, at = [], haystack.find(needle)
    while at != -1 and len(spans) < MAX_MATCHES:
        start, end = where[at], where[at + len(needle)]
        if end > start:
            spans.append((start, end))
        at = haystack.find(needle, at + max(1, len(needle)))
    return spans


@functools.cache
def match_format(current: bool) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(QBrush(QColor(255, 150, 0, 230) if current else QColor(255, 235, 59, 200)))
    fmt.setForeground(QBrush(Qt.GlobalColor.black))
    return fmt


class FindBar(QWidget):
    """A bar above the reader: type to find, Enter or F3 for the next match, Shift+F3 the previous, Esc closes."""

    closed = Signal()

    def __init__(self, reader, parent: QWidget | None = None):
        super().__init__(parent)
        self.reader = reader
        self.spans: list[tuple[int, int]] = []
        self.current = -1
        self._folded: tuple[int, tuple[str, list[int]]] | None = None  # (id of the text, its folding)
        self.edit = QLineEdit(self)
        self.edit.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self.previous_button, self.next_button, self.close_button = QToolButton(self), QToolButton(self), QToolButton(self)
        self.previous_button.setArrowType(Qt.ArrowType.UpArrow)
        self.next_button.setArrowType(Qt.ArrowType.DownArrow)
        self.close_button.setText("×")
        for button in (self.previous_button, self.next_button, self.close_button):
            button.setAutoRaise(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.close_button)
        self.edit.textChanged.connect(self.search)
        self.edit.returnPressed.connect(self.find_next)
        self.previous_button.clicked.connect(self.find_previous)
        self.next_button.clicked.connect(self.find_next)
        self.close_button.clicked.connect(self.close_bar)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("Find in article…"))
        self.edit.setAccessibleName(self.tr("Find in article"))
        self.previous_button.setToolTip(self.tr("Previous match (Shift+F3)"))
        self.next_button.setToolTip(self.tr("Next match (F3)"))
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        self._show_count()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def open_bar(self) -> None:
        """Show the bar with the reader's selected words (if any) as the query, and focus it."""
        span = self.reader.selected_span()
        if span is not None and span[1] - span[0] <= 200:
            self.edit.setText(self.reader.offsets.text[span[0]:span[1]])
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()
        self.search()

    def close_bar(self) -> None:
        self.hide()
        self.reader.set_find_matches([], -1)
        self.reader.setFocus()
        self.closed.emit()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)

    def _folding(self) -> tuple[str, list[int]]:
        text = self.reader.offsets.text
        if self._folded is None or self._folded[0] != id(text):
            self._folded = (id(text), fold_with_map(text))
        return self._folded[1]

    def search(self) -> None:
        """Find every match of the query; the current one is the first at or after the caret."""
        text = self.reader.offsets.text
        self.spans = find_spans(text, self.edit.text(), self._folding()) if self.reader.ready else []
        caret = self.reader.offsets.from_qt(self.reader.textCursor().selectionStart(), snap=True) if self.reader.ready else 0
        starts = [s for s, _e in self.spans]
        self.current = min(bisect.bisect_left(starts, caret), len(self.spans) - 1) if self.spans else -1
        self._show_current()

    def find_next(self) -> None:
        self._step(1)

    def find_previous(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        if not self.isVisible():
            self.open_bar()
            return
        if not self.spans:
            self.search()
        if self.spans:
            self.current = (self.current + delta) % len(self.spans)
            self._show_current()

    def _show_current(self) -> None:
        self.reader.set_find_matches(self.spans, self.current)
        if 0 <= self.current < len(self.spans):
            self.reader.scroll_to_span(*self.spans[self.current])
        self._show_count()

    def _show_count(self) -> None:
        if not self.edit.text().strip():
            self.count_label.clear()
        elif not self.spans:
            self.count_label.setText(self.tr("No matches"))
        else:
            self.count_label.setText(self.tr("{current} of {total}").format(
                current=self.current + 1, total=len(self.spans) if len(self.spans) < MAX_MATCHES else f"{MAX_MATCHES}+"))
