"""Contradictions over a library we wrote (tests/core/compare/library.py): exactly the planted ones."""

from __future__ import annotations

import pytest

from desktop.core.compare import figures
from desktop.core.store.database import StoreError
from tests.core.compare.library import ARTICLES, SOURCES, build


@pytest.fixture
def library(store):
    return store, build(store)


def _pairs(found):
    return {frozenset((c.a.title.split(": ")[1], c.b.title.split(": ")[1])) for c in found}


def test_the_library_is_what_the_issue_asks(library):
    store, claims = library
    assert len(ARTICLES) >= 12 and len(SOURCES) == 5
    assert {a.subject for cs in claims.values() for a in cs} == {"ميسترال", "أرامكو", "طلبات"}
    days = sorted(a[1] for a in ARTICLES)
    assert days[0][:4] == days[-1][:4] == "2025"


def test_the_contradictions_are_exactly_the_planted_ones(library):
    store, _ = library
    found = figures.contradictions(store)
    assert _pairs(found) == {frozenset(("aramco-may", "aramco-may-2")), frozenset(("talabat-mar", "talabat-mar-2"))}
    aramco = next(c for c in found if c.a.subject == "أرامكو")
    assert aramco.days == 14 and aramco.difference == pytest.approx(5 / 31)
    assert {aramco.a.source, aramco.b.source} == {"نبض الاقتصاد", "صحيفة المدار"}


def test_the_agreement_in_two_currencies_is_no_contradiction(library):
    store, _ = library
    points = {p.title.split(": ")[1]: p for p in figures.compare(store, "Mistral AI", "valuation")}
    eur, usd = points["mistral-eur"], points["mistral-usd"]
    assert (eur.value, eur.unit, usd.unit) == (11_700_000_000, "EUR", "USD")  # the original is kept
    assert eur.compared_unit == usd.compared_unit == "USD"
    assert abs(eur.compared - usd.compared) / usd.compared < 0.05
    assert "mistral-rejected" not in points  # a rejected claim takes no part
    # in euros the same two agree as well, at the rates of their own dates
    in_eur = {p.title.split(": ")[1]: p for p in figures.compare(store, "ميسترال", display="EUR")}
    assert in_eur["mistral-eur"].compared == 11_700_000_000


def test_tolerance_and_window_are_settings(library):
    store, _ = library
    assert len(figures.contradictions(store, tolerance=0.5)) == 0
    wide = _pairs(figures.contradictions(store, window_days=200))
    assert frozenset(("aramco-may-2", "aramco-nov")) in wide  # 168 days apart: only in a wider window
    assert frozenset(("talabat-mar-2", "talabat-jul")) in wide
    with pytest.raises(StoreError, match="tolerance"):
        figures.contradictions(store, tolerance=1.5)


def test_two_values_in_one_article_do_not_contradict_each_other(library):
    store, claims = library
    low, high = claims["mistral-two"]
    found = figures.contradictions(store, window_days=400, tolerance=0.05)
    assert not any({c.a.uuid, c.b.uuid} == {low.uuid, high.uuid} for c in found)


def test_a_resolution_with_a_note_is_stored_and_shown(library):
    store, claims = library
    a, b = claims["talabat-mar"][0], claims["talabat-mar-2"][0]
    figures.resolve(store, b.uuid, a.uuid, "the company counts monthly users; the other source all accounts")
    found = {c.key: c for c in figures.contradictions(store)}
    c = found[figures.pair_key(a.uuid, b.uuid)]
    assert c.note.startswith("the company counts") and c.resolved and c.resolved_by == "tester"
    assert c.to_json()["resolved"] is True
    other = next(x for x in found.values() if x.key != c.key)
    assert not other.resolved
    figures.unresolve(store, a.uuid, b.uuid)
    assert not any(x.resolved for x in figures.contradictions(store))
    with pytest.raises(StoreError, match="no annotation"):
        figures.resolve(store, a.uuid, "nope", "x")
