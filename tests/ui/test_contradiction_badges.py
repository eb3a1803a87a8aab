"""Contradiction badges (claims panel, All-claims table) and the ways into the Compare view from a claim."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QMenu
from shiboken6 import isValid

from desktop.core.compare import figures
from desktop.ui import menus
from desktop.ui.claims.panel import COL_VALUE
from desktop.ui.claims.table_model import COL_VALUE as TABLE_VALUE, UUID_ROLE
from desktop.ui.compare.badges import ContradictionIndex
from tests.core.compare.library import ARTICLES, build

PLANTED = {"aramco-may", "aramco-may-2", "talabat-mar", "talabat-mar-2"}
SITE = {key: site for key, _day, site, *_ in ARTICLES}
DECORATION, TOOLTIP = Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole


@pytest.fixture
def library(store):
    claims = build(store)
    key_of = {a.uuid: key for key, made in claims.items() for a in made}
    return store, claims, key_of


def _ready(qtbot, window):
    qtbot.waitUntil(lambda: window.contradictions is not None and bool(window.contradictions.uuids()))
    return window


def test_the_panel_badges_exactly_the_contradicting_claims(qtbot, library, make_window):
    store, claims, key_of = library
    window = _ready(qtbot, make_window(store))
    model = window.claims_model
    badged = set()
    for key, made in claims.items():
        model.set_article(made[0].article)
        for row in range(model.rowCount()):
            index = model.index(row, COL_VALUE)
            uuid = model.annotation_at(row).uuid
            if model.data(index, DECORATION) is not None:
                badged.add(key_of[uuid])
                tip = model.data(index, TOOLTIP)
                other = {"aramco-may": "aramco-may-2", "aramco-may-2": "aramco-may",
                         "talabat-mar": "talabat-mar-2", "talabat-mar-2": "talabat-mar"}[key]
                assert SITE[other] in tip and SITE[key] not in tip.split("\n", 1)[1]
    assert badged == PLANTED


def test_the_all_claims_table_badges_exactly_the_contradicting_claims(qtbot, library, make_window):
    store, claims, key_of = library
    window = _ready(qtbot, make_window(store))
    window.run_hook("all_claims")
    table = window._windows[-1]
    model = table.model
    badged = {key_of[model.data(model.index(r, 0), UUID_ROLE)] for r in range(model.rowCount())
              if model.data(model.index(r, TABLE_VALUE), DECORATION) is not None}
    assert badged == PLANTED
    row = next(r for r in range(model.rowCount()) if key_of[model.data(model.index(r, 0), UUID_ROLE)] == "talabat-mar")
    assert SITE["talabat-mar-2"] in model.data(model.index(row, TABLE_VALUE), TOOLTIP)


def test_a_resolution_removes_the_badges_after_the_claims_change(qtbot, library, make_window):
    store, claims, key_of = library
    window = _ready(qtbot, make_window(store))
    a, b = claims["aramco-may"][0], claims["aramco-may-2"][0]
    figures.resolve(store, a.uuid, b.uuid, "different quarters")
    window.events.claimsChanged.emit(a.article)
    qtbot.waitUntil(lambda: {key_of[u] for u in window.contradictions.uuids()} == {"talabat-mar", "talabat-mar-2"})


def test_a_large_store_is_indexed_in_a_worker_thread(qtbot, library):
    store, claims, key_of = library
    index = ContradictionIndex(store, sync_limit=0)  # every store is "large": the worker computes
    with qtbot.waitSignal(index.updated, timeout=20000):
        index.refresh()
        assert index.busy()  # the event loop goes on while the worker reads its own connection
    qtbot.waitUntil(lambda: not index.busy())
    assert {key_of[u] for u in index.uuids()} == PLANTED
    index.wait()


def _compare_window(window):
    return window._compare_window


def test_the_claims_panel_context_menu_opens_the_compare_view_preselected(qtbot, library, make_window):
    store, claims, key_of = library
    window = make_window(store)
    target = claims["talabat-mar-2"][0]
    window.open_article(target.article)
    qtbot.waitUntil(lambda: window.claims_model.row_of(target.uuid) is not None)
    table = window.claims_panel.table
    window.claims_panel.select_uuid(target.uuid)
    pos = table.visualRect(table.currentIndex()).center()
    table.customContextMenuRequested.emit(pos)
    menu = window.__dict__["_claims_context_menu"]
    action = next(a for a in menu.actions() if a.text() == "&Compare with other sources")
    action.trigger()
    view = _compare_window(window)
    qtbot.waitUntil(lambda: view.chart is not None)
    assert (view.subject, view.category_box.currentData()) == ("طلبات", "users")
    assert target.uuid in {p.uuid for p in view.points}
    if isValid(menu):  # the popup closes itself when the Compare window takes the focus
        menu.close()


def test_the_reader_context_menu_on_a_highlight_offers_compare(qtbot, library, make_window):
    store, claims, key_of = library
    window = make_window(store)
    target = claims["mistral-usd"][0]
    window.open_article(target.article)
    qtbot.waitUntil(lambda: window.reader.ready and bool(window.reader.claims_at(target.start + 1)))
    reader = window.reader
    cursor = QTextCursor(reader.document())
    cursor.setPosition(reader.offsets.to_utf16(target.start + 1))
    pos = reader.cursorRect(cursor).center()
    before = set(QApplication.topLevelWidgets())
    menus._reader_menu(window, window.actions_by_name, pos)
    menu = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w not in before and w.isVisible())
    action = next(a for a in menu.actions() if a.text() == "&Compare with other sources")
    action.trigger()
    if isValid(menu):
        menu.close()
    view = _compare_window(window)
    qtbot.waitUntil(lambda: view.chart is not None)
    assert (view.subject, view.category_box.currentData()) == ("ميسترال", "valuation")
    # off any highlight the entry is not offered
    cursor.setPosition(0)
    before = set(QApplication.topLevelWidgets())
    menus._reader_menu(window, window.actions_by_name, reader.cursorRect(cursor).center())
    plain = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w not in before and w.isVisible())
    assert not any(a.text() == "&Compare with other sources" for a in plain.actions())
    plain.close()


def test_view_compare_opens_one_window_and_a_claim_without_subject_says_why(qtbot, library, make_window):
    store, claims, key_of = library
    window = make_window(store)
    window.actions_by_name["compare"].trigger()
    view = _compare_window(window)
    assert view is not None and view.isVisible() and view.subject in {"أرامكو", "طلبات", "ميسترال"}
    window.actions_by_name["compare"].trigger()
    assert _compare_window(window) is view  # one Compare window at a time
    article = claims["aramco-stake"][0].article
    bare = store.add_annotation(article, 0, 4, "stake")
    assert window.compare_claim(bare.uuid) is None
    assert "no subject" in window.statusBar().currentMessage()
