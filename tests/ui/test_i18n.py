"""UI languages: the Arabic UI flips the layout right to left, from a pure is_rtl(language)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt

from desktop.paths import resource
from desktop.ui.app import configure_app
from desktop.ui.i18n import is_rtl, isolate, load_translator


@pytest.mark.parametrize("language, rtl", [("ar", True), ("ar_EG", True), ("fa-IR", True), ("en", False),
                                           ("fr_FR", False)])
def test_is_rtl(language, rtl):
    assert is_rtl(language) is rtl


def test_isolate_wraps_in_fsi_pdi():
    assert isolate("11.7 مليار EUR") == "\u206811.7 مليار EUR\u2069"


def test_arabic_translation_file_is_built_and_translates_menus(qapp):
    assert resource("translations", "hamish_ar.ts").exists()
    translator = load_translator("ar")
    assert translator is not None
    assert translator.translate("Menus", "&File") == "&ملف"
    assert load_translator("en") is None


def test_arabic_ui_is_right_to_left(qtbot, qapp, store, make_window, settings):
    settings.language = "ar"
    saved_locale, saved_style = QLocale(), qapp.styleSheet()
    configure_app(qapp, "ar")
    try:
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
        window = make_window(store)
        assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert window.menuBar().actions()[0].text() == "&ملف"
        assert QCoreApplication.translate("Menus", "&View") != "&View"
    finally:
        for translator in qapp.findChildren(type(load_translator("ar"))):
            qapp.removeTranslator(translator)
        configure_app(qapp, "en")
        QLocale.setDefault(saved_locale)
        qapp.setStyleSheet(saved_style)
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
