"""The claims panel is readable without horizontal scrolling at 1024×700, 1400×900 and 1920×1080, in both languages."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFontMetrics

from desktop.ui.app import configure_app
from desktop.ui.claims.panel import COL_CATEGORY, COL_QUOTE, COL_STATUS, COL_VALUE

from .conftest import add_article

TEXT = ("جمعت الشركة 1.7 مليار يورو ($2 billion) في جولة قادتها ASML، ورفعت تقييمها إلى 11.7 مليار يورو، "
        "وتملك حصة 11% من أسهمها، وتجاوز تطبيقها Le Chat مليون تنزيل و250 ألف مستخدم نشط، "
        "ووظفت 1,234 موظفا، وبلغت إيراداتها 987,654,321.5 درهم إماراتي.")
CLAIMS = [
    ("1.7 مليار يورو", "amount", 1.7e9, "EUR", "money", "confirmed", "manual"),
    ("$2 billion", "amount", 2e9, "USD", "money", "disputed", "manual"),
    ("11.7 مليار يورو", "valuation", 11.7e9, "EUR", "money", "unreviewed", "suggested"),
    ("11%", "stake", 11.0, "%", "percent", "rejected", "manual"),
    ("مليون تنزيل", "downloads", 1e6, "downloads", "count", "unreviewed", "suggested"),
    ("250 ألف مستخدم", "users", 250_000, "users", "count", "unreviewed", "manual"),
    ("1,234 موظفا", "other", 1234, "employees", "count", "confirmed", "manual"),
    ("987,654,321.5 درهم إماراتي", "amount", 987654321.5, "AED", "money", "unreviewed", "manual"),
]


@pytest.fixture(params=["en", "ar"])
def language(request, qapp):
    saved = QLocale()
    configure_app(qapp, request.param)
    yield request.param
    configure_app(qapp, "en")
    QLocale.setDefault(saved)


@pytest.mark.parametrize("size", [(1024, 700), (1400, 900), (1920, 1080)])
def test_claims_panel_fits_without_horizontal_scrolling(qtbot, store, settings, make_window, language, size):
    article = add_article(store, TEXT)
    for quote, category, value, unit, kind, status, origin in CLAIMS:
        start = TEXT.index(quote)
        store.add_annotation(article, start, start + len(quote), category, value=value, unit=unit, kind=kind,
                             status=status, origin=origin)
    settings.language = language
    window = make_window(store, resize=False, show=False)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.open_article(article)
    table = window.claims_panel.table
    qtbot.waitUntil(lambda: window.claims_panel.model.rowCount() == len(CLAIMS))
    qtbot.wait(20)
    header = table.horizontalHeader()
    assert header.length() <= table.viewport().width() + 1, (header.length(), table.viewport().width())
    assert not table.horizontalScrollBar().isVisible()
    metrics = QFontMetrics(table.font())
    model = table.model()
    assert header.isSectionHidden(COL_CATEGORY)  # shown as the swatch before each quote instead
    for row in range(model.rowCount()):
        assert model.data(model.index(row, COL_QUOTE), Qt.ItemDataRole.DecorationRole) is not None
    for col in (COL_VALUE, COL_STATUS):  # short columns show their whole text: nothing elided
        for row in range(model.rowCount()):
            shown = model.data(model.index(row, col))
            icon = 20 if model.data(model.index(row, col), Qt.ItemDataRole.DecorationRole) is not None else 0
            assert metrics.horizontalAdvance(shown) + icon <= header.sectionSize(col), (col, shown)
    assert header.sectionSize(COL_QUOTE) >= 90  # the quote keeps a readable width
    assert window.centralWidget().width() >= 0.35 * size[0]  # and the reader stays the widest pane
