"""Deletions that survive a merge or an import: tombstones recorded, honoured, propagated and cleared by undo."""

from __future__ import annotations

import sqlite3
from dataclasses import asdict
from pathlib import Path

import pytest
from sqlite_utils import Database

from desktop.core.exchange.annotation_import import import_annotations
from desktop.core.exchange.exporting import export
from desktop.core.store.migrations import migrations
from desktop.core.exchange.merge import history, merge
from desktop.core.store.database import Store, StoreError

from .merge_support import span_of, table_contents, tick

TEXT = "استثمرت ASML مبلغ 1.3 مليار يورو، مما يجعلها تملك حصة بنسبة 11% وتصبح أكبر مساهم."
TABLES = ("articles", "annotations", "categories", "annotation_history", "annotation_deletions")


def span(quote: str, text: str = TEXT) -> tuple[int, int]:
    return span_of(quote, text)


def content(store: Store) -> list:
    return table_contents(store, TABLES)


@pytest.fixture
def pair(tmp_path: Path):
    """Two analysts' stores holding the same article and the same two claims (made by amal, merged to badr)."""
    mine = Store.open(tmp_path / "mine.db", author="amal")
    theirs = Store.open(tmp_path / "theirs.db", author="badr")
    article, _ = mine.add_article(title="t", text=TEXT)
    stake = mine.add_annotation(article.id, *span("11%"), "stake", note="أصل")
    amount = mine.add_annotation(article.id, *span("1.3 مليار يورو"), "amount", value=1.3e9, unit="EUR")
    merge(theirs, tmp_path / "mine.db")
    yield mine, theirs, stake, amount
    mine.close()
    theirs.close()


# --- the store ----------------------------------------------------------------------------------------------------

def test_delete_leaves_a_committed_tombstone_with_the_whole_claim(store, store_path):
    article, _ = store.add_article(title="t", text=TEXT)
    a = store.add_annotation(article.id, *span("11%"), "stake", value=11, unit="%", note="ملاحظة")
    store.delete_annotation(a.uuid)
    other = sqlite3.connect(store_path)  # a second connection sees it: committed with the delete
    row = other.execute("SELECT uuid, article_hash, author FROM annotation_deletions").fetchone()
    other.close()
    assert row == (a.uuid, article.content_hash, "tester")
    gone = store.deletion(a.uuid)
    assert gone.record == asdict(a)
    assert gone.deleted.endswith("Z") and "T" in gone.deleted and gone.deleted >= a.modified
    assert store.deletions() == [gone]


def test_adding_a_deleted_uuid_is_refused_but_restoring_it_clears_the_tombstone(store):
    article, _ = store.add_article(title="t", text=TEXT)
    a = store.add_annotation(article.id, *span("11%"), "stake")
    store.delete_annotation(a.uuid)
    with pytest.raises(StoreError, match="was deleted here .*restore it"):
        store.add_annotation(article.id, *span("11%"), "stake", uuid=a.uuid)
    with pytest.raises(StoreError, match="was deleted here"):
        store.add_annotations(article.id, [dict(start=0, end=7, category="other", uuid=a.uuid)])
    assert store.annotations() == [] and store.deletion(a.uuid) is not None
    store.restore_annotation(a)  # undo of the delete
    assert store.annotations() == [a] and store.deletion(a.uuid) is None and store.deletions() == []


def test_deleting_an_article_leaves_tombstones_for_its_claims(store):
    article, _ = store.add_article(title="t", text=TEXT)
    claims = [store.add_annotation(article.id, *span(q), "other") for q in ("11%", "ASML")]
    store.delete_article(article.id)
    assert {d.uuid for d in store.deletions()} == {c.uuid for c in claims}
    assert {d.article_hash for d in store.deletions()} == {article.content_hash}


def test_an_older_store_gains_the_deletions_table_on_open(tmp_path):
    path = tmp_path / "old.db"
    db = Database(path)
    migrations.apply(db, stop_before="m006_annotation_deletions")
    assert "annotation_deletions" not in db.table_names()
    db.conn.close()
    store = Store.open(path)
    assert "annotation_deletions" in store.db.table_names() and store.deletions() == []
    store.close()


# --- merge --------------------------------------------------------------------------------------------------------

def test_a_claim_deleted_here_is_not_resurrected_by_a_merge(pair, tmp_path):
    mine, theirs, stake, amount = pair
    mine.delete_annotation(stake.uuid)
    report = merge(mine, tmp_path / "theirs.db")
    assert [a.uuid for a in mine.annotations()] == [amount.uuid]
    assert (report.claims_added, report.claims_kept_deleted, report.claims_restored) == (0, 1, 0)
    assert mine.deletion(stake.uuid) is not None
    before = content(mine)
    again = merge(mine, tmp_path / "theirs.db")
    assert content(mine) == before and again.claims_added == 0 and again.history_added == 0


def test_their_deletion_propagates_and_our_version_goes_to_history(pair, tmp_path):
    mine, theirs, stake, amount = pair
    ours = mine.update_annotation(stake.uuid, note="عدّلتها أمل")
    tick()
    theirs.delete_annotation(stake.uuid)  # deleted there after our last edit
    report = merge(mine, tmp_path / "theirs.db")
    assert (report.deletions_applied, report.deletions_skipped, report.tombstones_added) == (1, 0, 1)
    assert [a.uuid for a in mine.annotations()] == [amount.uuid]
    kept = history(mine, stake.uuid)
    assert [h["record"]["note"] for h in kept] == [ours.note]
    assert kept[0]["reason"] == "merge: deleted in the other store"
    assert mine.deletion(stake.uuid) == theirs.deletion(stake.uuid)  # their tombstone, copied as it is
    before = content(mine)
    again = merge(mine, tmp_path / "theirs.db")
    assert content(mine) == before and (again.deletions_applied, again.tombstones_added) == (0, 0)


def test_their_deletion_is_skipped_when_we_edited_the_claim_after_it(pair, tmp_path):
    mine, theirs, stake, _ = pair
    theirs.delete_annotation(stake.uuid)
    tick()
    ours = mine.update_annotation(stake.uuid, status="confirmed")
    report = merge(mine, tmp_path / "theirs.db")
    assert (report.deletions_applied, report.deletions_skipped, report.tombstones_added) == (0, 1, 0)
    assert mine.annotation(stake.uuid) == ours and mine.deletion(stake.uuid) is None
    before = content(mine)
    merge(mine, tmp_path / "theirs.db")
    assert content(mine) == before


def test_a_claim_edited_there_after_our_deletion_comes_back_and_says_so(pair, tmp_path):
    mine, theirs, stake, _ = pair
    deleted = mine.delete_annotation(stake.uuid)
    tick()
    edited = theirs.update_annotation(stake.uuid, note="عدّلها بدر بعد الحذف")
    report = merge(mine, tmp_path / "theirs.db")
    assert (report.claims_restored, report.claims_kept_deleted, report.claims_added) == (1, 0, 0)
    assert report.restored[0]["uuid"] == stake.uuid and report.restored[0]["why"] == "restored, edited after deletion"
    assert mine.annotation(stake.uuid).with_changes(article=0) == edited.with_changes(article=0)
    assert mine.deletion(stake.uuid) is None
    kept = history(mine, stake.uuid)  # the version we deleted is not lost
    assert [h["record"]["note"] for h in kept] == [deleted.note]
    assert mine.check() == []
    before = content(mine)
    again = merge(mine, tmp_path / "theirs.db")
    assert content(mine) == before and (again.claims_restored, again.claims_unchanged) == (0, 2)


def test_both_deleted_keeps_our_tombstone(pair, tmp_path):
    mine, theirs, stake, _ = pair
    theirs.delete_annotation(stake.uuid)
    tick()
    ours = mine.delete_annotation(stake.uuid) and mine.deletion(stake.uuid)
    report = merge(mine, tmp_path / "theirs.db")
    assert mine.deletion(stake.uuid) == ours
    assert (report.deletions_applied, report.deletions_skipped, report.tombstones_added) == (0, 0, 0)


def test_after_undo_a_merge_treats_the_claim_as_live(pair, tmp_path):
    mine, theirs, stake, _ = pair
    gone = mine.delete_annotation(stake.uuid)
    mine.restore_annotation(gone)
    report = merge(mine, tmp_path / "theirs.db")
    assert (report.claims_unchanged, report.claims_kept_deleted) == (2, 0)
    assert mine.annotation(stake.uuid) == gone


def test_a_tombstone_travels_to_a_store_that_never_had_the_claim(pair, tmp_path):
    mine, theirs, stake, _ = pair
    theirs.delete_annotation(stake.uuid)
    third = Store.open(tmp_path / "third.db", author="jud")
    report = merge(third, tmp_path / "theirs.db")
    assert (report.tombstones_added, report.deletions_applied) == (1, 0)
    again = merge(third, tmp_path / "mine.db")  # mine still holds it, unedited since: it stays deleted
    assert again.claims_kept_deleted == 1 and stake.uuid not in {a.uuid for a in third.annotations()}
    third.close()


def test_merging_a_store_made_before_tombstones(pair, tmp_path):
    mine, theirs, stake, _ = pair
    theirs.close()
    conn = sqlite3.connect(tmp_path / "theirs.db")
    conn.execute("DROP TABLE annotation_deletions")
    conn.commit()
    conn.close()
    mine.delete_annotation(stake.uuid)
    report = merge(mine, tmp_path / "theirs.db")
    assert report.claims_kept_deleted == 1 and report.tombstones_added == 0


# --- import ---------------------------------------------------------------------------------------------------------

def test_import_skips_a_deleted_claim_unless_the_file_edited_it_later(pair, tmp_path):
    mine, theirs, stake, amount = pair
    old_file = tmp_path / "old.jsonl"
    export(mine, "jsonl", old_file)
    mine.delete_annotation(stake.uuid)
    report = import_annotations(mine, old_file)
    assert (report.skipped_deleted, report.restored, report.unchanged) == (1, 0, 1)
    assert [a.uuid for a in mine.annotations()] == [amount.uuid]
    before = content(mine)
    assert import_annotations(mine, old_file).skipped_deleted == 1 and content(mine) == before
    tick()
    edited = theirs.update_annotation(stake.uuid, status="disputed")  # edited after our deletion
    new_file = tmp_path / "new.w3c.jsonld"
    export(theirs, "w3c", new_file)
    report = import_annotations(mine, new_file)
    assert (report.restored, report.skipped_deleted, report.exact) == (1, 0, 0)
    assert mine.annotation(stake.uuid).status == edited.status and mine.deletion(stake.uuid) is None
    assert [h["reason"] for h in history(mine, stake.uuid)] == ["import: deleted here, restored by a later edit"]
    before = content(mine)
    assert import_annotations(mine, new_file).unchanged == 2 and content(mine) == before
