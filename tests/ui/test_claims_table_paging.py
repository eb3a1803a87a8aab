"""The All-claims window paged from the store: the right rows after sorts and filters while only the pages asked
for are read, counts from SQL, live edits, the folded text filter (diacritics, hamza forms, non-BMP quotes) and the
value groups computed in the background."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.core.compare.grouping import group_claims
from desktop.core.text import fold
from desktop.ui.claims.commands import StoreEvents
from desktop.ui.claims.table import (
    COL_ARTICLE, COL_GROUP, COL_NOTE, COL_QUOTE, COL_VALUE, GROUP_ROLE, SEARCH_ROLE, UNIT_ROLE, UUID_ROLE,
    VALUE_ROLE, ClaimsTableModel, ClaimsTableWindow,
)
from desktop.ui.claims.table_model import PAGE

ARTICLES, PER_ARTICLE = 60, 10  # 600 claims: several pages
UNITS = ("EUR", "USD", "%", "")
TITLES = ("إِحصاءات أسوان", "تقرير إربد", "آفاق 🌴 عمّان")


def build(store) -> None:
    """Our articles: numbers in four units, a note with harakat on some, an emoji in some quotes."""
    with store.transaction():
        for n in range(ARTICLES):
            words = [f"رقم{k} {100 + (n * 7 + k * 13) % 900}" + (" 🌴" if k == 5 else "") for k in range(PER_ARTICLE)]
            text = "في التقرير: " + "، ".join(words) + "."
            article, _ = store.add_article(title=f"{TITLES[n % 3]} {n}", text=text)
            items = []
            for k, word in enumerate(words):
                start = text.index(word)
                items.append(dict(start=start, end=start + len(word), category="amount",
                                  value=float(word.split()[1]), unit=UNITS[k % len(UNITS)],
                                  note="مُراجَعة أولى" if k == 3 else ""))
            store.add_annotations(article.id, items)


@pytest.fixture
def big(store):
    build(store)
    return store


def column(proxy, role, col=0) -> list:
    return [proxy.index(r, col).data(role) for r in range(proxy.rowCount())]


def test_pages_are_read_as_the_view_asks_and_rows_are_right_after_sort_and_filter(big, qtbot, qtmodeltester):
    window = ClaimsTableWindow(big, lambda *_: None)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    model, proxy = window.model, window.proxy
    assert model.rowCount() == ARTICLES * PER_ARTICLE
    assert 0 < model.pages_read() < model.rowCount() // PAGE  # only what the window has shown
    claims = big.annotations()
    window.view.sortByColumn(COL_VALUE, Qt.SortOrder.DescendingOrder)
    expected = sorted(((c.unit, c.value) for c in claims), reverse=True)
    assert list(zip(column(proxy, UNIT_ROLE), column(proxy, VALUE_ROLE))) == expected
    window.unit_combo.setCurrentIndex(window.unit_combo.findData("%"))
    assert sorted(column(proxy, UUID_ROLE)) == sorted(c.uuid for c in claims if c.unit == "%")
    assert column(proxy, VALUE_ROLE) == sorted((c.value for c in claims if c.unit == "%"), reverse=True)
    window.unit_combo.setCurrentIndex(0)
    window.view.sortByColumn(COL_ARTICLE, Qt.SortOrder.AscendingOrder)
    titles = [proxy.index(r, COL_ARTICLE).data() for r in range(proxy.rowCount())]
    assert titles.index("آفاق 🌴 عمّان 2") < titles.index("تقرير إربد 1")  # by a collation, not code points
    assert len(set(column(proxy, UUID_ROLE))) == len(claims)
    qtmodeltester.check(model)


def test_counts_come_from_the_store(big, qtbot):
    window = ClaimsTableWindow(big, lambda *_: None)
    qtbot.addWidget(window)
    total = big.db.execute("SELECT count(*) FROM annotations").fetchone()[0]
    assert f"{total:,} of {total:,} claims shown" in window.summary.text()
    window.status_combo.setCurrentIndex(window.status_combo.findData("confirmed"))
    assert f"0 of {total:,} claims shown" in window.summary.text()
    window.status_combo.setCurrentIndex(0)
    window.filter_edit.setText("مراجعة")
    window.apply_text_filter()
    assert f"{ARTICLES} of {total:,} claims shown" in window.summary.text()


def test_a_live_edit_and_a_new_claim_appear_without_a_reset(big, qtbot):
    events = StoreEvents()
    window = ClaimsTableWindow(big, lambda *_: None, events=events)
    qtbot.addWidget(window)
    window.show()
    proxy = window.proxy
    deep = proxy.rowCount() - 3  # on the last page
    window.view.scrollTo(proxy.index(deep, 0))
    uuid = proxy.index(deep, 0).data(UUID_ROLE)
    window.view.selectRow(deep)
    big.update_annotation(uuid, note="تحقّق منه")
    with qtbot.assertNotEmitted(window.model.modelReset):
        with qtbot.waitSignal(window.model.dataChanged):
            events.claimsChanged.emit(big.annotation(uuid).article)
    assert proxy.index(deep, COL_NOTE).data() == "تحقّق منه"
    assert window.view.currentIndex().data(UUID_ROLE) == uuid
    article = big.annotation(uuid).article
    text = big.article(article).text
    added = big.add_annotation(article, 0, 2, "other", note="جديد")
    assert text[:2] == added.quote
    events.claimsChanged.emit(article)
    assert proxy.rowCount() == ARTICLES * PER_ARTICLE + 1
    assert added.uuid in column(proxy, UUID_ROLE)
    assert window.view.currentIndex().data(UUID_ROLE) == uuid  # the selection followed its claim


@pytest.mark.parametrize("typed, expected", [
    ("مراجعة", ARTICLES),  # the note has harakat: «مُراجَعة»
    ("مُراجَعَة", ARTICLES),  # harakat typed
    ("اولي", ARTICLES),  # «أولى»: hamza on alef and alef maqsura folded
    ("احصاءات اسوان", ARTICLES // 3 * PER_ARTICLE),  # «إِحصاءات أسوان» in the title
    ("إحصاءات", ARTICLES // 3 * PER_ARTICLE),
    ("آفاق", ARTICLES // 3 * PER_ARTICLE),
    ("🌴", ARTICLES + ARTICLES // 3 * (PER_ARTICLE - 1)),  # a non-BMP quote, and the titles holding it
    ("٩٩٩", 0),
])
def test_the_text_filter_folds_arabic(big, qtbot, typed, expected):
    window = ClaimsTableWindow(big, lambda *_: None)
    qtbot.addWidget(window)
    window.filter_edit.setText(typed)
    window.apply_text_filter()
    assert window.proxy.rowCount() == expected
    words = fold(typed).split()
    assert all(all(w in text for w in words) for text in column(window.proxy, SEARCH_ROLE))


def test_a_non_bmp_quote_is_shown_whole(big, qtbot):
    window = ClaimsTableWindow(big, lambda *_: None)
    qtbot.addWidget(window)
    window.filter_edit.setText("🌴")
    window.apply_text_filter()
    quotes = {window.proxy.index(r, COL_QUOTE).data() for r in range(window.proxy.rowCount())}
    assert any(q.endswith(" 🌴") for q in quotes)
    claims = {c.quote for c in big.annotations() if "🌴" in c.quote}
    assert claims <= quotes


def test_groups_come_from_the_background_on_a_large_store(big, qtbot):
    model = ClaimsTableModel(big, sync_limit=0)  # every store is "large": the groups come from a thread
    assert model.grouping()
    assert not any(model.index(r, 0).data(GROUP_ROLE) for r in range(min(50, model.rowCount())))
    qtbot.waitUntil(lambda: not model.grouping(), timeout=20000)
    expected = group_claims(big.annotations())
    assert len(model.groups) == len(expected) > 0
    grouped = {u for g in expected for u in g.members}
    model.sort(COL_GROUP, Qt.SortOrder.AscendingOrder)
    order = [model.index(r, 0).data(UUID_ROLE) for r in range(model.rowCount())]
    assert set(order[:len(grouped)]) == grouped
    numbers = [model.index(r, 0).data(GROUP_ROLE) for r in range(len(grouped))]
    assert numbers == sorted(numbers) and numbers[0] == 1
    model.wait()


def test_the_window_says_it_is_grouping_then_counts_the_groups(big, qtbot):
    window = ClaimsTableWindow(big, lambda *_: None)
    qtbot.addWidget(window)
    window.model.sync_limit = 0
    window.tolerance_spin.setValue(15)
    assert "grouping close values" in window.summary.text()
    qtbot.waitUntil(lambda: "groups across articles" in window.summary.text(), timeout=20000)
    expected = group_claims(big.annotations(), tolerance=0.15)
    assert f"{len(expected)} groups across articles" in window.summary.text()
    window.grouped_check.setChecked(True)
    assert window.proxy.rowCount() == sum(len(g.members) for g in expected)
