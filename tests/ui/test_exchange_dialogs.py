"""Exchange dialogs on real stores: export files read back, import reports, merge and agreement tables."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QTableWidget

from desktop.core.store.database import Store
from desktop.ui.exchange.dialogs import (
    AgreementDialog,
    ExportDialog,
    ImportAnnotationsDialog,
    MergeDialog,
    export_dialog,
)

TEXT = ("استثمرت ASML مبلغ 1.3 مليار يورو في الشركة. وقالت إن التقييم 11.7 مليار يورو. "
        "وبلغت الحصة 11% من الأسهم.")
OTHER_TEXT = "قالت مصادر إن ASML دفعت 1.5 مليار يورو، وإن التطبيق تجاوز مليون تنزيل."


def _claim(store, article_id: int, needle: str, category: str, **fields):
    start = store.article(article_id).text.index(needle)
    return store.add_annotation(article_id, start, start + len(needle), category, **fields)


def _fill_store(store) -> tuple[int, int]:
    a, _ = store.add_article(title="Mistral و ASML", text=TEXT)
    b, _ = store.add_article(title="مصادر", text=OTHER_TEXT)
    _claim(store, a.id, "1.3 مليار يورو", "amount", value=1.3e9, unit="EUR", kind="money", status="confirmed")
    _claim(store, a.id, "11.7 مليار يورو", "valuation", value=11.7e9, unit="EUR", kind="money")
    _claim(store, a.id, "11%", "stake", value=11.0, unit="%", kind="percent", note="=SUM(A1)")
    _claim(store, b.id, "1.5 مليار يورو", "amount", value=1.5e9, unit="EUR", kind="money", status="confirmed")
    return a.id, b.id


@pytest.fixture
def library(store):
    a, b = _fill_store(store)
    return store, a, b


def _csv_rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def _export(qtbot, store, article_ids, path, fmt="csv") -> ExportDialog:
    dialog = ExportDialog(store, article_ids)
    qtbot.addWidget(dialog)
    dialog.set_format(fmt)
    dialog.path_field.set_path(path)
    return dialog


def test_export_csv_of_the_whole_library_reads_back(library, qtbot, tmp_path):
    store, a, b = library
    dialog = _export(qtbot, store, [], tmp_path / "claims.csv")
    assert not dialog.scope_this.isEnabled() and dialog.scope_library.isChecked()
    with qtbot.waitSignal(dialog.completed):
        result = dialog.run()
    rows = _csv_rows(tmp_path / "claims.csv")
    assert {r["uuid"] for r in rows} == {c.uuid for c in store.annotations()}
    by_quote = {r["quote"]: r for r in rows}
    assert by_quote["1.3 مليار يورو"]["value"] == "1300000000" and by_quote["1.3 مليار يورو"]["unit"] == "EUR"
    assert by_quote["11%"]["note"] == "'=SUM(A1)"  # formula-like cells are neutralized
    assert (result.claims, result.articles) == (4, 2)
    assert dialog.message.text().startswith("Wrote 4 claims from 2 articles to ")


def test_export_scope_status_and_category(library, qtbot, tmp_path):
    store, a, b = library
    out = tmp_path / "one.csv"
    dialog = _export(qtbot, store, [a], out)
    assert dialog.scope_this.isChecked() and "Mistral" in dialog.scope_this.text()
    dialog.run()
    assert {r["article_id"] for r in _csv_rows(out)} == {str(a)}
    assert len(_csv_rows(out)) == 3
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("confirmed"))
    dialog.run()
    assert [r["quote"] for r in _csv_rows(out)] == ["1.3 مليار يورو"]
    dialog.scope_library.setChecked(True)
    dialog.run()
    assert sorted(r["quote"] for r in _csv_rows(out)) == ["1.3 مليار يورو", "1.5 مليار يورو"]
    dialog.status_combo.setCurrentIndex(0)
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("stake"))
    dialog.run()
    assert [r["quote"] for r in _csv_rows(out)] == ["11%"]


def test_selected_articles_scope(library, qtbot, tmp_path):
    store, a, b = library
    dialog = _export(qtbot, store, [a, b], tmp_path / "sel.jsonl", fmt="jsonl")
    assert dialog.scope_this.text() == "Selected articles (2)"
    result = dialog.run()
    lines = [json.loads(line) for line in (tmp_path / "sel.jsonl").read_text(encoding="utf-8").splitlines()]
    assert result.claims == 4 and lines


def test_each_format_writes_a_readable_file(library, qtbot, tmp_path):
    store, a, b = library
    dialog = _export(qtbot, store, [], tmp_path / "claims.csv")
    for fmt, suffix in (("xlsx", ".xlsx"), ("w3c", ".jsonld"), ("html", ".html"), ("jsonl", ".jsonl")):
        dialog.set_format(fmt)
        assert dialog.path_field.path() == tmp_path / f"claims{suffix}"  # the suffix follows the format
        assert dialog.run() is not None, dialog.message.text()
    sheet = openpyxl.load_workbook(tmp_path / "claims.xlsx").active
    assert sheet.max_row >= 5
    collection = json.loads((tmp_path / "claims.jsonld").read_text(encoding="utf-8"))
    assert "@context" in collection
    assert "1.3 مليار يورو" in (tmp_path / "claims.html").read_text(encoding="utf-8")


def test_export_errors_are_messages_not_tracebacks(library, qtbot, tmp_path):
    store, a, b = library
    dialog = _export(qtbot, store, [], "")
    assert dialog.run() is None
    assert dialog.message.text() == "Failed: choose a file to write first"
    dialog.path_field.set_path(tmp_path / "missing" / "claims.csv")
    assert dialog.run() is None
    assert "does not exist" in dialog.message.text()
    dialog.path_field.set_path(tmp_path)
    assert dialog.run() is None and "is a folder" in dialog.message.text()
    dialog.accept()  # a failed run keeps the dialog open
    assert dialog.result() == 0 and dialog.result_value is None
    with pytest.raises(ValueError, match="unknown export format 'doc'"):
        dialog.set_format("doc")


def test_export_dialog_function_runs_modally(library, qtbot, tmp_path):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    store, a, b = library
    seen: list[ExportDialog] = []

    def fill_in_and_export() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(dialog)
        dialog.path_field.set_path(tmp_path / "x.csv")
        dialog.accept()

    QTimer.singleShot(0, fill_in_and_export)
    dialog = export_dialog(None, store, [a])  # returns when the dialog closes
    qtbot.addWidget(dialog)
    assert seen == [dialog] and dialog.scope_this.isChecked()
    assert dialog.result_value.claims == 3 and len(_csv_rows(tmp_path / "x.csv")) == 3


def test_export_pdf(library, qtbot, tmp_path):
    store, a, b = library
    dialog = _export(qtbot, store, [a], tmp_path / "report.pdf", fmt="pdf")
    result = dialog.run()
    assert result is not None, dialog.message.text()
    assert (tmp_path / "report.pdf").read_bytes()[:5] == b"%PDF-" and result.claims == 3


def _other_store(tmp_path: Path, name: str, author: str) -> Store:
    return Store.open(tmp_path / name, author=author)


def test_import_report_exact(library, qtbot, tmp_path):
    store, a, b = library
    _export(qtbot, store, [], tmp_path / "claims.jsonl", fmt="jsonl").run()
    target = _other_store(tmp_path, "target.db", "other")
    try:
        target.add_article(title="Mistral و ASML", text=TEXT)
        dialog = ImportAnnotationsDialog(target)
        qtbot.addWidget(dialog)
        dialog.path_field.set_path(tmp_path / "claims.jsonl")
        report = dialog.run()
        assert ImportAnnotationsDialog.summary(report) == {
            "exact": 4, "re-anchored": 0, "orphaned": 0, "ambiguous": 0, "unchanged": 0, "updated": 0,
            "kept newer": 0, "articles created": 1, "deleted here": 0, "restored": 0}
        assert len(target.annotations()) == 4
        assert dialog.counts.text().startswith("exact: 4 · re-anchored: 0 · orphaned: 0 · ambiguous: 0")
        target.delete_annotation(target.annotations()[0].uuid)
        again = dialog.run()
        assert ImportAnnotationsDialog.summary(again)["deleted here"] == 1
        assert len(target.annotations()) == 3  # the deletion stands
        assert "skipped (deleted here): 1" in dialog.counts.text()
        assert dialog.orphans_table.rowCount() == 0
    finally:
        target.close()


def test_import_report_reanchored_orphaned_and_ambiguous(library, qtbot, tmp_path):
    store, a, b = library
    _export(qtbot, store, [a], tmp_path / "claims.jsonld", fmt="w3c").run()
    target = _other_store(tmp_path, "target.db", "other")
    try:
        edited = ("قيل 1.3 مليار يورو أولا. ثم قيل 1.3 مليار يورو ثانيا. وقالت إن التقييم 11.7 مليار يورو. "
                  "وبلغت الحصة 12% من الأسهم.")
        target.add_article(title="نسخة معدلة", text=edited)
        dialog = ImportAnnotationsDialog(target)
        qtbot.addWidget(dialog)
        dialog.path_field.set_path(tmp_path / "claims.jsonld")
        report = dialog.run()
        counts = ImportAnnotationsDialog.summary(report)
        assert (counts["exact"], counts["re-anchored"], counts["orphaned"], counts["ambiguous"]) == (0, 1, 1, 1)
        rows = {dialog.orphans_table.item(r, 2).text(): dialog.orphans_table.item(r, 1).text()
                for r in range(dialog.orphans_table.rowCount())}
        assert rows == {"ambiguous": "1.3 مليار يورو", "quote not found": "11%"}
        assert [c.quote for c in target.annotations()] == ["11.7 مليار يورو"]
    finally:
        target.close()


def test_import_of_a_bad_file_is_a_message(library, qtbot, tmp_path):
    store, a, b = library
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    dialog = ImportAnnotationsDialog(store)
    qtbot.addWidget(dialog)
    dialog.path_field.set_path(bad)
    assert dialog.run() is None
    assert dialog.message.text().startswith("Failed: ") and "bad.jsonl" in dialog.message.text()
    assert len(store.annotations()) == 4


def test_merge_shows_what_came_in(library, qtbot, tmp_path):
    store, a, b = library
    other = _other_store(tmp_path, "colleague.db", "colleague")
    try:
        oa, _ = other.add_article(title="Mistral و ASML", text=TEXT)
        oc, _ = other.add_article(title="مقال جديد", text="جمعت الشركة 600 مليون يورو.")
        _claim(other, oa.id, "مبلغ", "other", note="من الزميل")
        _claim(other, oc.id, "600 مليون يورو", "amount", value=6e8, unit="EUR")
    finally:
        other.close()
    dialog = MergeDialog(store)
    qtbot.addWidget(dialog)
    dialog.path_field.set_path(tmp_path / "colleague.db")
    report = dialog.run()
    assert (report.articles_added, report.articles_matched, report.claims_added) == (1, 1, 2)
    table = dialog.incoming_table
    incoming = sorted((table.item(r, 0).text(), table.item(r, 1).text(), table.item(r, 2).text(),
                       table.item(r, 6).text()) for r in range(table.rowCount()))
    assert incoming == [("added", "Mistral و ASML", "مبلغ", "colleague"),
                        ("added", "مقال جديد", "600 مليون يورو", "colleague")]
    assert "Articles: 1 new, 1 already here · claims: 2 added" in dialog.counts.text()
    assert len(store.annotations()) == 6
    assert dialog.run() is not None and dialog.incoming_table.rowCount() == 0  # merging twice adds nothing
    came_in = next(c for c in store.annotations() if c.quote == "600 مليون يورو")
    store.delete_annotation(came_in.uuid)
    report = dialog.run()
    assert report.claims_kept_deleted == 1 and len(store.annotations()) == 5  # a deletion here stands
    assert "Deletions: 0 of theirs applied, 0 not applied (you edited later), 1 of yours kept" in dialog.counts.text()


def test_merge_refuses_itself_and_missing_files(library, qtbot, tmp_path, store_path):
    store, a, b = library
    dialog = MergeDialog(store)
    qtbot.addWidget(dialog)
    dialog.path_field.set_path(store_path)
    assert dialog.run() is None and "itself" in dialog.message.text()
    dialog.path_field.set_path(tmp_path / "nope.db")
    assert dialog.run() is None and "no such file" in dialog.message.text()
    not_a_store = tmp_path / "notes.txt"
    not_a_store.write_text("hello", encoding="utf-8")
    dialog.path_field.set_path(not_a_store)
    assert dialog.run() is None and "not a SQLite database" in dialog.message.text()


def test_agreement_per_article_and_disagreements(library, qtbot, tmp_path):
    store, a, b = library
    other = _other_store(tmp_path, "colleague.db", "colleague")
    try:
        oa, _ = other.add_article(title="Mistral و ASML", text=TEXT)
        _claim(other, oa.id, "1.3 مليار يورو", "amount", value=1.3e9, unit="EUR")
        _claim(other, oa.id, "11.7 مليار يورو", "amount", value=11.7e9, unit="EUR")  # another category
    finally:
        other.close()
    dialog = AgreementDialog(store)
    qtbot.addWidget(dialog)
    dialog.path_field.set_path(tmp_path / "colleague.db")
    report = dialog.run()
    assert report is not None, dialog.message.text()
    table = dialog.articles_table
    assert table.rowCount() == 1
    row = [table.item(0, c).text() for c in range(table.columnCount())]
    assert row[:5] == ["Mistral و ASML", "3", "2", "2", "0.80"]  # F1 = 2·2 / (3 + 2)
    kinds = sorted(dialog.disagreements_table.item(r, 1).text() for r in range(dialog.disagreements_table.rowCount()))
    assert kinds == ["category", "only in this store"]
    assert "1 shared articles (1 only here, 0 only there) · span F1 0.80" in dialog.overall.text()


def test_dialog_controls_have_accessible_names(library, qtbot):
    store, a, b = library
    for dialog in (ExportDialog(store, [a]), ImportAnnotationsDialog(store), MergeDialog(store),
                   AgreementDialog(store)):
        qtbot.addWidget(dialog)
        controls = [*dialog.findChildren(QComboBox), *dialog.findChildren(QLineEdit),
                    *dialog.findChildren(QTableWidget),
                    *[b for b in dialog.findChildren(QAbstractButton)
                      if b.text() not in ("&Close", "Close") and not b.objectName().startswith("qt_")]]
        assert controls and all(c.accessibleName() for c in controls), dialog.windowTitle()
