"""The model behind the library-wide claims table: every claim with its title and value group, paged from the store
in an order and under filters computed by SQL, and the proxy that carries the filters to it."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QIdentityProxyModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.core.hub import status as hub_status
from desktop.core.compare.grouping import DEFAULT_TOLERANCE
from desktop.core.compare.grouping_sql import GroupIndex, GroupSummary, group_index
from desktop.core.store.claim_list import (
    Listing, ListListing, ListedClaim, ListFilters, ListSort, claim_count, claim_ids, claim_rows, claim_units,
    fold_many, fold_pending, hold_only, listing, prepare_title_order, rowids_of,
)
from desktop.core.store.models import KINDS, STATUSES, Annotation
from desktop.core.text import fold
from desktop.ui.formatting import (
    category_label, format_count, format_percent, format_value, grouping_locale, kind_label, status_label,
)
from desktop.ui.i18n import app_language, isolate
from desktop.ui.claims.table_jobs import SYNC_LIMIT, GroupJob, TitleOrder, collator, group_order

COLUMNS = (
    QT_TRANSLATE_NOOP("ClaimsTableModel", "Article"), QT_TRANSLATE_NOOP("ClaimsTableModel", "Quote"),
    QT_TRANSLATE_NOOP("ClaimsTableModel", "Category"), QT_TRANSLATE_NOOP("ClaimsTableModel", "Kind"),
    QT_TRANSLATE_NOOP("ClaimsTableModel", "Value"), QT_TRANSLATE_NOOP("ClaimsTableModel", "Unit"),
    QT_TRANSLATE_NOOP("ClaimsTableModel", "Status"), QT_TRANSLATE_NOOP("ClaimsTableModel", "Note"),
    QT_TRANSLATE_NOOP("ClaimsTableModel", "Group"), QT_TRANSLATE_NOOP("ClaimsTableModel", "Spread"),
    QT_TRANSLATE_NOOP("ClaimsTableModel", "Author"),
)
(COL_ARTICLE, COL_QUOTE, COL_CATEGORY, COL_KIND, COL_VALUE, COL_UNIT, COL_STATUS, COL_NOTE, COL_GROUP,
 COL_SPREAD, COL_AUTHOR) = range(len(COLUMNS))

_BASE = int(Qt.ItemDataRole.UserRole)
ARTICLE_ID_ROLE = _BASE + 1  # int: the claim's article id
UUID_ROLE = _BASE + 2  # str: the claim's uuid
VALUE_ROLE = _BASE + 3  # float | None: the normalized value
UNIT_ROLE = _BASE + 4  # str: the normalized unit ("" for plain counts)
GROUP_ROLE = _BASE + 5  # int: group number, 0 when the claim is in no group
SPREAD_ROLE = _BASE + 6  # float | None: the group's relative spread
CATEGORY_ROLE = _BASE + 7  # str: category name
STATUS_ROLE = _BASE + 8  # str: review status
SEARCH_ROLE = _BASE + 9  # str: folded title, quote, note and unit, for the text filter
CONFLICT_ROLE = _BASE + 10  # bool: a version made elsewhere at the same time awaits review (team hub)

_COMPACT = ((1e9, QT_TRANSLATE_NOOP("ClaimsTableModel", "{number} bn")),
            (1e6, QT_TRANSLATE_NOOP("ClaimsTableModel", "{number} m")),
            (1e3, QT_TRANSLATE_NOOP("ClaimsTableModel", "{number} k")))


def compact_value(value: float) -> str:
    """A short form for ranges: 1.3 bn, 600 m, 12 k, 11 (in the UI language and the locale's digits)."""
    locale = grouping_locale()
    for size, pattern in _COMPACT:
        if abs(value) >= size:
            number = locale.toString(float(f"{value / size:.3g}"), "g", 3)
            return QCoreApplication.translate("ClaimsTableModel", pattern).format(number=number)
    return locale.toString(float(f"{value:.3g}"), "g", 3)


def _fold_all(texts: list[str]) -> list[str]:
    """``fold`` of each text, folded in one call (see claim_list.fold_many)."""
    return fold_many(texts)


def _group_colour(number: int) -> QColor:
    """A light, distinct colour per group (golden-angle hues), for the colour band."""
    return QColor.fromHsv(int((number * 137.508) % 360), 70, 245)


@dataclass(frozen=True)
class Filters:
    """What the table shows: claims holding every folded word of ``text`` (title, quote, note, unit), of one unit,
    category and status (None: any), only claims in a group when ``grouped_only``, only the hub's unreviewed
    conflicts when ``conflicts_only``."""

    text: str = ""
    unit: str | None = None
    category: str | None = None
    status: str | None = None
    grouped_only: bool = False
    conflicts_only: bool = False  # claims the team hub flagged as conflicts, not reviewed yet


@dataclass(frozen=True)
class TableRow:
    """One row of the table: a claim, its article's title, its value group and its folded search text."""

    claim: Annotation
    title: str
    group: GroupSummary | None
    search: str
    author: str = ""  # who wrote the current version (the member, for one pulled from the team hub)
    conflict: bool = False  # flagged as a conflict by the team hub, not reviewed yet


def _shown(row: TableRow) -> tuple:
    """What a row shows: its claim, title and group summary."""
    return (row.claim, row.title, row.group, row.author, row.conflict)


_ROLE_GETTERS: dict[int, Callable[[TableRow], object]] = {
    ARTICLE_ID_ROLE: lambda r: r.claim.article,
    UUID_ROLE: lambda r: r.claim.uuid,
    VALUE_ROLE: lambda r: r.claim.value,
    UNIT_ROLE: lambda r: r.claim.unit,
    GROUP_ROLE: lambda r: r.group.number if r.group else 0,
    SPREAD_ROLE: lambda r: r.group.spread if r.group else None,
    CATEGORY_ROLE: lambda r: r.claim.category,
    STATUS_ROLE: lambda r: r.claim.status,
    SEARCH_ROLE: lambda r: r.search,
    CONFLICT_ROLE: lambda r: r.conflict,
}

# The sort each column asks the store for (COL_GROUP and COL_SPREAD are ordered here from the value groups).
_SORT_BY = {-1: "store", COL_ARTICLE: "title", COL_QUOTE: "quote", COL_CATEGORY: "category", COL_KIND: "kind",
            COL_VALUE: "value", COL_UNIT: "value", COL_STATUS: "status", COL_NOTE: "note", COL_AUTHOR: "author"}
PAGE = 128  # rows read from the store at a time (one LIMIT/OFFSET query and one read of their rows)
CACHE_PAGES = 32  # pages kept read; beyond that the cache starts again from the page being shown


class ClaimsTableModel(QAbstractTableModel):
    """Every claim of the library, read from the store a page at a time: the model keeps only the listed claims'
    rowids in order (one index scan per sort or filter) and the rows the view has shown. Value groups and the
    articles' title order are computed in a background thread on a large store (GroupJob), at once on a small one."""

    reloaded = Signal()  # after every refresh, whether rows were reset or only changed
    groupsChanged = Signal()  # the value groups were (re)computed, or their computing started in the background

    def __init__(self, store, *, tolerance: float = DEFAULT_TOLERANCE, group_by: str = "category", parent=None,
                 sync_limit: int = SYNC_LIMIT):
        super().__init__(parent)
        self.store = store
        self.language = app_language()
        self.tolerance = tolerance
        self.group_by = group_by
        self.sync_limit = sync_limit
        self._listing: Listing = ListListing([])  # the listed claims' rowids, in order, read a page at a time
        self._count = 0  # rows listed (SQL COUNT)
        self._page_ids: dict[int, list[int]] = {}  # page number -> its rowids, for the pages the view asked for
        self._rows: dict[int, TableRow] = {}  # rowid -> row, for those pages
        self._total = 0
        self._loaded = False
        self._conflicts: frozenset[int] = frozenset()
        self._set_index(GroupIndex())
        self._titles = TitleOrder()
        self._job = GroupJob(self)
        self._job.done.connect(self._groups_ready)
        self.filters = Filters()
        self._labels: dict[str, str] = {}
        self.sort_column = -1  # -1: the store's order
        self.sort_order = Qt.SortOrder.AscendingOrder
        self.contradictions = None  # a compare.badges.ContradictionIndex: a badge on claims that contradict others
        self.refresh()

    @property
    def groups(self) -> tuple[GroupSummary, ...]:
        return self._index.groups

    def grouping(self) -> bool:
        """Whether the value groups are being computed in the background (the table shows no groups meanwhile)."""
        return self._job.busy()

    def refresh(self) -> None:
        """Re-read the store: counts, the listed order (one query), the rows the view has shown (changed ones are
        reported changed, then moved by one layout change, so the selection follows) and the value groups."""
        with contextlib.suppress(sqlite3.Error):
            fold_pending(self.store)
        self._labels = {c.name: category_label(c, c.name, self.language) for c in self.store.categories()}
        self._total = claim_count(self.store.db)
        flagged = hub_status.conflicted(self.store)
        self._conflicts = frozenset(rowids_of(self.store.db, flagged).values()) if flagged else frozenset()
        self._regroup()
        self._reload_cached()
        self._reorder()
        self.reloaded.emit()

    def _regroup(self) -> None:
        """Compute the groups now on a small store, else start the background job (its result comes later)."""
        valued = self.store.db.execute("SELECT count(*) FROM annotations WHERE value IS NOT NULL").fetchone()[0]
        if valued <= self.sync_limit or not self.store.path:
            self._job.cancel()
            try:
                self._set_index(group_index(self.store.db.conn, tolerance=self.tolerance, by=self.group_by))
            except sqlite3.Error:
                self._set_index(GroupIndex())
            self.groupsChanged.emit()
        else:
            self._job.start(self.store.path, self.tolerance, self.group_by)
            self.groupsChanged.emit()  # the window says they are being computed

    def _groups_ready(self, index: GroupIndex, titles) -> None:
        self._set_index(index)
        if titles is not None:
            self._titles = titles
            with contextlib.suppress(sqlite3.Error):  # ahead of a sort by title or the grouped-only filter
                prepare_title_order(self.store.db.conn, titles.articles)
                hold_only(self.store.db.conn, self._grouped)
        self._reload_cached()
        if self.sort_column in (COL_GROUP, COL_SPREAD) or self.filters.grouped_only:
            self._reorder()
        self.groupsChanged.emit()

    def _set_index(self, index: GroupIndex) -> None:
        self._index, self._grouped = index, frozenset(index.member_of)

    def _row(self, found: ListedClaim) -> TableRow:
        return TableRow(found.claim, found.title, self._index.group(found.rowid), found.folded, found.author,
                        found.rowid in self._conflicts)

    def _reload_cached(self) -> None:
        """Read again the rows the view has shown; report those that changed, where they are now."""
        if not self._rows:
            return
        fresh = {rid: self._row(found) for rid, found in claim_rows(self.store.db, self._rows).items()}
        changed = [rid for rid, row in fresh.items() if _shown(row) != _shown(self._rows[rid])]
        self._rows = fresh
        if changed:
            place = {rid: page * PAGE + k for page, ids in self._page_ids.items() for k, rid in enumerate(ids)}
            last = len(COLUMNS) - 1
            for rid in changed:
                if rid in place:
                    self.dataChanged.emit(self.index(place[rid], 0), self.index(place[rid], last))

    def badges_changed(self) -> None:
        """The contradiction index changed: repaint the value column's badges."""
        if self._count:
            self.dataChanged.emit(self.index(0, COL_VALUE), self.index(self._count - 1, COL_VALUE))

    def set_grouping(self, tolerance: float, group_by: str | None = None) -> None:
        self.tolerance = tolerance
        if group_by is not None:
            self.group_by = group_by
        self._regroup()
        if not self._job.busy():
            self._groups_ready(self._index, None)

    def wait(self) -> None:
        """Join the background job (tests; a closing window)."""
        self._job.wait()

    # --- Qt model interface --------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def total(self) -> int:
        """Every claim, shown or filtered out (SQL COUNT)."""
        return self._total

    def index(self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:
        # One Python call per index instead of three (the default asks rowCount and columnCount).
        if parent.isValid() or not (0 <= row < self._count and 0 <= column < len(COLUMNS)):
            return QModelIndex()
        return self.createIndex(row, column)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(COLUMNS):
                return self.tr(COLUMNS[section])
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def units(self) -> list[str]:
        """The distinct units of every claim, sorted (for the unit filter)."""
        return claim_units(self.store.db)

    def _page(self, page: int) -> list[int]:
        """The rowids of a page of rows, and their rows, read from the store the first time the view asks."""
        ids = self._page_ids.get(page)
        if ids is None:
            if len(self._page_ids) >= CACHE_PAGES:  # start again from the page being shown
                self._page_ids, self._rows = {}, {}
            ids = self._page_ids[page] = self._listing.ids(page * PAGE, PAGE)
            self._rows.update((r, self._row(f)) for r, f in claim_rows(self.store.db, ids).items())
        return ids

    def _rowid(self, row: int) -> int | None:
        ids = self._page(row // PAGE)
        return ids[row % PAGE] if row % PAGE < len(ids) else None

    def pages_read(self) -> int:
        """How many pages of rows are held (read from the store because the view asked for them)."""
        return len(self._page_ids)

    def table_row(self, source_row: int) -> TableRow | None:
        """The whole row at ``source_row`` (None for a claim deleted since the order was read)."""
        rid = self._rowid(source_row)
        return self._rows.get(rid) if rid is not None else None

    def row(self, source_row: int) -> Annotation:
        return self.table_row(source_row).claim

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < self._count:
            return None
        row = self.table_row(index.row())
        if row is None:  # deleted since the order was read: the next refresh drops it
            return None
        g, col = row.group, index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if col == COL_VALUE and self.contradictions is not None and role in (
                Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole):
            if role == Qt.ItemDataRole.DecorationRole:
                return _badge_icon() if self.contradictions.others(row.claim.uuid) else None
            return self.contradictions.tooltip(row.claim.uuid, self.language) or None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, col)
        if role == Qt.ItemDataRole.BackgroundRole and g is not None and col in (COL_GROUP, COL_SPREAD):
            return QBrush(_group_colour(g.number))
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_SPREAD and g is not None and g.contradicts:
            return QBrush(QColor("#a00000"))
        if role == Qt.ItemDataRole.FontRole and col == COL_SPREAD and g is not None and g.contradicts:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_VALUE, COL_GROUP, COL_SPREAD):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        getter = _ROLE_GETTERS.get(role)
        return getter(row) if getter is not None else None

    # --- sorting and filtering ------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """List the claims sorted by ``column`` (-1: the store's order): (unit, value) for Value and Unit, group then
        value for Group, spread for Spread, a locale-aware collation of the labels (status, category, kind) and of
        the titles. Persistent indexes (the view's selection and current row) follow their claims."""
        column = column if 0 <= column < len(COLUMNS) else -1
        if (column, Qt.SortOrder(order)) == (self.sort_column, self.sort_order) and self._loaded:
            return  # the view asks twice (sortByColumn, then the header's indicator): listed already
        self.sort_column, self.sort_order = column, Qt.SortOrder(order)
        self._reorder()

    def set_filters(self, **changes) -> None:
        """Change what is shown (fields of :class:`Filters`; ``text`` already folded): one query and one layout
        change; the selection follows the rows that stay."""
        filters = replace(self.filters, **changes)
        if filters != self.filters:
            self.filters = filters
            self._reorder()

    def _list_filters(self) -> ListFilters:
        f = self.filters
        only = None
        if f.grouped_only:
            only = self._grouped
        if f.conflicts_only:
            only = self._conflicts if only is None else only & self._conflicts
        return ListFilters(tuple(f.text.split()), f.unit, f.category, f.status, only)

    def _query(self) -> Listing:
        filters, column = self._list_filters(), self.sort_column
        descending = self.sort_order == Qt.SortOrder.DescendingOrder
        db = self.store.db
        if column in (COL_GROUP, COL_SPREAD):
            ids = group_order(claim_ids(db, ListSort("value" if column == COL_GROUP else "store"), filters),
                              self._index, by_spread=column == COL_SPREAD)
            return ListListing(ids[::-1] if descending else ids)
        by = _SORT_BY[column]
        values: tuple = ()
        articles: tuple[int, ...] = ()
        if by == "status":
            values = self._collated(STATUSES, lambda s: status_label(s, self.language))
        elif by == "category":
            values = self._collated(list(self._labels), self._labels.get)
        elif by == "kind":
            values = self._collated([*KINDS, None], lambda k: kind_label(k, self.language))
        elif by == "title":
            articles = self._titles.current(db)
        return listing(db, ListSort(by, descending, values, articles), filters)

    def _collated(self, values, label) -> tuple:
        return tuple(sorted(values, key=lambda v: collator().sortKey(label(v) or "")))

    def _reorder(self) -> None:
        """List the rows in the current sort order and filters: one layout change (persistent indexes follow their
        claims), unless every row is read and in its place."""
        new = self._query()
        count = new.count()
        if not self._loaded:
            self.beginResetModel()
            self._listing, self._count, self._loaded = new, count, True
            self._page_ids, self._rows = {}, {}
            self.endResetModel()
            return
        if (count == self._count and sum(map(len, self._page_ids.values())) == count
                and all(new.ids(p * PAGE, PAGE) == ids for p, ids in self._page_ids.items())):
            self._listing = new  # every row read and in its place (a small table): nothing moved
            return
        self.layoutAboutToBeChanged.emit()  # PySide6 emits only the argument-less form
        old_indexes = self.persistentIndexList()  # after the signal: the proxy and the view add theirs then
        old_ids = [self._rowid(i.row()) if 0 <= i.row() < self._count else None for i in old_indexes]
        self._listing, self._count = new, count
        self._page_ids, self._rows = {}, {}
        wanted = {r for r in old_ids if r is not None}
        if len(wanted) > 4:
            everything = new.all()
            place = {r: n for n, r in enumerate(everything) if r in wanted}
        else:
            place = {r: new.position(r) for r in wanted}
        new_indexes = [self.index(place.get(rid, -1), old.column()) if rid is not None else QModelIndex()
                       for rid, old in zip(old_ids, old_indexes)]
        self.changePersistentIndexList(old_indexes, new_indexes)
        self.layoutChanged.emit()

    def _display(self, row: TableRow, col: int) -> str:
        c, g = row.claim, row.group
        if col == COL_SPREAD:
            if g is None:
                return ""
            return f"{format_percent(g.spread * 100)} %: {compact_value(g.low)} – {compact_value(g.high)}"
        if col == COL_ARTICLE:  # only the asked column is formatted: the view asks for every visible cell
            return row.title
        if col == COL_QUOTE:
            return c.quote
        if col == COL_CATEGORY:
            return self._labels.get(c.category, c.category)
        if col == COL_KIND:
            return kind_label(c.kind, self.language)
        if col == COL_VALUE:
            return format_value(c.value)
        if col == COL_UNIT:
            return c.unit
        if col == COL_STATUS:
            return status_label(c.status, self.language)
        if col == COL_NOTE:
            return c.note
        if col == COL_GROUP:
            return self.tr("G%s") % format_count(g.number) if g else ""
        if col == COL_AUTHOR:
            return row.author
        return ""

    def _tooltip(self, row: TableRow, col: int) -> str | None:
        g = row.group
        if g is None or col not in (COL_GROUP, COL_SPREAD):
            return None
        verdict = self.tr("sources contradict each other") if g.contradicts else self.tr("sources agree")
        return self.tr("Group {number}: {claims} claims from {articles} articles, {low} – {high} {unit}; {verdict}").format(
            number=format_count(g.number), claims=format_count(g.size), articles=format_count(g.article_count),
            low=isolate(format_value(g.low)), high=isolate(format_value(g.high)), unit=isolate(g.unit), verdict=verdict)


class ClaimsFilterProxy(QIdentityProxyModel):
    """The table's filters (text, unit, category, status, grouped only) over the model, which filters and sorts
    its own rows; this proxy maps them one to one.

    The model has the store do both in SQL: a QSortFilterProxyModel would call Python once per row on every filter
    change and again after every sort (100,000 claims: about a second each).
    """

    filtersChanged = Signal()  # after any filter setter has re-filtered the rows

    def _set(self, **changes) -> None:
        model = self.sourceModel()
        if model is not None:
            model.set_filters(**changes)
        self.filtersChanged.emit()

    def set_text(self, text: str) -> None:
        self._set(text=fold(text.strip()))

    def set_unit(self, unit: str | None) -> None:
        self._set(unit=unit)

    def set_category(self, category: str | None) -> None:
        self._set(category=category)

    def set_status(self, status: str | None) -> None:
        self._set(status=status)

    def set_grouped_only(self, on: bool) -> None:
        self._set(grouped_only=bool(on))

    def set_conflicts_only(self, on: bool) -> None:
        self._set(conflicts_only=bool(on))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The view's header asks for a sort: the model sorts its rows; the proxy keeps the model's order."""
        model = self.sourceModel()
        if model is not None:
            model.sort(column, order)


def _badge_icon():
    from desktop.ui.compare.badges import badge_icon  # lazily: only once a contradiction index is attached

    return badge_icon()
