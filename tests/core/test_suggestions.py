"""Saving the suggester's proposals: once per span, and never over an analyst's own claim or a rejection."""

from desktop.core.claims.suggest import save_suggestions, suggestion_items

TEXT = "جمعت الشركة 50 مليون دولار، وارتفعت حصة الصندوق إلى 20%، وتجاوز التطبيق مليون تنزيل."


def test_saving_twice_adds_nothing_twice(store):
    article, _ = store.add_article(title="t", text=TEXT)
    first = save_suggestions(store, article.id)
    assert [a.quote for a in first] == ["50 مليون دولار", "20%", "مليون تنزيل"]
    assert {(a.origin, a.status) for a in first} == {("suggested", "unreviewed")}
    assert save_suggestions(store, article.id) == []
    assert len(store.annotations(article.id)) == 3


def test_spans_with_a_manual_claim_or_a_rejection_are_skipped(store):
    article, _ = store.add_article(title="t", text=TEXT)
    s = TEXT.index("20%")
    store.add_annotation(article.id, s, s + 3, "stake", note="يدوي")
    rejected = save_suggestions(store, article.id)[0]
    store.update_annotation(rejected.uuid, status="rejected")
    items = suggestion_items(store, article.id)
    assert items == []
    assert sorted(a.quote for a in store.annotations(article.id)) == sorted(["50 مليون دولار", "20%", "مليون تنزيل"])
