"""The Compare window: pick a subject and a category, see every claim about them as a table and a timeline chart.

The table and the pickers show at once; the chart (pyqtgraph) is built on the next turn of the event loop, so
opening the window never waits for pyqtgraph's import on first use.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QCompleter, QDoubleSpinBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QSpinBox, QSplitter, QTableView, QVBoxLayout, QWidget,
)

from desktop.core.compare import figures
from desktop.core.compare.rates import load_rates
from desktop.core.compare.timeline import compared_subjects, subject_categories, subject_points
from desktop.core.store.errors import StoreError
from desktop.ui.compare import prefs
from desktop.ui.compare.badges import format_day
from desktop.ui.compare.model import ARTICLE_ROLE, COL_QUOTE, UUID_ROLE, CompareModel
from desktop.ui.formatting import category_label, compact_value, format_count, format_percent, unit_label
from desktop.ui.i18n import app_language, is_rtl, isolate, ui_locale

LISTED = 5  # contradictions listed above the chart; every one is flagged in the table and drawn in the chart


class CompareWindow(QWidget):
    """Every claim about one subject and category across the library; ``navigate(article, uuid)`` opens one."""

    shown = Signal()  # after the points of a new choice are in the table and the chart

    def __init__(self, store, navigate: Callable[[int, str], None], settings=None, parent=None, *,
                 subject: str | None = None, category: str | None = None, events=None):
        super().__init__(parent)
        self.setObjectName("compareWindow")
        self.store, self.navigate, self.settings = store, navigate, settings
        self.language = app_language()
        self.locale = ui_locale(self.language)
        self.chosen = prefs.load(settings)
        self.points: list = []
        self.contradictions: list = []
        self.chart = None
        self._build()
        self.retranslate()
        self._fill_subjects()
        self._fill_currencies()
        if subject:
            self.choose(subject, category)
        elif self.subject_names.stringList():
            self.choose(self._subjects[0][0])
        QTimer.singleShot(0, self._build_chart)
        if events is None:
            events = getattr(parent, "events", None)
        signal = getattr(events, "claimsChanged", None) if events is not None else None
        if signal is not None and hasattr(signal, "connect"):
            signal.connect(lambda *_: self.reload())

    # --- construction -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.subject_edit = QLineEdit(self, clearButtonEnabled=True)
        self.subject_edit.setObjectName("compareSubject")
        self.subject_names = QStringListModel(self)
        completer = QCompleter(self.subject_names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.subject_edit.setCompleter(completer)
        completer.activated.connect(lambda text: self.choose(text))
        self.subject_edit.returnPressed.connect(lambda: self.choose(self.subject_edit.text()))
        self.category_box = QComboBox(self)
        self.category_box.currentIndexChanged.connect(lambda _i: self.reload())
        self.currency_box = QComboBox(self)
        self.currency_box.currentIndexChanged.connect(self._settings_changed)
        self.tolerance_spin = QDoubleSpinBox(self, minimum=0.0, maximum=99.0, decimals=1, singleStep=1.0)
        self.tolerance_spin.setValue(self.chosen.tolerance * 100)
        self.tolerance_spin.setSuffix(" %")
        self.window_spin = QSpinBox(self, minimum=0, maximum=3650)
        self.window_spin.setValue(self.chosen.window_days)
        self.tolerance_spin.valueChanged.connect(self._settings_changed)
        self.window_spin.valueChanged.connect(self._settings_changed)
        self.labels = {name: QLabel(self) for name in ("subject", "category", "currency", "tolerance", "window")}
        pickers = QHBoxLayout()
        for name, widget, stretch in (("subject", self.subject_edit, 3), ("category", self.category_box, 2),
                                      ("currency", self.currency_box, 0), ("tolerance", self.tolerance_spin, 0),
                                      ("window", self.window_spin, 0)):
            self.labels[name].setBuddy(widget)
            pickers.addWidget(self.labels[name])
            pickers.addWidget(widget, stretch)
        self.summary = QLabel(self)
        self.summary.setObjectName("compareSummary")
        self.summary.setWordWrap(True)
        self.flags = QLabel(self)
        self.flags.setObjectName("compareContradictions")
        self.flags.setWordWrap(True)
        self.flags.setStyleSheet("color:#a00000")
        self.model = CompareModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(COL_QUOTE, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setResizeContentsPrecision(20)  # columns fit the first rows, not every row
        self.table.doubleClicked.connect(self._open_row)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.chart_holder = QWidget(self.splitter)
        QVBoxLayout(self.chart_holder).setContentsMargins(0, 0, 0, 0)
        self.splitter.addWidget(self.chart_holder)
        self.splitter.addWidget(self.table)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.chart_holder.setMinimumHeight(220)
        self.table.setMinimumHeight(120)
        layout = QVBoxLayout(self)
        layout.addLayout(pickers)
        layout.addWidget(self.summary)
        layout.addWidget(self.flags)
        layout.addWidget(self.splitter, 1)
        self.resize(1000, 640)
        self.splitter.setSizes([380, 200])

    def _build_chart(self) -> None:
        """Import pyqtgraph and put the chart above the table (the first time the view is used, on a later turn)."""
        if self.chart is not None:
            return
        from desktop.ui.compare.chart import TimelineChart

        self.chart = TimelineChart(self.language, self.locale, self.chart_holder)
        self.chart.pointClicked.connect(self._open_point)
        self.chart_holder.layout().addWidget(self.chart)
        self._draw()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Compare sources"))
        texts = {"subject": self.tr("&Subject:"), "category": self.tr("C&ategory:"), "currency": self.tr("C&urrency:"),
                 "tolerance": self.tr("&Tolerance:"), "window": self.tr("&Within:")}
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.subject_edit.setPlaceholderText(self.tr("A company, a country, an app…"))
        self.subject_edit.setAccessibleName(self.tr("Subject to compare"))
        self.category_box.setAccessibleName(self.tr("Category to compare"))
        self.currency_box.setAccessibleName(self.tr("Currency sums are shown in"))
        self.tolerance_spin.setToolTip(self.tr("Values that differ by more than this are flagged as contradictions"))
        self.window_spin.setSuffix(self.tr(" days"))
        self.window_spin.setToolTip(self.tr("Only claims published within this many days of each other can contradict"))
        self.table.setAccessibleName(self.tr("Claims about the subject"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "labels") and self.isVisible():
            self.language = app_language()
            self.locale = ui_locale(self.language)
            self.retranslate()
            if self.chart is not None:
                self.chart.language, self.chart.locale = self.language, self.locale
            self.reload()
        super().changeEvent(event)

    def _fill_subjects(self) -> None:
        self._subjects = compared_subjects(self.store)
        self.subject_names.setStringList([n for name, aliases in self._subjects for n in (name, *aliases)])

    def _fill_currencies(self) -> None:
        self.rates = load_rates(self.store)
        self.currency_box.blockSignals(True)
        self.currency_box.clear()
        for code in self.rates.currencies():
            self.currency_box.addItem(code, code)
        at = self.currency_box.findData(self.chosen.currency)
        self.currency_box.setCurrentIndex(max(at, 0))
        self.currency_box.blockSignals(False)

    # --- choosing ---------------------------------------------------------------------------------
    def choose(self, subject: str, category: str | None = None) -> bool:
        """Show ``subject`` (a name or an alias) in ``category`` (default: its category with most claims)."""
        found = self.store.subject(subject.strip()) if subject and subject.strip() else None
        if found is None:
            self.subject = None
            self.summary.setText(self.tr("No subject is named %s.") % isolate(subject.strip()) if subject.strip()
                                 else self.tr("Choose a subject."))
            self._show([], [])
            return False
        self.subject = found.name
        self.subject_edit.setText(found.name)
        categories = subject_categories(self.store, found.name)
        known = {c.name: c for c in self.store.categories()}
        self.category_box.blockSignals(True)
        self.category_box.clear()
        for name, count in categories:
            label = category_label(known.get(name), name, self.language)
            self.category_box.addItem(f"{label} ({format_count(count, self.locale)})", name)
        at = self.category_box.findData(category) if category else 0
        self.category_box.setCurrentIndex(max(at, 0))
        self.category_box.blockSignals(False)
        self.reload()
        return True

    def reload(self) -> None:
        """Read the chosen subject's points and contradictions again (the store or a setting changed)."""
        category = self.category_box.currentData()
        if not getattr(self, "subject", None) or category is None:
            self._show([], [])
            return
        display = self.currency_box.currentData() or self.chosen.currency
        try:
            points = subject_points(self.store, self.subject, category, display=display, rates=self.rates)
            found = figures.contradictions(self.store, tolerance=self.chosen.tolerance,
                                           window_days=self.chosen.window_days, display=display,
                                           subject=self.subject, rates=self.rates)
        except StoreError as exc:
            self.summary.setText(str(exc))
            self._show([], [])
            return
        self._show(points, [c for c in found if c.a.category == category])

    def _show(self, points: list, contradictions: list) -> None:
        self.points, self.contradictions = points, contradictions
        self.model.language, self.model.locale = self.language, self.locale
        self.model.set_points(points, contradictions)
        self.table.resizeColumnsToContents()
        if points:
            sources = {p.source for p in points}
            self.summary.setText(self.tr("%1 claim(s) from %2 source(s), %3 to %4").replace(
                "%1", format_count(len(points), self.locale)).replace("%2", format_count(len(sources), self.locale))
                .replace("%3", isolate(format_day(points[0].published, self.locale)))
                .replace("%4", isolate(format_day(points[-1].published, self.locale))))
        open_ones = [c for c in contradictions if not c.resolved]
        lines = [self.tr("%n contradiction(s):", "", len(open_ones))] if open_ones else []
        for c in open_ones[:LISTED]:
            lines.append(self.tr("{a} ({va}, {da}) and {b} ({vb}, {db}) differ by {pct} %").format(
                a=isolate(c.a.source), va=isolate(compact_value(c.a.value, c.a.unit, self.locale, self.language)),
                da=isolate(format_day(c.a.published, self.locale)), b=isolate(c.b.source),
                vb=isolate(compact_value(c.b.value, c.b.unit, self.locale, self.language)), db=isolate(format_day(c.b.published, self.locale)),
                pct=format_percent(c.difference * 100, self.locale)))
        if len(open_ones) > LISTED:
            lines.append(self.tr("…and %1 more, flagged in the table").replace(
                "%1", format_count(len(open_ones) - LISTED, self.locale)))
        self.flags.setText("\n".join(lines))
        self.flags.setVisible(bool(lines))
        self._draw()
        self.shown.emit()

    def _draw(self) -> None:
        if self.chart is None:
            return
        display = self.currency_box.currentData() or self.chosen.currency
        units = {p.compared_unit for p in self.points if p.compared is not None}
        unit = units.pop() if len(units) == 1 else (display if display in units else "")
        self.chart.set_points(self.points, self.contradictions, unit_label(unit, self.language), is_rtl(self.language))

    def _settings_changed(self, *_args) -> None:
        self.chosen = prefs.CompareSettings(self.tolerance_spin.value() / 100, self.window_spin.value(),
                                            self.currency_box.currentData() or self.chosen.currency)
        prefs.save(self.settings, self.chosen)
        self.reload()

    # --- opening a claim ----------------------------------------------------------------------------
    def _open_row(self, index: QModelIndex) -> None:
        if index.isValid():
            self.navigate(self.model.data(index, ARTICLE_ROLE), self.model.data(index, UUID_ROLE))

    def _open_point(self, article: int, uuid: str) -> None:
        row = self.model.row_of(uuid)
        if row is not None:
            self.table.selectRow(row)
        self.navigate(article, uuid)
