"""The library: the store's articles with import date and claim counts, an Arabic-aware search box, and a
context menu and Delete key that ask to delete an article."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QLineEdit, QMenu, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from desktop.core.store.database import Store

from desktop.ui.widgets import DirectionDelegate

ArticleIdRole = Qt.ItemDataRole.UserRole + 1


class LibraryPanel(QWidget):
    """Lists articles (or search hits, when the search box has text); emits ``articleActivated(id)``, and
    ``deleteRequested(id)`` from the context menu or the Delete key (the window asks and deletes)."""

    articleActivated = Signal(int)
    deleteRequested = Signal(int)

    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self.store = store
        self.search_edit = QLineEdit(self, clearButtonEnabled=True)
        self.table = QTableWidget(0, 3, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        # Each title lays out in its own direction and is cut at its logical end, so an Arabic title shows its start.
        self.table.setItemDelegateForColumn(0, DirectionDelegate(self.table))
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.table)
        self._search_timer = QTimer(self, singleShot=True, interval=150)
        self._search_timer.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.table.itemActivated.connect(self._activated)
        self.table.itemClicked.connect(self._activated)
        self.delete_action = QAction(self)
        self.delete_action.setShortcut(QKeySequence("Del"))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(self._request_delete)
        self.table.addAction(self.delete_action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._show_context_menu)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        """Texts in the UI language; called again when the language changes."""
        self.search_edit.setPlaceholderText(self.tr("Search articles…"))
        self.search_edit.setAccessibleName(self.tr("Search articles"))
        self.table.setAccessibleName(self.tr("Articles"))
        self.table.setHorizontalHeaderLabels([self.tr("Title"), self.tr("Imported"), self.tr("Claims")])
        self.delete_action.setText(self.tr("Delete article…"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.isVisible():  # a closed window's store may be closed too
                self.refresh()  # dates and counts in the new locale's digits
        super().changeEvent(event)

    def set_store(self, store: Store) -> None:
        self.store = store
        self.search_edit.clear()
        self.refresh()

    def refresh(self) -> None:
        """Re-read the store: every article, or the search hits for the query."""
        self._search_timer.stop()
        query = self.search_edit.text().strip()
        if query:
            summaries = {s.id: s for s in self.store.articles()}
            rows = []
            for h in self.store.search(query):
                summary = summaries.get(h.article)
                rows.append((h.article, h.title, summary.imported if summary else "", summary.claims if summary else 0,
                             h.snippet))
        else:
            rows = [(s.id, s.title, s.imported, s.claims, "") for s in self.store.articles()]
        current = self.current_article()
        self.table.setRowCount(len(rows))
        for r, (article_id, title, imported, claims, snippet) in enumerate(rows):
            title_item = QTableWidgetItem(title)
            title_item.setData(ArticleIdRole, article_id)
            title_item.setToolTip(snippet or title)
            claims_item = QTableWidgetItem()
            claims_item.setData(Qt.ItemDataRole.DisplayRole, claims)
            self.table.setItem(r, 0, title_item)
            date_item = QTableWidgetItem(imported[:10])
            date_item.setToolTip(imported[:19].replace("T", " ") + " UTC")
            self.table.setItem(r, 1, date_item)
            self.table.setItem(r, 2, claims_item)
        if current is not None:
            self.mark_current(current)

    def article_ids(self) -> list[int]:
        return [self.table.item(r, 0).data(ArticleIdRole) for r in range(self.table.rowCount())]

    def current_article(self) -> int | None:
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        return item.data(ArticleIdRole) if item is not None else None

    def mark_current(self, article_id: int) -> None:
        """Highlight an article's row without emitting articleActivated."""
        for r, a in enumerate(self.article_ids()):
            if a == article_id:
                self.table.setCurrentCell(r, 0)
                return

    def context_menu(self, pos: QPoint) -> QMenu | None:
        """The menu for the row at ``pos`` (viewport coordinates), which becomes the current row; None off the rows."""
        row = self.table.rowAt(pos.y())
        if row < 0:
            return None
        self.table.setCurrentCell(row, 0)
        menu = QMenu(self)
        menu.addAction(self.delete_action)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return menu

    def _show_context_menu(self, pos: QPoint) -> None:
        menu = self.context_menu(pos)
        if menu is not None:
            menu.popup(self.table.viewport().mapToGlobal(pos))

    def _request_delete(self) -> None:
        article_id = self.current_article()
        if article_id is not None:
            self.deleteRequested.emit(int(article_id))

    def _activated(self, item: QTableWidgetItem) -> None:
        article_id = self.table.item(item.row(), 0).data(ArticleIdRole)
        if article_id is not None:
            self.articleActivated.emit(int(article_id))
