"""Dialogs for exchanging claims: export, import of annotations, merge of another store, and agreement between two."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.models import STATUSES
from desktop.core.store import StoreError
from desktop.ui.claims_table import DirectionDelegate, format_value
from desktop.ui.i18n import isolate

__all__ = [
    "EXPORT_FORMATS",
    "PathField",
    "ExportDialog",
    "ImportAnnotationsDialog",
    "MergeDialog",
    "AgreementDialog",
    "export_dialog",
    "import_annotations_dialog",
    "merge_dialog",
    "agreement_dialog",
]

# format → (label, file suffix, file-chooser filter)
EXPORT_FORMATS = {
    "csv": ("CSV (spreadsheet, UTF-8)", ".csv", "CSV files (*.csv)"),
    "xlsx": ("Excel workbook", ".xlsx", "Excel workbooks (*.xlsx)"),
    "w3c": ("W3C Web Annotation (JSON-LD)", ".jsonld", "JSON-LD files (*.jsonld *.json)"),
    "jsonl": ("JSON Lines", ".jsonl", "JSON Lines files (*.jsonl)"),
    "html": ("Review report (HTML)", ".html", "HTML files (*.html)"),
    "pdf": ("Review report (PDF)", ".pdf", "PDF files (*.pdf)"),
}
STORE_FILTER = "Hamish stores (*.db *.sqlite *.hamish);;All files (*)"
ANNOTATION_FILTER = "Claim exports (*.jsonld *.json *.jsonl);;All files (*)"

# Errors a dialog reports in its message line instead of raising: the core's, and file-system ones.
_EXPECTED = (StoreError, OSError, ValueError)


def _table(parent: QWidget, name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    table.setItemDelegate(DirectionDelegate(table))  # Arabic titles and quotes read right to left
    return table


def _fill(table: QTableWidget, rows: list[list[object]]) -> None:
    """Plain-text cells only: article text is never interpreted as markup."""
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem("" if value is None else str(value))
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)


class PathField(QWidget):
    """A file path: type it, or pick it with the system file chooser."""

    def __init__(self, name: str, *, save: bool, file_filter: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.save, self.file_filter = save, file_filter
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName(name)
        self.browse = QPushButton("Browse…", self)
        self.browse.setAccessibleName(f"Choose {name.lower()}")
        self.browse.clicked.connect(self.choose)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.browse)

    def choose(self) -> None:
        picker = QFileDialog.getSaveFileName if self.save else QFileDialog.getOpenFileName
        path, _ = picker(self, self.edit.accessibleName(), self.edit.text(), self.file_filter)
        if path:
            self.edit.setText(path)

    def path(self) -> Path | None:
        text = self.edit.text().strip()
        return Path(text).expanduser() if text else None

    def set_path(self, path: str | Path) -> None:
        self.edit.setText(str(path))


class _ExchangeDialog(QDialog):
    """Shared frame: a form, an action button, a message line; ``run()`` does the work and reports."""

    completed = Signal(object)  # the core's result, after a successful run (the main window refreshes on it)

    def __init__(self, title: str, action: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.form = QFormLayout()
        self.message = QLabel(self)
        self.message.setAccessibleName("Result")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.action_button = self.buttons.addButton(action, QDialogButtonBox.ButtonRole.ApplyRole)
        self.action_button.setAccessibleName(action)
        self.action_button.clicked.connect(self.run)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)
        self.body.addLayout(self.form)
        self.body.addWidget(self.message)
        self.result_value = None

    def finish_layout(self) -> None:
        self.body.addWidget(self.buttons)

    def run(self):
        """Do the dialog's work; returns the core's result, or None after showing why it failed."""
        try:
            result = self.perform()
        except _EXPECTED as exc:
            self.result_value = None
            self.message.setText(f"Failed: {exc}")
            return None
        self.result_value = result
        self.show_result(result)
        self.completed.emit(result)
        return result

    def accept(self) -> None:
        if self.run() is not None:
            super().accept()

    def perform(self):  # pragma: no cover - each dialog defines it
        raise NotImplementedError

    def show_result(self, result) -> None:  # pragma: no cover - each dialog defines it
        raise NotImplementedError

    def _required(self, field: PathField, what: str) -> Path:
        path = field.path()
        if path is None:
            raise ValueError(f"choose {what} first")
        return path


class ExportDialog(_ExchangeDialog):
    """Choose a format, which claims (article scope, status, category) and a file; ``run()`` writes it."""

    def __init__(self, store, article_ids: list[int] | None = None, parent: QWidget | None = None):
        super().__init__("Export claims", "Export", parent)
        self.store = store
        self.article_ids = list(article_ids or [])
        self.format_combo = QComboBox(self)
        self.format_combo.setAccessibleName("Export format")
        for fmt, (label, _, _) in EXPORT_FORMATS.items():
            self.format_combo.addItem(label, fmt)
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        self.scope_this = QRadioButton(self._scope_label(), self)
        self.scope_library = QRadioButton("Whole library", self)
        self.scope_group = QButtonGroup(self)
        scope_box = QWidget(self)
        scope_layout = QVBoxLayout(scope_box)
        scope_layout.setContentsMargins(0, 0, 0, 0)
        for button, name in ((self.scope_this, "Export the chosen articles"), (self.scope_library,
                                                                              "Export the whole library")):
            button.setAccessibleName(name)
            self.scope_group.addButton(button)
            scope_layout.addWidget(button)
        self.scope_this.setEnabled(bool(self.article_ids))
        (self.scope_this if self.article_ids else self.scope_library).setChecked(True)
        self.status_combo = QComboBox(self)
        self.status_combo.setAccessibleName("Only claims with status")
        self.status_combo.addItem("Any status", None)
        for status in STATUSES:
            self.status_combo.addItem(status, status)
        self.category_combo = QComboBox(self)
        self.category_combo.setAccessibleName("Only claims of category")
        self.category_combo.addItem("Any category", None)
        for c in store.categories():
            self.category_combo.addItem(c.label_en, c.name)
        self.path_field = PathField("Output file", save=True, file_filter=EXPORT_FORMATS["csv"][2], parent=self)
        for label, widget in (("Format:", self.format_combo), ("Articles:", scope_box),
                              ("Status:", self.status_combo), ("Category:", self.category_combo),
                              ("File:", self.path_field)):
            self.form.addRow(label, widget)
        self.finish_layout()

    def _scope_label(self) -> str:
        if len(self.article_ids) == 1:
            try:
                title = self.store.article(self.article_ids[0]).title
            except StoreError:
                title = f"#{self.article_ids[0]}"
            return f"This article: {isolate(title)}"
        if self.article_ids:
            return f"Selected articles ({len(self.article_ids)})"
        return "This article (none open)"

    def fmt(self) -> str:
        return self.format_combo.currentData()

    def set_format(self, fmt: str) -> None:
        index = self.format_combo.findData(fmt)
        if index < 0:
            raise ValueError(f"unknown export format {fmt!r} (use one of {', '.join(EXPORT_FORMATS)})")
        self.format_combo.setCurrentIndex(index)

    def _format_changed(self) -> None:
        _, suffix, file_filter = EXPORT_FORMATS[self.fmt()]
        self.path_field.file_filter = file_filter
        path = self.path_field.path()
        if path is not None and path.suffix.lower() in {s for _, s, _ in EXPORT_FORMATS.values()}:
            self.path_field.set_path(path.with_suffix(suffix))

    def chosen_article_ids(self) -> list[int] | None:
        """The articles to export: the given ones, or None for the whole library."""
        return self.article_ids if self.scope_this.isChecked() and self.article_ids else None

    def perform(self):
        path = self._required(self.path_field, "a file to write")
        options = dict(article_ids=self.chosen_article_ids(), status=self.status_combo.currentData(),
                       category=self.category_combo.currentData())
        if self.fmt() == "pdf":
            from desktop.ui.pdf_report import write_pdf

            return write_pdf(self.store, path, **options)
        from desktop.core.exporting import export

        return export(self.store, self.fmt(), path, **options)

    def show_result(self, result) -> None:
        self.message.setText(
            f"Wrote {result.claims} claims from {result.articles} articles to {isolate(str(result.path))}")


class ImportAnnotationsDialog(_ExchangeDialog):
    """Import claims from a W3C or JSON Lines export and show how each was placed."""

    ORPHAN_HEADERS = ["Article", "Quote", "Reason", "Detail"]

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__("Import claims", "Import", parent)
        self.store = store
        self.path_field = PathField("Export file to import", save=False, file_filter=ANNOTATION_FILTER, parent=self)
        self.form.addRow("File:", self.path_field)
        self.counts = QLabel(self)
        self.counts.setAccessibleName("Import counts")
        self.counts.setTextFormat(Qt.TextFormat.PlainText)
        self.orphans_table = _table(self, "Claims that could not be placed", self.ORPHAN_HEADERS)
        self.body.addWidget(self.counts)
        self.body.addWidget(self.orphans_table, 1)
        self.finish_layout()
        self.resize(760, 420)

    def perform(self):
        from desktop.core.annotation_import import import_annotations

        return import_annotations(self.store, self._required(self.path_field, "a file to import"))

    @staticmethod
    def summary(report) -> dict[str, int]:
        """The report's counts as shown: exact, re-anchored, orphaned (not found) and ambiguous, and the rest."""
        ambiguous = sum(1 for o in report.orphans if o.get("reason") == "ambiguous")
        return {
            "exact": report.exact, "re-anchored": report.reanchored, "orphaned": report.orphaned - ambiguous,
            "ambiguous": ambiguous, "unchanged": report.unchanged, "updated": report.updated,
            "kept newer": report.kept_newer, "articles created": len(report.articles_created),
        }

    def show_result(self, report) -> None:
        counts = self.summary(report)
        self.counts.setText(" · ".join(f"{name}: {n}" for name, n in counts.items()))
        placed = counts["exact"] + counts["re-anchored"]
        self.message.setText(f"Imported {placed} claims from {isolate(report.source)}; "
                             f"{report.orphaned} kept aside to place later")
        _fill(self.orphans_table, [[o.get("article_title", ""), o.get("quote", ""), o.get("reason", ""),
                                    o.get("detail", "")] for o in report.orphans])


def _ratio(x: float | None) -> str:
    return "—" if x is None else f"{x:.2f}"


def _describe(claim: dict | None) -> str:
    if not claim:
        return "—"
    value = "" if claim.get("value") is None else f" = {format_value(claim['value'])} {claim.get('unit') or ''}".rstrip()
    return f"«{isolate(claim['quote'])}» {claim['category']}{value} [{claim['start']}–{claim['end']}]"


class MergeDialog(_ExchangeDialog):
    """Merge another analyst's store into this one and list what came in."""

    HEADERS = ["Change", "Article", "Quote", "Category", "Value", "Unit", "Author"]

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__("Merge another store", "Merge", parent)
        self.store = store
        self.path_field = PathField("Store to merge in", save=False, file_filter=STORE_FILTER, parent=self)
        self.form.addRow("Other store:", self.path_field)
        self.counts = QLabel(self)
        self.counts.setAccessibleName("Merge counts")
        self.counts.setTextFormat(Qt.TextFormat.PlainText)
        self.counts.setWordWrap(True)
        self.incoming_table = _table(self, "Claims that came in", self.HEADERS)
        self.body.addWidget(self.counts)
        self.body.addWidget(self.incoming_table, 1)
        self.finish_layout()
        self.resize(820, 460)
        self.incoming: list[list[object]] = []

    def perform(self):
        from desktop.core.review import merge

        other = self._required(self.path_field, "the other store")
        before = {a.uuid: a.modified for a in self.store.annotations()}
        report = merge(self.store, other)
        titles = {s.id: s.title for s in self.store.articles()}
        self.incoming = [
            ["added" if a.uuid not in before else "updated", titles.get(a.article, ""), a.quote, a.category,
             a.value, a.unit, a.author]
            for a in self.store.annotations() if before.get(a.uuid) != a.modified
        ]
        return report

    def show_result(self, report) -> None:
        categories = ", ".join(report.categories_added) or "none"
        self.counts.setText(
            f"Articles: {report.articles_added} new, {report.articles_matched} already here · "
            f"claims: {report.claims_added} added, {report.claims_updated} updated, "
            f"{report.claims_unchanged} unchanged, {report.claims_kept_local} kept (yours were later) · "
            f"new categories: {categories} · earlier versions kept: {report.history_added}")
        self.message.setText(f"Merged {isolate(Path(report.source).name)}")
        _fill(self.incoming_table, self.incoming)


DIFFERENCE_LABELS = {"only_a": "only in this store", "only_b": "only in the other store"}


class AgreementDialog(_ExchangeDialog):
    """Compare this store with another analyst's: per-article span F1 and kappa, and each disagreement."""

    ARTICLE_HEADERS = ["Article", "Claims (this)", "Claims (other)", "Matched", "Span F1", "Category κ", "Token κ"]
    DISAGREEMENT_HEADERS = ["Article", "Difference", "This store", "Other store"]

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__("Agreement with another store", "Compare", parent)
        self.store = store
        self.path_field = PathField("Store to compare with", save=False, file_filter=STORE_FILTER, parent=self)
        self.form.addRow("Other store:", self.path_field)
        self.overall = QLabel(self)
        self.overall.setAccessibleName("Overall agreement")
        self.overall.setTextFormat(Qt.TextFormat.PlainText)
        self.overall.setWordWrap(True)
        self.articles_table = _table(self, "Agreement per article", self.ARTICLE_HEADERS)
        self.disagreements_table = _table(self, "Disagreements", self.DISAGREEMENT_HEADERS)
        for column in (2, 3):
            self.disagreements_table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.body.addWidget(self.overall)
        self.body.addWidget(self.articles_table, 1)
        self.body.addWidget(QLabel("Disagreements:", self))
        self.body.addWidget(self.disagreements_table, 2)
        self.finish_layout()
        self.resize(900, 600)

    def perform(self):
        from desktop.core.review import agreement_between

        if not self.store.path:
            raise StoreError("this store is in memory; agreement compares two store files")
        return agreement_between(self.store.path, self._required(self.path_field, "the other store"))

    def show_result(self, report) -> None:
        o = report.overall()
        self.overall.setText(
            f"{o['shared_articles']} shared articles ({report.only_in_a} only here, {report.only_in_b} only "
            f"there) · span F1 {_ratio(o['span_f1'])} · category κ {_ratio(o['category_kappa'])} · "
            f"token κ {_ratio(o['token_kappa'])}")
        _fill(self.articles_table, [
            [x.title, x.claims_a, x.claims_b, x.matched, _ratio(x.span_f1), _ratio(x.category_kappa),
             _ratio(x.token_kappa)] for x in report.articles])
        _fill(self.disagreements_table, [
            [x.title, DIFFERENCE_LABELS.get(d["type"], d["type"]), _describe(d["a"]), _describe(d["b"])]
            for x in report.articles for d in x.disagreements])
        self.message.setText(f"Compared with {isolate(Path(report.b).name)}")


def _run_modal(dialog: _ExchangeDialog) -> _ExchangeDialog:
    """Show the dialog modally and return it when closed (its ``result_value`` holds the last result);
    the caller refreshes its views afterwards, as the main window's hooks do."""
    dialog.exec()
    return dialog


def export_dialog(parent: QWidget | None, store, article_ids: list[int]) -> ExportDialog:
    """Export claims: ``article_ids`` are this article or the selection (the whole library is a choice too)."""
    return _run_modal(ExportDialog(store, article_ids, parent))


def import_annotations_dialog(parent: QWidget | None, store) -> ImportAnnotationsDialog:
    """Import claims from a W3C or JSON Lines export and show the import report."""
    return _run_modal(ImportAnnotationsDialog(store, parent))


def merge_dialog(parent: QWidget | None, store) -> MergeDialog:
    """Merge another analyst's store into ``store`` and show what came in."""
    return _run_modal(MergeDialog(store, parent))


def agreement_dialog(parent: QWidget | None, store) -> AgreementDialog:
    """Compare ``store`` with another store: per-article span F1 and kappa, and the disagreements."""
    return _run_modal(AgreementDialog(store, parent))
