"""The model behind the library-wide claims table: claims with titles and value groups, kept in sorted order by
precomputed ranks and filtered in list passes, and the proxy that carries the filters to it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCollator,
    QCoreApplication,
    QIdentityProxyModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.core.hub import status as hub_status
from desktop.core.compare.grouping import DEFAULT_TOLERANCE, ClaimGroup, group_claims, groups_by_uuid
from desktop.core.store.models import Annotation
from desktop.core.text import fold
from desktop.ui.formatting import (
    category_label, format_count, format_percent, format_value, grouping_locale, kind_label, status_label,
)
from desktop.ui.i18n import app_language, isolate

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
    group: ClaimGroup | None
    search: str
    author: str = ""  # who wrote the current version (the member, for one pulled from the team hub)
    conflict: bool = False  # flagged as a conflict by the team hub, not reviewed yet


def _fold_all(texts: list[str]) -> list[str]:
    """``fold`` of each text, in one call over the texts joined by a separator that folding keeps (a hundred
    thousand calls cost a second; one call over the same characters a tenth of that)."""
    sep = "\x1f"
    joined = sep.join(texts)
    parts = fold(joined).split(sep) if joined.count(sep) == len(texts) - 1 else []
    return parts if len(parts) == len(texts) else [fold(t) for t in texts]


def _value_key(row: TableRow) -> tuple:
    value = row.claim.value
    return (row.claim.unit, value is None, 0.0 if value is None else value)


def _shown(row: TableRow) -> tuple:
    """What a row shows: its claim, title and group summary (not the group's whole member list)."""
    g = row.group
    summary = (g.number, g.low, g.high, len(g.members), len(g.articles)) if g else None
    return (row.claim, row.title, summary, row.author, row.conflict)


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


# A cheap per-row key for each text column whose shown text is the same for equal keys (see _collated_ranks).
_RAW_KEYS: dict[int, Callable[[TableRow], object]] = {
    COL_ARTICLE: lambda r: r.title,
    COL_QUOTE: lambda r: r.claim.quote,
    COL_CATEGORY: lambda r: r.claim.category,
    COL_KIND: lambda r: r.claim.kind,
    COL_STATUS: lambda r: r.claim.status,
    COL_NOTE: lambda r: r.claim.note,
    COL_AUTHOR: lambda r: r.author,
}


class ClaimsTableModel(QAbstractTableModel):
    """A thin adapter over ``store.annotations()`` with article titles and value groups."""

    reloaded = Signal()  # after every refresh, whether rows were reset or only changed

    def __init__(self, store, *, tolerance: float = DEFAULT_TOLERANCE, group_by: str = "category", parent=None):
        super().__init__(parent)
        self.store = store
        self.language = app_language()
        self.tolerance = tolerance
        self.group_by = group_by
        self._stored: list[TableRow] = []  # in the store's order
        self._full: list[int] = []  # every index into _stored, in the current sort order
        self._order: list[int] = []  # model row -> index into _stored: _full without the rows filtered out
        self._rows: list[TableRow] = []  # _stored in _order: what the model's rows show
        self.filters = Filters()
        self._labels: dict[str, str] = {}
        self._ranks: dict[int, list[int]] = {}  # column -> rank of each stored row, computed when first sorted by
        self.sort_column = -1  # -1: the store's order
        self.sort_order = Qt.SortOrder.AscendingOrder
        self._collator = QCollator()
        self._collator.setNumericMode(True)
        self._collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.groups: list[ClaimGroup] = []
        self.contradictions = None  # a compare.badges.ContradictionIndex: a badge on claims that contradict others
        self.refresh()

    def refresh(self) -> None:
        """Reload every claim from the store and regroup.

        When the same claims are there in the same order (a status, note or value changed), only the rows
        that differ are reported changed, then moved to their new sorted place by a layout change, so a large
        sorted table is not rebuilt for one decision and the view keeps its selection.
        """
        claims = self.store.annotations()
        titles = dict(self.store.db.execute("SELECT id, title FROM articles").fetchall())
        labels = {c.name: category_label(c, c.name, self.language) for c in self.store.categories()}
        self.groups = group_claims(claims, tolerance=self.tolerance, by=self.group_by)
        index = groups_by_uuid(self.groups)
        # Folding costs per character: each title is folded once per article, not once per claim.
        folded_titles = dict(zip(titles, _fold_all(list(titles.values()))))
        shown_titles = [titles.get(c.article, "") for c in claims]
        rest = _fold_all([" ".join((c.quote, c.note, c.unit)) for c in claims])
        by, flagged = hub_status.authors(self.store), hub_status.conflicted(self.store)
        rows = [TableRow(c, t, index.get(c.uuid), folded_titles.get(c.article, "") + " " + f,
                         by.get(c.uuid) or c.author, c.uuid in flagged)
                for c, t, f in zip(claims, shown_titles, rest)]
        if [r.claim.uuid for r in rows] != [r.claim.uuid for r in self._stored]:
            self.beginResetModel()
            self._labels, self._ranks, self._stored = labels, {}, rows
            self._full = self._sorted_order()
            self._order = self._filtered(self._full)
            self._rows = [rows[i] for i in self._order]
            self.endResetModel()
        else:
            old = self._stored
            # Compared in store order (the claims lie in memory in that order), then reported at their rows.
            differ = {i for i, (was, now) in enumerate(zip(old, rows)) if _shown(was) != _shown(now)}
            changed = [place for place, i in enumerate(self._order) if i in differ] if differ else []
            if differ or labels != self._labels:  # else every rank, the order and the filtering are as they were
                self._ranks = {}
            self._labels, self._stored = labels, rows
            self._rows = [rows[i] for i in self._order]
            last = len(COLUMNS) - 1
            for place in changed:
                self.dataChanged.emit(self.index(place, 0), self.index(place, last))
            if not self._ranks:  # values changed: rows may move, and may now pass or fail the filters
                self._reorder()
        self.reloaded.emit()

    def badges_changed(self) -> None:
        """The contradiction index changed: repaint the value column's badges."""
        if self._rows:
            self.dataChanged.emit(self.index(0, COL_VALUE), self.index(len(self._rows) - 1, COL_VALUE))

    def set_grouping(self, tolerance: float, group_by: str | None = None) -> None:
        self.tolerance = tolerance
        if group_by is not None:
            self.group_by = group_by
        self.refresh()

    # --- Qt model interface --------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def total(self) -> int:
        """Every claim, shown or filtered out."""
        return len(self._stored)

    def index(self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:
        # One Python call per index instead of three (the default asks rowCount and columnCount): the proxy
        # and the view make indexes for every visible cell and mapped row.
        if parent.isValid() or not (0 <= row < len(self._rows) and 0 <= column < len(COLUMNS)):
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
        return sorted({r.claim.unit for r in self._stored})

    def row(self, source_row: int) -> Annotation:
        return self._rows[source_row].claim

    def table_row(self, source_row: int) -> TableRow:
        """The whole row at ``source_row``, for the proxy's filter (no ``data()`` round trips through Qt)."""
        return self._rows[source_row]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
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

    # --- sorting --------------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Keep the rows sorted by ``column`` (-1: the store's order); ties keep the store's order, as a stable
        sort does. Persistent indexes (the view's selection and current row) follow their rows."""
        self.sort_column = column if 0 <= column < len(COLUMNS) else -1
        self.sort_order = Qt.SortOrder(order)
        self._reorder()

    def sort_rank(self, column: int, source_row: int) -> int:
        """The row's place when sorted by ``column``: (unit, value) for Value and Unit, group then value for
        Group, spread for Spread, a locale-aware collation for text. Computed once per column per refresh."""
        return self._column_ranks(column)[self._order[source_row]]

    def _column_ranks(self, column: int) -> list[int]:
        ranks = self._ranks.get(column)
        if ranks is None:
            ranks = self._ranks[column] = self._rank_column(column)
        return ranks

    def _sorted_order(self) -> list[int]:
        """Indexes into the stored rows in the current sort order (a stable sort, so ties keep store order)."""
        indexes = range(len(self._stored))
        if self.sort_column < 0:
            return list(indexes)
        ranks = self._column_ranks(self.sort_column)
        descending = self.sort_order == Qt.SortOrder.DescendingOrder
        return sorted(indexes, key=(lambda i: -ranks[i]) if descending else ranks.__getitem__)

    # --- filtering --------------------------------------------------------------------------------

    def set_filters(self, **changes) -> None:
        """Change what is shown (fields of :class:`Filters`; ``text`` already folded): one pass over the rows in
        sort order and one layout change; the selection follows the rows that stay."""
        self.filters = replace(self.filters, **changes)
        self._reorder(resort=False)

    def _filtered(self, order: list[int]) -> list[int]:
        """``order`` without the rows the filters leave out: one list comprehension per filter that is set (the
        proxy's per-row Python call cost half a second per change on 100,000 claims)."""
        f, rows = self.filters, self._stored
        if f.unit is not None:
            order = [i for i in order if rows[i].claim.unit == f.unit]
        if f.category is not None:
            order = [i for i in order if rows[i].claim.category == f.category]
        if f.status is not None:
            order = [i for i in order if rows[i].claim.status == f.status]
        if f.grouped_only:
            order = [i for i in order if rows[i].group is not None]
        if f.conflicts_only:
            order = [i for i in order if rows[i].conflict]
        for word in f.text.split():
            order = [i for i in order if word in rows[i].search]
        return order if order is not self._full else list(order)

    def _reorder(self, *, resort: bool = True) -> None:
        """Show the rows in the current sort order and filters, with one layout change if anything moved."""
        if resort:
            self._full = self._sorted_order()
        order = self._filtered(self._full)
        if order == self._order:
            return
        self.layoutAboutToBeChanged.emit()  # PySide6 emits only the argument-less form
        place = [-1] * len(self._stored)
        for new_row, stored in enumerate(order):
            place[stored] = new_row
        old_indexes = self.persistentIndexList()
        new_places = [place[self._order[i.row()]] for i in old_indexes]
        self._order, self._rows = order, [self._stored[i] for i in order]
        self.changePersistentIndexList(old_indexes, [self.index(r, i.column()) if r >= 0 else QModelIndex()
                                                     for r, i in zip(new_places, old_indexes)])
        self.layoutChanged.emit()

    def _rank_column(self, column: int) -> list[int]:
        rows = self._stored
        if column in (COL_VALUE, COL_UNIT):
            keys = [_value_key(r) for r in rows]
        elif column == COL_GROUP:
            keys = [(r.group is None, r.group.number if r.group else 0, *_value_key(r)) for r in rows]
        elif column == COL_SPREAD:
            keys = [(r.group is None, r.group.spread if r.group else 0.0, r.group.number if r.group else 0)
                    for r in rows]
        else:
            return self._collated_ranks(column)
        order = sorted(range(len(rows)), key=keys.__getitem__)
        ranks = [0] * len(rows)
        for place, i in enumerate(order):
            ranks[i] = place if not place or keys[order[place - 1]] != keys[i] else ranks[order[place - 1]]
        return ranks

    def _collated_ranks(self, column: int) -> list[int]:
        """Ranks by a locale-aware collation of the column's text, formatted and collated once per distinct raw
        value (10,000 titles or four statuses for 100,000 claims), equal texts sharing a rank."""
        rows = self._stored
        raw = _RAW_KEYS.get(column)
        keys = [raw(r) for r in rows] if raw is not None else list(range(len(rows)))
        first: dict = {}
        for key, r in zip(keys, rows):
            first.setdefault(key, r)
        sort_keys = {key: self._collator.sortKey(self._display(r, column)) for key, r in first.items()}
        distinct = sorted(sort_keys, key=sort_keys.__getitem__)
        rank_of: dict = {}
        place = 0
        for n, key in enumerate(distinct):
            if n and sort_keys[distinct[n - 1]].compare(sort_keys[key]) != 0:
                place = n
            rank_of[key] = place
        return [rank_of[key] for key in keys]

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
            number=format_count(g.number), claims=format_count(len(g.members)), articles=format_count(len(g.articles)),
            low=isolate(format_value(g.low)), high=isolate(format_value(g.high)), unit=isolate(g.unit), verdict=verdict)


class ClaimsFilterProxy(QIdentityProxyModel):
    """The table's filters (text, unit, category, status, grouped only) over the model, which filters and sorts
    its own rows; this proxy maps them one to one.

    The model does both in list passes over its rows: a QSortFilterProxyModel called Python once per row on
    every filter change and again after every sort (100,000 claims: about a second each), and a Python
    ``lessThan`` ~130,000 times per sort on 10,000 claims.
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
