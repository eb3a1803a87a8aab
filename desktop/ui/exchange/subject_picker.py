"""The export dialog's choice of subjects for the report's per-subject charts: suggested, with contradictions, all,
or a checkable list with a search field (desktop.core.exchange.exporting.report_subjects selects them)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop.core import text as textmod
from desktop.core.exchange.exporting.report_subjects import DEFAULT_CHARTS, subject_overview
from desktop.ui.formatting import format_count
from desktop.ui.i18n import isolate

__all__ = ["SubjectPicker", "CHOSEN"]

CHOSEN = "chosen"
NAME_ROLE = Qt.ItemDataRole.UserRole
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1  # the name and aliases, folded, that the search field matches


class SubjectPicker(QWidget):
    """A mode box (suggested / with contradictions / all / chosen) over a searchable checkable list of subjects.

    The list is filled the first time "Chosen subjects" is picked (it needs every claim's contradictions, which a
    large library takes a moment to compute), from the store's subjects of the claims being exported."""

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.mode = QComboBox(self)
        self.mode.setAccessibleName(self.tr("Subjects charted in the report"))
        self.mode.addItem(self.tr("Suggested: with a contradiction or several sources (at most {count} charts)")
                          .format(count=format_count(DEFAULT_CHARTS)), "suggested")
        self.mode.addItem(self.tr("Only subjects with contradictions"), "contradictions")
        self.mode.addItem(self.tr("All subjects"), "all")
        self.mode.addItem(self.tr("Chosen subjects"), CHOSEN)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search subjects"))
        self.search.setAccessibleName(self.tr("Search subjects"))
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Subjects to chart"))
        self.list.setMinimumHeight(120)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.mode, self.search, self.list):
            layout.addWidget(widget)
        self.scope: tuple[list[int] | None, str | None] = (None, None)
        self._filled_for = None
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.search.textChanged.connect(self._filter)
        self._mode_changed()

    def set_scope(self, article_ids: list[int] | None, category: str | None) -> None:
        """The claims being exported; the list is refilled for them when it is next shown."""
        self.scope = (article_ids, category)
        if self.choice() == CHOSEN:
            self._fill()

    def choice(self) -> str:
        return self.mode.currentData()

    def set_choice(self, choice: str) -> None:
        self.mode.setCurrentIndex(self.mode.findData(choice))

    def chosen_subjects(self) -> list[str]:
        """The checked subjects' names, in the list's order."""
        return [self.list.item(i).data(NAME_ROLE) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def check(self, names: list[str]) -> None:
        """Check exactly these subjects (by canonical name)."""
        wanted = set(names)
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(NAME_ROLE) in wanted else Qt.CheckState.Unchecked)

    def options(self) -> dict:
        """The export's keyword options for the report: ``subjects`` and ``subject_choice``."""
        if self.choice() == CHOSEN:
            return {"subjects": self.chosen_subjects(), "subject_choice": "suggested"}
        return {"subjects": None, "subject_choice": self.choice()}

    def _mode_changed(self) -> None:
        chosen = self.choice() == CHOSEN
        self.search.setVisible(chosen)
        self.list.setVisible(chosen)
        if chosen:
            self._fill()

    def _fill(self) -> None:
        if self._filled_for == self.scope:
            return
        checked = set(self.chosen_subjects())
        self.list.clear()
        article_ids, category = self.scope
        aliases = {subject.name: subject.aliases for subject in self.store.subjects()}
        for s in subject_overview(self.store, article_ids, category=category):
            label = self.tr("{name} — {claims} claims, {sources} sources, {contradictions} contradictions").format(
                name=isolate(s.name), claims=format_count(s.claims), sources=format_count(s.sources),
                contradictions=format_count(s.contradictions))
            item = QListWidgetItem(label, self.list)
            item.setData(NAME_ROLE, s.name)
            item.setData(SEARCH_ROLE, "\n".join(textmod.fold(n).casefold() for n in (s.name, *aliases.get(s.name, ()))))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if s.name in checked else Qt.CheckState.Unchecked)
        self._filled_for = self.scope
        self._filter()

    def _filter(self) -> None:
        """Show the subjects one of whose names holds the search text (after Arabic and case folding)."""
        wanted = textmod.fold(self.search.text()).casefold().strip()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(wanted) and wanted not in item.data(SEARCH_ROLE))
