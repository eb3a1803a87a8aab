"""The claims model and its one proxy: qtmodeltester, sorting, filtering, formatted values."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt

from desktop.ui.claims.panel import (
    COL_CATEGORY, COL_POSITION, COL_QUOTE, COL_STATUS, COL_VALUE, CategoryRole, ClaimsModel, ClaimsPanel,
    SortRole, StatusRole, UuidRole,
)
from desktop.ui.formatting import format_value, parse_number

from .conftest import add_article

TEXT = "جمعت الشركة 1.7 مليار يورو، وبلغ تقييمها 11.7 مليار يورو، وتملك ASML حصة 11% منها، ولها مليون تنزيل."


def fill(store):
    article = add_article(store, TEXT)
    def mark(quote, category, **fields):
        start = TEXT.index(quote)
        return store.add_annotation(article, start, start + len(quote), category, **fields)
    claims = [
        mark("11.7 مليار يورو", "valuation", value=11.7e9, unit="EUR", status="confirmed"),
        mark("1.7 مليار يورو", "amount", value=1.7e9, unit="EUR", note="جولة تمويل"),
        mark("11%", "stake", value=11.0, unit="%", status="rejected"),
        mark("مليون تنزيل", "downloads", value=1e6, unit="downloads", origin="suggested"),
    ]
    return article, claims


def test_model_passes_qtmodeltester(qtmodeltester, store):
    article, _ = fill(store)
    model = ClaimsModel(store)
    model.set_article(article)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 4


def test_proxy_passes_qtmodeltester_while_filtering(qtmodeltester, qtbot, store):
    article, _ = fill(store)
    model = ClaimsModel(store)
    model.set_article(article)
    panel = ClaimsPanel(model)
    qtbot.addWidget(panel)
    panel.proxy.set_text_filter("مليار")
    qtmodeltester.check(panel.proxy, force_py=True)
    assert panel.proxy.rowCount() == 2


def column(proxy, col, role=Qt.ItemDataRole.DisplayRole):
    return [proxy.data(proxy.index(r, col), role) for r in range(proxy.rowCount())]


def test_sort_by_position_category_value_status(qtbot, store):
    article, claims = fill(store)
    model = ClaimsModel(store)
    model.set_article(article)
    panel = ClaimsPanel(model)
    qtbot.addWidget(panel)
    proxy = panel.proxy
    proxy.sort(COL_POSITION, Qt.SortOrder.AscendingOrder)
    starts = [int(s) for s in column(proxy, COL_POSITION)]
    assert starts == sorted(starts)
    proxy.sort(COL_VALUE, Qt.SortOrder.DescendingOrder)
    assert column(proxy, COL_VALUE, SortRole) == [11.7e9, 1.7e9, 1e6, 11.0]
    proxy.sort(COL_CATEGORY, Qt.SortOrder.AscendingOrder)
    assert column(proxy, COL_CATEGORY, CategoryRole) == ["amount", "valuation", "stake", "downloads"]
    proxy.sort(COL_STATUS, Qt.SortOrder.AscendingOrder)
    assert column(proxy, COL_STATUS, StatusRole) == ["unreviewed", "unreviewed", "confirmed", "rejected"]


def test_filter_by_text_category_status(qtbot, store):
    article, claims = fill(store)
    model = ClaimsModel(store)
    model.set_article(article)
    panel = ClaimsPanel(model)
    qtbot.addWidget(panel)
    panel.filter_edit.setText("جوله")  # folded: ة/ه are not folded, so this must not match
    assert panel.proxy.rowCount() == 0
    panel.filter_edit.setText("تمويل")  # matches the note
    assert column(panel.proxy, 0, UuidRole) == [claims[1].uuid]
    panel.filter_edit.clear()
    panel.category_box.setCurrentIndex(panel.category_box.findData("stake"))
    assert column(panel.proxy, 0, UuidRole) == [claims[2].uuid]
    panel.category_box.setCurrentIndex(0)
    panel.status_box.setCurrentIndex(panel.status_box.findData("confirmed"))
    assert column(panel.proxy, 0, UuidRole) == [claims[0].uuid]


def test_values_use_locale_grouping_and_unit(qapp, store):
    article, claims = fill(store)
    model = ClaimsModel(store)
    model.set_article(article)
    english = QLocale(QLocale.Language.English)
    assert format_value(1.7e9, "EUR", english) == "1,700,000,000 EUR"
    assert format_value(0.25, "%", english) == "0.25 %"
    assert format_value(None, "EUR", english) == ""
    row = model.row_of(claims[1].uuid)
    grouped = model.locale.toString(1_700_000_000)
    assert len(grouped) > len("1700000000")  # the UI locale groups digits
    # the column is short («1.7 bn EUR»); the exact, grouped value is its tooltip
    assert model.data(model.index(row, COL_VALUE)) == f"{model.locale.toString(1.7, 'g', 6)} bn EUR"
    assert model.data(model.index(row, COL_VALUE), Qt.ItemDataRole.ToolTipRole) == f"\u2068{grouped} EUR\u2069"
    small = model.row_of(claims[3].uuid)
    assert model.data(model.index(small, COL_VALUE)) == f"{model.locale.toString(1.0, 'g', 6)} mn downloads"
    quote = model.data(model.index(row, COL_QUOTE))
    assert quote == "\u20681.7 مليار يورو\u2069"  # isolated so it cannot scramble the row


def test_parse_number_accepts_arabic_digits_and_rejects_words(qapp):
    assert parse_number("١٬٧٠٠٬٠٠٠") == 1_700_000.0
    assert parse_number("1,700,000,000") == 1.7e9
    assert parse_number("  ") is None
    try:
        parse_number("كثير")
    except ValueError as exc:
        assert "is not a number" in str(exc)
    else:
        raise AssertionError("a word was accepted as a number")
