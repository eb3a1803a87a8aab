"""Exports carry each article's publication date and site, so a store rebuilt from one compares figures over time
as the original did; a malformed date refuses the file and changes nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.core.exchange.annotation_import import FormatError, import_annotations
from desktop.core.exchange.exporting import export
from desktop.core.store.database import Store

TEXT = "قالت شركة نخيل إن إيراداتها بلغت 1.7 مليار يورو 🚀 في العام الماضي، وإن تقييمها وصل إلى 12 مليار دولار."


def _dated(store: Store):
    article, _ = store.add_article(title="نخيل", text=TEXT, source="nakheel.html", published="2026-03-04",
                                   published_from="page", site="news.example")
    start = TEXT.index("1.7 مليار يورو")
    store.add_annotation(article.id, start, start + len("1.7 مليار يورو"), "amount", value=1.7e9, unit="EUR",
                         kind="money")
    return article


@pytest.mark.parametrize("fmt", ["w3c", "jsonl"])
def test_a_rebuilt_store_keeps_the_publication_date_and_site(tmp_path: Path, fmt: str) -> None:
    store = Store.open(tmp_path / "a.db")
    fresh = Store.open(tmp_path / "fresh.db")
    try:
        _dated(store)
        path = export(store, fmt, tmp_path / f"claims.{fmt}").path
        report = import_annotations(fresh, path)
        copy = fresh.article(report.articles_created[0])
        assert (copy.published, copy.published_from, copy.site) == ("2026-03-04", "page", "news.example")
    finally:
        store.close()
        fresh.close()


def test_an_undated_article_exports_no_date_and_comes_back_undated(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "a.db")
    fresh = Store.open(tmp_path / "fresh.db")
    try:
        article, _ = store.add_article(title="بلا تاريخ", text=TEXT, source="x.txt")
        store.add_annotation(article.id, 0, 3, "other")
        path = export(store, "w3c", tmp_path / "claims.w3c").path
        meta = json.loads(path.read_text(encoding="utf-8"))["hamish:articles"][0]
        assert "hamish:published" not in meta and "hamish:site" not in meta  # no nulls typed as dates
        copy = fresh.article(import_annotations(fresh, path).articles_created[0])
        assert (copy.published, copy.site) == (None, None)
    finally:
        store.close()
        fresh.close()


@pytest.mark.parametrize("published, message", [("2026-13-01", "'published' must be a date written YYYY-MM-DD"),
                                                 ("04/03/2026", "'published' must be a date written YYYY-MM-DD"),
                                                 (20260304, "'published' must be a date written YYYY-MM-DD")])
def test_a_malformed_date_refuses_the_file_and_changes_nothing(tmp_path: Path, published, message: str) -> None:
    store = Store.open(tmp_path / "a.db")
    fresh = Store.open(tmp_path / "fresh.db")
    try:
        _dated(store)
        path = export(store, "jsonl", tmp_path / "claims.jsonl").path
        line = json.loads(path.read_text(encoding="utf-8").splitlines()[0])
        line["hamish"]["published"] = published
        path.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
        before = fresh.db.execute("SELECT count(*) FROM articles").fetchone()[0]
        with pytest.raises(FormatError) as refused:
            import_annotations(fresh, path)
        assert message in str(refused.value) and "claims.jsonl" in str(refused.value)
        assert fresh.db.execute("SELECT count(*) FROM articles").fetchone()[0] == before
    finally:
        store.close()
        fresh.close()
