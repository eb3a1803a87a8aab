"""The Compare view on the library we wrote (tests/core/compare/library.py): points, contradictions, hover, click."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QImage, QMouseEvent, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop.core.compare.rates import load_rates
from desktop.ui.app import configure_app
from desktop.ui.compare.model import CONTRADICTS_ROLE, UUID_ROLE, CompareModel
from desktop.ui.compare.view import CompareWindow
from tests.core.compare.library import ARTICLES, build

ROOT = Path(__file__).resolve().parents[2]
DAYS = {key: day for key, day, *_ in ARTICLES}
SITES = {key: site for key, _day, site, *_ in ARTICLES}


@pytest.fixture
def library(store):
    claims = build(store)
    key_of = {a.uuid: key for key, made in claims.items() for a in made}
    return store, claims, key_of


@pytest.fixture
def english(qapp):
    configure_app(qapp, "en")
    yield
    configure_app(qapp, "en")


def _window(qtbot, store, subject, category=None, opened=None):
    window = CompareWindow(store, lambda article, uuid: opened.append((article, uuid)) if opened is not None else None,
                           subject=subject, category=category)
    qtbot.addWidget(window)
    window.resize(1000, 640)
    window.show()
    qtbot.waitUntil(lambda: window.chart is not None)
    view = window.chart.item.getViewBox()
    qtbot.waitUntil(lambda: view.rect().width() > 300 and view.rect().height() > 100)  # laid out
    window.grab()  # painted once: the axes have chosen their ticks
    return window


def _seconds(day: str) -> float:
    return (dt.date.fromisoformat(day) - dt.date(1970, 1, 1)).days * 86400.0


def _drawn(window) -> dict[str, tuple]:
    """uuid → (x, y, symbol, source) of every marker pyqtgraph holds."""
    out = {}
    for source, scatter in window.chart.scatters.items():
        for spot in scatter.points():
            out[spot.data()] = (spot.pos().x(), spot.pos().y(), spot.symbol(), source)
    return out


def test_the_chart_and_table_show_exactly_the_subjects_points(qtbot, library, english):
    store, claims, key_of = library
    window = _window(qtbot, store, "Aramco", "amount")
    drawn = _drawn(window)
    assert {key_of[u] for u in drawn} == {"aramco-may", "aramco-may-2", "aramco-nov"}  # not the stake, not others
    expected = {"aramco-may": 26, "aramco-may-2": 31, "aramco-nov": 27.5}
    for uuid, (x, y, _symbol, source) in drawn.items():
        key = key_of[uuid]
        assert (x, y, source) == (_seconds(DAYS[key]), pytest.approx(expected[key]), SITES[key])
    assert window.chart.scale_word == "bn"
    assert len({symbol for *_, symbol, _ in drawn.values()}) == 3  # one shape per source
    rows = [window.model.data(window.model.index(r, 0), UUID_ROLE) for r in range(window.model.rowCount())]
    assert sorted(rows) == sorted(drawn)
    assert "bn USD" in window.chart.item.getAxis("left").labelText


def test_sums_convert_to_the_display_currency_and_keep_the_original(qtbot, library, english):
    store, claims, key_of = library
    window = _window(qtbot, store, "ميسترال", "valuation")
    drawn = _drawn(window)
    # the rejected claim is shown too (drawn apart), the two values of one article are both there
    assert sorted(key_of[u] for u in drawn) == sorted(
        ["mistral-feb", "mistral-eur", "mistral-usd", "mistral-rejected", "mistral-two", "mistral-two"])
    rates = load_rates(store)
    for uuid, (x, y, _symbol, _source) in drawn.items():
        claim = store.annotation(uuid)
        day = DAYS[key_of[uuid]]
        assert y == pytest.approx(rates.convert(claim.value, claim.unit, "USD", day) / 1e9)
    original = {window.model.data(window.model.index(r, 1)) for r in range(window.model.rowCount())}
    assert "11.7 bn EUR" in original and "13.2 bn USD" in original
    rejected = next(u for u in drawn if key_of[u] == "mistral-rejected")
    confirmed = next(u for u in drawn if key_of[u] == "mistral-eur")
    spots = {s.data(): s for sc in window.chart.scatters.values() for s in sc.points()}
    assert spots[rejected].brush().style() == Qt.BrushStyle.NoBrush  # hollow and dashed
    assert spots[rejected].pen().style() == Qt.PenStyle.DashLine
    assert spots[confirmed].brush().color().name() != spots[rejected].pen().color().name()
    # the agreement in two currencies is no contradiction
    assert not window.flags.isVisible() and window.chart.pairs == []
    window.currency_box.setCurrentIndex(window.currency_box.findData("EUR"))
    eur = _drawn(window)[confirmed]
    assert eur[1] == pytest.approx(11.7)


@pytest.mark.parametrize("subject,category,planted", [
    ("أرامكو", "amount", {"aramco-may", "aramco-may-2"}),
    ("Talabat", "users", {"talabat-mar", "talabat-mar-2"}),
    ("Mistral AI", "valuation", set()),
    ("طلبات", "valuation", set()),
])
def test_the_contradictions_flagged_are_exactly_the_planted_ones(qtbot, library, english, subject, category, planted):
    store, claims, key_of = library
    window = _window(qtbot, store, subject, category)
    model = window.model
    flagged = {key_of[model.data(model.index(r, 0), UUID_ROLE)] for r in range(model.rowCount())
               if model.data(model.index(r, 0), CONTRADICTS_ROLE)}
    assert flagged == planted
    assert {key_of[u] for pair in window.chart.pairs for u in pair} == planted
    if planted:  # the dashed line joins the two markers
        a, b = window.chart.pairs[0]
        drawn = _drawn(window)
        assert sorted(zip(window.chart.lines.xData, window.chart.lines.yData)) == sorted(
            [drawn[a][:2], drawn[b][:2]])
    assert window.flags.isVisible() == bool(planted)
    if planted:
        a, b = sorted(planted)
        assert SITES[a] in window.flags.text() and SITES[b] in window.flags.text()
        row = next(r for r in range(model.rowCount()) if model.data(model.index(r, 0), CONTRADICTS_ROLE))
        tip = model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole)
        mine = key_of[model.data(model.index(row, 0), UUID_ROLE)]
        other = (planted - {mine}).pop()
        assert SITES[other] in tip and SITES[mine] not in tip


def test_a_wider_tolerance_clears_the_flags(qtbot, library, english):
    store, *_ = library
    window = _window(qtbot, store, "Aramco", "amount")
    assert window.flags.isVisible()
    window.tolerance_spin.setValue(50)
    assert not window.flags.isVisible() and window.chart.pairs == []


def test_hover_shows_the_quote_and_click_opens_the_claim(qtbot, library, english):
    store, claims, key_of = library
    opened = []
    window = _window(qtbot, store, "Aramco", "amount", opened)
    target = claims["aramco-may-2"][0]
    viewport = window.chart.plot.viewport()
    at = window.chart.spot_position(target.uuid)
    # a real mouse-move event (QTest.mouseMove only moves the cursor on the offscreen platform)
    move = QMouseEvent(QEvent.Type.MouseMove, QPointF(at), viewport.mapToGlobal(QPointF(at)), Qt.MouseButton.NoButton,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, move)
    vb = window.chart.item.getViewBox()
    qtbot.waitUntil(lambda: target.quote in vb.toolTip())
    assert "صحيفة المدار" in vb.toolTip()
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
    qtbot.waitUntil(lambda: opened == [(target.article, target.uuid)])
    assert window.model.data(window.table.currentIndex().siblingAtColumn(0), UUID_ROLE) == target.uuid
    # a click beside every marker opens nothing
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at + type(at)(0, 60))
    assert len(opened) == 1
    # a double-click on a table row opens that claim too
    row = window.model.row_of(claims["aramco-nov"][0].uuid)
    rect = window.table.visualRect(window.model.index(row, 2))
    window.table.scrollTo(window.model.index(row, 2))
    rect = window.table.visualRect(window.model.index(row, 2))
    # Qt 6 reports a double-click only after a press/release at the same place, as a real mouse sends.
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened[-1] == (claims["aramco-nov"][0].article, claims["aramco-nov"][0].uuid)


def test_an_unknown_subject_says_so_and_shows_nothing(qtbot, library, english):
    store, *_ = library
    window = _window(qtbot, store, "Aramco", "amount")
    assert not window.choose("Nokia")
    assert "Nokia" in window.summary.text() and window.model.rowCount() == 0 and not window.chart.scatters


def test_the_arabic_ui_mirrors_the_time_axis_and_speaks_arabic(qtbot, library, qapp):
    store, *_ = library
    configure_app(qapp, "ar")
    try:
        window = _window(qtbot, store, "Aramco", "amount")
        vb = window.chart.item.getViewBox()
        assert vb.xInverted()  # the earliest date on the right
        assert window.chart.item.getAxis("right").isVisible() and not window.chart.item.getAxis("left").isVisible()
        label = window.chart.item.getAxis("right").labelText
        assert "مليار" in label and "دولار" in label
        axis = window.chart.date_axis
        image = QImage(10, 10, QImage.Format.Format_ARGB32)
        painter = QPainter(image)
        drawn = {text.strip("\u2067\u2069").replace("\u2002", " "): rect.center().x() for rect, _flags, text in axis.generateDrawSpecs(painter)[2]}
        painter.end()
        assert "مايو ٢٠٢٥" in drawn and "نوفمبر ٢٠٢٥" in drawn  # Arabic month names and digits, drawn
        assert drawn["مايو ٢٠٢٥"] > drawn["نوفمبر ٢٠٢٥"]  # time runs from right to left
        values = window.chart.value_axes["right"].tickStrings([25.0], 1, 5)
        assert values == ["٢٥"]
        legend = [w.text() for w in window.chart.legend.findChildren(type(window.summary)) if w.objectName() == "legendEntry"]
        assert any("مؤكد" in t for t in legend)
        assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert window.windowTitle() != "Compare sources"
    finally:
        configure_app(qapp, "en")


def test_the_compare_model_passes_the_model_tester(qtmodeltester, library):
    store, *_ = library
    from desktop.core.compare import figures
    from desktop.core.compare.timeline import subject_points

    model = CompareModel()
    model.set_points(subject_points(store, "Aramco", "amount"), figures.contradictions(store, subject="Aramco"))
    qtmodeltester.check(model)


def test_pyqtgraph_is_not_imported_at_start_up(tmp_path):
    code = ("import sys\nfrom desktop.ui.main_window import MainWindow\nfrom desktop.ui.app import create_app\n"
            "create_app()\nfrom desktop.core.store.database import Store\n"
            f"MainWindow(Store.open({str(tmp_path / 's.db')!r}), load_sample=False)\n"
            "print('pyqtgraph' in sys.modules, 'numpy' in sys.modules)\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split()[-2] == "False"
