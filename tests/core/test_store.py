"""The store on real SQLite files: schema, durability settings, claims, validation, check."""

from __future__ import annotations

import sqlite3

import pytest

from desktop.core.store.migrations import migrations
from desktop.core.store.database import Store, StoreError, content_hash

TEXT = "استثمرت ASML مبلغ 1.3 مليار يورو، مما يجعلها تملك حصة بنسبة 11% في الشركة."


@pytest.fixture
def article(store):
    a, new = store.add_article(title="خبر", text=TEXT, raw_text=TEXT + "\nboilerplate", source="/tmp/x.txt")
    assert new
    return a


def span(sub: str) -> tuple[int, int]:
    i = TEXT.index(sub)
    return i, i + len(sub)


def test_new_store_has_wal_full_sync_and_all_migrations(store, store_path):
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert [m.name for m in migrations.applied(store.db)] == [m.name for m in migrations._migrations]
    assert {"articles", "annotations", "categories"} <= set(store.db.table_names())


def test_default_categories(store):
    cats = store.categories()
    assert [c.name for c in cats] == ["amount", "valuation", "stake", "downloads", "users", "other"]
    assert [c.shortcut for c in cats] == list("123456")
    assert all(c.colour.startswith("#") and len(c.colour) == 7 for c in cats)


def test_article_fields_and_dedup_by_content_hash(store, article):
    assert article.content_hash == content_hash(TEXT)
    assert article.raw_text.endswith("boilerplate")
    assert article.imported.endswith("Z") and "T" in article.imported
    again, new = store.add_article(title="other title", text=TEXT)
    assert not new and again.id == article.id
    assert len(store.articles()) == 1


def test_annotation_is_committed_before_the_call_returns(store, store_path, article):
    s, e = span("1.3 مليار يورو")
    a = store.add_annotation(article.id, s, e, "amount", kind="money", value=1.3e9, unit="EUR", note="ملاحظة")
    # A second connection sees it at once: it is on disk, not in an open transaction.
    other = sqlite3.connect(store_path)
    row = other.execute('SELECT quote, start, "end", value, unit, status, origin, author FROM annotations').fetchone()
    other.close()
    assert row == ("1.3 مليار يورو", s, e, 1.3e9, "EUR", "unreviewed", "manual", "tester")
    assert a.prefix == TEXT[max(0, s - 32) : s] and a.suffix == TEXT[e : e + 32]
    assert a.created == a.modified


def test_update_and_delete_and_restore(store, article):
    s, e = span("11%")
    a = store.add_annotation(article.id, s, e, "stake", kind="percent", value=11, unit="%")
    assert isinstance(a.value, float)
    b = store.update_annotation(a.uuid, status="confirmed", note="مؤكد")
    assert b.status == "confirmed" and b.modified >= a.modified and b.created == a.created
    assert store.annotation(a.uuid) == b
    gone = store.delete_annotation(a.uuid)
    assert gone == b and store.annotations() == []
    store.restore_annotation(gone)
    assert store.annotations() == [b]


@pytest.mark.parametrize(
    "kwargs, message",
    [
        (dict(category="nope"), "unknown category"),
        (dict(category="amount", kind="weight"), "unknown kind"),
        (dict(category="amount", status="done"), "unknown status"),
        (dict(category="amount", value=float("nan")), "not a finite number"),
        (dict(category="amount", colour="red"), "unknown annotation field"),
    ],
)
def test_bad_annotations_are_refused_and_change_nothing(store, article, kwargs, message):
    s, e = span("11%")
    with pytest.raises(StoreError, match=message):
        store.add_annotation(article.id, s, e, **kwargs)
    assert store.annotations() == []


@pytest.mark.parametrize("start, end", [(-1, 3), (5, 5), (7, 3), (0, len(TEXT) + 1)])
def test_offsets_outside_or_empty_are_refused(store, article, start, end):
    with pytest.raises(StoreError):
        store.add_annotation(article.id, start, end, "other")
    assert store.annotations() == []


def test_offsets_splitting_a_surrogate_pair_or_a_mark_are_refused(store):
    text = "نمو 😀 بنسبةٍ 5%"
    a, _ = store.add_article(title="t", text=text)
    emoji = text.index("😀")
    with pytest.raises(StoreError, match="splits"):
        store.add_annotation(a.id, 0, emoji + 1 if False else text.index("ٍ"), "other")
    store.add_annotation(a.id, emoji, emoji + 1, "other")  # the whole emoji is one code point: fine


def test_unknown_article_is_a_clear_error(store):
    with pytest.raises(StoreError, match="no article with id 42"):
        store.add_annotation(42, 0, 1, "amount")


def test_check_finds_a_quote_that_no_longer_matches(store, article):
    s, e = span("11%")
    a = store.add_annotation(article.id, s, e, "stake")
    assert store.check() == []
    store.db.execute("UPDATE annotations SET quote = 'x' WHERE uuid = ?", [a.uuid])
    problems = store.check()
    assert len(problems) == 1 and a.uuid in problems[0] and "differs" in problems[0]


def test_refuses_files_that_are_not_stores(tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 10)
    with pytest.raises(StoreError, match="not a SQLite database"):
        Store.open(junk)
    assert junk.read_bytes() == b"not a database at all" * 10
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE people (name TEXT)")
    conn.commit()
    conn.close()
    before = other.read_bytes()
    with pytest.raises(StoreError, match="another program"):
        Store.open(other)
    assert other.read_bytes() == before  # not even its journal mode changed
    assert not other.with_name("other.db-wal").exists()
    with pytest.raises(StoreError, match="folder"):
        Store.open(tmp_path)


def test_reopening_keeps_everything_and_applies_no_migration_twice(store_path, store, article):
    s, e = span("11%")
    store.add_annotation(article.id, s, e, "stake")
    store.close()
    again = Store.open(store_path)
    assert len(again.annotations()) == 1
    assert again.db.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0] == len(migrations._migrations)
    again.close()


def test_delete_article_removes_its_claims_and_index(store, article):
    s, e = span("11%")
    store.add_annotation(article.id, s, e, "stake")
    store.delete_article(article.id)
    assert store.articles() == [] and store.annotations() == [] and store.search("ASML") == []


def test_search_follows_notes_as_claims_come_and_go(store, article):
    s, e = span("11%")
    plain = store.add_annotation(article.id, s, e, "stake")  # no note: the index is left as it was
    noted = store.add_annotation(article.id, *span("ASML"), "other", note="مصدر مجهول")
    assert [h.article for h in store.search("مجهول")] == [article.id]
    store.delete_annotation(noted.uuid)
    assert store.search("مجهول") == []
    store.restore_annotation(noted)
    store.update_annotation(plain.uuid, note="تأكيد لاحق")
    assert [h.article for h in store.search("مجهول لاحق")] == [article.id]
    store.update_annotation(noted.uuid, note="")
    assert store.search("مجهول") == [] and [h.article for h in store.search("لاحق")] == [article.id]


def test_a_store_whose_folder_cannot_be_made_is_a_clear_error(tmp_path):
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(StoreError, match="its folder cannot be created"):
        Store.open(blocker / "sub" / "store.db")
