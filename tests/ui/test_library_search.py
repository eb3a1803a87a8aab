"""The library lists articles with dates and claim counts; its search box uses the store's Arabic-aware search."""

from __future__ import annotations

from PySide6.QtCore import Qt

from .conftest import add_article


def test_library_lists_titles_dates_and_counts(qtbot, store, make_window):
    first = add_article(store, "استثمرت الشركة مبلغ 1.3 مليار يورو", title="الاستثمار")
    add_article(store, "نص آخر عن الطقس", title="الطقس")
    store.add_annotation(first, 0, 7, "other")
    window = make_window(store)
    model = window.library.table.model()
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["الاستثمار", "الطقس"]
    assert [model.index(r, 2).data(Qt.ItemDataRole.DisplayRole) for r in range(2)] == [1, 0]
    assert model.index(0, 1).data()[:4].isdigit()


def test_search_box_folds_arabic(qtbot, store, make_window):
    invest = add_article(store, "استثمرت الشركة مبلغ 1.3 مليار يورو", title="الاستثمار")
    add_article(store, "نص آخر عن الطقس", title="الطقس")
    window = make_window(store)
    window.library.search_edit.setText("استثمرت")
    qtbot.waitUntil(lambda: window.library.article_ids() == [invest])
    window.library.search_edit.setText("إستثمرت")  # hamza on alef is folded
    qtbot.waitUntil(lambda: window.library.article_ids() == [invest])
    window.library.search_edit.setText("غير موجود")
    qtbot.waitUntil(lambda: window.library.article_ids() == [])
    window.library.search_edit.clear()
    qtbot.waitUntil(lambda: len(window.library.article_ids()) == 2)


def test_clicking_an_article_opens_it(qtbot, store, make_window):
    add_article(store, "المقال الأول", title="أول")
    second = add_article(store, "المقال الثاني", title="ثان")
    window = make_window(store)
    table = window.library.table
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(table.model().index(1, 0)).center())
    assert window.article_id == second
    assert window.reader.document().toPlainText() == "المقال الثاني"
