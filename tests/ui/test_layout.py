"""Layout: blank separator lines are short without changing the text; the library pane is wide enough."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.ui.reader.view import BLANK_LINE_PERCENT, LINE_HEIGHT_PERCENT, ReaderView

from .conftest import add_article, shown

TEXT = "الفقرة الأولى عن 1.7 مليار يورو 🙂.\n\nالفقرة الثانية.\n\n\nالفقرة الثالثة.\n"


def _heights(reader: ReaderView) -> list[tuple[str, float]]:
    out, block = [], reader.document().firstBlock()
    while block.isValid():
        out.append((block.text(), block.blockFormat().lineHeight()))
        block = block.next()
    return out


def test_blank_lines_are_short_and_the_text_and_offsets_are_unchanged(qtbot, store):
    article = store.article(add_article(store, TEXT))
    reader = ReaderView()
    qtbot.addWidget(reader)
    reader.resize(700, 500)
    reader.set_article(article)
    assert reader.document().toPlainText() == shown(TEXT)
    assert _heights(reader) == [(line, LINE_HEIGHT_PERCENT if line else BLANK_LINE_PERCENT)
                                for line in TEXT.split("\n")]
    start = TEXT.index("الفقرة الثالثة")
    reader.select_span(start, start + len("الفقرة الثالثة"))
    assert reader.selected_span() == (start, start + len("الفقرة الثالثة"))  # after an emoji and blank lines
    tops = [reader.document().documentLayout().blockBoundingRect(reader.document().findBlockByNumber(n)).y()
            for n in range(4)]
    blank, full = tops[2] - tops[1], tops[3] - tops[2]  # the advance of a blank line and of a one-line paragraph
    assert 0 < blank < full / 2


def test_library_pane_gets_about_a_fifth_of_the_window(qtbot, store, make_window, settings):
    add_article(store, "مقال بعنوان طويل", title="تعاونت شركة ASML الهولندية مع Mistral AI الفرنسية في جولة تمويل")
    window = make_window(store, resize=False, show=False)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    library, reader, claims = window.library_dock.width(), window.centralWidget().width(), window.claims_dock.width()
    share = library / window.width()
    assert 0.17 <= share <= 0.25, (library, reader, claims)
    assert reader > claims
    header = window.library.table.horizontalHeader()
    assert header.sectionResizeMode(0) == header.ResizeMode.Stretch
    # the title column is the widest, beside Date, Source and Claims (the import date is a tooltip)
    sizes = [header.sectionSize(c) for c in range(header.count()) if not header.isSectionHidden(c)]
    assert header.sectionSize(0) == max(sizes) and header.sectionSize(0) > library / 3


def test_library_titles_lay_out_in_their_own_direction(qtbot, store, make_window):
    add_article(store, "نص", title="تعاونت شركة ASML مع Mistral AI")
    add_article(store, "text", title="An English title", direction="ltr")
    window = make_window(store)
    table = window.library.table
    delegate = table.itemDelegateForColumn(0) or table.itemDelegate()
    directions = {}
    for row in range(table.model().rowCount()):
        from PySide6.QtWidgets import QStyleOptionViewItem

        option = QStyleOptionViewItem()
        index = table.model().index(row, 0)
        delegate.initStyleOption(option, index)
        directions[index.data()] = option.direction
    assert directions == {"تعاونت شركة ASML مع Mistral AI": Qt.LayoutDirection.RightToLeft,
                          "An English title": Qt.LayoutDirection.LeftToRight}
    assert table.textElideMode() == Qt.TextElideMode.ElideRight  # the end of the text, logically: the start shows
