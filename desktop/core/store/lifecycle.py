"""Opening a store (recognising it, migrating it under one BEGIN IMMEDIATE, backing it up) and its transactions."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

from desktop.core.store.errors import StoreError, StoreReadOnly, explain
from desktop.core.store.migrations import migrations
from desktop.core.store.opening import APPLICATION_ID, classify, connect

SCHEMA_VERSION = len(migrations)  # the number of named migrations this Hamish knows
LOCK_TIMEOUT = 30.0  # seconds every command waits for another program's write lock


class Lifecycle:
    """Mixed into :class:`~desktop.core.store.database.Store`: ``open``, migrations, metadata, transactions."""

    @classmethod
    def open(cls, path: str | os.PathLike, *, author: str | None = None, read_only: bool = False,
             on_wait=None, lock_timeout: float = LOCK_TIMEOUT, daily_backup: bool = True,
             defer_checks: bool = False) -> "Store":
        """Open (creating if needed) the store at ``path``; refuses files that are not Hamish stores, before
        writing anything. A store of a newer schema, or a file that cannot be written, opens read-only with a
        ``notice``. Before migrating a store with data, and once a day, a backup goes to ``backups/`` beside it.

        ``defer_checks``: a writable store already marked with this Hamish's schema (its header and ``PRAGMA
        user_version``, read through the WAL) opens on the bare connection, without sqlite-utils or the migrations
        table: reading it is safe, and :meth:`finish_open` (the app calls it right after its first paint, before
        anything can write) makes the full check. Any other store is opened and checked fully at once."""
        path = Path(path)
        kind = classify(path)
        notice = ""
        if kind.kind == "ours" and (kind.schema > SCHEMA_VERSION or _unknown_migrations(kind.legacy_names)):
            read_only = True
            notice = _newer_notice(path, kind.schema)
        elif kind.kind == "ours" and not os.access(path, os.W_OK):
            read_only = True
            notice = "the store file is read-only, so it opened read-only: nothing can be saved"
        if kind.kind == "new":
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"{path}: its folder cannot be created ({exc.strerror or exc})") from exc
        elif read_only and not notice:
            notice = "opened read-only: nothing can be saved"
        conn = connect(path, read_only=read_only, timeout=lock_timeout)
        try:
            current = (defer_checks and kind.kind == "ours" and kind.schema == SCHEMA_VERSION and not read_only
                       and _marked_current(conn))
            store = cls(conn, author=author, read_only=read_only, notice=notice,
                        lock_timeout=lock_timeout, on_wait=on_wait, check=not current)
            if daily_backup and not read_only and kind.kind == "ours":
                from desktop.core.store import backups

                backups.daily(store)
            return store
        except sqlite3.Error as exc:
            conn.close()
            raise explain(exc, path, lock_timeout) from None
        except BaseException:
            conn.close()
            raise

    def finish_open(self) -> None:
        """The checks :meth:`open` deferred (``defer_checks``): the migrations table, a pending or unknown migration
        (a store of a newer Hamish opens read-only). Nothing is done when they ran already."""
        if self._checked:
            return
        self._checked = True
        try:
            self._migrate()
        except sqlite3.Error as exc:
            raise explain(exc, self.path, self.lock_timeout) from None

    def _migrate(self) -> None:
        """Apply pending migrations under one BEGIN IMMEDIATE, so racing first runs wait and find nothing to do;
        a store that holds data is backed up first. Then mark the file as ours (application_id, user_version)."""
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        applied = tuple(m.name for m in migrations.applied(self.db))
        if self.path and (version > SCHEMA_VERSION or _unknown_migrations(applied)):
            # newer, seen through the WAL only: the header check in open() could not know yet
            self.read_only = True
            self.notice = _newer_notice(Path(self.path), max(version, len(applied)))
            return
        pending = migrations.pending(self.db)
        if pending and "articles" in self.db.table_names() and self.path:
            from desktop.core.store import backups

            backups.backup(self, reason="before-" + pending[0].name)
        marked = (self.db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
                  and self.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION)
        if marked and not pending:
            return
        with self.transaction():
            if migrations.pending(self.db):
                migrations.apply(self.db)
                from desktop import __version__

                self.db.execute("INSERT OR REPLACE INTO store_meta (key, value) VALUES ('written_by', ?), "
                                "('schema', ?)", [__version__, str(SCHEMA_VERSION)])
            if self.db.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                self.db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            if self.db.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
                self.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        self.db.execute("PRAGMA wal_checkpoint(PASSIVE)")  # the marker into the file itself, not only the WAL

    def meta(self, key: str) -> str | None:
        """A row of the store's own metadata (store_id, created, written_by, schema), or None."""
        try:
            row = self.db.execute("SELECT value FROM store_meta WHERE key = ?", [key]).fetchone()
        except sqlite3.OperationalError:
            return None
        return row[0] if row else None

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic unit of work under ``BEGIN IMMEDIATE`` (the write lock is taken first, so a transaction that
        reads then writes never fails half-way on a lock); nested calls join the outer one as savepoints. SQLite
        errors come out as StoreError subclasses whose message says what happened and that nothing was saved."""
        self.finish_open()  # a store opened with deferred checks is checked (and migrated) before any write
        if self.read_only:
            raise StoreReadOnly(f"{self.path}: {self.notice or 'opened read-only'}; nothing was saved")
        conn = self.db.conn
        if conn.in_transaction:
            with self.db.atomic():
                yield
            return
        try:
            self._begin()  # inside: an interrupt (Ctrl+C) just after BEGIN must not leave the transaction open
            yield
            conn.execute("COMMIT")
        except BaseException as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise explain(exc, self.path, self.lock_timeout) from exc
            raise

    def _busy_timeout(self, ms: int) -> None:
        if ms != self._busy_ms:
            self.db.conn.execute(f"PRAGMA busy_timeout = {ms}")
            self._busy_ms = ms

    def _begin(self) -> None:
        conn = self.db.conn
        ms = int(self.lock_timeout * 1000)
        timer = None
        if self.on_wait is not None and self.lock_timeout > 1:
            # First without waiting: the lock is nearly always free, and starting the timer's thread for every
            # transaction cost about 2 ms each on a busy machine (a batch import makes one transaction a file).
            self._busy_timeout(0)
            try:
                conn.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError:
                pass  # held by another program (or any other refusal): wait as below, and say why
            finally:
                self._busy_timeout(ms)
            message = (f"waiting for the write lock of {self.path} (another program is writing to it); "
                       f"up to {self.lock_timeout:g} s…")
            timer = threading.Timer(1.0, self.on_wait, [message])
            timer.daemon = True
            timer.start()
        self._busy_timeout(ms)
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise explain(exc, self.path, self.lock_timeout) from None
        finally:
            if timer is not None:
                timer.cancel()


def _marked_current(conn: sqlite3.Connection) -> bool:
    """Whether the file, as SQLite sees it (the WAL too), carries our marker at this Hamish's schema."""
    application_id = conn.execute("PRAGMA application_id").fetchone()[0]
    return application_id == APPLICATION_ID and conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def _unknown_migrations(names: tuple[str, ...]) -> bool:
    known = set(migrations.names)
    return any(n not in known for n in names)


def _newer_notice(path: Path, schema: int) -> str:
    """Why a store opens read-only: the schema and Hamish version that wrote it, read without writing."""
    from desktop import __version__

    written_by = "a newer Hamish"
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value FROM store_meta WHERE key = 'written_by'").fetchone()
        finally:
            conn.close()
        if row:
            written_by = f"Hamish {row[0]}"
    except sqlite3.Error:
        pass
    return (f"written by {written_by} (schema {schema}); this Hamish {__version__} knows schema {SCHEMA_VERSION}, "
            "so it opened the store read-only: update Hamish to change it")
