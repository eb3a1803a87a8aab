"""In the reader a Latin run inside Arabic text reads as written, checked by where its glyphs land."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from desktop.core.display import LRI, PDI
from desktop.ui.reader.view import ReaderView

from .conftest import add_article

TEXT = "جمعت الشركة 1.7 مليار يورو ($2 billion) لتطوير GPT-4o و🚀 Le Chat.\nفقرة ثانية عن Series B."


def layout_x(layout, pos: int) -> float:
    """The centre x of the glyph drawn for the character at ``pos`` of a laid-out block (QTextLayout glyph runs)."""
    runs = layout.glyphRuns(pos, 1)
    assert runs, f"no glyph at {pos}"
    return runs[0].boundingRect().center().x()


def glyph_x(reader: ReaderView, cp: int) -> float:
    """The centre x of the glyph of code point ``cp`` (BMP) in the reader."""
    pos = reader.offsets.to_qt(cp + 1) - 1  # the character's own position, after any isolate before it
    block = reader.document().findBlock(pos)
    return layout_x(block.layout(), pos - block.position())


def open_reader(qtbot, store, *, isolate: bool = True) -> tuple[ReaderView, object]:
    article = store.article(add_article(store, TEXT))
    reader = ReaderView()
    qtbot.addWidget(reader)
    reader.isolate_latin = isolate
    reader.resize(1000, 400)
    reader.set_article(article)
    reader.show()
    qtbot.waitExposed(reader)
    return reader, article


def test_dollar_amount_reads_left_to_right_inside_rtl_text(qtbot, store):
    reader, _ = open_reader(qtbot, store)
    dollar, two, billion = TEXT.index("$"), TEXT.index("2 b"), TEXT.index("billion")
    assert glyph_x(reader, dollar) < glyph_x(reader, two) < glyph_x(reader, billion)
    assert glyph_x(reader, TEXT.index("G")) < glyph_x(reader, TEXT.index("4"))  # GPT-4o
    assert glyph_x(reader, TEXT.index("Le")) < glyph_x(reader, TEXT.index("Chat"))
    # the Arabic around it still runs right to left: «جمعت» is right of the amount
    assert glyph_x(reader, 0) > glyph_x(reader, billion)


def test_raw_unicode_order_when_the_view_setting_is_off(qtbot, store):
    reader, _ = open_reader(qtbot, store, isolate=False)
    assert reader.document().toPlainText() == TEXT
    two, billion = TEXT.index("2 b"), TEXT.index("billion")
    assert glyph_x(reader, billion) < glyph_x(reader, two)  # «(billion 2$)»: what the bidi algorithm alone gives
    reader.set_isolate_latin(True)
    assert glyph_x(reader, two) < glyph_x(reader, billion)


def test_isolates_are_display_only_selection_and_copy_use_the_stored_text(qtbot, store):
    reader, article = open_reader(qtbot, store)
    shown = reader.document().toPlainText()
    assert LRI + "$2 billion" + PDI in shown and LRI not in article.text
    start = TEXT.index("$2 billion")
    reader.select_span(start, start + 10)
    assert reader.selected_span() == (start, start + 10)
    assert reader.textCursor().selectedText() == LRI + "$2 billion"
    assert reader.createMimeDataFromSelection().text() == "$2 billion"
    # a selection made by Qt positions that covers the isolates on both sides still maps to the claim
    cursor = QTextCursor(reader.document())
    cursor.setPosition(shown.index(LRI + "$"))
    cursor.setPosition(shown.index(PDI, shown.index("billion")) + 1, QTextCursor.MoveMode.KeepAnchor)
    reader.setTextCursor(cursor)
    assert reader.selected_span() == (start, start + 10)
    reader.select_span(0, len(TEXT))
    assert reader.createMimeDataFromSelection().text() == TEXT  # the emoji and every run, exactly


def test_revealing_hidden_characters_shows_the_raw_text_and_keeps_the_selection(qtbot, store):
    reader, _ = open_reader(qtbot, store)
    start = TEXT.index("Series B")
    reader.select_span(start, start + 8)
    reader.set_show_hidden(True)
    assert reader.document().toPlainText() == TEXT  # every mark on screen is a stored character
    assert reader.selected_span() == (start, start + 8)
    reader.set_show_hidden(False)
    assert LRI + "Series B" + PDI in reader.document().toPlainText()
    assert reader.selected_span() == (start, start + 8)


def test_highlight_of_a_latin_claim_covers_exactly_its_glyphs(qtbot, store, make_window):
    article_id = add_article(store, TEXT)
    start = TEXT.index("$2 billion")
    store.add_annotation(article_id, start, start + 10, "amount", value=2e9, unit="USD", kind="money")
    window = make_window(store)
    window.open_article(article_id)
    [selection] = window.reader.extraSelections()
    assert selection.cursor.selectedText().replace(LRI, "") == "$2 billion"
    window.reader.select_span(start, start + 10)
    assert [c.uuid for c in window.reader.claims_at(start)] == [store.annotations(article_id)[0].uuid]


def test_view_menu_setting_is_remembered(qtbot, store, make_window, settings):
    article_id = add_article(store, TEXT)
    window = make_window(store)
    window.open_article(article_id)
    action = window.actions_by_name["isolate_latin"]
    assert action.isChecked() and window.reader.offsets.isolated
    action.trigger()
    assert not window.reader.offsets.isolated and window.reader.document().toPlainText() == TEXT
    assert settings.isolate_latin is False


def test_pdf_report_lays_the_amount_out_left_to_right(qapp, store):
    from desktop.core.exchange.exporting import select
    from desktop.core.exchange.exporting.common import category_records
    from desktop.core.exchange.exporting.report_html import build_report
    from desktop.ui.exchange.pdf_report import report_document

    article_id = add_article(store, TEXT)
    start = TEXT.index("$2 billion")
    store.add_annotation(article_id, start, start + 10, "amount", value=2e9, unit="USD", kind="money")
    doc = report_document(build_report(select(store), category_records(store), for_qt=True), 600)
    doc.setTextWidth(900)
    assert doc.size().height() > 0  # lays the document out
    block = doc.begin()
    while block.isValid() and "billion" not in block.text():
        block = block.next()
    assert block.isValid()
    line_text, layout = block.text(), block.layout()

    def x(sub: str) -> float:
        return layout_x(layout, line_text.index(sub))

    assert x("$") < x("2 b") < x("billion")
    assert x("جمعت") > x("billion")  # the sentence still runs right to left around it
