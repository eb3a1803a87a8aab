"""Claim revisions and history: a write based on a stale revision is refused; every version stays in the history."""

from __future__ import annotations

import json
import pytest

from desktop.core.exchange.exporting import export
from desktop.core.exchange.annotation_import import import_annotations
from desktop.core.exchange.merge import merge
from desktop.core.store.database import Store
from desktop.core.store.models import later_stamp, utc_now
from desktop.core.store.revisions import ConflictError

TEXT = "استثمرت ASML مبلغ 1.3 مليار يورو، مما يجعلها تملك حصة بنسبة 11% وتصبح أكبر مساهم."


def span(quote: str) -> tuple[int, int]:
    start = TEXT.index(quote)
    return start, start + len(quote)


@pytest.fixture
def claim(store):
    article, _ = store.add_article(title="أسمل", text=TEXT)
    return store.add_annotation(article.id, *span("11%"), "stake", note="mine")


def test_every_write_is_a_new_revision_and_the_claim_carries_it(store, claim):
    """Promise: Nothing a person wrote is deleted without a trace."""
    assert claim.revision == store.head(claim.uuid) > 0
    edited = store.update_annotation(claim.uuid, note="second")
    assert edited.revision > claim.revision == store.versions(claim.uuid)[-1].seq
    assert store.annotation(claim.uuid).revision == edited.revision
    store.delete_annotation(claim.uuid)
    actions = [v.action for v in store.versions(claim.uuid)]
    assert actions == ["delete", "edit", "add"]
    v = store.versions(claim.uuid)[0]
    assert v.deleted and v.origin == store.store_id and v.origin_seq == v.seq and v.by == "tester"


def test_edit_based_on_a_stale_revision_writes_nothing_and_names_who_changed_what(store_path, store, claim):
    other = Store.open(store_path, author="colleague")
    other.update_annotation(claim.uuid, note="theirs", status="disputed")
    other.close()
    before = store.annotation(claim.uuid)
    with pytest.raises(ConflictError) as caught:
        store.update_annotation(claim.uuid, base_revision=claim.revision, note="mine, later")
    message = str(caught.value)
    assert "colleague edited it" in message and "'theirs' → 'mine, later'" in message
    assert caught.value.theirs.note == "theirs" and caught.value.mine.note == "mine, later"
    assert store.annotation(claim.uuid) == before


def test_keep_both_keeps_mine_as_a_note_in_the_history(store, claim):
    store.update_annotation(claim.uuid, note="theirs")
    with pytest.raises(ConflictError) as caught:
        store.update_annotation(claim.uuid, base_revision=claim.revision, note="mine")
    store.keep_as_note(caught.value.mine)
    assert store.annotation(claim.uuid).note == "theirs"
    note = store.versions(claim.uuid)[0]
    assert note.action == "note" and note.record["note"] == "mine"
    # a note is history, never the current version: an edit based on the current revision still goes through
    store.update_annotation(claim.uuid, base_revision=store.annotation(claim.uuid).revision, note="both read")


def test_undo_after_a_merge_brought_a_colleagues_note_is_refused_and_both_versions_stay(tmp_path, store, claim):
    """Promise: Undo never overwrites someone else's change."""
    colleague = Store.open(tmp_path / "colleague.db", author="colleague")
    merge(colleague, store.path)
    mine = store.update_annotation(claim.uuid, note="my edit")
    theirs = colleague.update_annotation(claim.uuid, note="colleague's note", status="confirmed")  # later
    colleague.close()
    merge(store, tmp_path / "colleague.db")
    assert store.annotation(claim.uuid).note == "colleague's note"
    with pytest.raises(ConflictError) as caught:  # what Ctrl+Z of "my edit" would write
        store.restore_annotation(claim, base_revision=mine.revision, action="undo")
    assert "merged a version in from colleague.db" in str(caught.value)
    assert store.annotation(claim.uuid).note == "colleague's note"
    notes = [v.record["note"] for v in store.versions(claim.uuid)]
    assert notes[:3] == [theirs.note, "my edit", "mine"]


def test_undo_after_import_annotations_is_refused(tmp_path, store, claim):
    colleague = Store.open(tmp_path / "colleague.db", author="colleague")
    merge(colleague, store.path)
    mine = store.update_annotation(claim.uuid, status="rejected")
    colleague.update_annotation(claim.uuid, note="imported note")
    export(colleague, "jsonl", tmp_path / "theirs.jsonl")
    colleague.close()
    report = import_annotations(store, tmp_path / "theirs.jsonl")
    assert report.updated == 1
    with pytest.raises(ConflictError, match="imported a version from theirs.jsonl"):
        store.restore_annotation(claim, base_revision=mine.revision, action="undo")
    assert [v.action for v in store.versions(claim.uuid)][:2] == ["import", "edit"]


def test_revisions_since_a_cursor_are_what_a_hub_would_pull(store, claim):
    store.update_annotation(claim.uuid, note="x")
    pulled = store.revisions_since(claim.revision)
    assert [v.action for v in pulled] == ["edit"] and json.dumps(pulled[0].to_json())


def test_history_also_shows_their_version_that_lost_a_merge(tmp_path, store, claim):
    colleague = Store.open(tmp_path / "colleague.db", author="colleague")
    merge(colleague, store.path)
    colleague.update_annotation(claim.uuid, note="their earlier note")
    colleague.close()
    store.update_annotation(claim.uuid, note="my later note")
    merge(store, tmp_path / "colleague.db")
    assert store.annotation(claim.uuid).note == "my later note"
    kept = [v for v in store.history(claim.uuid) if v.action == "kept-aside"]
    assert [v.record["note"] for v in kept] == ["their earlier note"] and kept[0].by == "tester"


def test_a_change_is_stamped_after_the_version_it_replaces_even_when_the_clock_is_behind(store, claim):
    """Two changes within one millisecond, or a clock that stepped back, must not make a later change lose a merge."""
    future = "2999-01-01T00:00:00.000Z"
    store.db.execute("UPDATE annotations SET modified = ? WHERE uuid = ?", [future, claim.uuid])
    edited = store.update_annotation(claim.uuid, note="after the clock went back")
    assert edited.modified > future and edited.modified.endswith("Z")
    stamps = [store.update_annotation(claim.uuid, status=s).modified for s in ("confirmed", "rejected") * 50]
    assert stamps == sorted(set(stamps))  # 100 edits in a row: strictly increasing, none equal
    assert later_stamp() > stamps[-1] and utc_now() < future
