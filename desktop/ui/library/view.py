"""The library: the store's articles with publication date, source, import date and claim counts (sortable by
clicking a column), an Arabic-aware search box, and a context menu and Delete key that ask to delete an article."""

from __future__ import annotations

from PySide6.QtCore import QCollator, QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QLineEdit, QMenu, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from desktop.core.store.database import Store

from desktop.ui.widgets import DirectionDelegate

ArticleIdRole = Qt.ItemDataRole.UserRole + 1
SortKeyRole = Qt.ItemDataRole.UserRole + 2
# Logical columns (tests and callers use these); the header shows them as Title, Date, Source, Imported, Claims.
TITLE, IMPORTED, CLAIMS, DATE, SOURCE = range(5)
_VISUAL_ORDER = (TITLE, DATE, SOURCE, IMPORTED, CLAIMS)
SOURCE_WIDTH = 48


class _SortedItem(QTableWidgetItem):
    """A cell sorted by its SortKeyRole (an ISO date, a count) or else by a locale-aware collator on its text;
    empty cells sort last."""

    collator = QCollator()
    collator.setNumericMode(True)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(SortKeyRole), other.data(SortKeyRole)
        if mine is not None or theirs is not None:
            if mine in (None, "") or theirs in (None, ""):
                return theirs in (None, "") and mine not in (None, "")
            return mine < theirs
        a, b = self.text(), other.text()
        if not a or not b:
            return bool(a) and not b
        return self.collator.compare(a, b) < 0


class LibraryPanel(QWidget):
    """Lists articles (or search hits, when the search box has text); emits ``articleActivated(id)``, and
    ``deleteRequested(id)`` from the context menu or the Delete key (the window asks and deletes)."""

    articleActivated = Signal(int)
    deleteRequested = Signal(int)

    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self.store = store
        self.search_edit = QLineEdit(self, clearButtonEnabled=True)
        self.table = QTableWidget(0, 5, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        # Each title lays out in its own direction and is cut at its logical end, so an Arabic title shows its start.
        self.table.setItemDelegateForColumn(0, DirectionDelegate(self.table))
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setItemDelegateForColumn(SOURCE, DirectionDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (IMPORTED, DATE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
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
        self._listed: list | None = None  # the rows listed now (refresh skips an unchanged list)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        """Texts in the UI language; called again when the language changes."""
        self.search_edit.setPlaceholderText(self.tr("Search articles…"))
        self.search_edit.setAccessibleName(self.tr("Search articles"))
        self.table.setAccessibleName(self.tr("Articles"))
        self.table.setHorizontalHeaderLabels([self.tr("Title"), self.tr("Imported"), self.tr("Claims"), self.tr("Date"),
                                              self.tr("Source")])
        self.delete_action.setText(self.tr("Delete article…"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._listed = None  # the same rows, in the new language's texts and digits
            if self.isVisible():  # a closed window's store may be closed too
                self.refresh()  # dates and counts in the new locale's digits
        super().changeEvent(event)

    def set_store(self, store: Store) -> None:
        self.store = store
        self._listed = None
        self.search_edit.clear()
        self.refresh()

    def refresh(self) -> None:
        """Re-read the store: every article, or the search hits for the query."""
        self._search_timer.stop()
        query = self.search_edit.text().strip()
        summaries = {s.id: s for s in self.store.articles()}
        if query:
            rows = [(summaries.get(h.article), h.article, h.title, h.snippet) for h in self.store.search(query)]
        else:
            rows = [(s, s.id, s.title, "") for s in summaries.values()]
        current = self.current_article()
        if rows == self._listed:  # the live view refreshes on every change elsewhere: most leave the list as it is
            return
        self._listed = rows
        header = self.table.horizontalHeader()
        sized = [c for c in range(self.table.columnCount())
                 if header.sectionResizeMode(c) == QHeaderView.ResizeMode.ResizeToContents]
        for column in sized:  # measured once after filling, not again for every cell set (quadratic in the rows)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.table.setSortingEnabled(False)  # rows are placed by index while filling
        self.table.setRowCount(len(rows))
        for r, (summary, article_id, title, snippet) in enumerate(rows):
            self._fill_row(r, summary, article_id, title, snippet)
        self.table.setSortingEnabled(True)
        for column in sized:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        if current is not None:
            self.mark_current(current)

    def _fill_row(self, r: int, summary, article_id: int, title: str, snippet: str) -> None:
        imported = summary.imported if summary else ""
        title_item = _SortedItem(title)
        title_item.setData(ArticleIdRole, article_id)
        title_item.setToolTip(snippet or title)
        self.table.setItem(r, TITLE, title_item)
        imported_item = _SortedItem(imported[:10])
        imported_item.setData(SortKeyRole, imported)
        imported_item.setToolTip(imported[:19].replace("T", " ") + " UTC")
        self.table.setItem(r, IMPORTED, imported_item)
        claims_item = _SortedItem()
        claims_item.setData(Qt.ItemDataRole.DisplayRole, summary.claims if summary else 0)
        claims_item.setData(SortKeyRole, summary.claims if summary else 0)
        self.table.setItem(r, CLAIMS, claims_item)
        published = (summary.published if summary else None) or ""
        date_item = _SortedItem(published)
        date_item.setData(SortKeyRole, published)
        date_item.setToolTip(self.tr("Imported %s UTC") % imported[:16].replace("T", " ") if imported else "")
        self.table.setItem(r, DATE, date_item)
        site = (summary.site if summary else None) or ""
        source_item = _SortedItem(site)
        source_item.setToolTip(summary.url if summary and summary.url else site)
        self.table.setItem(r, SOURCE, source_item)

    def article_ids(self) -> list[int]:
        """The listed articles' ids in the order shown."""
        return [self.table.item(r, TITLE).data(ArticleIdRole) for r in range(self.table.rowCount())]

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
