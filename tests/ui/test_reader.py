"""The reader: plain text, right to left for Arabic, an Arabic font, zoom, line spacing, read-only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextBlockFormat

from desktop.ui.fonts import arabic_font_family, pick_family
from desktop.ui.reader.view import BLANK_LINE_PERCENT, LINE_HEIGHT_PERCENT, ReaderView

from .conftest import add_article, shown


def test_arabic_article_is_rtl_right_aligned_plain_text(qtbot, store):
    article_id = add_article(store, "<b>ليس وسماً</b> <img src='file:///etc/passwd'>\n\nفقرة ثانية")
    reader = ReaderView()
    qtbot.addWidget(reader)
    reader.set_article(store.article(article_id))
    doc = reader.document()
    assert doc.toPlainText() == shown(store.article(article_id).text)  # markup stays text
    assert doc.defaultTextOption().textDirection() == Qt.LayoutDirection.RightToLeft
    assert doc.defaultTextOption().alignment() & Qt.AlignmentFlag.AlignRight
    block = doc.firstBlock()
    while block.isValid():
        fmt = block.blockFormat()
        assert fmt.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert fmt.lineHeight() == (LINE_HEIGHT_PERCENT if block.text() else BLANK_LINE_PERCENT)
        assert fmt.lineHeightType() == QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
        block = block.next()
    assert reader.isReadOnly()
    assert reader.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard


def test_english_article_is_ltr(qtbot, store):
    article_id = add_article(store, "An English article about 2 billion dollars.", direction="ltr")
    reader = ReaderView()
    qtbot.addWidget(reader)
    reader.set_article(store.article(article_id))
    assert reader.document().defaultTextOption().textDirection() == Qt.LayoutDirection.LeftToRight
    assert reader.document().firstBlock().blockFormat().layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_typing_does_not_change_the_text(qtbot, store):
    text = "نص للقراءة فقط"
    reader = ReaderView()
    qtbot.addWidget(reader)
    reader.set_article(store.article(add_article(store, text)))
    qtbot.keyClicks(reader, "abc")
    qtbot.keyClick(reader, Qt.Key.Key_Backspace)
    assert reader.document().toPlainText() == shown(text)


def test_font_choice_prefers_known_arabic_families():
    assert pick_family(["DejaVu Sans", "Amiri", "Noto Naskh Arabic"], ["Amiri"]) == "Noto Naskh Arabic"
    assert pick_family(["Some Arabic Font"], ["Some Arabic Font"]) == "Some Arabic Font"
    assert pick_family(["DejaVu Sans"], []) is None


def test_installed_font_is_used(qtbot, store, make_window):
    window = make_window(store)
    family = arabic_font_family()
    if family is None:  # a machine without Arabic fonts is told so
        assert "Arabic" in window.statusBar().currentMessage()
    else:
        assert window.reader.document().defaultFont().family() == family


def test_zoom_shortcuts_change_font_size_and_remember_it(qtbot, store, make_window, settings):
    window = make_window(store)
    size = window.reader.font_size
    qtbot.keyClick(window.reader, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.reader.font_size == size + 1
    assert window.reader.document().defaultFont().pointSize() == size + 1
    qtbot.keyClick(window.reader, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.reader, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.reader.font_size == size - 1
    assert settings.font_size == size - 1


def test_bundled_arabic_fonts_are_registered_and_chosen(qapp):
    from PySide6.QtGui import QFontDatabase

    from desktop.ui.fonts import arabic_font_family, register_bundled_fonts

    bundled = register_bundled_fonts()
    assert {"Noto Naskh Arabic", "Noto Sans Arabic"} <= set(bundled)
    for family in bundled:
        assert QFontDatabase.WritingSystem.Arabic in QFontDatabase.writingSystems(family)
    assert register_bundled_fonts() == bundled  # once per process
    assert arabic_font_family() == "Noto Naskh Arabic"
