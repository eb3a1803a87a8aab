"""The library-wide claims table: model checks, sorting by value within a unit, filters, groups, navigation."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QIdentityProxyModel, QLocale, QModelIndex, QPoint, Qt

from desktop.ui.claims.table import (
    ARTICLE_ID_ROLE,
    COL_GROUP,
    COL_SPREAD,
    COL_UNIT,
    COL_VALUE,
    GROUP_ROLE,
    UUID_ROLE,
    VALUE_ROLE,
    ClaimsTableModel,
    ClaimsTableWindow,
)
from desktop.ui.formatting import format_value


def _claim(store, article_id: int, needle: str, category: str, value, unit: str, **fields):
    text = store.article(article_id).text
    start = text.index(needle)
    return store.add_annotation(article_id, start, start + len(needle), category, value=value, unit=unit, **fields)


@pytest.fixture
def library(store):
    """Three articles: two on the same investment (1.3 vs 1.5 bn EUR), one with dollars and downloads."""
    a, _ = store.add_article(title="ASML تستثمر في Mistral",
                             text="استثمرت ASML مبلغ 1.3 مليار يورو، مما يجعلها تملك حصة بنسبة 11% في الشركة.")
    b, _ = store.add_article(title="مصادر: الصفقة أكبر",
                             text="قالت مصادر إن ASML دفعت 1.5 مليار يورو، والتقييم 11.7 مليار يورو.")
    c, _ = store.add_article(title="تطبيق Le Chat",
                             text="تجاوز التطبيق مليون تنزيل وجمعت الشركة 2 مليار دولار.")
    claims = {
        "a13": _claim(store, a.id, "1.3 مليار يورو", "amount", 1.3e9, "EUR", kind="money"),
        "a11": _claim(store, a.id, "11%", "stake", 11.0, "%", kind="percent"),
        "b15": _claim(store, b.id, "1.5 مليار يورو", "amount", 1.5e9, "EUR", kind="money", note="رقم مختلف"),
        "b117": _claim(store, b.id, "11.7 مليار يورو", "valuation", 11.7e9, "EUR", kind="money",
                       status="confirmed"),
        "c1m": _claim(store, c.id, "مليون تنزيل", "downloads", 1e6, "", kind="count"),
        "c2": _claim(store, c.id, "2 مليار دولار", "amount", 2e9, "USD", kind="money", status="disputed"),
    }
    return store, (a.id, b.id, c.id), claims


def _uuids(proxy, role=UUID_ROLE) -> list:
    return [proxy.index(r, 0).data(role) for r in range(proxy.rowCount())]


def test_model_passes_qtmodeltester(library, qtmodeltester):
    store, _, _ = library
    qtmodeltester.check(ClaimsTableModel(store))


def test_proxy_passes_qtmodeltester(library, qtbot, qtmodeltester):
    store, _, _ = library
    window = ClaimsTableWindow(store, lambda *_: None)
    qtbot.addWidget(window)
    window.proxy.set_text("مليار")
    qtmodeltester.check(window.proxy)


def test_every_claim_of_every_article_is_listed(library, qtbot):
    store, ids, claims = library
    window = ClaimsTableWindow(store, lambda *_: None)
    qtbot.addWidget(window)
    assert sorted(_uuids(window.proxy)) == sorted(c.uuid for c in claims.values())
    assert set(_uuids(window.proxy, ARTICLE_ID_ROLE)) == set(ids)
    row = _uuids(window.proxy).index(claims["b15"].uuid)
    texts = [window.proxy.index(row, col).data() for col in range(window.proxy.columnCount())]
    assert texts[:8] == ["مصادر: الصفقة أكبر", "1.5 مليار يورو", "Amount", "money", "1,500,000,000", "EUR",
                         "unreviewed", "رقم مختلف"]


def test_sorting_by_value_is_within_unit(library, qtbot):
    store, _, claims = library
    window = ClaimsTableWindow(store, lambda *_: None)
    qtbot.addWidget(window)
    window.view.sortByColumn(COL_VALUE, Qt.SortOrder.AscendingOrder)
    order = [(window.proxy.index(r, COL_UNIT).data(), window.proxy.index(r, 0).data(VALUE_ROLE))
             for r in range(window.proxy.rowCount())]
    assert order == [("", 1e6), ("%", 11.0), ("EUR", 1.3e9), ("EUR", 1.5e9), ("EUR", 11.7e9), ("USD", 2e9)]
    window.view.sortByColumn(COL_VALUE, Qt.SortOrder.DescendingOrder)
    assert _uuids(window.proxy)[:3] == [claims["c2"].uuid, claims["b117"].uuid, claims["b15"].uuid]


def test_text_sorting_is_not_by_code_point_alone(library, qtbot):
    store, _, _ = library
    window = ClaimsTableWindow(store, lambda *_: None)
    qtbot.addWidget(window)
    window.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    titles = [window.proxy.index(r, 0).data() for r in range(window.proxy.rowCount())]
    assert titles.index("ASML تستثمر في Mistral") < titles.index("تطبيق Le Chat")


def test_filters_text_unit_category_status(library, qtbot):
    store, _, claims = library
    window = ClaimsTableWindow(store, lambda *_: None)
    qtbot.addWidget(window)
    proxy = window.proxy
    window.filter_edit.setText("مختلف")  # a word of a note; applied after a short pause in typing
    assert len(_uuids(proxy)) == 6
    qtbot.waitUntil(lambda: _uuids(proxy) == [claims["b15"].uuid])
    window.filter_edit.setText("مليار")
    qtbot.keyClick(window.filter_edit, Qt.Key.Key_Return)  # Enter applies at once
    assert len(_uuids(proxy)) == 4
    window.filter_edit.clear()
    qtbot.waitUntil(lambda: len(_uuids(proxy)) == 6)
    window.unit_combo.setCurrentIndex(window.unit_combo.findData("EUR"))
    assert set(_uuids(proxy)) == {claims[k].uuid for k in ("a13", "b15", "b117")}
    window.category_combo.setCurrentIndex(window.category_combo.findData("amount"))
    assert set(_uuids(proxy)) == {claims[k].uuid for k in ("a13", "b15")}
    window.status_combo.setCurrentIndex(window.status_combo.findData("unreviewed"))
    assert set(_uuids(proxy)) == {claims[k].uuid for k in ("a13", "b15")}
    window.unit_combo.setCurrentIndex(0)
    window.category_combo.setCurrentIndex(0)
    window.status_combo.setCurrentIndex(window.status_combo.findData("disputed"))
    assert _uuids(proxy) == [claims["c2"].uuid]
    assert "1 of 6 claims shown" in window.summary.text()


def test_text_filter_folds_arabic(library, qtbot):
    store, _, claims = library
    window = ClaimsTableWindow(store, lambda *_: None)
    qtbot.addWidget(window)
    window.filter_edit.setText("١٫٥")  # Arabic-Indic digits and decimal separator find "1.5"
    window.apply_text_filter()
    assert _uuids(window.proxy) == [claims["b15"].uuid]


def test_close_values_across_articles_are_grouped_with_spread(library, qtbot):
    store, _, claims = library
    window = ClaimsTableWindow(store, lambda *_: None)
    qtbot.addWidget(window)
    groups = dict(zip(_uuids(window.proxy), _uuids(window.proxy, GROUP_ROLE)))
    assert groups[claims["a13"].uuid] == groups[claims["b15"].uuid] == 1
    assert groups[claims["a11"].uuid] == 0  # 11 % is not money
    assert groups[claims["b117"].uuid] == 0 and groups[claims["c2"].uuid] == 0
    row = _uuids(window.proxy).index(claims["a13"].uuid)
    assert window.proxy.index(row, COL_GROUP).data() == "G1"
    spread = window.proxy.index(row, COL_SPREAD)
    assert spread.data() == "13.3 %: 1.3 bn – 1.5 bn"
    assert spread.data(Qt.ItemDataRole.BackgroundRole) is not None  # the colour band
    assert spread.data(Qt.ItemDataRole.FontRole).bold()  # a contradiction stands out
    assert "contradict" in spread.data(Qt.ItemDataRole.ToolTipRole)
    assert "1 groups across articles · 1 with contradicting values" in window.summary.text()
    window.grouped_check.setChecked(True)
    assert set(_uuids(window.proxy)) == {claims["a13"].uuid, claims["b15"].uuid}


def test_same_article_close_values_are_not_grouped(store, qtbot):
    a, _ = store.add_article(title="مقال", text="جمعت 1.7 مليار يورو، أو نحو 1.8 مليار يورو.")
    _claim(store, a.id, "1.7 مليار يورو", "amount", 1.7e9, "EUR")
    _claim(store, a.id, "1.8 مليار يورو", "amount", 1.8e9, "EUR")
    model = ClaimsTableModel(store)
    assert [model.index(r, 0).data(GROUP_ROLE) for r in range(model.rowCount())] == [0, 0]
    assert model.index(0, COL_GROUP).data(Qt.ItemDataRole.BackgroundRole) is None


def test_tolerance_change_regroups(library, qtbot):
    store, _, claims = library
    window = ClaimsTableWindow(store, lambda *_: None)
    qtbot.addWidget(window)
    window.tolerance_spin.setValue(10)  # 1.3 vs 1.5 differ by 13 %
    assert not any(_uuids(window.proxy, GROUP_ROLE))
    window.tolerance_spin.setValue(40)  # 2 bn USD stays apart: another unit
    groups = dict(zip(_uuids(window.proxy), _uuids(window.proxy, GROUP_ROLE)))
    assert groups[claims["a13"].uuid] == groups[claims["b15"].uuid] != 0
    assert groups[claims["c2"].uuid] == 0


def test_double_click_navigates_to_the_claim(library, qtbot):
    store, ids, claims = library
    calls: list[tuple[int, str]] = []
    window = ClaimsTableWindow(store, lambda article, uuid: calls.append((article, uuid)))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    row = _uuids(window.proxy).index(claims["c2"].uuid)
    rect = window.view.visualRect(window.proxy.index(row, 1))
    # Qt 6 reports a double-click only after a press/release at the same place, as a real mouse sends.
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert calls == []
    qtbot.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert calls and calls[-1] == (ids[2], claims["c2"].uuid)


def test_refresh_sees_changes_and_keeps_filters(library, qtbot):
    store, _, claims = library
    window = ClaimsTableWindow(store, lambda *_: None)
    qtbot.addWidget(window)
    window.status_combo.setCurrentIndex(window.status_combo.findData("confirmed"))
    assert _uuids(window.proxy) == [claims["b117"].uuid]
    store.update_annotation(claims["a13"].uuid, status="confirmed")
    store.delete_annotation(claims["b117"].uuid)
    window.refresh()
    assert _uuids(window.proxy) == [claims["a13"].uuid]
    assert window.status_combo.currentData() == "confirmed"


def test_empty_library(store, qtbot, qtmodeltester):
    window = ClaimsTableWindow(store, lambda *_: None)
    qtbot.addWidget(window)
    assert window.proxy.rowCount() == 0
    assert window.model.rowCount(window.model.index(0, 0)) == 0
    assert window.model.data(QModelIndex()) is None
    qtmodeltester.check(window.model)


@pytest.mark.parametrize("value, text", [(None, ""), (1.3e9, "1,300,000,000"), (1.5, "1.5"), (11.0, "11"),
                                         (0.125, "0.125"), (-2.0, "-2")])
def test_format_value(value, text):
    assert format_value(value, "", QLocale.c()) == text  # the C locale still groups, as English (US) does


def test_events_keep_the_table_current(library, qtbot):
    from PySide6.QtGui import QUndoStack

    from desktop.ui.claims.commands import SetStatus, StoreEvents

    store, _, claims = library
    events = StoreEvents()
    window = ClaimsTableWindow(store, lambda *_: None, events=events)
    qtbot.addWidget(window)
    window.status_combo.setCurrentIndex(window.status_combo.findData("rejected"))
    assert window.proxy.rowCount() == 0
    stack = QUndoStack()
    stack.push(SetStatus(store, claims["a13"].uuid, "rejected", events))  # hidden: reloads when shown
    window.show()
    assert _uuids(window.proxy) == [claims["a13"].uuid]
    stack.undo()  # shown: reloads at once
    assert window.proxy.rowCount() == 0


def test_cells_are_laid_out_in_their_own_direction(library, qtbot):
    from PySide6.QtWidgets import QStyleOptionViewItem

    from desktop.ui.claims.table import COL_QUOTE, COL_STATUS, DirectionDelegate, first_strong_direction

    assert first_strong_direction("1.3 مليار يورو") == Qt.LayoutDirection.RightToLeft  # digits are not strong
    assert first_strong_direction("ASML تستثمر") == Qt.LayoutDirection.LeftToRight
    assert first_strong_direction("11 %") is None
    assert first_strong_direction("«\u2068مليار\u2069» amount") == Qt.LayoutDirection.LeftToRight  # isolates skipped
    store, _, claims = library
    window = ClaimsTableWindow(store, lambda *_: None)
    qtbot.addWidget(window)
    delegate = window.view.itemDelegate()
    assert isinstance(delegate, DirectionDelegate)
    directions = []
    for col in (COL_QUOTE, COL_STATUS):
        option = QStyleOptionViewItem()
        option.direction = Qt.LayoutDirection.LeftToRight
        row = _uuids(window.proxy).index(claims["a13"].uuid)
        delegate.initStyleOption(option, window.proxy.index(row, col))
        directions.append(option.direction)
    assert directions == [Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight]


def test_a_changed_claim_updates_its_row_without_a_reset(library, qtbot, qtmodeltester):
    from desktop.ui.claims.table import COL_STATUS, ClaimsFilterProxy

    store, _, claims = library
    model = ClaimsTableModel(store)
    proxy = ClaimsFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(COL_VALUE, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(proxy)
    row = [model.index(r, 0).data(UUID_ROLE) for r in range(model.rowCount())].index(claims["b15"].uuid)
    store.update_annotation(claims["b15"].uuid, value=9e9, status="rejected")
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda top, bottom, *_: changed.append((top.row(), bottom.row())))
    with qtbot.assertNotEmitted(model.modelReset):
        model.refresh()
    a13 = [model.index(r, 0).data(UUID_ROLE) for r in range(model.rowCount())].index(claims["a13"].uuid)
    assert sorted(changed) == sorted([(row, row), (a13, a13)])  # b15 changed; a13 lost its group
    assert model.index(row, COL_STATUS).data() == "rejected"
    # The rejected claim leaves its group (1.3 bn is alone now) and sorts by its new value.
    assert model.index(row, 0).data(GROUP_ROLE) == 0
    assert not any(model.index(r, 0).data(GROUP_ROLE) for r in range(model.rowCount()))
    eur = [proxy.index(r, 0).data(VALUE_ROLE) for r in range(proxy.rowCount())
           if proxy.index(r, COL_UNIT).data() == "EUR"]
    assert eur == [1.3e9, 9e9, 11.7e9]


def test_follows_the_parent_windows_events(library, qtbot):
    from PySide6.QtWidgets import QWidget

    from desktop.ui.claims.commands import StoreEvents

    store, _, claims = library
    parent = QWidget()
    parent.events = StoreEvents()
    qtbot.addWidget(parent)
    window = ClaimsTableWindow(store, lambda *_: None, parent)
    window.setWindowFlag(Qt.WindowType.Window, True)  # as the main window opens it
    window.show()
    store.update_annotation(claims["c2"].uuid, note="تحقق")
    parent.events.claimsChanged.emit(claims["c2"].article)
    row = _uuids(window.proxy).index(claims["c2"].uuid)
    assert window.proxy.index(row, 7).data() == "تحقق"
    assert window.isVisible()


def _units_and_values(proxy) -> list[tuple[str, float]]:
    return [(proxy.index(r, COL_UNIT).data(), proxy.index(r, 0).data(VALUE_ROLE)) for r in range(proxy.rowCount())]


def test_sorting_by_value_within_unit_holds_after_filter_changes(library, qtbot):
    store, _, claims = library
    window = ClaimsTableWindow(store, lambda *_: None)
    qtbot.addWidget(window)
    window.view.sortByColumn(COL_VALUE, Qt.SortOrder.DescendingOrder)
    window.filter_edit.setText("مليار")
    window.apply_text_filter()
    assert _units_and_values(window.proxy) == [("USD", 2e9), ("EUR", 11.7e9), ("EUR", 1.5e9), ("EUR", 1.3e9)]
    window.filter_edit.clear()
    window.apply_text_filter()
    assert _units_and_values(window.proxy) == [("USD", 2e9), ("EUR", 11.7e9), ("EUR", 1.5e9), ("EUR", 1.3e9),
                                               ("%", 11.0), ("", 1e6)]
    window.view.sortByColumn(COL_VALUE, Qt.SortOrder.AscendingOrder)
    window.unit_combo.setCurrentIndex(window.unit_combo.findData("EUR"))
    assert _units_and_values(window.proxy) == [("EUR", 1.3e9), ("EUR", 1.5e9), ("EUR", 11.7e9)]
    store.update_annotation(claims["b117"].uuid, value=1e9)  # moves to the top of its unit on refresh
    window.refresh()
    assert _units_and_values(window.proxy) == [("EUR", 1e9), ("EUR", 1.3e9), ("EUR", 1.5e9)]
    window.unit_combo.setCurrentIndex(0)
    assert _units_and_values(window.proxy) == [("", 1e6), ("%", 11.0), ("EUR", 1e9), ("EUR", 1.3e9),
                                               ("EUR", 1.5e9), ("USD", 2e9)]
    assert "6 of 6 claims shown" in window.summary.text()


def test_header_click_sorts_the_model_and_the_proxy_only_filters(library, qtbot):
    store, _, claims = library
    window = ClaimsTableWindow(store, lambda *_: None)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    header = window.view.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (COL_VALUE, Qt.SortOrder.AscendingOrder)
    x = header.sectionViewportPosition(COL_VALUE) + header.sectionSize(COL_VALUE) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (COL_VALUE, Qt.SortOrder.DescendingOrder)
    assert (window.model.sort_column, window.model.sort_order) == (COL_VALUE, Qt.SortOrder.DescendingOrder)
    assert isinstance(window.proxy, QIdentityProxyModel)  # the proxy keeps the model's order, never compares rows
    model_order = [window.model.index(r, 0).data(UUID_ROLE) for r in range(window.model.rowCount())]
    assert _uuids(window.proxy) == model_order
    assert model_order[:3] == [claims["c2"].uuid, claims["b117"].uuid, claims["b15"].uuid]


def test_selection_follows_its_claim_across_sorts_filters_and_refreshes(library, qtbot):
    store, _, claims = library
    window = ClaimsTableWindow(store, lambda *_: None)
    qtbot.addWidget(window)
    window.view.selectRow(_uuids(window.proxy).index(claims["b15"].uuid))

    def selected() -> list[str]:
        return [i.data(UUID_ROLE) for i in window.view.selectionModel().selectedRows()]

    assert selected() == [claims["b15"].uuid]
    window.view.sortByColumn(COL_VALUE, Qt.SortOrder.DescendingOrder)
    assert selected() == [claims["b15"].uuid]
    window.proxy.set_text("مليار")
    window.proxy.set_text("")
    assert selected() == [claims["b15"].uuid]
    store.update_annotation(claims["b15"].uuid, value=20e9)  # now the largest EUR value: it moves
    with qtbot.assertNotEmitted(window.model.modelReset):
        window.refresh()
    assert _uuids(window.proxy)[:2] == [claims["c2"].uuid, claims["b15"].uuid]
    assert selected() == [claims["b15"].uuid]
    assert window.view.currentIndex().data(UUID_ROLE) == claims["b15"].uuid
