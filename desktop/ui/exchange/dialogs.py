"""Dialogs for exchanging claims: export, import of annotations, merge of another store, and agreement between two
(their shared frame is in exchange_parts)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QButtonGroup, QComboBox, QHeaderView, QLabel, QRadioButton, QVBoxLayout, QWidget

from desktop.core.store.models import STATUSES
from desktop.core.store.database import StoreError
from desktop.core.exchange.exporting import ExportCancelled
from desktop.ui.exchange.export_run import ExportProgress, run_export
from desktop.ui.exchange.parts import ExchangeDialog, PathField, fill_table, plain_label, results_table, tr_exchange
from desktop.ui.exchange.subject_picker import CHOSEN, SubjectPicker
from desktop.ui.formatting import category_label, format_count, format_value, grouping_locale, status_label
from desktop.ui.i18n import app_language, isolate

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
# (labels and filters are translated where shown, in the "ExchangeDialogs" context)
EXPORT_FORMATS = {
    "csv": (QT_TRANSLATE_NOOP("ExchangeDialogs", "CSV (spreadsheet, UTF-8)"), ".csv", QT_TRANSLATE_NOOP("ExchangeDialogs", "CSV files (*.csv)")),
    "xlsx": (QT_TRANSLATE_NOOP("ExchangeDialogs", "Excel workbook"), ".xlsx", QT_TRANSLATE_NOOP("ExchangeDialogs", "Excel workbooks (*.xlsx)")),
    "w3c": (QT_TRANSLATE_NOOP("ExchangeDialogs", "W3C Web Annotation (JSON-LD)"), ".jsonld", QT_TRANSLATE_NOOP("ExchangeDialogs", "JSON-LD files (*.jsonld *.json)")),
    "jsonl": (QT_TRANSLATE_NOOP("ExchangeDialogs", "JSON Lines"), ".jsonl", QT_TRANSLATE_NOOP("ExchangeDialogs", "JSON Lines files (*.jsonl)")),
    "html": (QT_TRANSLATE_NOOP("ExchangeDialogs", "Review report (HTML)"), ".html", QT_TRANSLATE_NOOP("ExchangeDialogs", "HTML files (*.html)")),
    "pdf": (QT_TRANSLATE_NOOP("ExchangeDialogs", "Review report (PDF)"), ".pdf", QT_TRANSLATE_NOOP("ExchangeDialogs", "PDF files (*.pdf)")),
}
STORE_FILTER = QT_TRANSLATE_NOOP("ExchangeDialogs", "Hamish stores (*.db *.sqlite *.hamish);;All files (*)")
ANNOTATION_FILTER = QT_TRANSLATE_NOOP("ExchangeDialogs", "Claim exports (*.jsonld *.json *.jsonl);;All files (*)")


class ExportDialog(ExchangeDialog):
    """Choose a format, which claims (article scope, status, category) and a file; ``run()`` writes it."""

    def __init__(self, store, article_ids: list[int] | None = None, parent: QWidget | None = None):
        super().__init__(self.tr("Export claims"), self.tr("Export"), parent)
        self.store = store
        self.article_ids = list(article_ids or [])
        self.format_combo = QComboBox(self)
        self.format_combo.setAccessibleName(self.tr("Export format"))
        for fmt, (label, _, _) in EXPORT_FORMATS.items():
            self.format_combo.addItem(tr_exchange(label), fmt)
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        self.scope_this = QRadioButton(self._scope_label(), self)
        self.scope_library = QRadioButton(self.tr("Whole library"), self)
        self.scope_group = QButtonGroup(self)
        scope_box = QWidget(self)
        scope_layout = QVBoxLayout(scope_box)
        scope_layout.setContentsMargins(0, 0, 0, 0)
        for button, name in ((self.scope_this, self.tr("Export the chosen articles")),
                             (self.scope_library, self.tr("Export the whole library"))):
            button.setAccessibleName(name)
            self.scope_group.addButton(button)
            scope_layout.addWidget(button)
        self.scope_this.setEnabled(bool(self.article_ids))
        (self.scope_this if self.article_ids else self.scope_library).setChecked(True)
        self.status_combo = QComboBox(self)
        language = app_language()
        self.status_combo.setAccessibleName(self.tr("Only claims with status"))
        self.status_combo.addItem(self.tr("Any status"), None)
        for status in STATUSES:
            self.status_combo.addItem(status_label(status, language), status)
        self.category_combo = QComboBox(self)
        self.category_combo.setAccessibleName(self.tr("Only claims of category"))
        self.category_combo.addItem(self.tr("Any category"), None)
        for c in store.categories():
            self.category_combo.addItem(category_label(c, c.name, language), c.name)
        self.path_field = PathField(self.tr("Output file"), save=True, file_filter=EXPORT_FORMATS["csv"][2],
                                    parent=self)
        self.subject_picker = SubjectPicker(store, self)  # the report's charts: which subjects
        for label, widget in ((self.tr("Format:"), self.format_combo), (self.tr("Articles:"), scope_box),
                              (self.tr("Status:"), self.status_combo), (self.tr("Category:"), self.category_combo),
                              (self.tr("Report charts:"), self.subject_picker), (self.tr("File:"), self.path_field)):
            self.form.addRow(label, widget)
        for signal in (self.scope_group.buttonToggled, self.category_combo.currentIndexChanged):
            signal.connect(self._scope_changed)
        self._scope_changed()
        self._format_changed()
        self.progress = ExportProgress(self)
        self.body.addWidget(self.progress)
        self.running = False
        self.finish_layout()

    def run(self):
        """Export in a worker thread (progress bar and Cancel after a second); returns the result, or None."""
        if self.running:
            return None
        self.running = True
        self.action_button.setEnabled(False)
        try:
            return super().run()
        except ExportCancelled:
            self.result_value = None
            self.message.setText(self.tr("Export cancelled: no file was written"))
            return None
        finally:
            self.running = False
            self.action_button.setEnabled(True)

    def reject(self) -> None:
        if self.running:  # Close or Escape while exporting cancels the export; the dialog stays
            self.progress.cancel_button.click()
            return
        super().reject()

    def _scope_label(self) -> str:
        if len(self.article_ids) == 1:
            try:
                title = self.store.article(self.article_ids[0]).title
            except StoreError:
                title = f"#{self.article_ids[0]}"
            return self.tr("This article: {title}").format(title=isolate(title))
        if self.article_ids:
            return self.tr("Selected articles ({count})").format(count=format_count(len(self.article_ids)))
        return self.tr("This article (none open)")

    def fmt(self) -> str:
        return self.format_combo.currentData()

    def set_format(self, fmt: str) -> None:
        index = self.format_combo.findData(fmt)
        if index < 0:
            raise ValueError(f"unknown export format {fmt!r} (use one of {', '.join(EXPORT_FORMATS)})")
        self.format_combo.setCurrentIndex(index)

    def _scope_changed(self, *_args) -> None:
        self.subject_picker.set_scope(self.chosen_article_ids(), self.category_combo.currentData())

    def _format_changed(self) -> None:
        self.subject_picker.setEnabled(self.fmt() in ("html", "pdf"))
        _, suffix, file_filter = EXPORT_FORMATS[self.fmt()]
        self.path_field.file_filter = file_filter
        path = self.path_field.path()
        if path is not None and path.suffix.lower() in {s for _, s, _ in EXPORT_FORMATS.values()}:
            self.path_field.set_path(path.with_suffix(suffix))

    def chosen_article_ids(self) -> list[int] | None:
        """The articles to export: the given ones, or None for the whole library."""
        return self.article_ids if self.scope_this.isChecked() and self.article_ids else None

    def perform(self):
        path = self._required(self.path_field, self.tr("choose a file to write first"))
        options = dict(article_ids=self.chosen_article_ids(), status=self.status_combo.currentData(),
                       category=self.category_combo.currentData())
        if self.fmt() in ("html", "pdf"):
            options.update(self.subject_picker.options())
            if self.subject_picker.choice() == CHOSEN and not options["subjects"]:
                raise ValueError(self.tr("check at least one subject to chart, or choose another set of subjects"))
        if self.fmt() == "pdf":
            from desktop.ui.exchange.pdf_report import write_pdf

            return write_pdf(self.store, path, **options)
        return run_export(self.progress, self.store, self.fmt(), path, options)

    def show_result(self, result) -> None:
        self.message.setText(self.tr("Wrote {claims} claims from {articles} articles to {path}").format(
            claims=format_count(result.claims), articles=format_count(result.articles), path=isolate(str(result.path))))


class ImportAnnotationsDialog(ExchangeDialog):
    """Import claims from a W3C or JSON Lines export and show how each was placed."""

    ORPHAN_HEADERS = [QT_TRANSLATE_NOOP("ImportAnnotationsDialog", "Article"),
                      QT_TRANSLATE_NOOP("ImportAnnotationsDialog", "Quote"),
                      QT_TRANSLATE_NOOP("ImportAnnotationsDialog", "Reason"),
                      QT_TRANSLATE_NOOP("ImportAnnotationsDialog", "Detail")]
    COUNT_LABELS = {
        "exact": QT_TRANSLATE_NOOP("ImportAnnotationsDialog", "exact"),
        "re-anchored": QT_TRANSLATE_NOOP("ImportAnnotationsDialog", "re-anchored"),
        "orphaned": QT_TRANSLATE_NOOP("ImportAnnotationsDialog", "orphaned"),
        "ambiguous": QT_TRANSLATE_NOOP("ImportAnnotationsDialog", "ambiguous"),
        "unchanged": QT_TRANSLATE_NOOP("ImportAnnotationsDialog", "unchanged"),
        "updated": QT_TRANSLATE_NOOP("ImportAnnotationsDialog", "updated"),
        "kept newer": QT_TRANSLATE_NOOP("ImportAnnotationsDialog", "kept newer"),
        "articles created": QT_TRANSLATE_NOOP("ImportAnnotationsDialog", "articles created"),
        "deleted here": QT_TRANSLATE_NOOP("ImportAnnotationsDialog", "skipped (deleted here)"),
        "restored": QT_TRANSLATE_NOOP("ImportAnnotationsDialog", "restored (edited after deletion)"),
    }

    WRITES_STORE = True

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(self.tr("Import claims"), self.tr("Import"), parent)
        self.store = store
        self.path_field = PathField(self.tr("Export file to import"), save=False, file_filter=ANNOTATION_FILTER,
                                    parent=self)
        self.form.addRow(self.tr("File:"), self.path_field)
        self.counts = plain_label(self, self.tr("Import counts"), wrap=True)
        self.orphans_table = results_table(self, self.tr("Claims that could not be placed"),
                                    [self.tr(h) for h in self.ORPHAN_HEADERS])
        self.body.addWidget(self.counts)
        self.body.addWidget(self.orphans_table, 1)
        self.finish_layout()
        self.resize(760, 420)

    def perform(self):
        from desktop.core.exchange.annotation_import import import_annotations

        return import_annotations(self.store, self._required(self.path_field, self.tr("choose a file to import first")))

    @staticmethod
    def summary(report) -> dict[str, int]:
        """The report's counts as shown: exact, re-anchored, orphaned (not found) and ambiguous, and the rest."""
        ambiguous = sum(1 for o in report.orphans if o.get("reason") == "ambiguous")
        return {
            "exact": report.exact, "re-anchored": report.reanchored, "orphaned": report.orphaned - ambiguous,
            "ambiguous": ambiguous, "unchanged": report.unchanged, "updated": report.updated,
            "kept newer": report.kept_newer, "articles created": len(report.articles_created),
            "deleted here": report.skipped_deleted, "restored": report.restored,
        }

    def show_result(self, report) -> None:
        counts = self.summary(report)
        self.counts.setText(" · ".join(f"{self.tr(self.COUNT_LABELS[name])}: {format_count(n)}"
                                       for name, n in counts.items()))
        placed = counts["exact"] + counts["re-anchored"]
        self.message.setText(self.tr("Imported {placed} claims from {source}; {orphaned} kept aside to place later")
                             .format(placed=format_count(placed), source=isolate(report.source),
                                     orphaned=format_count(report.orphaned)))
        fill_table(self.orphans_table, [[o.get("article_title", ""), o.get("quote", ""), o.get("reason", ""),
                                    o.get("detail", "")] for o in report.orphans])


def _ratio(x: float | None) -> str:
    return "—" if x is None else grouping_locale().toString(float(x), "f", 2)


def _describe(claim: dict | None) -> str:
    if not claim:
        return "—"
    value = "" if claim.get("value") is None else f" = {format_value(claim['value'], claim.get('unit') or '')}"
    return f"«{isolate(claim['quote'])}» {claim['category']}{value} [{claim['start']}–{claim['end']}]"


class MergeDialog(ExchangeDialog):
    """Merge another analyst's store into this one and list what came in."""

    HEADERS = [QT_TRANSLATE_NOOP("MergeDialog", "Change"), QT_TRANSLATE_NOOP("MergeDialog", "Article"),
               QT_TRANSLATE_NOOP("MergeDialog", "Quote"), QT_TRANSLATE_NOOP("MergeDialog", "Category"),
               QT_TRANSLATE_NOOP("MergeDialog", "Value"), QT_TRANSLATE_NOOP("MergeDialog", "Unit"),
               QT_TRANSLATE_NOOP("MergeDialog", "Author")]

    WRITES_STORE = True

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(self.tr("Merge another store"), self.tr("Merge"), parent)
        self.store = store
        self.path_field = PathField(self.tr("Store to merge in"), save=False, file_filter=STORE_FILTER, parent=self)
        self.form.addRow(self.tr("Other store:"), self.path_field)
        self.counts = plain_label(self, self.tr("Merge counts"))
        self.incoming_table = results_table(self, self.tr("Claims that came in"), [self.tr(h) for h in self.HEADERS])
        self.body.addWidget(self.counts)
        self.body.addWidget(self.incoming_table, 1)
        self.finish_layout()
        self.resize(820, 460)
        self.incoming: list[list[object]] = []

    def perform(self):
        from desktop.core.exchange.merge import merge

        other = self._required(self.path_field, self.tr("choose the other store first"))
        before = {a.uuid: a.modified for a in self.store.annotations()}
        report = merge(self.store, other)
        titles = {s.id: s.title for s in self.store.articles()}
        self.incoming = [
            [self.tr("added") if a.uuid not in before else self.tr("updated"), titles.get(a.article, ""), a.quote,
             a.category, format_value(a.value), a.unit, a.author]
            for a in self.store.annotations() if before.get(a.uuid) != a.modified
        ]
        return report

    def show_result(self, report) -> None:
        n = format_count
        categories = self.tr(", ").join(report.categories_added) or self.tr("none")
        self.counts.setText(self.tr(
            "Articles: {articles_new} new, {articles_here} already here · claims: {added} added, {updated} updated, "
            "{unchanged} unchanged, {kept} kept (yours were later) · new categories: {categories} · "
            "earlier versions kept: {history}").format(
            articles_new=n(report.articles_added), articles_here=n(report.articles_matched),
            added=n(report.claims_added), updated=n(report.claims_updated), unchanged=n(report.claims_unchanged),
            kept=n(report.claims_kept_local), categories=categories, history=n(report.history_added))
            + "\n" + self.tr(
            "Deletions: {applied} of theirs applied, {skipped} not applied (you edited later), {kept_deleted} of "
            "yours kept, {restored} restored (edited after your deletion)").format(
            applied=n(report.deletions_applied), skipped=n(report.deletions_skipped),
            kept_deleted=n(report.claims_kept_deleted), restored=n(report.claims_restored))
            + "\n" + self.tr(
            "Articles: {kept} deleted here and not brought back, {deleted} deleted there and here, "
            "{skipped} deletions not applied (you edited later)").format(
            kept=n(report.articles_kept_deleted), deleted=n(report.articles_deleted),
            skipped=n(report.article_deletions_skipped)))
        self.message.setText(self.tr("Merged {name}").format(name=isolate(Path(report.source).name)))
        fill_table(self.incoming_table, self.incoming)


DIFFERENCE_LABELS = {"only_a": QT_TRANSLATE_NOOP("AgreementDialog", "only in this store"),
                     "only_b": QT_TRANSLATE_NOOP("AgreementDialog", "only in the other store")}


class AgreementDialog(ExchangeDialog):
    """Compare this store with another analyst's: per-article span F1 and kappa, and each disagreement."""

    ARTICLE_HEADERS = [QT_TRANSLATE_NOOP("AgreementDialog", "Article"),
                       QT_TRANSLATE_NOOP("AgreementDialog", "Claims (this)"),
                       QT_TRANSLATE_NOOP("AgreementDialog", "Claims (other)"),
                       QT_TRANSLATE_NOOP("AgreementDialog", "Matched"), QT_TRANSLATE_NOOP("AgreementDialog", "Span F1"),
                       QT_TRANSLATE_NOOP("AgreementDialog", "Category κ"),
                       QT_TRANSLATE_NOOP("AgreementDialog", "Token κ")]
    DISAGREEMENT_HEADERS = [QT_TRANSLATE_NOOP("AgreementDialog", "Article"),
                            QT_TRANSLATE_NOOP("AgreementDialog", "Difference"),
                            QT_TRANSLATE_NOOP("AgreementDialog", "This store"),
                            QT_TRANSLATE_NOOP("AgreementDialog", "Other store")]

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(self.tr("Agreement with another store"), self.tr("Compare"), parent)
        self.store = store
        self.path_field = PathField(self.tr("Store to compare with"), save=False, file_filter=STORE_FILTER,
                                    parent=self)
        self.form.addRow(self.tr("Other store:"), self.path_field)
        self.overall = plain_label(self, self.tr("Overall agreement"))
        self.articles_table = results_table(self, self.tr("Agreement per article"), [self.tr(h) for h in self.ARTICLE_HEADERS])
        self.disagreements_table = results_table(self, self.tr("Disagreements"),
                                          [self.tr(h) for h in self.DISAGREEMENT_HEADERS])
        for column in (2, 3):
            self.disagreements_table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.body.addWidget(self.overall)
        self.body.addWidget(self.articles_table, 1)
        self.body.addWidget(QLabel(self.tr("Disagreements:"), self))
        self.body.addWidget(self.disagreements_table, 2)
        self.finish_layout()
        self.resize(900, 600)

    def perform(self):
        from desktop.core.exchange.agreement import agreement_between

        if not self.store.path:
            raise StoreError(self.tr("this store is in memory; agreement compares two store files"))
        return agreement_between(self.store.path, self._required(self.path_field, self.tr("choose the other store first")))

    def show_result(self, report) -> None:
        o = report.overall()
        self.overall.setText(self.tr(
            "{shared} shared articles ({here} only here, {there} only there) · span F1 {f1} · "
            "category κ {category} · token κ {token}").format(
            shared=format_count(o["shared_articles"]), here=format_count(report.only_in_a),
            there=format_count(report.only_in_b), f1=_ratio(o["span_f1"]), category=_ratio(o["category_kappa"]),
            token=_ratio(o["token_kappa"])))
        fill_table(self.articles_table, [
            [x.title, x.claims_a, x.claims_b, x.matched, _ratio(x.span_f1), _ratio(x.category_kappa),
             _ratio(x.token_kappa)] for x in report.articles])
        fill_table(self.disagreements_table, [
            [x.title, self.tr(DIFFERENCE_LABELS[d["type"]]) if d["type"] in DIFFERENCE_LABELS else d["type"],
             _describe(d["a"]), _describe(d["b"])]
            for x in report.articles for d in x.disagreements])
        self.message.setText(self.tr("Compared with {name}").format(name=isolate(Path(report.b).name)))


def _run_modal(dialog: ExchangeDialog) -> ExchangeDialog:
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
