"""First run on an empty store imports and shows the bundled sample article with its claims."""

from __future__ import annotations

import json

from desktop.paths import resource
from desktop.ui.library.sample import ensure_sample

from .conftest import add_article


def test_empty_store_shows_sample_with_claims(qtbot, store, make_window):
    window = make_window(store, load_sample=True)
    [summary] = store.articles()
    spec = json.loads(resource("samples", "sample.json").read_text(encoding="utf-8"))
    assert window.article_id == summary.id
    assert summary.claims == len(spec["claims"]) >= 3
    claims = store.annotations(summary.id)
    assert [c.quote for c in claims] == [c["quote"] for c in sorted(spec["claims"], key=lambda c: c["start"])]
    assert all(store.article(summary.id).text[c.start:c.end] == c.quote for c in claims)
    assert window.claims_model.rowCount() == len(claims)
    assert len(window.reader.index) == len(claims)
    lo, hi = window.reader.visible_range()
    assert len(window.reader.extraSelections()) == len(window.reader.index.in_range(lo, hi)) >= 1
    assert store.check() == []


def test_sample_is_not_added_to_a_store_with_articles(store):
    add_article(store, "مقال موجود")
    assert ensure_sample(store) is None
    assert len(store.articles()) == 1
