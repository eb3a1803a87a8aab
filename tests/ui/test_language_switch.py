"""Preferences switches the UI language at once: translators, layout direction and every open window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from desktop.ui.app import configure_app
from desktop.ui.claims.panel import COL_STATUS, COL_VALUE
from desktop.ui.claims.review_mode import ReviewWindow
from desktop.ui.claims.table import ClaimsTableWindow
from desktop.ui.i18n import TRANSLATOR_NAME
from desktop.ui.preferences import PreferencesDialog

from .conftest import add_article

TEXT = "جمعت الشركة 1.3 مليار يورو ($2 billion) في جولة جديدة."


@pytest.fixture
def english_after(qapp):
    """Whatever the test switches to, the next test starts in English again."""
    saved = QLocale()
    yield
    configure_app(qapp, "en")
    QLocale.setDefault(saved)


def choose_language(qtbot, window, language: str) -> None:
    """Preferences › Interface language › OK, as a person would."""
    window.actions_by_name["preferences"].trigger()
    dialog = window.findChild(PreferencesDialog)
    dialog.language_box.setCurrentIndex(dialog.language_box.findData(language))
    dialog.accept()
    qtbot.wait(10)  # the LanguageChange events are delivered


def texts(window) -> dict:
    model = window.claims_panel.model
    return {
        "menus": [a.text() for a in window.menuBar().actions()],
        "library_dock": window.library_dock.windowTitle(),
        "claims_dock": window.claims_dock.windowTitle(),
        "search": window.library.search_edit.placeholderText(),
        "status": model.data(model.index(0, COL_STATUS)),
        "value": model.data(model.index(0, COL_VALUE)),
        "mark": window.actions_by_name["mark_amount"].text(),
        "editor_toggle": window.claims_panel.editor_toggle.text(),
    }


def test_switching_twice_retranslates_every_open_window(qtbot, store, settings, make_window, english_after):
    article = add_article(store, TEXT)
    start = TEXT.index("1.3")
    store.add_annotation(article, start, start + len("1.3 مليار يورو"), "amount", value=1.3e9, unit="EUR",
                         kind="money")
    window = make_window(store)
    window.open_article(article)
    window.actions_by_name["all_claims"].trigger()
    window.actions_by_name["review"].trigger()
    table = window.findChild(ClaimsTableWindow)
    review = window.findChild(ReviewWindow)
    assert table is not None and review is not None
    english = texts(window)
    assert english["menus"][:2] == ["&File", "&Edit"] and english["claims_dock"] == "Claims"
    assert english["status"] == "new" and english["value"] == "1.3 bn EUR" and english["mark"] == "Mark as Amount"
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight

    choose_language(qtbot, window, "ar")
    arabic = texts(window)
    assert settings.language == "ar"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert table.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert arabic["menus"][0] != "&File" and "ملف" in arabic["menus"][0]
    assert arabic["claims_dock"] == "الادعاءات" and arabic["library_dock"] == "المكتبة"
    assert arabic["status"] == "جديد" and arabic["value"] == "١٫٣ مليار يورو"
    assert arabic["mark"].endswith("مبلغ") or "مبلغ" in arabic["mark"]
    assert table.windowTitle() != "All claims" and review.windowTitle() != "Review claims"
    # the library moves to where reading starts: the right
    qtbot.waitUntil(lambda: window.library_dock.geometry().center().x() > window.claims_dock.geometry().center().x())
    assert len(QApplication.instance().findChildren(QTranslator, TRANSLATOR_NAME)) >= 1
    assert window.reader.offsets.isolated  # the reader still shows the article, isolates and all

    choose_language(qtbot, window, "en")
    assert texts(window) == english
    qtbot.waitUntil(lambda: window.library_dock.geometry().center().x() < window.claims_dock.geometry().center().x())
    assert (table.windowTitle(), review.windowTitle()) == ("All claims", "Review claims")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert QApplication.instance().findChildren(QTranslator, TRANSLATOR_NAME) == []  # none left behind
