"""The shared frame of the exchange dialogs: a path field, result tables, and a dialog that runs one core call."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.store.database import StoreError
from desktop.ui.widgets import DirectionDelegate

def tr_exchange(text: str) -> str:
    """Translate a string marked with QT_TRANSLATE_NOOP("ExchangeDialogs", …) above."""
    return QCoreApplication.translate("ExchangeDialogs", text)


# Errors a dialog reports in its message line instead of raising: the core's, and file-system ones.
EXPECTED_ERRORS = (StoreError, OSError, ValueError)


def results_table(parent: QWidget, name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    table.setItemDelegate(DirectionDelegate(table))  # Arabic titles and quotes read right to left
    return table


def fill_table(table: QTableWidget, rows: list[list[object]]) -> None:
    """Plain-text cells only: article text is never interpreted as markup."""
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem("" if value is None else str(value))
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)


class PathField(QWidget):
    """A file path: type it, or pick it with the system file chooser."""

    def __init__(self, name: str, *, save: bool, file_filter: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.save, self.file_filter = save, file_filter
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName(name)
        self.browse = QPushButton(self.tr("Browse…"), self)
        self.browse.setAccessibleName(self.tr("Choose: {what}").format(what=name))
        self.browse.clicked.connect(self.choose)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.browse)

    def choose(self) -> None:
        picker = QFileDialog.getSaveFileName if self.save else QFileDialog.getOpenFileName
        path, _ = picker(self, self.edit.accessibleName(), self.edit.text(), tr_exchange(self.file_filter))
        if path:
            self.edit.setText(path)

    def path(self) -> Path | None:
        text = self.edit.text().strip()
        return Path(text).expanduser() if text else None

    def set_path(self, path: str | Path) -> None:
        self.edit.setText(str(path))


class ExchangeDialog(QDialog):
    """Shared frame: a form, an action button, a message line; ``run()`` does the work and reports."""

    completed = Signal(object)  # the core's result, after a successful run (the main window refreshes on it)

    def __init__(self, title: str, action: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.form = QFormLayout()
        self.message = plain_label(self, QCoreApplication.translate("ExchangeDialog", "Result"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.action_button = self.buttons.addButton(action, QDialogButtonBox.ButtonRole.ApplyRole)
        self.action_button.setAccessibleName(action)
        self.action_button.clicked.connect(self.run)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)
        self.body.addLayout(self.form)
        self.body.addWidget(self.message)
        self.result_value = None

    def finish_layout(self) -> None:
        self.body.addWidget(self.buttons)

    WRITES_STORE = False  # dialogs whose work writes the store run it through the window's write queue

    def run(self):
        """Do the dialog's work; returns the core's result, or None after showing why it failed or that it waits
        (kept in the write queue while another program holds the store's lock: the form is frozen meanwhile and
        the result shows once it is committed)."""
        from desktop.ui.store.queue import queue_for

        writes = queue_for(self) if self.WRITES_STORE else None
        try:
            if writes is None:
                result = self.perform()
            elif writes.submit(self.windowTitle(), self.perform, on_done=self._committed) is None:
                self._freeze(True)
                self.message.setText(QCoreApplication.translate(
                    "ExchangeDialog", "Not saved yet: another program holds the store's lock (or the disk is full). "
                    "This is kept and done as soon as the store takes it."))
                return None
            else:
                return self.result_value
        except EXPECTED_ERRORS as exc:
            self.result_value = None
            self.message.setText(QCoreApplication.translate("ExchangeDialog", "Failed: {error}").format(error=exc))
            return None
        self._committed(result)
        return result

    def _committed(self, result) -> None:
        from shiboken6 import isValid

        self.result_value = result
        if isValid(self):
            self._freeze(False)
            self.show_result(result)
            self.completed.emit(result)

    def _freeze(self, frozen: bool) -> None:
        """While a write waits in the queue, its inputs and button cannot change what it will do."""
        for child in self.findChildren(PathField) + [self.action_button]:
            child.setEnabled(not frozen)

    def accept(self) -> None:
        if self.run() is not None:
            super().accept()

    def perform(self):  # pragma: no cover - each dialog defines it
        raise NotImplementedError

    def show_result(self, result) -> None:  # pragma: no cover - each dialog defines it
        raise NotImplementedError

    def _required(self, field: PathField, missing: str) -> Path:
        """The field's path; ValueError(``missing``) when it is empty."""
        path = field.path()
        if path is None:
            raise ValueError(missing)
        return path




def plain_label(parent: QWidget, name: str, *, wrap: bool = True) -> QLabel:
    """A label for results: plain text only (article titles are never markup), named for screen readers."""
    label = QLabel(parent)
    label.setAccessibleName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    return label
