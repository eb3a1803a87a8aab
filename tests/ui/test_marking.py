"""Marking a claim in the reader: select, press a category key, and the store holds it at once; undo removes it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from desktop.core.importing import import_file

from .conftest import add_article

CLAIM = "11.7 مليار يورو"


def utf16(text: str, cp: int) -> int:
    """Qt position of a code-point offset, computed independently of OffsetMap."""
    return len(text[:cp].encode("utf-16-le")) // 2


def select_qt(reader, start_u16: int, end_u16: int) -> None:
    cursor = QTextCursor(reader.document())
    cursor.setPosition(start_u16)
    cursor.setPosition(end_u16, QTextCursor.MoveMode.KeepAnchor)
    reader.setTextCursor(cursor)


def open_seed(store, seed_path, make_window):
    article, _ = store.add_document(import_file(seed_path))
    window = make_window(store)
    window.open_article(article.id)
    return window, article


def test_select_and_press_category_key_stores_claim(qtbot, store, seed_path, make_window):
    window, article = open_seed(store, seed_path, make_window)
    start = article.text.index(CLAIM)
    to_qt = window.reader.offsets.to_qt  # the seed's Latin runs are isolated in the display
    select_qt(window.reader, to_qt(start), to_qt(start + len(CLAIM)))
    assert window.reader.textCursor().selectedText() == CLAIM
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_2)  # valuation
    [claim] = store.annotations(article.id)
    assert (claim.start, claim.end, claim.quote) == (start, start + len(CLAIM), CLAIM)
    assert claim.category == "valuation" and claim.origin == "manual"
    assert (claim.value, claim.unit, claim.kind) == (11_700_000_000.0, "EUR", "money")  # prefilled by the parser
    assert window.claims_model.rowCount() == 1
    qtbot.keyClick(window.reader, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.annotations(article.id) == []
    assert window.claims_model.rowCount() == 0
    qtbot.keyClick(window.reader, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert [a.uuid for a in store.annotations(article.id)] == [claim.uuid]


def test_emoji_before_claim_keeps_code_point_offsets(qtbot, store, make_window):
    text = "خبر عاجل 🚀🇫🇷 رفع هذا تقييم الشركة إلى 11.7 مليار يورو، بحسب المصادر.\n\nفقرة ثانية 😀 بلا أرقام."
    article_id = add_article(store, text)
    window = make_window(store)
    window.open_article(article_id)
    start = text.index(CLAIM)
    assert utf16(text, start) > start  # the emoji really shift Qt positions
    select_qt(window.reader, utf16(text, start), utf16(text, start + len(CLAIM)))
    assert window.reader.textCursor().selectedText() == CLAIM
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_1)
    [claim] = store.annotations(article_id)
    assert (claim.start, claim.end, claim.quote) == (start, start + len(CLAIM), CLAIM)
    window.undo_stack.undo()
    assert store.annotations(article_id) == []


def test_selection_snaps_to_words_without_punctuation(qtbot, store, make_window):
    text = "قالت الشركة إن قيمتها بلغت 11.7 مليار يورو، وفق البيان."
    article_id = add_article(store, text)
    window = make_window(store)
    window.open_article(article_id)
    start = text.index(CLAIM)
    # a sloppy selection: from inside "11.7" to past the comma and space
    select_qt(window.reader, start + 2, start + len(CLAIM) + 2)
    claim = window.mark_claim("amount")
    assert claim.quote == CLAIM


def test_snapping_can_be_turned_off(qtbot, store, make_window, settings):
    settings.snap_words = False
    text = "بلغت القيمة 11.7 مليار يورو تقريبا."
    article_id = add_article(store, text)
    window = make_window(store)
    window.open_article(article_id)
    start = text.index("مليار")
    select_qt(window.reader, start + 1, start + 5)
    assert window.mark_claim("other").quote == "ليار"


def test_keyboard_selection_with_shift_arrows_in_rtl(qtbot, store, make_window):
    text = "حققت الشركة مليون تنزيل خلال أسبوعين"
    article_id = add_article(store, text)
    window = make_window(store)
    window.open_article(article_id)
    phrase = "مليون تنزيل"
    start = text.index(phrase)
    cursor = window.reader.textCursor()
    cursor.setPosition(start)
    window.reader.setTextCursor(cursor)
    window.reader.setFocus()
    for _ in phrase:  # in right-to-left text, Left moves forward through the words
        qtbot.keyClick(window.reader, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert window.reader.textCursor().selectedText() == phrase
    qtbot.keyClick(window.reader, Qt.Key.Key_4)
    [claim] = store.annotations(article_id)
    assert (claim.quote, claim.category, claim.value, claim.unit) == (phrase, "downloads", 1_000_000.0, "downloads")


def test_no_selection_marks_nothing(qtbot, store, make_window):
    article_id = add_article(store, "نص بلا تحديد.")
    window = make_window(store)
    window.open_article(article_id)
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_1)
    assert store.annotations(article_id) == []
    assert "Select" in window.statusBar().currentMessage()


def test_context_menu_offers_categories(qtbot, store, make_window):
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication, QMenu

    text = "بلغت القيمة 11.7 مليار يورو في النهاية."
    article_id = add_article(store, text)
    window = make_window(store)
    window.open_article(article_id)
    start = text.index(CLAIM)
    window.reader.select_span(start, start + len(CLAIM))
    window.reader.customContextMenuRequested.emit(QPoint(20, 20))
    menus = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible()]
    assert len(menus) == 1
    [stake] = [a for a in menus[0].actions() if a.text() == "Mark as Stake"]
    stake.trigger()
    menus[0].close()
    [claim] = store.annotations(article_id)
    assert (claim.quote, claim.category) == (CLAIM, "stake")
