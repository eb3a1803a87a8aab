"""Every translatable string in desktop/ui has a finished Arabic translation, and the Arabic UI shows it."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialogButtonBox

from desktop.core.store.models import KINDS
from desktop.paths import resource
from desktop.ui.claims.panel import COL_POSITION, COL_STATUS, COL_VALUE
from desktop.ui.app import configure_app
from desktop.ui.claims.table import COLUMNS, ClaimsTableModel, ClaimsTableWindow
from desktop.ui.exchange.dialogs import ExportDialog
from desktop.ui.i18n import load_translator
from desktop.ui.claims.review_mode import ReviewWindow

from .conftest import add_article

UI = Path(__file__).resolve().parents[2] / "desktop" / "ui"
PLACEHOLDER = re.compile(r"\{\w*\}|%[sn]")


def _literal(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


class _Finder(ast.NodeVisitor):
    """Collects (context, source, numerus) of self.tr(), QCoreApplication.translate() and QT_TRANSLATE_NOOP()."""

    def __init__(self) -> None:
        self.classes: list[str] = []
        self.found: list[tuple[str, str, bool]] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        func, args = node.func, node.args
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        if name == "tr" and isinstance(func, ast.Attribute) and self.classes and args and _literal(args[0]):
            self.found.append((self.classes[-1], _literal(args[0]), len(args) >= 3))
        elif name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2 and _literal(args[0]) and _literal(args[1]):
            self.found.append((_literal(args[0]), _literal(args[1]), len(args) >= 4))
        self.generic_visit(node)


def ui_strings() -> list[tuple[str, str, bool]]:
    found = []
    for path in sorted(UI.rglob("*.py")):
        finder = _Finder()
        finder.visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
        found += finder.found
    return found


def ts_messages() -> dict[tuple[str, str], list[str] | None]:
    """(context, source) → the translation's texts (one per plural form), or None when unfinished."""
    out: dict[tuple[str, str], list[str] | None] = {}
    for context in ET.parse(resource("translations", "hamish_ar.ts")).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
            finished = translation.get("type") is None and all(f.strip() for f in forms)
            out[(name, message.findtext("source"))] = forms if finished else None
    return out


def test_the_finder_sees_every_kind_of_call():
    strings = ui_strings()
    assert ("ReviewWindow", "Review claims", False) in strings  # self.tr in a class
    assert ("ClaimsTableModel", "Article", False) in strings  # QT_TRANSLATE_NOOP
    assert ("ExchangeDialog", "Failed: {error}", False) in strings  # QCoreApplication.translate
    assert ("MainWindow", "%n claim(s) suggested.", True) in strings  # plural
    assert len(strings) > 250


def test_every_ui_string_has_a_finished_arabic_translation():
    messages = ts_messages()
    missing = [(c, s) for c, s, _ in ui_strings() if messages.get((c, s)) is None]
    assert missing == []


def test_translations_keep_the_placeholders():
    messages = ts_messages()
    wrong = []
    for (context, source), forms in messages.items():
        wanted = sorted(set(PLACEHOLDER.findall(source)) - {"%n"})
        for form in forms or []:
            if sorted(set(PLACEHOLDER.findall(form)) - {"%n"}) != wanted:
                wrong.append((context, source, form))
    assert wrong == []


def test_plurals_have_the_six_arabic_forms():
    messages = ts_messages()
    for context, source, numerus in ui_strings():
        if numerus:
            forms = messages[(context, source)]
            assert len(forms) == 6 and len(set(forms)) > 1, (context, source)


def test_the_built_qm_holds_every_translation(qapp):
    translator = load_translator("ar")
    assert translator is not None
    messages = ts_messages()
    for context, source, numerus in ui_strings():
        if not numerus:
            assert translator.translate(context, source) == messages[(context, source)][0], (context, source)


@pytest.fixture
def arabic_ui(qapp):
    """The Arabic UI (translators, locale, right to left) for one test, then English again."""
    saved_locale, saved_style = QLocale(), qapp.styleSheet()
    configure_app(qapp, "ar")
    yield
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.deleteLater()
    configure_app(qapp, "en")
    QLocale.setDefault(saved_locale)
    qapp.setStyleSheet(saved_style)


def test_review_window_is_arabic(qtbot, store, arabic_ui):
    window = ReviewWindow(store, QUndoStack(), None, lambda *_: None)
    qtbot.addWidget(window)
    assert window.windowTitle() == "مراجعة الادعاءات"
    assert window.queue_combo.itemText(0) == "غير المراجَعة"
    assert window.claim_label.text() == "لا توجد ادعاءات في هذه القائمة."
    assert window.progress_label.text() == "رُوجع ٠ من ٠"  # the Arabic locale's digits


def test_claims_table_headers_and_labels_are_arabic(qtbot, store, arabic_ui):
    text = "استثمرت ASML مبلغ 1.3 مليار يورو في الشركة."
    article = add_article(store, text)
    start = text.index("1.3")
    store.add_annotation(article, start, start + len("1.3 مليار يورو"), "amount", value=1.3e9, unit="EUR",
                         kind="money")
    window = ClaimsTableWindow(store, lambda *_: None)
    qtbot.addWidget(window)
    model = window.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(COLUMNS))]
    assert headers[:5] == ["المقال", "النص", "الفئة", "النوع", "القيمة"]
    assert not any(h == source for h, source in zip(headers, COLUMNS))
    assert window.windowTitle() == "كل الادعاءات"
    assert window.unit_combo.itemText(0) == "كل الوحدات"
    assert model.data(model.index(0, 3)) == "مبلغ مالي"
    assert model.data(model.index(0, 4)) == "١٬٣٠٠٬٠٠٠٬٠٠٠"
    assert model.data(model.index(0, 6)) == "غير مراجع"
    assert isinstance(model, ClaimsTableModel)


def test_export_dialog_buttons_are_arabic(qtbot, store, arabic_ui):
    dialog = ExportDialog(store, [])
    qtbot.addWidget(dialog)
    texts = [b.text().replace("&", "") for b in dialog.buttons.buttons()]
    assert dialog.action_button.text() == "تصدير"
    assert dialog.windowTitle() == "تصدير الادعاءات"
    close = dialog.buttons.button(QDialogButtonBox.StandardButton.Close).text().replace("&", "")
    assert close != "Close" and re.search("[\u0600-\u06ff]", close)  # Qt's own Arabic, loaded with ours
    assert all(re.search("[\u0600-\u06ff]", t) for t in texts), texts
    assert dialog.path_field.browse.text() == "استعراض…"
    assert QCoreApplication.translate("ExchangeDialogs", "Excel workbook") == dialog.format_combo.itemText(1)


def test_claims_panel_kinds_and_positions_are_arabic(qtbot, store, settings, make_window, arabic_ui):
    text = "تمهيد " * 250 + "استثمرت ASML مبلغ 1.3 مليار يورو في الشركة."
    article = add_article(store, text)
    start = text.index("1.3")
    claim = store.add_annotation(article, start, start + len("1.3 مليار يورو"), "amount", value=1.3e9, unit="EUR",
                                 kind="money")
    settings.language = "ar"
    window = make_window(store)
    window.open_article(article)
    panel = window.claims_panel
    model = panel.model
    assert start == 1518
    assert model.data(model.index(0, COL_POSITION)) == "١٬٥١٨"  # the UI locale's digits, like the value column
    assert model.data(model.index(0, COL_VALUE)) == "١٫٣ مليار يورو"  # the unit in the UI's language
    assert model.data(model.index(0, COL_VALUE), Qt.ItemDataRole.ToolTipRole) == "\u2068١٬٣٠٠٬٠٠٠٬٠٠٠ يورو\u2069"
    assert model.data(model.index(0, COL_STATUS)) == "جديد"
    assert store.annotations(article)[0].unit == "EUR"  # the store keeps the code
    editor = panel.editor
    shown = [editor.kind_box.itemText(i) for i in range(editor.kind_box.count())]
    values = [editor.kind_box.itemData(i) for i in range(editor.kind_box.count())]
    assert shown == ["—", "مبلغ مالي", "نسبة مئوية", "عدد", "رقم"]
    assert values == [None, *KINDS]  # the stored values stay the same
    assert panel.select_uuid(claim.uuid)
    assert (editor.kind_box.currentText(), editor.kind_box.currentData()) == ("مبلغ مالي", "money")
    assert editor.changes() == {}
    editor.kind_box.setCurrentIndex(editor.kind_box.findData("percent"))
    assert editor.changes() == {"kind": "percent"}
