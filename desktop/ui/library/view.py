"""The library: the store's articles with publication date, source, import date and claim counts (sortable by
clicking a column), an Arabic-aware search box, and a context menu and Delete key that ask to delete an article."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QMenu, QTableView, QVBoxLayout, QWidget

from desktop.core.store.database import Store

from desktop.ui.library.model import (  # noqa: F401 (the roles and columns are re-exported for callers)
    ArticleIdRole, CLAIMS, DATE, HEADERS, IMPORTED, SOURCE, SortKeyRole, TITLE, LibraryModel,
)
from desktop.ui.library.search_worker import SearchWorker
from desktop.ui.widgets import DirectionDelegate

_VISUAL_ORDER = (TITLE, DATE, SOURCE, IMPORTED, CLAIMS)
SOURCE_WIDTH = 48
SEARCH_DELAY_MS = 150  # the search runs this long after the last key


class LibraryPanel(QWidget):
    """Lists articles (or search hits, when the search box has text); emits ``articleActivated(id)``, and
    ``deleteRequested(id)`` from the context menu or the Delete key (the window asks and deletes).

    The list is a lazy model (rows read a page at a time); the search runs in a thread of its own, as typed."""

    articleActivated = Signal(int)
    deleteRequested = Signal(int)

    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self.store = store
        self._worker: SearchWorker | None = None
        self._pending: int | None = None  # the number of the search whose hits are awaited
        self.search_edit = QLineEdit(self, clearButtonEnabled=True)
        self.model = LibraryModel(store, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        # Each title lays out in its own direction and is cut at its logical end, so an Arabic title shows its start.
        self.table.setItemDelegateForColumn(TITLE, DirectionDelegate(self.table))
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setItemDelegateForColumn(SOURCE, DirectionDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        # Dates are ISO (YYYY-MM-DD): sized from the font (see _fit_dates), not by measuring every row
        # (ResizeToContents asks the lazy model for each row's size hint on every change).
        for column in (IMPORTED, DATE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(CLAIMS, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(CLAIMS, self.fontMetrics().horizontalAdvance("0000") + 20)
        # The pane is narrow: the source is cut (its tooltip gives it whole) unless widened; the import date,
        # hidden, shows in the Date cell's tooltip and remains a column for callers.
        header.setSectionResizeMode(SOURCE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(SOURCE, SOURCE_WIDTH)
        self.table.setColumnHidden(IMPORTED, True)
        for visual, logical in enumerate(_VISUAL_ORDER):
            header.moveSection(header.visualIndex(logical), visual)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the store's order until a column is clicked
        header.setSortIndicatorShown(True)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.table)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.table.activated.connect(self._activated)
        self.table.clicked.connect(self._activated)
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
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HEADERS) - 1)
        self.delete_action.setText(self.tr("Delete article…"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.isVisible():  # a closed window's store may be closed too
                self.refresh()  # dates and counts in the new locale's digits
        super().changeEvent(event)

    def set_store(self, store: Store) -> None:
        self.stop_search()
        self.store = store
        self.model.set_store(store)
        self.search_edit.clear()
        self.refresh()

    def stop_search(self) -> None:
        """End the search thread (the window closes, or the store changes); a later search starts a new one."""
        self._pending = None
        if self._worker is not None:
            self._worker.stop()
            self._worker = None

    def refresh(self) -> None:
        """Re-read the store: every article at once, or the search hits for the query from the search thread
        (the list changes when they come; an answer overtaken by a newer query is dropped)."""
        self._search_timer.stop()
        query = self.search_edit.text().strip()
        if not query:
            self._pending = None
            self._show(None)
            return
        path = self.store.path
        if not path:  # an in-memory store has no file for a second connection
            self._show(self.store.search(query))
            return
        if self._worker is None:
            self._worker = SearchWorker(path)
            self._worker.found.connect(self._found)
            self._worker.failed.connect(self._failed)
        self._pending = self._worker.submit(query)

    def _found(self, number: int, hits) -> None:
        if number == self._pending:
            self._pending = None
            self._show(hits)

    def _failed(self, number: int, _message: str) -> None:
        if number == self._pending:  # e.g. the store's file went away under the reading connection: search here
            self._pending = None
            self._show(self.store.search(self.search_edit.text().strip()))

    def searching(self) -> bool:
        """True while typed text waits for its hits."""
        return self._pending is not None or self._search_timer.isActive()

    def _show(self, hits) -> None:
        current = self.current_article()
        self.model.reload(hits)
        if current is not None and current != self.current_article():
            self.mark_current(current)
        self._fit_dates()

    def _fit_dates(self) -> None:
        """Date columns as wide as a date when the rows read so far have one, else as their header."""
        header = self.table.horizontalHeader()
        date = self.fontMetrics().horizontalAdvance("0000-00-00") + 16
        for column in (IMPORTED, DATE):
            dated = any(self.model.index(r, column).data() for r in range(self.model.rowCount()))
            width = max(date if dated else 0, header.sectionSizeHint(column))
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)

    def article_ids(self) -> list[int]:
        """Every listed article's id in the order shown (rows not yet read from the store too)."""
        return list(self.model.ids)

    def current_article(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.article_at(index.row()) if index.isValid() else None

    def mark_current(self, article_id: int) -> None:
        """Highlight an article's row (reading the rows up to it) without emitting articleActivated."""
        row = self.model.row_of(article_id)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, TITLE))

    def context_menu(self, pos: QPoint) -> QMenu | None:
        """The menu for the row at ``pos`` (viewport coordinates), which becomes the current row; None off the rows."""
        row = self.table.rowAt(pos.y())
        if row < 0:
            return None
        self.table.setCurrentIndex(self.model.index(row, TITLE))
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

    def _activated(self, index: QModelIndex) -> None:
        article_id = self.model.article_at(index.row()) if index.isValid() else None
        if article_id is not None:
            self.articleActivated.emit(int(article_id))
