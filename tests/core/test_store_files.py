"""Files that are not ours or not for us, read-only and full stores, locks, first-run races and backups."""

from __future__ import annotations

import hashlib
import multiprocessing
import sqlite3
import threading
from pathlib import Path

import pytest

from desktop.core.store import backups
from desktop.core.store.database import SCHEMA_VERSION, Store
from desktop.core.store.errors import NotAStore, StoreBusy, StoreFull, StoreReadOnly
from desktop.core.store.opening import APPLICATION_ID

TEXT = "استثمرت ASML مبلغ 1.3 مليار يورو، مما يجعلها تملك حصة بنسبة 11% وتصبح أكبر مساهم."


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_store_carries_its_own_marker(store, store_path):
    header = store_path.read_bytes()[:100]
    assert int.from_bytes(header[68:72], "big") == APPLICATION_ID
    assert int.from_bytes(header[60:64], "big") == SCHEMA_VERSION
    assert store.meta("store_id") and store.meta("schema") == str(SCHEMA_VERSION)


def test_another_programs_database_with_our_table_names_is_refused_and_never_modified(tmp_path):
    """Promise: Never another program's file."""
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE articles (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("CREATE TABLE annotations (id INTEGER PRIMARY KEY, note TEXT)")
    conn.execute("INSERT INTO articles (body) VALUES ('not ours')")
    conn.commit()
    conn.close()
    before = sha256(other)
    with pytest.raises(NotAStore, match="another program, not a Hamish store"):
        Store.open(other)
    assert sha256(other) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.db"]


def test_a_database_marked_by_another_program_is_refused(tmp_path):
    other = tmp_path / "marked.db"
    conn = sqlite3.connect(other)
    conn.execute("PRAGMA application_id = 1234")
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = sha256(other)
    with pytest.raises(NotAStore, match="application id 0x4d2"):
        Store.open(other)
    assert sha256(other) == before


def test_a_store_of_a_newer_schema_opens_read_only_naming_the_version(store, store_path):
    """Promise: A newer store is only read."""
    store.add_article(title="أسمل", text=TEXT)
    store.db.execute("UPDATE store_meta SET value = '9.9.0' WHERE key = 'written_by'")
    store.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 3}")
    store.close()
    before = sha256(store_path)
    newer = Store.open(store_path)
    assert newer.read_only
    assert "Hamish 9.9.0" in newer.notice and f"schema {SCHEMA_VERSION + 3}" in newer.notice
    assert [a.title for a in newer.articles()] == ["أسمل"]
    with pytest.raises(StoreReadOnly, match="Hamish 9.9.0"):
        newer.add_article(title="x", text="نص آخر")
    newer.close()
    assert sha256(store_path) == before


def test_a_read_only_store_gives_one_clear_message(store, store_path):
    store.add_article(title="أسمل", text=TEXT)
    store.close()
    ro = Store.open(store_path, read_only=True)
    with pytest.raises(StoreReadOnly, match="read-only.*nothing was saved"):
        ro.add_article(title="x", text="نص آخر")
    ro.close()


def test_a_full_disk_gives_one_clear_message_and_leaves_no_partial_article(store):
    """Promise: Damage is named, not hidden. (A failed import leaves no partial article.)"""
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages + 1}")  # SQLite's own size limit stands in for the disk
    with pytest.raises(StoreFull, match="the disk is full"):
        store.add_article(title="طويل", text="نص طويل جدا " * 20000)
    assert store.articles() == []
    assert store.db.execute("SELECT count(*) FROM search_index").fetchone()[0] == 0


def test_a_write_waits_for_the_lock_says_so_after_a_second_then_goes_through(store, store_path):
    said = threading.Event()
    store.on_wait = lambda message: said.set()
    holder = sqlite3.connect(store_path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")

    def release() -> None:
        said.wait(30)
        holder.execute("COMMIT")

    t = threading.Thread(target=release)
    t.start()
    article, new = store.add_article(title="أسمل", text=TEXT)
    t.join()
    holder.close()
    assert said.is_set() and new


def test_a_lock_held_too_long_names_it_and_saves_nothing(store, store_path):
    store.lock_timeout = 0.2
    holder = sqlite3.connect(store_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StoreBusy, match="write lock for 0.2 s.*nothing was saved"):
            store.add_article(title="أسمل", text=TEXT)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert store.articles() == []


def _open_at_once(path: str, barrier, results) -> None:
    try:
        barrier.wait(30)
        Store.open(path, author="racer", daily_backup=False).close()
        results.put("ok")
    except Exception as exc:  # noqa: BLE001 - every failure is reported to the test
        results.put(f"{type(exc).__name__}: {exc}")


def _race(work, path: str, processes: int) -> list[str]:
    """Run ``work(path, barrier, results)`` in ``processes`` forked processes released together; their outcomes."""
    ctx = multiprocessing.get_context("fork")
    barrier, results = ctx.Barrier(processes), ctx.Queue()
    procs = [ctx.Process(target=work, args=(path, barrier, results)) for _ in range(processes)]
    for p in procs:
        p.start()
    outcomes = [results.get(timeout=60) for _ in procs]
    for p in procs:
        p.join(60)
    return outcomes


def test_twenty_processes_opening_a_new_store_at_once_all_succeed_twenty_times(tmp_path):
    for round_ in range(20):
        path = str(tmp_path / f"race-{round_}.db")
        outcomes = _race(_open_at_once, path, 20)
        assert outcomes == ["ok"] * 20, (round_, outcomes)
        store = Store.open(path, daily_backup=False)
        assert len(store.categories()) == 6 and store.check() == []
        store.close()


def test_backups_keep_the_last_seven_beside_the_store(store, store_path):
    """Promise: Backups."""
    store.add_article(title="أسمل", text=TEXT)
    made = [backups.backup(store, "manual") for _ in range(9)]
    kept = backups.automatic_backups(store_path)
    assert kept == made[-7:] and all(p.parent == store_path.parent / "backups" for p in kept)
    copy = Store.open(kept[-1], read_only=True)
    assert [a.title for a in copy.articles()] == ["أسمل"]
    copy.close()


def test_a_daily_backup_is_made_on_open_once_a_day(store, store_path):
    store.add_article(title="أسمل", text=TEXT)
    store.close()
    Store.open(store_path).close()
    Store.open(store_path).close()
    assert len(backups.automatic_backups(store_path)) == 1


def test_a_backup_is_made_before_a_migration(store, store_path):
    store.add_article(title="أسمل", text=TEXT)
    store.db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm009_claim_revisions'")
    store.db.execute("DROP TABLE claim_revisions")
    store.db.execute("ALTER TABLE annotations DROP COLUMN revision")
    store.close()
    again = Store.open(store_path, daily_backup=False)
    assert [p.name.endswith("before-m009_claim_revisions.db") for p in backups.automatic_backups(store_path)] == [True]
    assert again.articles()[0].title == "أسمل"
    again.close()


def test_restore_backs_up_the_current_store_first(store, store_path, tmp_path):
    store.add_article(title="أسمل", text=TEXT)
    saved = backups.backup_to(store, tmp_path / "saved.db")
    store.add_article(title="later", text="نص لاحق")
    safety = backups.restore(store, saved)
    assert [a.title for a in store.articles()] == ["أسمل"]
    later = Store.open(safety, read_only=True)
    assert sorted(a.title for a in later.articles()) == ["later", "أسمل"]
    later.close()


def _import_at_once(path: str, barrier, results) -> None:
    try:
        barrier.wait(30)
        store = Store.open(path, author="racer", daily_backup=False)
        store.add_article(title="أسمل", text=TEXT)
        store.close()
        results.put("ok")
    except Exception as exc:  # noqa: BLE001 - every failure is reported to the test
        results.put(f"{type(exc).__name__}: {exc}")


def test_processes_importing_the_same_text_into_a_new_store_at_once_all_succeed(tmp_path):
    for round_ in range(5):
        path = str(tmp_path / f"import-race-{round_}.db")
        outcomes = _race(_import_at_once, path, 8)
        assert outcomes == ["ok"] * 8, (round_, outcomes)
        store = Store.open(path, daily_backup=False)
        assert len(store.articles()) == 1
        store.close()
