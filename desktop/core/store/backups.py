"""Backups with SQLite's online backup API: a consistent copy even while the store is open and being written.

A plain file copy of an open store can miss the last acknowledged claims (they may still sit in the ``-wal``
file beside it) or catch a page half-written; the backup API copies the database as one transaction sees it.
Automatic backups go to ``backups/`` beside the store, named ``<store>-<UTC time>-<reason>.db``: before every
migration and once a day on open; the newest :data:`KEEP` of them are kept.
"""

from __future__ import annotations

import datetime as _dt
import os
import sqlite3
from pathlib import Path

from desktop.core.store.errors import StoreError, explain
from desktop.core.store.opening import classify

__all__ = ["KEEP", "backup", "backup_to", "daily", "restore", "backup_dir", "automatic_backups"]

KEEP = 7


def backup_dir(store_path: str | os.PathLike) -> Path:
    return Path(store_path).resolve().parent / "backups"


def automatic_backups(store_path: str | os.PathLike) -> list[Path]:
    """The automatic backups of this store, oldest first."""
    folder = backup_dir(store_path)
    stem = Path(store_path).stem
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob(f"{stem}-*.db") if p.is_file())


def backup_to(store, target: str | os.PathLike) -> Path:
    """Copy the open store into ``target`` (a new file, or one replaced whole) with the online backup API."""
    target = Path(target)
    if target.exists() and target.resolve() == Path(store.path).resolve():
        raise StoreError(f"{target}: is the store itself; choose another file for the backup")
    if target.is_dir():
        raise StoreError(f"{target}: is a folder; give the backup's file name")
    partial = target.with_name(target.name + ".partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial.unlink(missing_ok=True)
        dest = sqlite3.connect(str(partial))
        try:
            store.db.conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        os.replace(partial, target)
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        raise explain(exc, target) from None
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise StoreError(f"{target}: the backup cannot be written ({exc.strerror or exc}); nothing was changed") \
            from None
    return target


def backup(store, reason: str = "daily") -> Path:
    """An automatic backup in ``backups/`` beside the store; older ones beyond :data:`KEEP` are removed."""
    stamp = _dt.datetime.now(_dt.timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    target = backup_dir(store.path) / f"{Path(store.path).stem}-{stamp}-{reason}.db"
    made = backup_to(store, target)
    for old in automatic_backups(store.path)[:-KEEP]:
        try:
            old.unlink()
        except OSError:
            pass  # another process removed it first
    return made


def daily(store) -> Path | None:
    """Back the store up unless it has a backup from today (UTC) or holds nothing yet."""
    if not store.path or not store.db.execute("SELECT 1 FROM articles LIMIT 1").fetchone():
        return None
    today = _dt.datetime.now(_dt.timezone.utc).strftime("%Y%m%d")
    stem = Path(store.path).stem
    if any(p.name.startswith(f"{stem}-{today}T") for p in automatic_backups(store.path)):
        return None
    try:
        return backup(store, "daily")
    except StoreError:
        return None  # a daily backup that cannot be written must not keep the analyst from working


def restore(store, source: str | os.PathLike) -> Path:
    """Replace the open store's content with a backup's, after backing the current content up; returns that
    safety backup. The backup must be a Hamish store that passes SQLite's integrity check."""
    source = Path(source)
    if not source.is_file():
        raise StoreError(f"{source}: no such backup file")
    kind = classify(source)
    if kind.kind != "ours":
        raise StoreError(f"{source}: an empty file, not a Hamish backup")
    from desktop.core.store.database import SCHEMA_VERSION

    if kind.schema > SCHEMA_VERSION:
        raise StoreError(f"{source}: made by a newer Hamish (schema {kind.schema}); update Hamish to restore it")
    try:
        src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        try:
            problems = [r[0] for r in src.execute("PRAGMA integrity_check").fetchall() if r[0] != "ok"]
            if problems:
                raise StoreError(f"{source}: the backup is damaged ({problems[0]}); nothing was restored")
            safety = backup(store, "before-restore")
            src.backup(store.db.conn)
        finally:
            src.close()
    except sqlite3.Error as exc:
        raise explain(exc, source) from None
    store._store_id = None
    store._migrate()  # a backup made by an older Hamish gets this one's migrations
    return safety
