"""Agreement between two analysts on a small example computed by hand."""

from __future__ import annotations

import pytest

from desktop.core.exchange.agreement import agreement_between, cohen_kappa
from desktop.core.store.database import Store, StoreError

# Ten tokens w0 … w9; token k spans 3k … 3k+2.
TEXT = "w0 w1 w2 w3 w4 w5 w6 w7 w8 w9"
A = [((0, 5), "amount"), ((9, 11), "stake"), ((18, 23), "amount"), ((27, 29), "users")]
B = [((3, 5), "amount"), ((9, 11), "valuation"), ((18, 23), "amount"), ((15, 17), "stake")]


def make(path, claims, extra_text=None):
    store = Store.open(path, author=path.stem)
    article, _ = store.add_article(title="مثال", text=TEXT)
    for (start, end), category in claims:
        store.add_annotation(article.id, start, end, category)
    if extra_text:
        store.add_article(title="only here", text=extra_text)
    store.close()
    return path


def test_hand_computed_example(tmp_path):
    report = agreement_between(make(tmp_path / "a.db", A, "نص لا يملكه الآخر"), make(tmp_path / "b.db", B))
    assert (report.only_in_a, report.only_in_b) == (1, 0)
    [art] = report.articles
    assert (art.claims_a, art.claims_b, art.matched, art.exact_spans) == (4, 4, 3, 2)
    assert art.span_f1 == pytest.approx(6 / 8)
    # matched categories: (amount, amount), (stake, valuation), (amount, amount)
    # po = 2/3; pe = (2·2)/9 = 4/9; kappa = (2/3 − 4/9) / (1 − 4/9) = 0.4
    assert art.category_agreement == pytest.approx(2 / 3)
    assert art.category_kappa == pytest.approx(0.4)
    # tokens A: amt amt O stake O O amt amt O users; B: O amt O val O stake amt amt O O
    # po = 6/10; pe = (4·3 + 4·5 + 1·1) / 100 = 0.33; kappa = 0.27 / 0.67
    assert art.token_kappa == pytest.approx(0.27 / 0.67)
    kinds = sorted(d["type"] for d in art.disagreements)
    assert kinds == ["category", "only_a", "only_b", "span"]
    only_a = next(d for d in art.disagreements if d["type"] == "only_a")
    assert (only_a["a"]["quote"], only_a["a"]["category"], only_a["b"]) == ("w9", "users", None)
    overall = report.overall()
    assert overall["span_f1"] == pytest.approx(0.75) and overall["category_kappa"] == pytest.approx(0.4)
    assert overall["shared_articles"] == 1


def test_identical_stores_agree_fully(tmp_path):
    report = agreement_between(make(tmp_path / "a.db", A), make(tmp_path / "b.db", A))
    [art] = report.articles
    assert art.span_f1 == 1.0 and art.category_kappa == 1.0 and art.token_kappa == 1.0
    assert art.disagreements == []


def test_kappa_is_none_when_undefined_and_checks_lengths():
    assert cohen_kappa(["amount", "amount"], ["amount", "amount"]) is None
    assert cohen_kappa([], []) is None
    assert cohen_kappa(["a", "b"], ["b", "a"]) == pytest.approx(-1.0)
    with pytest.raises(ValueError):
        cohen_kappa(["a"], [])


def test_one_claim_overlapping_two_is_matched_once(tmp_path):
    a = [((0, 11), "amount")]  # w0 … w3
    b = [((0, 2), "amount"), ((6, 11), "amount")]  # w0, and w2 w3 (larger overlap wins)
    report = agreement_between(make(tmp_path / "a.db", a), make(tmp_path / "b.db", b))
    [art] = report.articles
    assert art.matched == 1 and art.span_f1 == pytest.approx(2 / 3)
    [span, only_b] = art.disagreements
    assert span["b"]["start"] == 6 and only_b["b"]["start"] == 0


def test_not_a_store_is_refused(tmp_path):
    bad = tmp_path / "x.db"
    bad.write_text("not sqlite")
    with pytest.raises(StoreError, match="not a SQLite database"):
        agreement_between(bad, make(tmp_path / "b.db", B))
