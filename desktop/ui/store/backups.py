"""File › Back up… and File › Restore…: the store's online backup and restore, from the window; and the daily
backup on open, in a thread of its own after the window is painted."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from desktop.core.store import backups
from desktop.core.store.errors import StoreError


def back_up(window, path: str | None = None) -> Path | None:
    """Write a consistent copy of the store (asks where, suggesting ``backups/`` beside it); returns it."""
    if path is None:
        suggested = str(backups.backup_dir(window.store.path) / f"{Path(window.store.path).stem}-backup.db")
        path, _ = QFileDialog.getSaveFileName(window, QCoreApplication.translate("Backups", "Back up the store"), suggested,
                                              QCoreApplication.translate("Backups", "Hamish stores (*.db)"))
        if not path:
            return None
    try:
        made = backups.backup_to(window.store, path)
    except StoreError as exc:
        window.show_error(str(exc))
        return None
    window.statusBar().showMessage(QCoreApplication.translate("Backups", "Backed up to %s") % f"\u2068{made}\u2069", 8000)
    return made


def restore(window, path: str | None = None) -> Path | None:
    """Replace the store's content with a backup after asking; the current content is backed up first."""
    if path is None:
        path, _ = QFileDialog.getOpenFileName(window, QCoreApplication.translate("Backups", "Restore a backup"),
                                              str(backups.backup_dir(window.store.path)), QCoreApplication.translate("Backups", "Hamish stores (*.db)"))
        if not path:
            return None
    question = QCoreApplication.translate("Backups", "Replace everything in this store with the backup %s? What it holds now is backed up first.") % (
        f"\u2068{Path(path).name}\u2069")
    if not window.confirm(QCoreApplication.translate("Backups", "Restore a backup"), question):
        return None
    try:
        safety = backups.restore(window.store, path)
    except StoreError as exc:
        window.show_error(str(exc))
        return None
    window.undo_stack.clear()
    window.watcher.set_store(window.store)
    window.refresh_all()
    window.statusBar().showMessage(QCoreApplication.translate("Backups", "Restored; the store as it was is in %s") % f"\u2068{safety}\u2069", 8000)
    return safety


def start_daily_backup(store_path: str | Path) -> threading.Thread:
    """Make today's automatic backup (if none is there yet) in a thread with its own read-only connection, so a
    large store is copied while the analyst already reads; the thread is not a daemon, so a backup under way
    is finished before the program exits. A backup that cannot be made is skipped, as on open."""

    def run() -> None:
        from desktop.core.store.database import Store

        try:
            store = Store.open(store_path, read_only=True, daily_backup=False)
        except StoreError:
            return
        try:
            backups.daily(store)
        finally:
            store.close()

    thread = threading.Thread(target=run, name="hamish-daily-backup")
    thread.start()
    return thread
