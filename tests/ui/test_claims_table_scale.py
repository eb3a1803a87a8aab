"""The All-claims window over a few thousand claims: one sort when it opens, sorting by value within a unit and
by title, the text and unit filters, the unit list, and folded search text built per article."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.core.text import fold
from desktop.ui.claims.table import COL_ARTICLE, COL_VALUE, UNIT_ROLE, UUID_ROLE, VALUE_ROLE, ClaimsTableWindow
from desktop.ui.claims.table_model import _fold_all

ARTICLES, PER_ARTICLE = 300, 10
UNITS = ("EUR", "USD", "%", "")
CITIES = ("عمّان", "بيروت", "تونس")


def build(store) -> None:
    """300 articles of ours, ten claims each (3,000): numbers in four units, some with a note."""
    with store.transaction():
        for n in range(ARTICLES):
            words = [f"رقم{k} {100 + (n * 7 + k * 13) % 900}" for k in range(PER_ARTICLE)]
            text = "في التقرير: " + "، ".join(words) + "."
            article, _ = store.add_article(title=f"إِحصاءات {CITIES[n % 3]} {n}", text=text)
            items = []
            for k, word in enumerate(words):
                start = text.index(word)
                value = float(word.split()[1])
                items.append(dict(start=start, end=start + len(word), category="amount", value=value,
                                  unit=UNITS[k % len(UNITS)], note="مراجعة" if k == 3 else ""))
            store.add_annotations(article.id, items)


def column(window, role) -> list:
    proxy = window.proxy
    return [proxy.index(r, 0).data(role) for r in range(proxy.rowCount())]


def test_thousands_of_claims_sort_and_filter(qtbot, store):
    build(store)
    sorts = []
    window = ClaimsTableWindow(store, lambda *_a: None)
    qtbot.addWidget(window)
    model = window.model
    model.layoutChanged.connect(lambda: sorts.append(model.sort_column))
    assert model.rowCount() == ARTICLES * PER_ARTICLE
    assert (model.sort_column, model.sort_order) == (COL_VALUE, Qt.SortOrder.AscendingOrder)
    keys = list(zip(column(window, UNIT_ROLE), column(window, VALUE_ROLE)))
    assert keys == sorted(keys)  # by unit, then value, when it opens
    assert model.units() == sorted(UNITS)
    window.view.sortByColumn(COL_VALUE, Qt.SortOrder.DescendingOrder)
    assert list(zip(column(window, UNIT_ROLE), column(window, VALUE_ROLE))) == sorted(keys, reverse=True)
    window.view.sortByColumn(COL_ARTICLE, Qt.SortOrder.AscendingOrder)
    titles = [window.proxy.index(r, COL_ARTICLE).data() for r in range(window.proxy.rowCount())]
    assert titles[0].startswith("إِحصاءات") and len(set(titles[:PER_ARTICLE])) == 1
    assert sorts == [COL_VALUE, COL_ARTICLE]
    window.proxy.set_text("احصاءات بيروت")  # folded: the hamza and harakat of the title do not count
    shown = {window.proxy.index(r, COL_ARTICLE).data() for r in range(window.proxy.rowCount())}
    assert len(shown) == ARTICLES // 3 and all("بيروت" in t for t in shown)
    assert window.proxy.rowCount() == ARTICLES // 3 * PER_ARTICLE
    window.proxy.set_text("مراجعة")
    assert window.proxy.rowCount() == ARTICLES  # the note of one claim per article
    window.proxy.set_text("")
    window.proxy.set_unit("%")
    per_article = sum(UNITS[k % len(UNITS)] == "%" for k in range(PER_ARTICLE))
    assert set(column(window, UNIT_ROLE)) == {"%"} and window.proxy.rowCount() == ARTICLES * per_article
    window.proxy.set_unit(None)
    assert len(set(column(window, UUID_ROLE))) == ARTICLES * PER_ARTICLE


def test_folding_many_texts_at_once_matches_folding_each():
    texts = ["إِحصاءات", "ASML تستثمر ١٫٣", "", "سطر\nثان", "فاصل \x1f داخل النص", "ـــتطويل"]
    assert _fold_all(texts) == [fold(t) for t in texts]
    assert _fold_all(texts[:3]) == [fold(t) for t in texts[:3]]
    assert _fold_all([]) == []
