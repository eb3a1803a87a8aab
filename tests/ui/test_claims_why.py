"""The claims panel's tooltip tells why the suggester proposed a suggested claim (its rule and lexicon entry)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.core.claims.suggest import save_suggestions
from desktop.ui.claims.panel import COL_QUOTE, ClaimsModel

from .conftest import add_article

TEXT = "حمّل المستخدمون اللعبة 20 مليون مرة، وجمعت الشركة 1.7 مليار يورو."


def test_a_suggested_claim_explains_itself_and_a_manual_one_does_not(qapp, store):
    article = add_article(store, TEXT)
    save_suggestions(store, article)
    start = TEXT.index("1.7")
    manual = store.add_annotation(article, start, start + len("1.7 مليار يورو"), "amount", value=1.7e9, unit="EUR",
                                  note="جولة تمويل")
    model = ClaimsModel(store)
    model.set_article(article)
    tips = {}
    for row in range(model.rowCount()):
        a = model.annotation_at(row)
        tips[(a.origin, a.quote)] = model.data(model.index(row, COL_QUOTE), Qt.ItemDataRole.ToolTipRole)
    downloads = tips[("suggested", "20 مليون مرة")]
    assert "20 مليون مرة" in downloads and "download context → downloads" in downloads
    assert "units.downloads" in downloads
    assert "\n" not in tips[("manual", "1.7 مليار يورو")] and "1.7" in tips[("manual", "1.7 مليار يورو")]
