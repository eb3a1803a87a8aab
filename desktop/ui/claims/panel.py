"""The claims panel: a table model over the store, one sort/filter proxy, and the panel that shows them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFontMetrics, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMenu, QStyle, QTableView,
    QToolButton, QVBoxLayout, QWidget,
)

from desktop.core.hub import status as hub_status
from desktop.core.store.models import STATUSES, Annotation, Category
from desktop.core.store.database import Store
from desktop.core.display import isolate_latin
from desktop.core.text import fold

from desktop.ui.claims.editor import ClaimEditor
from desktop.ui.team import conflicts as team_conflicts
from desktop.ui.formatting import category_label, compact_value, format_count, format_value, status_label
from desktop.ui.reader.highlights import is_suggestion
from desktop.ui.i18n import isolate, ui_locale
from desktop.ui.widgets import refill_combo, refilter

UuidRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
CategoryRole = Qt.ItemDataRole.UserRole + 3
StatusRole = Qt.ItemDataRole.UserRole + 4
StartRole = Qt.ItemDataRole.UserRole + 5
OriginRole = Qt.ItemDataRole.UserRole + 6
SearchTextRole = Qt.ItemDataRole.UserRole + 7
ConflictRole = Qt.ItemDataRole.UserRole + 8  # bool: a version made elsewhere at the same time awaits review

COL_POSITION, COL_QUOTE, COL_CATEGORY, COL_VALUE, COL_STATUS, COL_NOTE, COL_AUTHOR = range(7)
_HEADERS = (
    QT_TRANSLATE_NOOP("ClaimsModel", "Position"), QT_TRANSLATE_NOOP("ClaimsModel", "Quote"),
    QT_TRANSLATE_NOOP("ClaimsModel", "Category"), QT_TRANSLATE_NOOP("ClaimsModel", "Value"),
    QT_TRANSLATE_NOOP("ClaimsModel", "Status"), QT_TRANSLATE_NOOP("ClaimsModel", "Note"),
    QT_TRANSLATE_NOOP("ClaimsModel", "Author"),
)
_STATUS_ORDER = {s: i for i, s in enumerate(STATUSES)}
# A short word beside the status icon, so the column stays narrow; the filter and editor use the full names.
SHORT_STATUS = {
    "suggestion": QT_TRANSLATE_NOOP("ClaimsModel", "suggested"),
    "unreviewed": QT_TRANSLATE_NOOP("ClaimsModel", "new"),
    "confirmed": QT_TRANSLATE_NOOP("ClaimsModel", "confirmed"),
    "disputed": QT_TRANSLATE_NOOP("ClaimsModel", "disputed"),
    "rejected": QT_TRANSLATE_NOOP("ClaimsModel", "rejected"),
}
# Shown from the header's context menu. The category shows anyway as the colour swatch before each quote. The
# author (with the conflict badge) shows by itself in a store that syncs with a team hub (desktop.ui.team).
HIDDEN_BY_DEFAULT = (COL_POSITION, COL_CATEGORY, COL_NOTE, COL_AUTHOR)
_ROLE_GETTERS: dict[int, Callable[[Annotation], object]] = {
    UuidRole: lambda a: a.uuid,
    CategoryRole: lambda a: a.category,
    StatusRole: lambda a: a.status,
    StartRole: lambda a: a.start,
    OriginRole: lambda a: a.origin,
}


class ClaimsModel(QAbstractTableModel):
    """The claims of one article, straight from the store; call :meth:`refresh` when the store changed."""

    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self.store = store
        self.article_id: int | None = None
        self.language = "en"
        self.locale = ui_locale("en")
        self._rows: list[Annotation] = []
        self._categories: dict[str, Category] = {}
        self._search: dict[str, str] = {}  # uuid → folded text for the filter, made when first asked for
        self._sort = (COL_POSITION, Qt.SortOrder.AscendingOrder)
        self._text: str | None = None  # the article's text, read when a tooltip first explains a suggestion
        self.contradictions = None  # a compare.badges.ContradictionIndex: a badge on claims that contradict others
        self._authors: dict[str, str] = {}  # uuid → who wrote the current version
        self._conflicts: dict = {}  # uuid → versions made elsewhere at the same time (team hub), awaiting review

    def set_store(self, store: Store) -> None:
        self.store = store
        self.set_article(None)

    def set_article(self, article_id: int | None) -> None:
        self.article_id = article_id
        self.refresh()

    def refresh(self) -> None:
        """Re-read the current article's claims from the store."""
        rows = self.store.annotations(self.article_id) if self.article_id is not None else []
        self.set_rows(self.article_id, rows)

    def set_rows(self, article_id: int | None, rows: list[Annotation]) -> None:
        """Show claims already read from the store (saves a second query when the reader read them too)."""
        self.beginResetModel()
        self.article_id = article_id
        self._categories = {c.name: c for c in self.store.categories()}
        self._search = {}
        self._text = None
        self._rows = list(rows)
        self._authors = hub_status.authors(self.store, article_id) if article_id is not None else {}
        self._conflicts = hub_status.conflicted(self.store, article_id) if article_id is not None else {}
        self._order_rows()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort rows in Python by the column's sort key: one key per row, not one call per comparison."""
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        persistent = self.persistentIndexList()
        uuids = [self._rows[i.row()].uuid if 0 <= i.row() < len(self._rows) else None for i in persistent]
        self._order_rows()
        rows = {a.uuid: row for row, a in enumerate(self._rows)}
        self.changePersistentIndexList(
            persistent, [self.index(rows[u], i.column()) if u in rows else QModelIndex() for i, u in zip(persistent, uuids)]
        )
        self.layoutChanged.emit()

    def _order_rows(self) -> None:
        column, order = self._sort
        self._rows.sort(key=lambda a: self._sort_key(a, column),
                        reverse=order == Qt.SortOrder.DescendingOrder)

    def annotations(self) -> list[Annotation]:
        return list(self._rows)

    def badges_changed(self) -> None:
        """The contradiction index changed: repaint the value column's badges and tooltips."""
        if self._rows:
            self.dataChanged.emit(self.index(0, COL_VALUE), self.index(len(self._rows) - 1, COL_VALUE))

    def annotation_at(self, row: int) -> Annotation:
        return self._rows[row]

    def row_of(self, uuid: str) -> int | None:
        for row, a in enumerate(self._rows):
            if a.uuid == uuid:
                return row
        return None

    # --- QAbstractTableModel ---------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(_HEADERS):
            return QCoreApplication.translate("ClaimsModel", _HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        a, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(a, col)
        if role == ConflictRole:
            return a.uuid in self._conflicts
        if col == COL_AUTHOR and a.uuid in self._conflicts and role in (Qt.ItemDataRole.DecorationRole,
                                                                         Qt.ItemDataRole.ToolTipRole):
            return (team_conflicts.badge_icon() if role == Qt.ItemDataRole.DecorationRole
                    else team_conflicts.tooltip(a, self._conflicts[a.uuid]))
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self._tooltip(a, col)
            why = self._why(a)
            badge = self.contradictions.tooltip(a.uuid, self.language, self.locale) if self.contradictions else ""
            return "\n".join(t for t in (tip, why, badge if col == COL_VALUE else "") if t)
        if role == SortRole:
            return self._sort_key(a, col)
        if role == SearchTextRole:
            return self._search_text(a)
        getter = _ROLE_GETTERS.get(role)
        if getter is not None:
            return getter(a)
        if role == Qt.ItemDataRole.DecorationRole and col in (COL_CATEGORY, COL_QUOTE):
            category = self._categories.get(a.category)
            return QColor(category.colour) if category else None
        if role == Qt.ItemDataRole.DecorationRole and col == COL_STATUS:
            return status_icon(status_key(a))
        if role == Qt.ItemDataRole.DecorationRole and col == COL_VALUE and self.contradictions is not None:
            return _badge_icon() if self.contradictions.others(a.uuid) else None
        if role == Qt.ItemDataRole.ForegroundRole and (a.status == "rejected" or is_suggestion(a)):
            return QColor("#8a8a8a")
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_POSITION, COL_VALUE):
            return int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignTrailing)
        return None

    def _why(self, a: Annotation) -> str:
        """For a machine's suggestion, why the suggester proposed it (its rule and lexicon entry); else ""."""
        if a.origin != "suggested" or self.article_id is None:
            return ""
        if self._text is None:
            self._text = self.store.article(self.article_id).text
        from desktop.core.claims.suggest import explain_span  # lazily: its grammar compiles on first use

        why = explain_span(self._text, a.start, a.end)
        return self.tr("Why suggested: {why}").format(why=isolate(why)) if why else ""

    def _display(self, a: Annotation, col: int) -> str:
        if col == COL_POSITION:
            return format_count(a.start, self.locale)
        if col == COL_QUOTE:
            return isolate(isolate_latin(a.quote))
        if col == COL_CATEGORY:
            return category_label(self._categories.get(a.category), a.category, self.language)
        if col == COL_VALUE:
            return compact_value(a.value, a.unit, self.locale, self.language)
        if col == COL_STATUS:
            return QCoreApplication.translate("ClaimsModel", SHORT_STATUS[status_key(a)])
        if col == COL_AUTHOR:
            return isolate(self._authors.get(a.uuid) or a.author)
        return isolate(isolate_latin(a.note)) if a.note else ""

    def _tooltip(self, a: Annotation, col: int) -> str:
        if col == COL_VALUE and a.value is not None:
            return isolate(format_value(a.value, a.unit, self.locale, self.language))
        if col == COL_STATUS:
            label = status_label(a.status, self.language)
            return f"{label} ({self.tr('suggested')})" if is_suggestion(a) else label
        if col == COL_QUOTE:
            category = category_label(self._categories.get(a.category), a.category, self.language)
            return f"{isolate(category)}: {isolate(isolate_latin(a.quote))}"
        return isolate(isolate_latin(a.note or a.quote))

    def widest(self, col: int, metrics: QFontMetrics) -> int:
        """The pixel width of the widest text this column can show now (closed sets: every label)."""
        if col == COL_CATEGORY:
            texts = [category_label(c, c.name, self.language) for c in self._categories.values()]
        elif col == COL_STATUS:
            texts = [QCoreApplication.translate("ClaimsModel", word) for word in SHORT_STATUS.values()]
        elif col == COL_VALUE:
            texts = [self._display(a, col) for a in self._rows[:2000]]
        elif col == COL_POSITION:
            texts = [format_count(max((a.start for a in self._rows), default=0), self.locale)]
        elif col == COL_AUTHOR:
            texts = [self._authors.get(a.uuid) or a.author for a in self._rows[:2000]]
        else:
            return 0
        header = str(self.headerData(col, Qt.Orientation.Horizontal) or "")
        return max(metrics.horizontalAdvance(t) for t in [*texts, header])

    def _search_text(self, a: Annotation) -> str:
        """What the text filter searches, folded once per claim (not on every keystroke)."""
        text = self._search.get(a.uuid)
        if text is None:
            text = self._search[a.uuid] = fold(" ".join((a.quote, a.note, a.unit, a.category)))
        return text

    def _sort_key(self, a: Annotation, col: int):
        if col == COL_CATEGORY:
            category = self._categories.get(a.category)
            return float(category.position if category else 999) * 1e9 + a.start
        if col == COL_VALUE:
            return a.value if a.value is not None else float("-inf")
        if col == COL_STATUS:
            return float(_STATUS_ORDER.get(a.status, 99)) * 1e9 + a.start
        if col == COL_QUOTE:
            return fold(a.quote)
        if col == COL_NOTE:
            return fold(a.note)
        if col == COL_AUTHOR:
            return (a.uuid not in self._conflicts, fold(self._authors.get(a.uuid) or a.author), a.start)
        return a.start


def status_key(a: Annotation) -> str:
    """The status shown for a claim: its review status, or "suggestion" for an unreviewed machine proposal."""
    return "suggestion" if is_suggestion(a) else a.status


_ICON_COLOURS = {"suggestion": "#8a8a8a", "unreviewed": "#3f6fb5", "confirmed": "#2e8b57",
                 "disputed": "#d98300", "rejected": "#c0392b"}
_icons: dict[str, QIcon] = {}


def status_icon(key: str) -> QIcon:
    """A small drawn icon per status: an open circle (new), dashed (suggested), a tick, a bang or a cross."""
    icon = _icons.get(key)
    if icon is not None:
        return icon
    size = 16
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(_ICON_COLOURS.get(key, "#8a8a8a"))
    box = QRectF(1.5, 1.5, size - 3, size - 3)
    if key in ("suggestion", "unreviewed"):
        pen = QPen(colour, 1.6, Qt.PenStyle.DashLine if key == "suggestion" else Qt.PenStyle.SolidLine)
        painter.setPen(pen)
        painter.drawEllipse(box)
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(box)
        painter.setPen(QPen(QColor("white"), 2.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        if key == "confirmed":
            painter.drawPolyline([QPointF(4.5, 8.5), QPointF(7, 11), QPointF(11.5, 5.5)])
        elif key == "rejected":
            painter.drawLine(QPointF(5.5, 5.5), QPointF(10.5, 10.5))
            painter.drawLine(QPointF(10.5, 5.5), QPointF(5.5, 10.5))
        else:
            painter.drawLine(QPointF(8, 4.5), QPointF(8, 9))
            painter.drawPoint(QPointF(8, 11.5))
    painter.end()
    icon = _icons[key] = QIcon(pixmap)
    return icon


class ClaimsProxy(QSortFilterProxyModel):
    """Filters by folded text, category and status; sorting is passed to the source model, which orders its
    rows once by key (the proxy keeps the source order), so 5,000 claims sort without 70,000 data() calls."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SortRole)
        self._text = ""
        self._category: str | None = None
        self._status: str | None = None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None and 0 <= column < source.columnCount():
            source.sort(column, order)

    def set_text_filter(self, text: str) -> None:
        refilter(self, _text=fold(text.strip()))

    def set_category_filter(self, category: str | None) -> None:
        refilter(self, _category=category or None)

    def set_status_filter(self, status: str | None) -> None:
        refilter(self, _status=status or None)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not (self._category or self._status or self._text):
            return True
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if self._category and model.data(index, CategoryRole) != self._category:
            return False
        if self._status and model.data(index, StatusRole) != self._status:
            return False
        return not self._text or self._text in model.data(index, SearchTextRole)


class ClaimsPanel(QWidget):
    """Filter boxes, the claims table and the claim editor."""

    claimSelected = Signal(str)  # uuid
    editRequested = Signal(str, dict)  # uuid, changes

    def __init__(self, model: ClaimsModel, parent=None):
        super().__init__(parent)
        self.model = model
        self.proxy = ClaimsProxy(self)
        self.proxy.setSourceModel(model)
        self.filter_edit = QLineEdit(self, clearButtonEnabled=True)
        self.category_box = QComboBox(self)
        self.status_box = QComboBox(self)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_POSITION, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(24)
        header.setSectionResizeMode(COL_QUOTE, QHeaderView.ResizeMode.Stretch)
        for col in HIDDEN_BY_DEFAULT:
            header.hideSection(col)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self.legend = QLabel(self)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        self.editor = ClaimEditor(self)
        self.editor_toggle = QToolButton(self)
        self.editor_toggle.setCheckable(True)
        self.editor_toggle.setChecked(True)
        self.editor_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.editor_toggle.setAutoRaise(True)
        self.editor_toggle.toggled.connect(self.set_editor_visible)
        filters = QHBoxLayout()
        filters.addWidget(self.filter_edit, 2)
        filters.addWidget(self.category_box, 1)
        filters.addWidget(self.status_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.legend)
        layout.addLayout(filters)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.editor_toggle)
        layout.addWidget(self.editor, 2)
        self.filter_edit.textChanged.connect(self.proxy.set_text_filter)
        self.category_box.currentIndexChanged.connect(
            lambda _i: self.proxy.set_category_filter(self.category_box.currentData()))
        self.status_box.currentIndexChanged.connect(
            lambda _i: self.proxy.set_status_filter(self.status_box.currentData()))
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.editor.edited.connect(self.editRequested)
        self.editor.subjects_source = lambda: [n for s in self.model.store.subjects() for n in (s.name, *s.aliases)]
        self.model.modelAboutToBeReset.connect(self._remember_current)
        self.model.modelReset.connect(self._restore_current)
        self.model.modelReset.connect(self.fit_columns)
        self._kept_uuid: str | None = None
        self.retranslate()
        self.fill_filters()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Texts that depend on the UI language (set again when it changes)."""
        self.filter_edit.setPlaceholderText(self.tr("Filter claims…"))
        self.filter_edit.setAccessibleName(self.tr("Filter claims"))
        self.category_box.setAccessibleName(self.tr("Filter by category"))
        self.status_box.setAccessibleName(self.tr("Filter by status"))
        self.table.setAccessibleName(self.tr("Claims"))
        self.legend.setAccessibleName(self.tr("Category colours"))
        self.editor_toggle.setText(self.tr("Claim editor"))
        self.editor_toggle.setToolTip(self.tr("Show or hide the claim editor"))
        self._update_toggle_arrow()

    def set_editor_visible(self, visible: bool) -> None:
        """Collapse or expand the claim editor under the table (remembered by the window)."""
        self.editor.setVisible(visible)
        if self.editor_toggle.isChecked() != visible:
            self.editor_toggle.setChecked(visible)
        self._update_toggle_arrow()

    def _update_toggle_arrow(self) -> None:
        self.editor_toggle.setArrowType(Qt.ArrowType.DownArrow if self.editor.isVisibleTo(self) else
                                        (Qt.ArrowType.LeftArrow if self.isRightToLeft() else Qt.ArrowType.RightArrow))

    def fit_columns(self) -> None:
        """Size the short columns to their widest content (labels of closed sets, the values shown); the quote
        takes the rest, so the table never needs a horizontal scroll bar."""
        header = self.table.horizontalHeader()
        metrics = QFontMetrics(self.table.font())
        pad = 2 * (self.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1) + 6
        icon = self.table.iconSize().width() if self.table.iconSize().width() > 0 else 16
        for col in (COL_POSITION, COL_CATEGORY, COL_VALUE, COL_STATUS, COL_AUTHOR):
            extra = icon + 4 if col in (COL_CATEGORY, COL_STATUS, COL_AUTHOR, COL_VALUE) else 0
            header.resizeSection(col, self.model.widest(col, metrics) + pad + extra)

    def _header_menu(self, pos) -> None:
        """Right-click on the header: show or hide the optional columns (position, category, note)."""
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for col in HIDDEN_BY_DEFAULT:
            action = menu.addAction(str(self.model.headerData(col, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(col))
            action.toggled.connect(lambda on, c=col: header.setSectionHidden(c, not on))
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(header.viewport().mapToGlobal(pos))

    def fill_filters(self) -> None:
        """Fill the category and status boxes and the colour legend from the store."""
        categories = self.model.store.categories()
        language = self.model.language
        refill_combo(self.category_box, self.tr("All categories"),
                     [(category_label(c, c.name, language), c.name) for c in categories], keep=False)
        refill_combo(self.status_box, self.tr("All statuses"),
                     [(status_label(s, language), s) for s in STATUSES], keep=False)
        self.proxy.set_category_filter(None)
        self.proxy.set_status_filter(None)
        chips = [
            f'<span style="background:{c.colour}">&nbsp;&nbsp;&nbsp;</span>&nbsp;'
            f'{category_label(c, c.name, language)} ({c.shortcut or "–"})'
            for c in categories
        ]
        self.legend.setText("&nbsp;&nbsp; ".join(chips))
        self.editor.set_categories(categories, language, self.model.locale)
        self.fit_columns()

    def current_uuid(self) -> str | None:
        index = self.table.currentIndex()
        return self.proxy.data(index, UuidRole) if index.isValid() else None

    def select_uuid(self, uuid: str) -> bool:
        """Select (and scroll to) the row of a claim; False when it is filtered out or unknown."""
        row = self.model.row_of(uuid)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        uuid = self.proxy.data(current, UuidRole) if current.isValid() else None
        self.editor.set_annotation(self.model.annotation_at(self.proxy.mapToSource(current).row()) if uuid else None)
        if uuid:
            self.claimSelected.emit(uuid)

    def _remember_current(self) -> None:
        self._kept_uuid = self.current_uuid()

    def _restore_current(self) -> None:
        uuid, self._kept_uuid = self._kept_uuid, None
        row = self.model.row_of(uuid) if uuid else None
        if row is not None:
            self.table.blockSignals(True)
            self.select_uuid(uuid)
            self.table.blockSignals(False)
        self.editor.set_annotation(self.model.annotation_at(row) if row is not None else None)


def _badge_icon():
    from desktop.ui.compare.badges import badge_icon  # lazily: only once a contradiction index is attached

    return badge_icon()
