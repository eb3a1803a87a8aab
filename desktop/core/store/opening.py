"""Recognising a store by its own marker before anything is written, and opening its SQLite connection.

A Hamish store carries ``PRAGMA application_id = 0x48616D73`` ("Hams") and ``PRAGMA user_version`` = the number
of its schema migrations, both read from the file's 100-byte header without SQLite, so nothing (not even a lock
file) is made for a file that is not ours. Stores made before the marker existed are recognised by their
``_sqlite_migrations`` rows of the ``hamish`` set. Anything else is refused (:class:`NotAStore`); a store whose
schema is newer than this Hamish knows opens read-only with a notice naming the version that wrote it.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from desktop.core.store.errors import NotAStore, StoreError, explain

APPLICATION_ID = 0x48616D73
MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class FileKind:
    """What a path holds: ``new`` (missing, empty, or a SQLite file with no tables), or ``ours`` at ``schema``."""

    kind: str
    schema: int = 0
    legacy_names: tuple[str, ...] = ()


def _header(path: Path) -> bytes:
    with open(path, "rb") as fh:
        return fh.read(100)


def classify(path: Path) -> FileKind:
    """Look at ``path`` without writing anything; raises NotAStore for a file that is not a Hamish store."""
    if path.is_dir():
        raise NotAStore(f"{path}: is a folder, not a store file")
    if not path.exists() or path.stat().st_size == 0:
        return FileKind("new")
    try:
        head = _header(path)
    except OSError as exc:
        raise StoreError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if not head.startswith(MAGIC) or len(head) < 100:
        raise NotAStore(f"{path}: not a SQLite database, so not a Hamish store; it was left untouched")
    app_id = int.from_bytes(head[68:72], "big")
    user_version = int.from_bytes(head[60:64], "big")
    if app_id == APPLICATION_ID:
        return FileKind("ours", user_version)
    if app_id != 0:
        raise NotAStore(f"{path}: a database of another program (application id {app_id:#x}), not a Hamish "
                        "store; it was left untouched")
    return _classify_unmarked(path)


def _classify_unmarked(path: Path) -> FileKind:
    """A SQLite file without our marker: a store made before the marker, an empty database, or not ours.

    Read without locks (``immutable``) when there is no WAL, so not even a lock touches another program's file;
    a file another process is creating right now can look torn that way, so it is read again with locks."""
    wal = path.with_name(path.name + "-wal")
    base = f"{path.resolve().as_uri()}?mode=ro"
    try:
        tables, names = _schema(base if wal.exists() else base + "&immutable=1")
    except sqlite3.DatabaseError:
        try:
            tables, names = _schema(base)
        except sqlite3.Error as exc:
            raise explain(exc, path) from None
    if not tables:
        return FileKind("new")
    if names:
        return FileKind("ours", len(names), names)
    raise NotAStore(f"{path}: a SQLite database of another program, not a Hamish store (it carries no Hamish "
                    "marker); it was left untouched")


def _schema(uri: str) -> tuple[set[str], tuple[str, ...]]:
    conn = sqlite3.connect(uri, uri=True, isolation_level=None)
    try:
        conn.execute("PRAGMA busy_timeout = 5000")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        names: tuple[str, ...] = ()
        if "_sqlite_migrations" in tables:
            names = tuple(r[0] for r in conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = 'hamish' ORDER BY rowid"))
        return tables, names
    finally:
        conn.close()


def connect(path: Path, *, read_only: bool, timeout: float) -> sqlite3.Connection:
    """A connection in autocommit mode (the store runs its own transactions), WAL and full sync when writable."""
    try:
        if read_only:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None,
                                   check_same_thread=False)
        else:
            conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
        if not read_only:
            _wal(conn, timeout)
            conn.execute("PRAGMA synchronous = FULL")
        return conn
    except sqlite3.Error as exc:
        raise explain(exc, path, timeout) from None


def _wal(conn: sqlite3.Connection, timeout: float) -> None:
    """Switch to WAL; a new file raced by other processes may answer "locked" at once, so retry for a while."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL").fetchone()
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)
