"""The library's lazy table model: every listed article's id is known, but a row's title, dates and claim count
are read from the store a page at a time, as the view scrolls to them (``canFetchMore``/``fetchMore``)."""

from __future__ import annotations

import functools

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP, QAbstractTableModel, QCollator, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt,
)

from desktop.core.store import listing
from desktop.core.store.models import ArticleSummary, SearchHit

ArticleIdRole = Qt.ItemDataRole.UserRole + 1
SortKeyRole = Qt.ItemDataRole.UserRole + 2
# Logical columns (tests and callers use these); the header shows them as Title, Date, Source, Imported, Claims.
TITLE, IMPORTED, CLAIMS, DATE, SOURCE = range(5)
HEADERS = (QT_TRANSLATE_NOOP("LibraryPanel", "Title"), QT_TRANSLATE_NOOP("LibraryPanel", "Imported"),
           QT_TRANSLATE_NOOP("LibraryPanel", "Claims"), QT_TRANSLATE_NOOP("LibraryPanel", "Date"),
           QT_TRANSLATE_NOOP("LibraryPanel", "Source"))
# The store column each one sorts by (desktop.core.store.listing.SORT_COLUMNS); text columns use a collator.
SORT_KEYS = {TITLE: "title", IMPORTED: "imported", CLAIMS: "claims", DATE: "published", SOURCE: "site"}
COLLATED = {TITLE, SOURCE}
PAGE = 100  # rows read per fetchMore: a few screens of the library pane


def _tr(text: str) -> str:
    return QCoreApplication.translate("LibraryPanel", text)


class LibraryModel(QAbstractTableModel):
    """Articles of the store (or search hits) in the store's order or sorted by a column; rows are read in pages.

    ``ids`` holds every listed id in the order shown; ``rowCount()`` grows by :data:`PAGE` as the view asks
    for more. Sorting reads one column of every listed article and reorders the ids (persistent indexes, so
    the view's selection, follow their rows); empty dates and sources sort last."""

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.ids: list[int] = []
        self._shown = 0
        self._rows: dict[int, ArticleSummary] = {}
        self._snippets: dict[int, str] = {}
        self.hits: list[SearchHit] | None = None  # None: the whole library is listed
        self.sort_column, self.sort_order = -1, Qt.SortOrder.AscendingOrder
        self._collator = QCollator()
        self._collator.setNumericMode(True)

    # --- what is listed ---------------------------------------------------------------------------
    def reload(self, hits: list[SearchHit] | None = None) -> None:
        """List the whole store (``hits`` None) or these search hits, in the current sort order. When the same
        ids come back in the same order, the rows read so far are re-read and reported changed, so a live
        refresh keeps the view's selection and scroll position."""
        self.hits = hits
        ids = listing.article_ids(self.store.conn) if hits is None else [h.article for h in hits]
        self._snippets = {h.article: h.snippet for h in hits or ()}
        ids = self._sorted(ids)
        if ids == self.ids:
            self._rows = listing.summaries(self.store.conn, self.ids[:self._shown])
            if self._shown:
                self.dataChanged.emit(self.index(0, 0), self.index(self._shown - 1, len(HEADERS) - 1))
            return
        self.beginResetModel()
        self.ids, self._rows = ids, {}
        self._shown = 0
        self._load(min(PAGE, len(ids)))
        self.endResetModel()

    def set_store(self, store) -> None:
        self.store = store
        self.beginResetModel()
        self.ids, self._rows, self._shown, self.hits = [], {}, 0, None
        self.endResetModel()

    def row_of(self, article_id: int, *, fetch: bool = True) -> int:
        """The row of an article (-1 when not listed); rows up to it are fetched first unless ``fetch`` is off."""
        try:
            row = self.ids.index(article_id)
        except ValueError:
            return -1
        if row >= self._shown:
            if not fetch:
                return -1
            self._insert(row + 1 - self._shown)
        return row

    def article_at(self, row: int) -> int | None:
        return self.ids[row] if 0 <= row < self._shown else None

    # --- paging -----------------------------------------------------------------------------------
    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and self._shown < len(self.ids)

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:
        if not parent.isValid():
            self._insert(min(PAGE, len(self.ids) - self._shown))

    def _insert(self, count: int) -> None:
        if count <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + count - 1)
        self._load(count)
        self.endInsertRows()

    def _load(self, count: int) -> None:
        self._rows.update(listing.summaries(self.store.conn, self.ids[self._shown:self._shown + count]))
        self._shown += count

    # --- Qt model interface -----------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(HEADERS):
            return _tr(HEADERS[section])
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < self._shown:
            return None
        article_id = self.ids[index.row()]
        if role == ArticleIdRole:
            return article_id
        summary = self._rows.get(article_id)
        if summary is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(summary, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(summary, column)
        if role == SortKeyRole:
            return {IMPORTED: summary.imported, CLAIMS: summary.claims, DATE: summary.published or ""}.get(column)
        return None

    def _display(self, s: ArticleSummary, column: int):
        return {TITLE: s.title, IMPORTED: (s.imported or "")[:10], CLAIMS: s.claims, DATE: s.published or "",
                SOURCE: s.site or ""}[column]

    def _tooltip(self, s: ArticleSummary, column: int) -> str:
        imported = s.imported or ""
        if column == TITLE:
            return self._snippets.get(s.id) or s.title
        if column == IMPORTED:
            return imported[:19].replace("T", " ") + " UTC"
        if column == DATE:
            return QCoreApplication.translate("LibraryPanel", "Imported %s UTC") % imported[:16].replace("T", " ") if imported else ""
        if column == SOURCE:
            return s.url or s.site or ""
        return ""

    # --- sorting ----------------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort every listed article by ``column`` (-1: the store's order, or the hits' rank), keeping the rows
        shown so far shown; the selection follows its article."""
        self.sort_column = column if column in SORT_KEYS else -1
        self.sort_order = Qt.SortOrder(order)
        if not self.ids:  # nothing listed yet: the next reload lists in this order
            return
        if self.sort_column < 0:  # the same articles, back in the store's order (or the hits' rank)
            listed = set(self.ids)
            order = listing.article_ids(self.store.conn) if self.hits is None else [h.article for h in self.hits]
            ids = [i for i in order if i in listed]
        else:
            ids = self._sorted(self.ids)
        if ids == self.ids:
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        moved = [(index, self.ids[index.row()]) for index in old]
        self.ids = ids
        missing = [i for i in ids[:self._shown] if i not in self._rows]
        self._rows.update(listing.summaries(self.store.conn, missing))
        place = {article_id: row for row, article_id in enumerate(ids[:self._shown])}
        self.changePersistentIndexList(old, [self.index(place[a], i.column()) if a in place else QModelIndex()
                                             for i, a in moved])
        self.layoutChanged.emit()

    def _sorted(self, ids: list[int]) -> list[int]:
        """``ids`` in the current sort order: a stable sort on one column, empty values after the others."""
        if self.sort_column < 0 or not ids:
            return ids
        values = listing.column_values(self.store.conn, SORT_KEYS[self.sort_column])
        descending = self.sort_order == Qt.SortOrder.DescendingOrder
        if self.sort_column in COLLATED:
            compare = self._collator.compare

            def cmp(a: int, b: int) -> int:
                x, y = values.get(a) or "", values.get(b) or ""
                if not x or not y:
                    return (not x) - (not y)
                return compare(x, y)

            return sorted(ids, key=functools.cmp_to_key(cmp), reverse=descending)
        return sorted(ids, key=lambda i: (values.get(i) in (None, ""), values.get(i) or 0), reverse=descending)
