"""Help › Keyboard shortcuts: a table built from the window's own actions, so it is never out of date."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QMainWindow, QMenu, QTableWidget, QTableWidgetItem,
    QVBoxLayout,
)

from desktop.ui.i18n import isolate


def plain(text: str) -> str:
    """A menu text without its mnemonic marks (``&Import`` → ``Import``; ``&&`` stays one ``&``)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def keys(action: QAction) -> str:
    return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts() if not s.isEmpty())


def _menu_actions(menu: QMenu, path: str, seen: set[int], rows: list[tuple[str, str, str]]) -> None:
    for action in menu.actions():
        if action.menu() is not None:
            _menu_actions(action.menu(), f"{path} › {plain(action.text())}", seen, rows)
        elif not action.isSeparator() and id(action) not in seen:
            seen.add(id(action))
            if keys(action):
                rows.append((path, plain(action.text()), keys(action)))


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(where, action, keys) for every action of ``window`` that has a shortcut: by menu, then the rest."""
    rows: list[tuple[str, str, str]] = []
    seen: set[int] = set()
    for top in window.menuBar().actions():
        if top.menu() is not None:
            _menu_actions(top.menu(), plain(top.text()), seen, rows)
    for action in window.findChildren(QAction):
        if id(action) not in seen and keys(action) and action.text():
            seen.add(id(action))
            rows.append(("", plain(action.text()), keys(action)))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcut_rows(window)
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Menu"), self.tr("Action"), self.tr("Keys")])
        for r, (where, text, sequence) in enumerate(rows):
            for c, value in enumerate((where, text, isolate(sequence))):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(640, 560)
