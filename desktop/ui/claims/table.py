"""The library-wide claims table window: every claim of every article, sortable by value within a unit,
filterable, grouped (the model and proxy are in table_model, paged from the store)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.store.models import STATUSES
from desktop.ui.claims.table_model import (
    ARTICLE_ID_ROLE,
    CATEGORY_ROLE,
    COL_ARTICLE,
    COL_CATEGORY,
    COL_GROUP,
    COL_KIND,
    COL_NOTE,
    COL_QUOTE,
    COL_SPREAD,
    COL_STATUS,
    COL_UNIT,
    COL_VALUE,
    COLUMNS,
    GROUP_ROLE,
    SEARCH_ROLE,
    SPREAD_ROLE,
    STATUS_ROLE,
    UNIT_ROLE,
    UUID_ROLE,
    VALUE_ROLE,
    ClaimsFilterProxy,
    ClaimsTableModel,
    TableRow,
    compact_value,
)
from desktop.ui.formatting import category_label, format_count, status_label
from desktop.ui.i18n import app_language
from desktop.ui.widgets import DirectionDelegate, first_strong_direction, refill_combo

__all__ = [  # the model's names are re-exported: callers import the table from here
    "COLUMNS",
    "COL_ARTICLE", "COL_QUOTE", "COL_CATEGORY", "COL_KIND", "COL_VALUE", "COL_UNIT", "COL_STATUS", "COL_NOTE",
    "COL_GROUP", "COL_SPREAD",
    "ARTICLE_ID_ROLE",
    "UUID_ROLE",
    "VALUE_ROLE",
    "UNIT_ROLE",
    "GROUP_ROLE",
    "SPREAD_ROLE",
    "CATEGORY_ROLE",
    "STATUS_ROLE",
    "SEARCH_ROLE",
    "ClaimsTableModel",
    "ClaimsFilterProxy",
    "ClaimsTableWindow",
    "TableRow",
    "compact_value",
    "first_strong_direction",
    "DirectionDelegate",
]

TEXT_FILTER_DELAY_MS = 200


class ClaimsTableWindow(QWidget):
    """The claims of the whole library in one table; double-click a row to open the claim in its article."""

    def __init__(self, store, navigate: Callable[[int, str], None], parent=None, *, events=None):
        super().__init__(parent)
        self.store = store
        self.navigate = navigate
        self._stale = False
        self.model = ClaimsTableModel(store, parent=self)
        self.proxy = ClaimsFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self.retranslate()
        self._fill_choices()
        self.model.reloaded.connect(self._fill_choices)
        self.model.reloaded.connect(self._update_summary)
        self.model.groupsChanged.connect(self._update_summary)
        # Once per filter change or reload, not per inserted/removed interval (a filter change on 10,000 claims
        # emits over a thousand of those).
        self.proxy.filtersChanged.connect(self._update_summary)
        self.proxy.modelReset.connect(self._update_summary)
        self._update_summary()
        if events is None:  # the main window keeps its StoreEvents as ``events``; follow it when it is our parent
            events = getattr(parent, "events", None)
        signal = getattr(events, "claimsChanged", None) if events is not None else None
        if signal is not None and hasattr(signal, "connect"):
            signal.connect(self._claims_changed)

    def retranslate(self) -> None:
        """Texts in the UI language; called again when it changes."""
        self.setWindowTitle(self.tr("All claims"))
        self.setAccessibleName(self.tr("All claims in the library"))
        self.filter_edit.setPlaceholderText(self.tr("Filter: title, quote, note…"))
        self.filter_edit.setAccessibleName(self.tr("Filter claims by text"))
        self.unit_combo.setAccessibleName(self.tr("Filter by unit"))
        self.category_combo.setAccessibleName(self.tr("Filter by category"))
        self.status_combo.setAccessibleName(self.tr("Filter by status"))
        self.grouped_check.setText(self.tr("Grouped only"))
        self.grouped_check.setAccessibleName(self.tr("Show only claims in a group"))
        self.conflicts_check.setText(self.tr("Conflicts only"))
        self.conflicts_check.setAccessibleName(self.tr("Show only claims edited elsewhere at the same time"))
        self.tolerance_spin.setAccessibleName(self.tr("Grouping tolerance in percent"))
        self.tolerance_spin.setToolTip(
            self.tr("Claims with the same unit whose values differ by at most this much are grouped"))
        self.summary.setAccessibleName(self.tr("Claims summary"))
        self.tolerance_label.setText(self.tr("Tolerance:"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "summary") and self.isVisible():
            self.retranslate()
            self.model.language = app_language()
            self.refresh()
            self._fill_choices()
            self._update_summary()
        super().changeEvent(event)

    def _claims_changed(self, _article_id: int = -1) -> None:
        """Claims changed elsewhere: reload now if shown, else when next shown."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def _build(self) -> None:
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setClearButtonEnabled(True)
        # Typing re-filters after a short pause (not on every keystroke); Enter at once.
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(TEXT_FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_text_filter)
        self.filter_edit.textChanged.connect(self._filter_timer.start)
        self.filter_edit.returnPressed.connect(self.apply_text_filter)
        self.unit_combo, self.category_combo, self.status_combo = QComboBox(self), QComboBox(self), QComboBox(self)
        self.unit_combo.currentIndexChanged.connect(lambda: self.proxy.set_unit(self.unit_combo.currentData()))
        self.category_combo.currentIndexChanged.connect(
            lambda: self.proxy.set_category(self.category_combo.currentData()))
        self.status_combo.currentIndexChanged.connect(lambda: self.proxy.set_status(self.status_combo.currentData()))
        self.grouped_check = QCheckBox(self)
        self.grouped_check.toggled.connect(self.proxy.set_grouped_only)
        self.conflicts_check = QCheckBox(self)  # claims the team hub flagged as conflicts (see desktop.ui.team)
        self.conflicts_check.toggled.connect(self.proxy.set_conflicts_only)
        self.tolerance_spin = QDoubleSpinBox(self)
        self.tolerance_spin.setRange(0, 99)
        self.tolerance_spin.setSuffix(" %")
        self.tolerance_spin.setValue(self.model.tolerance * 100)
        self.tolerance_spin.valueChanged.connect(lambda v: self.model.set_grouping(v / 100))

        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(self.tr("Claims table"))
        # The indicator first: enabling sorting sorts once, by it (else by the first column, then again by value).
        self.view.horizontalHeader().setSortIndicator(COL_VALUE, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setItemDelegate(DirectionDelegate(self.view))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(200)  # size columns from a sample of rows, once, not on every sort
        for col in (COL_KIND, COL_VALUE, COL_UNIT, COL_STATUS, COL_GROUP, COL_SPREAD):
            self.view.resizeColumnToContents(col)
        header.resizeSection(COL_ARTICLE, 220)
        header.setSectionResizeMode(COL_QUOTE, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(self._open)
        self.view.activated.connect(self._open)
        self.summary = QLabel(self)
        self.tolerance_label = QLabel(self)

        filters = QHBoxLayout()
        filters.addWidget(self.filter_edit, 3)
        for widget in (self.unit_combo, self.category_combo, self.status_combo, self.grouped_check,
                       self.conflicts_check):
            filters.addWidget(widget)
        filters.addWidget(self.tolerance_label)
        filters.addWidget(self.tolerance_spin)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view)
        layout.addWidget(self.summary)
        self.resize(1100, 600)

    def _fill_choices(self) -> None:
        units = self.model.units()
        choices = [
            (self.unit_combo, self.tr("All units"), [(u or self.tr("(no unit)"), u) for u in units]),
            (self.category_combo, self.tr("All categories"),
             [(category_label(c, c.name, self.model.language), c.name) for c in self.store.categories()]),
            (self.status_combo, self.tr("All statuses"), [(status_label(s, self.model.language), s) for s in STATUSES]),
        ]
        self.conflicts_check.setVisible(bool(self.store.meta("hub_url")))  # only a team's store has conflicts
        for combo, everything, items in choices:
            if not refill_combo(combo, everything, items):  # the chosen unit is gone: drop the filter
                combo.currentIndexChanged.emit(0)

    def _update_summary(self) -> None:
        """Counts from SQL (shown, every claim) and the value groups (once computed, on a large store)."""
        if self.model.grouping():
            self.summary.setText(self.tr("{shown} of {total} claims shown · grouping close values…").format(
                shown=format_count(self.proxy.rowCount()), total=format_count(self.model.total())))
            return
        groups = self.model.groups
        contradictions = sum(g.contradicts for g in groups)
        self.summary.setText(
            self.tr("{shown} of {total} claims shown · {groups} groups across articles · "
                    "{contradictions} with contradicting values").format(
                shown=format_count(self.proxy.rowCount()), total=format_count(self.model.total()),
                groups=format_count(len(groups)), contradictions=format_count(contradictions)))

    def apply_text_filter(self) -> None:
        self._filter_timer.stop()
        self.proxy.set_text(self.filter_edit.text())

    def refresh(self) -> None:
        """Reload from the store (done by itself when given ``events``; call it otherwise)."""
        self._stale = False
        self.model.refresh()

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.navigate(int(index.data(ARTICLE_ID_ROLE)), str(index.data(UUID_ROLE)))
