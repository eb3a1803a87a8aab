"""Grouping claims with the same unit and close values across articles (no Qt)."""

from __future__ import annotations

import random
import subprocess
import sys

import pytest

from desktop.core.compare.grouping import (
    GroupingError,
    group_claims,
    groups_by_uuid,
    relative_difference,
)


def _article(store, text: str) -> int:
    article, _ = store.add_article(title=text[:20], text=text)
    return article.id


def _claim(store, article_id: int, needle: str, category: str, value: float | None, unit: str, **fields):
    text = store.article(article_id).text
    start = text.index(needle)
    return store.add_annotation(article_id, start, start + len(needle), category, value=value, unit=unit, **fields)


@pytest.fixture
def two_sources(store):
    """Two articles on the same deal: 1.3 vs 1.5 billion euros invested, and an 11 % stake."""
    a = _article(store, "استثمرت ASML مبلغ 1.3 مليار يورو، مما يجعلها تملك حصة بنسبة 11%.")
    b = _article(store, "قالت مصادر إن ASML دفعت 1.5 مليار يورو مقابل الحصة.")
    claims = {
        "a13": _claim(store, a, "1.3 مليار يورو", "amount", 1.3e9, "EUR", kind="money"),
        "a11": _claim(store, a, "11%", "stake", 11.0, "%", kind="percent"),
        "b15": _claim(store, b, "1.5 مليار يورو", "amount", 1.5e9, "EUR", kind="money"),
    }
    return store, a, b, claims


def test_close_values_in_different_articles_form_one_group(two_sources):
    store, a, b, claims = two_sources
    groups = group_claims(store.annotations())
    assert len(groups) == 1
    g = groups[0]
    assert set(g.members) == {claims["a13"].uuid, claims["b15"].uuid}
    assert g.articles == {a, b}
    assert (g.unit, g.key, g.low, g.high) == ("EUR", "amount", 1.3e9, 1.5e9)
    assert g.spread == pytest.approx(0.2 / 1.5)
    assert g.contradicts


def test_percent_is_never_grouped_with_money(two_sources):
    store, _, _, claims = two_sources
    index = groups_by_uuid(group_claims(store.annotations(), tolerance=0.99))
    assert claims["a11"].uuid not in index
    assert claims["a13"].uuid in index


def test_close_values_in_the_same_article_are_not_a_group(store):
    a = _article(store, "جمعت الشركة 1.7 مليار يورو، أي نحو 1.8 مليار يورو بحسب مصدر آخر.")
    _claim(store, a, "1.7 مليار يورو", "amount", 1.7e9, "EUR")
    _claim(store, a, "1.8 مليار يورو", "amount", 1.8e9, "EUR")
    assert group_claims(store.annotations()) == []


def test_values_beyond_the_tolerance_are_separate(store):
    a = _article(store, "التقييم 11.7 مليار يورو.")
    b = _article(store, "التقييم 6 مليار يورو.")
    _claim(store, a, "11.7 مليار يورو", "valuation", 11.7e9, "EUR")
    _claim(store, b, "6 مليار يورو", "valuation", 6e9, "EUR")
    assert group_claims(store.annotations()) == []
    assert len(group_claims(store.annotations(), tolerance=0.5)) == 1


def test_different_category_is_separate_unless_grouped_by_kind(store):
    a = _article(store, "الاستثمار 1.3 مليار يورو.")
    b = _article(store, "التقييم 1.3 مليار يورو.")
    _claim(store, a, "1.3 مليار يورو", "amount", 1.3e9, "EUR", kind="money")
    _claim(store, b, "1.3 مليار يورو", "valuation", 1.3e9, "EUR", kind="money")
    assert group_claims(store.annotations()) == []
    (g,) = group_claims(store.annotations(), by="kind")
    assert g.key == "money" and g.spread == 0 and not g.contradicts


def test_rejected_and_valueless_claims_are_left_out(store):
    a = _article(store, "مبلغ 100 مليون دولار.")
    b = _article(store, "مبلغ 105 مليون دولار.")
    c = _article(store, "مبلغ 101 مليون دولار.")
    _claim(store, a, "100 مليون دولار", "amount", 1e8, "USD")
    _claim(store, b, "105 مليون دولار", "amount", 1.05e8, "USD", status="rejected")
    _claim(store, c, "101 مليون دولار", "amount", None, "USD")
    assert group_claims(store.annotations()) == []
    (g,) = group_claims(store.annotations(), exclude_statuses=())
    assert g.articles == {a, b}


def test_single_linkage_chains_through_a_middle_value(store):
    ids = [_article(store, f"مقال رقم {n} عن 10 مستخدمين") for n in range(3)]
    values = [100.0, 118.0, 140.0]  # 100–118 and 118–140 are within 20 %, 100–140 is not
    for article_id, value in zip(ids, values):
        _claim(store, article_id, "10 مستخدمين", "users", value, "")
    (g,) = group_claims(store.annotations())
    assert (g.low, g.high, len(g.members)) == (100.0, 140.0, 3)


def test_group_numbers_are_stable_and_ordered(store):
    ids = [_article(store, f"نص {n}: 5 مليار") for n in range(4)]
    for article_id, (value, unit) in zip(ids, [(5.0, "USD"), (5.1, "USD"), (5.0, "EUR"), (5.2, "EUR")]):
        _claim(store, article_id, "5 مليار", "amount", value, unit)
    groups = group_claims(store.annotations())
    assert [(g.number, g.unit) for g in groups] == [(1, "EUR"), (2, "USD")]
    assert groups == group_claims(list(reversed(store.annotations())))


def test_negative_and_zero_values(store):
    assert relative_difference(0.0, 0.0) == 0
    assert relative_difference(-1.0, 1.0) == 2
    assert relative_difference(-1.5, -1.3) == pytest.approx(0.2 / 1.5)


@pytest.mark.parametrize("tolerance", [-0.1, 1.0, 2, True, "0.2", float("nan")])
def test_bad_tolerance_is_refused(tolerance):
    with pytest.raises(GroupingError, match="tolerance"):
        group_claims([], tolerance=tolerance)


def test_bad_key_is_refused():
    with pytest.raises(GroupingError, match="cannot group by 'author'"):
        group_claims([], by="author")


def test_adjacent_cut_matches_brute_force_single_linkage(store):
    """The sorted-neighbour cut gives the same clusters as linking every pair within the tolerance."""
    rng = random.Random(7)
    ids = [_article(store, f"مقال {n} فيه 1 رقم") for n in range(6)]
    for _ in range(40):
        _claim(store, rng.choice(ids), "1 رقم", "other", rng.choice([1, -1]) * rng.uniform(1, 3), "X")
    items = [a for a in store.annotations()]
    # Brute force: union-find over all pairs.
    parent = {a.uuid: a.uuid for a in items}

    def find(u: str) -> str:
        while parent[u] != u:
            u = parent[u]
        return u

    for i, x in enumerate(items):
        for y in items[i + 1 :]:
            if relative_difference(x.value, y.value) <= 0.2:
                parent[find(x.uuid)] = find(y.uuid)
    clusters: dict[str, set[str]] = {}
    for a in items:
        clusters.setdefault(find(a.uuid), set()).add(a.uuid)
    article_of = {a.uuid: a.article for a in items}
    expected = {frozenset(c) for c in clusters.values() if len({article_of[u] for u in c}) >= 2}
    assert {frozenset(g.members) for g in group_claims(items)} == expected


def test_core_grouping_does_not_import_qt():
    code = "import sys, desktop.core.compare.grouping; print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
