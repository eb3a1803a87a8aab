"""A new article's hash and search-index row worked out ahead (as the import's worker processes do) store exactly
what the store would derive itself, and one worked out for another text is not trusted."""

from __future__ import annotations

from pathlib import Path

from desktop.core.store.database import Store
from desktop.core.text import fold
from desktop.core.store.derived import content_hash, prepare_article

TITLE = "الموازنة العامة 🇯🇴"
TEXT = "وبالمقابل قالت الوزارة إن العجز بلغ 1.2 مليار دينار، وللشركات والمستثمرين حصة 15٪ منه 😀.\n\nفقرة ثانية."


def _index(store: Store, article_id: int) -> tuple:
    return store.db.execute("SELECT title, body, notes, variants FROM search_index WHERE rowid = ?",
                            [article_id]).fetchone()


def test_a_prepared_article_is_stored_and_indexed_as_one_derived_here(tmp_path: Path) -> None:
    plain, ahead = Store.open(tmp_path / "plain.db"), Store.open(tmp_path / "ahead.db")
    a, new_a = plain.add_article(title=TITLE, text=TEXT)
    b, new_b = ahead.add_article(title=TITLE, text=TEXT, prepared=prepare_article(TITLE, TEXT))
    assert new_a and new_b
    assert _index(ahead, b.id) == _index(plain, a.id)
    assert "شركات" in _index(ahead, b.id)[3]  # a spelling variant without its clitics
    assert b.content_hash == a.content_hash == content_hash(TEXT)
    assert [h.article for h in ahead.search("مستثمرين")] == [b.id]


def test_a_prepared_row_for_another_text_or_title_is_not_trusted(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "store.db")
    other = prepare_article("عنوان آخر", "نص آخر تماما عن الزراعة.")
    article, _ = store.add_article(title=TITLE, text=TEXT, prepared=other)
    assert store.search("الزراعة") == []
    assert [h.article for h in store.search("الموازنة")] == [article.id]
    fresh = Store.open(tmp_path / "fresh.db")
    stale_title = prepare_article("عنوان آخر", TEXT)  # the same text under another title
    second, _ = fresh.add_article(title="تقرير الموازنة", text=TEXT, prepared=stale_title)
    assert _index(fresh, second.id)[0] == fold("تقرير الموازنة")
    assert fresh.search("آخر") == []
