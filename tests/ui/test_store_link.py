"""The window and the store: undo conflicts, the write queue under another program's lock, the live view,
and the claim editor's history."""

from __future__ import annotations

import sqlite3

import pytest

from desktop.core.exchange.merge import merge
from desktop.core.store.database import Store
from desktop.ui.claims.conflicts import BOTH, MINE, THEIRS, conflict_box
from desktop.ui.claims.commands import EditClaim
from desktop.ui.store.queue import GUI_LOCK_WAIT

from .conftest import add_article

TEXT = "استثمرت ASML مبلغ 1.3 مليار يورو، مما يجعلها تملك حصة بنسبة 11% وتصبح أكبر مساهم."


def setup(store, make_window):
    article = add_article(store, TEXT)
    start = TEXT.index("11%")
    claim = store.add_annotation(article, start, start + 3, "stake", note="mine")
    window = make_window(store)
    window.open_article(article)
    return window, claim


def test_undo_after_a_colleagues_merged_change_asks_and_keep_theirs_writes_nothing(qtbot, tmp_path, store, make_window):
    window, claim = setup(store, make_window)
    asked = []
    window.resolve_conflict = lambda error: asked.append(error) or THEIRS
    window.edit_claim(claim.uuid, {"note": "my edit"})
    colleague = Store.open(tmp_path / "colleague.db", author="colleague")
    merge(colleague, store.path)
    colleague.update_annotation(claim.uuid, note="colleague's note")
    colleague.close()
    merge(store, tmp_path / "colleague.db")
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: bool(asked))
    assert "colleague" in str(asked[0]) and store.annotation(claim.uuid).note == "colleague's note"
    assert window.undo_stack.count() == 0  # the stale step is dropped
    notes = [v.record["note"] for v in store.versions(claim.uuid)]
    assert notes[:2] == ["colleague's note", "my edit"]


def test_keep_mine_is_an_undoable_step_and_keep_both_keeps_mine_in_the_history(qtbot, store_path, store, make_window):
    window, claim = setup(store, make_window)
    choices = [MINE, BOTH]
    window.resolve_conflict = lambda error: choices.pop(0)
    other = Store.open(store_path, author="script")
    other.update_annotation(claim.uuid, status="disputed")
    window.push(EditClaim(window.store, claim.uuid, {"note": "typed"}, window.events, base=claim.revision))
    assert store.annotation(claim.uuid).note == "typed" and store.annotation(claim.uuid).status == "disputed"
    assert [v.action for v in store.versions(claim.uuid)][:2] == ["keep-mine", "edit"]  # theirs stays in history
    window.undo_stack.undo()  # undo "keep mine": theirs is back
    assert store.annotation(claim.uuid).note == "mine"
    other.update_annotation(claim.uuid, note="script note")
    other.close()
    window.push(EditClaim(window.store, claim.uuid, {"note": "typed again"}, window.events, base=claim.revision))
    assert store.annotation(claim.uuid).note == "script note"
    assert store.versions(claim.uuid)[0].action == "note"
    assert store.versions(claim.uuid)[0].record["note"] == "typed again"


def test_the_editor_shows_the_claims_history(qtbot, store, make_window):
    window, claim = setup(store, make_window)
    window.claims_panel.select_uuid(claim.uuid)
    window.edit_claim(claim.uuid, {"note": "second"})
    window.claims_panel.select_uuid(claim.uuid)
    history = window.claims_panel.editor.history
    qtbot.waitUntil(lambda: history.count() == 2)
    assert "edit" in history.item(0).text() and "'mine' → 'second'" in history.item(0).text()


def test_a_change_waits_as_pending_while_another_program_holds_the_lock(qtbot, store_path, store, make_window):
    """Promise: Never shown as saved before it is."""
    window, claim = setup(store, make_window)
    assert store.lock_timeout == GUI_LOCK_WAIT
    label = window.save_indicator.label
    holder = sqlite3.connect(store_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    assert window.push(EditClaim(window.store, claim.uuid, {"note": "later"}, window.events)) is False
    assert "waiting" in label.text() and store.annotation(claim.uuid).note == "mine"
    assert window.undo_stack.count() == 0
    holder.execute("COMMIT")
    holder.close()
    qtbot.waitUntil(lambda: label.text() == "All changes saved", timeout=10000)
    assert store.annotation(claim.uuid).note == "later" and window.undo_stack.count() == 1


def test_a_change_not_saved_in_time_says_so_and_is_kept_to_retry(qtbot, store_path, store, make_window, monkeypatch):
    from desktop.ui.store import queue as store_queue

    monkeypatch.setattr(store_queue, "GIVE_UP_S", 0.0)
    window, claim = setup(store, make_window)
    errors = []
    window.show_error = errors.append
    window.writes.notSaved.disconnect()
    window.writes.notSaved.connect(errors.append)
    holder = sqlite3.connect(store_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    window.push(EditClaim(window.store, claim.uuid, {"note": "kept"}, window.events))
    qtbot.waitUntil(lambda: bool(errors))
    assert "Not saved" in errors[0] and "Edit claim" in errors[0] and "Retry" in errors[0]
    assert "not saved" in window.save_indicator.label.text() and window.writes.pending
    holder.execute("COMMIT")
    holder.close()
    window.writes.retry()
    assert store.annotation(claim.uuid).note == "kept" and not window.writes.pending


def test_changes_committed_by_another_process_appear_without_losing_the_selection(qtbot, store_path, store,
                                                                                  make_window):
    window, claim = setup(store, make_window)
    window.claims_panel.select_uuid(claim.uuid)
    other = Store.open(store_path, author="script")
    start = TEXT.index("1.3 مليار يورو")
    added = other.add_annotation(window.article_id, start, start + len("1.3 مليار يورو"), "amount")
    other.close()
    qtbot.waitUntil(lambda: window.claims_model.row_of(added.uuid) is not None)
    assert window.claims_panel.current_uuid() == claim.uuid
    assert added.uuid in {c.uuid for c in window.reader.claims_at(start + 1)}


def test_an_edit_in_progress_survives_a_change_elsewhere_and_then_conflicts(qtbot, store_path, store, make_window):
    window, claim = setup(store, make_window)
    window.claims_panel.select_uuid(claim.uuid)
    editor = window.claims_panel.editor
    editor.note_edit.setPlainText("typing…")
    other = Store.open(store_path, author="script")
    other.update_annotation(claim.uuid, status="confirmed")
    other.close()
    qtbot.waitUntil(lambda: "changed elsewhere" in editor.error_label.text())
    assert editor.note_edit.toPlainText() == "typing…"
    asked = []
    window.resolve_conflict = lambda error: asked.append(error) or BOTH
    editor.apply()
    assert asked and store.annotation(claim.uuid).status == "confirmed"
    assert store.versions(claim.uuid)[0].record["note"] == "typing…"


def test_the_conflict_box_offers_three_choices(qtbot, store, make_window):
    window, claim = setup(store, make_window)
    store.update_annotation(claim.uuid, note="theirs")
    try:
        store.update_annotation(claim.uuid, base_revision=claim.revision, note="mine too")
    except Exception as exc:  # noqa: BLE001 - the ConflictError under test
        box, buttons = conflict_box(window, exc)
    assert set(buttons) == {THEIRS, MINE, BOTH} and "'theirs' → 'mine too'" in box.informativeText()
    box.deleteLater()


def test_file_menu_backs_up_and_restores(qtbot, tmp_path, store, make_window):
    window, claim = setup(store, make_window)
    assert {"backup", "restore"} <= set(window.actions_by_name)
    from desktop.ui.store import backups as backup_dialogs

    made = backup_dialogs.back_up(window, str(tmp_path / "copy.db"))
    store.delete_annotation(claim.uuid)
    window.confirm = lambda title, question: True
    safety = backup_dialogs.restore(window, str(made))
    assert safety.parent.name == "backups" and store.annotation(claim.uuid).note == "mine"
    assert window.claims_model.row_of(claim.uuid) is not None


def test_an_article_imported_by_another_process_appears_in_the_library(qtbot, store_path, store, make_window):
    window, claim = setup(store, make_window)
    opened = window.article_id
    other = Store.open(store_path, author="script")
    added, _ = other.add_article(title="من سطر الأوامر", text="نص جديد أضافه برنامج آخر.")
    other.close()
    qtbot.waitUntil(lambda: added.id in window.library.article_ids())
    assert window.article_id == opened


def test_a_newer_store_opens_read_only_in_the_window_and_says_so(qtbot, store_path, store, make_window):
    window, claim = setup(store, make_window)
    store.db.execute("UPDATE store_meta SET value = '9.9.0' WHERE key = 'written_by'")
    store.db.execute("PRAGMA user_version = 99")
    newer = Store.open(store_path)
    assert newer.read_only
    window.open_store(str(store_path))
    assert window.store.read_only and "Hamish 9.9.0" in window.save_indicator.label.text()
    errors = []
    window.show_error = errors.append
    window.edit_claim(claim.uuid, {"note": "x"})
    assert errors and "read-only" in errors[0] and window.store.annotation(claim.uuid).note == "mine"
    newer.close()


def test_a_pending_edit_that_meets_a_change_made_meanwhile_asks_which_to_keep(qtbot, store_path, store, make_window):
    window, claim = setup(store, make_window)
    asked = []
    window.resolve_conflict = lambda error: asked.append(error) or THEIRS
    holder = sqlite3.connect(store_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    window.push(EditClaim(window.store, claim.uuid, {"note": "queued"}, window.events, base=claim.revision))
    holder.execute("COMMIT")
    holder.close()
    other = Store.open(store_path, author="script")  # Qt timers wait for the event loop: the retry comes after
    other.update_annotation(claim.uuid, status="disputed")
    other.close()
    qtbot.waitUntil(lambda: bool(asked), timeout=10000)
    assert "script edited it" in str(asked[0]) and store.annotation(claim.uuid).status == "disputed"
    assert not window.writes.pending


@pytest.mark.parametrize("choice, note", [(THEIRS, "script note"), (MINE, "mine")])
def test_undo_of_an_article_deletion_asks_when_its_claims_changed_elsewhere(qtbot, store_path, store, make_window,
                                                                          choice, note):
    from desktop.ui.claims.commands import DeleteArticle

    window, claim = setup(store, make_window)
    article = window.article_id
    choices, asked = [choice], []
    window.resolve_conflict = lambda error: asked.append(error) or choices.pop(0)
    assert window.push(DeleteArticle(window.store, article, window.events))
    other = Store.open(store_path, author="script")  # the article comes back elsewhere and its claim is edited
    other.restore_article(store.article_deletions()[0].content_hash)
    other.update_annotation(claim.uuid, note="script note")
    other.close()
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: bool(asked))
    assert "script edited it" in str(asked[0]) and "not restored" in str(asked[0])
    assert store.annotation(claim.uuid).note == note and window.undo_stack.count() == 0
    qtbot.waitUntil(lambda: window.article_id == article and window.claims_model.row_of(claim.uuid) is not None)
    assert "script note" in [v.record["note"] for v in store.versions(claim.uuid)]  # theirs never lost


def test_the_window_refuses_another_programs_file_to_open_or_merge_and_leaves_it_byte_for_byte(
        qtbot, tmp_path, store, make_window):
    import hashlib

    from desktop.ui.exchange.dialogs import MergeDialog

    window, claim = setup(store, make_window)
    errors = []
    window.show_error = errors.append
    other = tmp_path / "theirs" / "other.db"
    other.parent.mkdir()
    conn = sqlite3.connect(other)
    for table in ("articles", "annotations", "categories"):
        conn.execute(f"CREATE TABLE {table} (id INTEGER PRIMARY KEY, body TEXT)")
    conn.commit()
    conn.close()
    before = hashlib.sha256(other.read_bytes()).hexdigest()
    assert not window.open_store(str(other)) and window.store is store
    assert errors and "not a Hamish store" in errors[0]
    dialog = MergeDialog(store, window)
    qtbot.addWidget(dialog)
    dialog.path_field.set_path(other)
    assert dialog.run() is None and "not a Hamish store" in dialog.message.text()
    assert hashlib.sha256(other.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in other.parent.iterdir()) == ["other.db"]


def test_review_mode_follows_changes_elsewhere_and_a_stale_decision_asks(qtbot, store_path, store, make_window):
    from desktop.ui.claims.review_mode import ReviewWindow

    window, claim = setup(store, make_window)
    review = ReviewWindow(store, window.undo_stack, window.events, window.navigate_to, window)
    qtbot.addWidget(review)
    assert review.current_uuid() == claim.uuid
    other = Store.open(store_path, author="script")
    other.update_annotation(claim.uuid, note="script note")
    qtbot.waitUntil(lambda: review.claims[claim.uuid].note == "script note")  # the live view, no user action
    asked = []
    window.resolve_conflict = lambda error: asked.append(error) or THEIRS
    window.watcher.timer.stop()  # the review now shows a claim another program changes once more
    other.update_annotation(claim.uuid, status="rejected")
    other.close()
    review.decide("confirmed")
    assert asked and "script edited it" in str(asked[0])
    assert store.annotation(claim.uuid).status == "rejected" and window.undo_stack.count() == 0
    assert review.claims[claim.uuid].status == "rejected"


def test_accept_on_a_claim_changed_elsewhere_since_it_was_shown_asks(qtbot, store_path, store, make_window):
    window, claim = setup(store, make_window)
    window.claims_panel.select_uuid(claim.uuid)
    asked = []
    window.resolve_conflict = lambda error: asked.append(error) or THEIRS
    window.watcher.timer.stop()  # the panel still shows the claim as it was
    other = Store.open(store_path, author="script")
    other.update_annotation(claim.uuid, status="rejected")
    other.close()
    window.accept_claim()
    assert asked and "script edited it" in str(asked[0]) and store.annotation(claim.uuid).status == "rejected"
