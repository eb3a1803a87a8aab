"""Deleting an article: its tombstone, undo by restore, re-import, and how a merge honours and spreads it."""

from __future__ import annotations

import sqlite3
from dataclasses import asdict
from pathlib import Path

import pytest
from sqlite_utils import Database

from desktop.core.store.migrations import migrations
from desktop.core.exchange.merge import merge
from desktop.core.store.database import Store, StoreError

from .merge_support import span_of, table_contents, tick

TEXT = "استثمرت ASML مبلغ 1.3 مليار يورو، مما يجعلها تملك حصة بنسبة 11% وتصبح أكبر مساهم."
OTHER_TEXT = "بلغ عدد مستخدمي التطبيق 5 ملايين مستخدم في عامه الأول."
TABLES = ("articles", "annotations", "annotation_deletions", "article_deletions", "annotation_history")


def span(quote: str, text: str = TEXT) -> tuple[int, int]:
    return span_of(quote, text)


def content(store: Store) -> list:
    return table_contents(store, TABLES)


@pytest.fixture
def library(store):
    """Two articles; the first holds two claims (one with a note, so the search index holds it too)."""
    first, _ = store.add_article(title="أسمل", text=TEXT, source="a.txt", import_report={"removed": 1})
    second, _ = store.add_article(title="تطبيق", text=OTHER_TEXT)
    claims = [store.add_annotation(first.id, *span("11%"), "stake", value=11, unit="%", note="حصة كبرى"),
              store.add_annotation(first.id, *span("1.3 مليار يورو"), "amount", value=1.3e9, unit="EUR")]
    return first, second, sorted(claims, key=lambda c: c.start)


# --- the store ----------------------------------------------------------------------------------------------------

def test_delete_leaves_one_committed_article_tombstone_with_everything(store, store_path, library):
    first, second, claims = library
    gone = store.delete_article(first.id)
    other = sqlite3.connect(store_path)  # a second connection sees it all: committed in one go
    row = other.execute("SELECT content_hash, article_id, title, author FROM article_deletions").fetchone()
    left = other.execute("SELECT count(*) FROM annotations").fetchone()[0]
    other.close()
    assert row == (first.content_hash, first.id, "أسمل", "tester") and left == 0
    assert gone == store.article_deletion(first.content_hash) and store.article_deletions() == [gone]
    assert gone.record == asdict(first)  # the whole row, text and import report included
    assert gone.claims == [asdict(c) for c in claims]
    assert gone.deleted.endswith("Z") and gone.deleted >= claims[-1].modified
    assert {d.uuid for d in store.deletions()} == {c.uuid for c in claims}  # claim tombstones as before
    assert {d.deleted for d in store.deletions()} == {gone.deleted}
    assert [a.id for a in store.articles()] == [second.id] and store.search("حصة كبرى") == []


def test_restore_puts_back_the_same_article_id_and_claims(store, library):
    first, second, claims = library
    before = content(store)
    gone = store.delete_article(first.id)
    back = store.restore_article(gone)
    assert back == first  # same id, content hash, text, title, import report and import time
    assert store.annotations(first.id) == claims
    assert store.deletions() == [] and store.article_deletions() == []
    assert content(store) == before
    assert [h.article for h in store.search("حصة كبرى")] == [first.id] and store.check() == []


def test_restore_by_content_hash_and_unknown_hash(store, library):
    first, _, claims = library
    store.delete_article(first.id)
    assert store.restore_article(first.content_hash).id == first.id
    assert store.annotations(first.id) == claims
    with pytest.raises(StoreError, match="no deleted article with content hash sha256:00"):
        store.restore_article("sha256:00")


def test_a_deleted_article_id_is_not_given_to_a_new_article(store, library):
    first, second, _ = library
    gone = store.delete_article(second.id)  # the highest id
    third, _ = store.add_article(title="ثالث", text="نص جديد تماما عن 3 ملايين تنزيل.")
    assert third.id > second.id
    assert store.restore_article(gone).id == second.id


def test_deleting_an_unknown_article_is_refused(store):
    with pytest.raises(StoreError, match="no article with id 42"):
        store.delete_article(42)
    assert store.article_deletions() == []


def test_importing_the_same_text_again_clears_the_tombstone(store, library):
    first, _, claims = library
    store.delete_article(first.id)
    again, new = store.add_article(title="أسمل مرة أخرى", text=TEXT)
    assert new and again.content_hash == first.content_hash and store.annotations(again.id) == []
    assert store.article_deletion(first.content_hash) is None
    assert {d.uuid for d in store.deletions()} == {c.uuid for c in claims}  # the claims stay deleted


def test_restoring_after_a_reimport_puts_the_claims_on_the_new_copy(store, library):
    first, _, claims = library
    gone = store.delete_article(first.id)
    again, _ = store.add_article(title="أسمل", text=TEXT)
    back = store.restore_article(gone)
    assert back.id == again.id
    assert store.annotations(again.id) == [c.with_changes(article=again.id) for c in claims]
    assert store.deletions() == [] and store.check() == []


def test_an_older_store_gains_the_article_deletions_table(tmp_path):
    path = tmp_path / "old.db"
    db = Database(path)
    migrations.apply(db, stop_before="m007_article_deletions")
    assert "article_deletions" not in db.table_names()
    db.conn.close()
    store = Store.open(path)
    assert "article_deletions" in store.db.table_names() and store.article_deletions() == []
    store.close()


# --- merge --------------------------------------------------------------------------------------------------------

@pytest.fixture
def pair(tmp_path: Path):
    """Two analysts' stores holding the same two articles and claims (made by amal, merged into badr's)."""
    mine = Store.open(tmp_path / "mine.db", author="amal")
    theirs = Store.open(tmp_path / "theirs.db", author="badr")
    first, _ = mine.add_article(title="أسمل", text=TEXT)
    mine.add_article(title="تطبيق", text=OTHER_TEXT)
    claims = [mine.add_annotation(first.id, *span("11%"), "stake"),
              mine.add_annotation(first.id, *span("1.3 مليار يورو"), "amount", value=1.3e9, unit="EUR")]
    merge(theirs, tmp_path / "mine.db")
    yield mine, theirs, first, sorted(claims, key=lambda c: c.start)
    mine.close()
    theirs.close()


def test_an_article_deleted_here_is_not_brought_back_nor_its_claims(pair, tmp_path):
    mine, theirs, first, claims = pair
    mine.delete_article(first.id)
    report = merge(mine, tmp_path / "theirs.db")
    assert (report.articles_kept_deleted, report.articles_added, report.articles_matched) == (1, 0, 1)
    assert mine.article_by_hash(first.content_hash) is None and mine.annotations() == []
    assert (report.claims_added, report.claims_restored) == (0, 0)
    assert report.to_json()["articles_kept_deleted"] == 1
    before = content(mine)
    again = merge(mine, tmp_path / "theirs.db")
    assert content(mine) == before and again.articles_kept_deleted == 1


def test_their_claim_edits_after_our_deletion_do_not_bring_the_article_back(pair, tmp_path):
    mine, theirs, first, claims = pair
    mine.delete_article(first.id)
    tick()
    theirs.update_annotation(claims[0].uuid, note="بعد الحذف")
    report = merge(mine, tmp_path / "theirs.db")
    assert report.articles_kept_deleted == 1 and mine.annotations() == []
    assert mine.article_deletion(first.content_hash) is not None


def test_their_article_deletion_deletes_our_unmodified_copy(pair, tmp_path):
    mine, theirs, first, claims = pair
    theirs_gone = theirs.delete_article(theirs.article_by_hash(first.content_hash).id)
    report = merge(mine, tmp_path / "theirs.db")
    assert (report.articles_deleted, report.article_deletions_skipped, report.article_tombstones_added) == (1, 0, 1)
    assert mine.article_by_hash(first.content_hash) is None and mine.annotations() == []
    ours = mine.article_deletion(first.content_hash)
    assert (ours.deleted, ours.author, ours.title) == (theirs_gone.deleted, "badr", "أسمل")
    assert ours.record["id"] == first.id and ours.claims == [asdict(c) for c in claims]  # our copy, not lost
    assert (report.deletions_applied, report.tombstones_added) == (0, 0)  # the claims went with the article
    before = content(mine)
    again = merge(mine, tmp_path / "theirs.db")
    assert content(mine) == before and (again.articles_deleted, again.article_tombstones_added) == (0, 0)
    assert mine.restore_article(ours).id == first.id and mine.annotations(first.id) == claims


def test_their_article_deletion_is_skipped_when_we_modified_a_claim_after_it(pair, tmp_path):
    mine, theirs, first, claims = pair
    theirs.delete_article(theirs.article_by_hash(first.content_hash).id)
    tick()
    edited = mine.update_annotation(claims[1].uuid, status="confirmed")
    report = merge(mine, tmp_path / "theirs.db")
    assert (report.articles_deleted, report.article_deletions_skipped, report.article_tombstones_added) == (0, 1, 0)
    assert mine.article(first.id) == first and mine.article_deletion(first.content_hash) is None
    assert mine.annotation(claims[1].uuid) == edited
    before = content(mine)
    again = merge(mine, tmp_path / "theirs.db")
    assert content(mine) == before and again.article_deletions_skipped == 1


def test_an_article_tombstone_travels_to_a_store_that_never_had_the_article(pair, tmp_path):
    mine, theirs, first, claims = pair
    theirs.delete_article(theirs.article_by_hash(first.content_hash).id)
    third = Store.open(tmp_path / "third.db", author="jud")
    report = merge(third, tmp_path / "theirs.db")
    assert (report.article_tombstones_added, report.articles_deleted, report.articles_added) == (1, 0, 1)
    assert third.article_deletion(first.content_hash) is not None
    again = merge(third, tmp_path / "mine.db")  # mine still has it: it stays deleted in the third store
    assert again.articles_kept_deleted == 1 and third.article_by_hash(first.content_hash) is None
    assert third.annotations() == []
    third.close()


def test_merging_a_store_made_before_article_tombstones(pair, tmp_path):
    mine, theirs, first, _ = pair
    theirs.close()
    conn = sqlite3.connect(tmp_path / "theirs.db")
    conn.execute("DROP TABLE article_deletions")
    conn.commit()
    conn.close()
    mine.delete_article(first.id)
    report = merge(mine, tmp_path / "theirs.db")
    assert report.articles_kept_deleted == 1 and report.article_tombstones_added == 0


# --- undoing a deletion never overwrites a claim changed elsewhere since --------------------------------------------

@pytest.fixture
def changed_elsewhere(store, store_path, library):
    """The article deleted here; another process brought it back and edited one claim, deleted the other."""
    first, _, claims = library
    gone = store.delete_article(first.id)
    colleague = Store.open(store_path, author="colleague")
    colleague.restore_article(first.content_hash)
    theirs = colleague.update_annotation(claims[0].uuid, note="their note after the deletion")
    colleague.delete_annotation(claims[1].uuid)
    colleague.close()
    return gone, claims, theirs


def test_undo_of_an_article_deletion_is_refused_when_its_claims_changed_since(store, changed_elsewhere):
    """Promise: Undo never overwrites someone else's change."""
    from desktop.core.store.revisions import ArticleConflictError

    gone, claims, theirs = changed_elsewhere
    before = content(store)
    with pytest.raises(ArticleConflictError, match="2 of its claims were changed elsewhere") as caught:
        store.restore_article(gone)
    assert "colleague edited it" in str(caught.value) and "their note after the deletion" in str(caught.value)
    assert {e.uuid for e in caught.value.conflicts} == {c.uuid for c in claims}
    assert content(store) == before  # nothing written
    assert store.annotations() == [theirs]


def test_keep_theirs_mine_or_both_after_an_article_deletion_conflict(store, changed_elsewhere):
    gone, claims, theirs = changed_elsewhere
    restored = store.restore_article(gone, keep="both")
    assert store.annotations(restored.id) == [theirs]  # theirs stay
    notes = [v for c in claims for v in store.history(c.uuid) if v.action == "note"]
    assert sorted(v.record["uuid"] for v in notes) == sorted(c.uuid for c in claims)  # mine beside them
    assert store.article_deletions() == []
    store.restore_article(gone, keep="mine")
    assert store.annotations(restored.id) == claims  # mine back; theirs stay in the history
    assert "their note after the deletion" in [v.record["note"] for v in store.versions(claims[0].uuid)]
    with pytest.raises(StoreError, match="keep 'all'"):
        store.restore_article(gone, keep="all")


def test_undo_of_an_article_deletion_goes_ahead_when_it_came_back_unchanged(store, store_path, library):
    first, _, claims = library
    gone = store.delete_article(first.id)
    colleague = Store.open(store_path, author="colleague")
    colleague.restore_article(first.content_hash)
    colleague.close()
    assert store.restore_article(gone).id == first.id and store.annotations(first.id) == claims
