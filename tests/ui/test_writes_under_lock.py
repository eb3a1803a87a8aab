"""Every GUI write path under another process's write lock, and on a full disk: the change is shown as pending (never
as saved), kept, and committed at a retry; nothing is lost (review mode, the import worker, the exchange dialogs)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from desktop.core.exchange.exporting import export
from desktop.core.store.database import Store
from desktop.ui.claims.review_mode import ReviewWindow
from desktop.ui.exchange.dialogs import ImportAnnotationsDialog, MergeDialog
from desktop.ui.store.queue import GUI_LOCK_WAIT

from .conftest import add_article

TEXT = "استثمرت ASML مبلغ 1.3 مليار يورو، مما يجعلها تملك حصة بنسبة 11% وتصبح أكبر مساهم 😀."
HOLD = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=30)
conn.execute("BEGIN IMMEDIATE")
print("held", flush=True)
sys.stdin.readline()
conn.execute("COMMIT")
"""


class LockHolder:
    """Another process holding the store's write lock (BEGIN IMMEDIATE) until ``release``."""

    def __init__(self, path):
        self.process = subprocess.Popen([sys.executable, "-c", HOLD, str(path)], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, text=True)
        assert self.process.stdout.readline().strip() == "held"

    def release(self) -> None:
        if self.process.poll() is None:
            self.process.stdin.write("go\n")
            self.process.stdin.flush()
            assert self.process.wait(timeout=30) == 0


@pytest.fixture
def hold_lock(store_path):
    holders = []

    def hold() -> LockHolder:
        holders.append(LockHolder(store_path))
        return holders[-1]

    yield hold
    for holder in holders:
        holder.release()


@pytest.fixture
def window_and_claim(store, make_window):
    article = add_article(store, TEXT)
    start = TEXT.index("11%")
    claim = store.add_annotation(article, start, start + 3, "stake", note="mine")
    window = make_window(store)
    window.open_article(article)
    errors = []
    window.show_error = errors.append
    window.writes.notSaved.disconnect()
    window.writes.notSaved.connect(errors.append)
    assert store.lock_timeout == GUI_LOCK_WAIT  # one attempt on the GUI thread waits 20 ms at most
    return window, claim, errors


def saved(window) -> bool:
    return window.save_indicator.label.text() == "All changes saved" and not window.writes.pending


def test_review_decision_waits_as_pending_under_another_process_lock_and_is_saved_after(
        qtbot, store, window_and_claim, hold_lock):
    window, claim, errors = window_and_claim
    review = ReviewWindow(store, window.undo_stack, window.events, window.navigate_to, window)
    qtbot.addWidget(review)
    assert review.current_uuid() == claim.uuid
    holder = hold_lock()
    review.decide("confirmed")
    assert store.annotation(claim.uuid).status == "unreviewed" and window.undo_stack.count() == 0
    assert "Not saved yet" in review.status_label.text() and "waiting" in window.save_indicator.label.text()
    holder.release()
    qtbot.waitUntil(lambda: saved(window), timeout=10000)
    assert store.annotation(claim.uuid).status == "confirmed" and window.undo_stack.count() == 1
    assert review.status_label.text() == "" and review.claims[claim.uuid].status == "confirmed"
    holder = hold_lock()  # an undo from review mode meets the lock too: kept, then done
    review.undo()
    assert store.annotation(claim.uuid).status == "confirmed"
    holder.release()
    qtbot.waitUntil(lambda: store.annotation(claim.uuid).status == "unreviewed" and saved(window), timeout=10000)
    assert errors == []


def test_import_waits_as_pending_under_another_process_lock_and_is_saved_after(
        qtbot, tmp_path, store, window_and_claim, hold_lock):
    window, claim, errors = window_and_claim
    source = tmp_path / "خبر.txt"
    source.write_text("ارتفعت الصادرات بنسبة 7% في الربع الأول 😀.\n", encoding="utf-8")
    before = {s.id for s in store.articles()}
    holder = hold_lock()
    run = window.import_files([str(source)])
    with qtbot.waitSignal(run.finished, timeout=20000) as finished:
        pass
    outcome = finished.args[0]
    assert outcome.waiting == [str(source)] and not outcome.added and not outcome.failures
    assert "not saved yet" in outcome.summary() and {s.id for s in store.articles()} == before
    assert "waiting" in window.save_indicator.label.text()
    holder.release()
    qtbot.waitUntil(lambda: saved(window), timeout=10000)
    added = [s for s in store.articles() if s.id not in before]
    assert [s.title for s in added] and outcome.added[0][0] == added[0].id and not outcome.waiting
    qtbot.waitUntil(lambda: added[0].id in window.library.article_ids())
    assert errors == []


@pytest.mark.parametrize("kind", ["import", "merge"])
def test_exchange_dialogs_wait_under_another_process_lock_keep_the_change_and_finish_after(
        qtbot, tmp_path, store, window_and_claim, hold_lock, kind):
    window, claim, errors = window_and_claim
    colleague = Store.open(tmp_path / "colleague.db", author="colleague")
    from desktop.core.exchange.merge import merge

    merge(colleague, store.path)
    colleague.update_annotation(claim.uuid, note="their note")
    export(colleague, "jsonl", tmp_path / "theirs.jsonl")
    colleague.close()
    dialog = (ImportAnnotationsDialog if kind == "import" else MergeDialog)(store, window)
    qtbot.addWidget(dialog)
    dialog.path_field.set_path(tmp_path / ("theirs.jsonl" if kind == "import" else "colleague.db"))
    holder = hold_lock()
    assert dialog.run() is None
    assert "Not saved yet" in dialog.message.text() and not dialog.action_button.isEnabled()
    assert store.annotation(claim.uuid).note == "mine" and window.writes.pending
    holder.release()
    qtbot.waitUntil(lambda: saved(window), timeout=10000)
    assert store.annotation(claim.uuid).note == "their note" and dialog.result_value is not None
    assert dialog.action_button.isEnabled() and "Not saved" not in dialog.message.text()
    assert errors == []


def test_a_full_disk_gives_one_clear_message_and_the_change_is_kept_then_saved(qtbot, store, window_and_claim):
    """Promise: A full disk loses nothing."""
    window, claim, errors = window_and_claim
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages}")  # SQLite now answers SQLITE_FULL, as on a full disk
    long_note = "ملاحظة طويلة 😀 " * 2000
    window.edit_claim(claim.uuid, {"note": long_note})
    window.edit_claim(claim.uuid, {"status": "confirmed"})  # a second change queues behind the first
    assert len(errors) == 1 and "disk is full" in errors[0] and "kept" in errors[0] and "Edit claim" in errors[0]
    assert store.annotation(claim.uuid).note == "mine" and len(window.writes.pending) == 2
    assert "not saved" in window.save_indicator.label.text() and window.save_indicator.button.isVisibleTo(window)
    store.db.execute("PRAGMA max_page_count = 1073741823")  # space freed
    window.save_indicator.button.click()
    qtbot.waitUntil(lambda: saved(window))
    assert store.annotation(claim.uuid).note == long_note and store.annotation(claim.uuid).status == "confirmed"
    assert len(errors) == 1 and window.undo_stack.count() == 2


def test_the_first_run_sample_waits_for_another_process_lock_instead_of_failing(qtbot, store, make_window, hold_lock):
    holder = hold_lock()
    window = make_window(store, load_sample=True)  # the window opens; the sample waits in the queue
    assert store.articles() == [] and "waiting" in window.save_indicator.label.text()
    holder.release()
    qtbot.waitUntil(lambda: saved(window), timeout=10000)
    assert len(store.articles()) == 1 and store.annotations()  # the sample article with its claims, in one go
    qtbot.waitUntil(lambda: window.library.article_ids() == [store.articles()[0].id])


def test_closing_or_switching_stores_with_a_change_pending_asks_first(qtbot, tmp_path, store, window_and_claim,
                                                                      hold_lock):
    window, claim, errors = window_and_claim
    holder = hold_lock()
    window.edit_claim(claim.uuid, {"note": "waiting"})
    asked = []
    window.confirm = lambda title, question: asked.append(question) or False
    window.close()
    assert window.isVisible() and "1 change(s) are not saved yet" in asked[0] and window.writes.pending
    assert not window.open_store(str(tmp_path / "other.hamish")) and window.store is store
    holder.release()
    window.close()  # the lock is free now: the change is saved on the way out, nothing asked
    assert not window.isVisible() and store.annotation(claim.uuid).note == "waiting" and len(asked) == 2
