"""What the store refuses or cannot do, as exceptions whose message is one clear sentence for the analyst."""

from __future__ import annotations

import sqlite3

__all__ = [
    "StoreError", "StoreBusy", "StoreFull", "StoreReadOnly", "StoreDamaged", "NotAStore", "explain",
]

_HINT_DAMAGED = "`hamish check` names the damage and `hamish recover NEW.db` saves what can be read"


class StoreError(Exception):
    """A request the store refuses; the message says why, and nothing was changed."""


class StoreBusy(StoreError):
    """Another program held the store's write lock longer than we waited; nothing was written."""


class StoreFull(StoreError):
    """The disk (or the store's size limit) is full; nothing was written."""


class StoreReadOnly(StoreError):
    """The store can only be read: its file is read-only, or it was opened read-only (e.g. a newer schema)."""


class StoreDamaged(StoreError):
    """SQLite found damaged pages; ``hamish check`` names them and ``hamish recover`` saves what can be read."""


class NotAStore(StoreError):
    """The file is not a Hamish store (another program's database, or not a database at all); never written."""


def explain(exc: sqlite3.Error, path: object = None, waited: float | None = None) -> StoreError:
    """The StoreError (one sentence, naming ``path``) that stands for a SQLite error; the caller raises it."""
    where = f"{path}: " if path else ""
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(exc).lower() if primary is None else ""  # the message only when SQLite gave no code
    if primary in (5, 6) or "locked" in text or "busy" in text:
        seconds = f"{waited:g} s" if waited else "as long as allowed"
        return StoreBusy(f"{where}another program held the store's write lock for {seconds} (a second Hamish, "
                         "a script or a database browser); nothing was saved — close it or try again")
    if primary == 13 or "full" in text:
        return StoreFull(f"{where}the disk is full (or the store reached its size limit); nothing was saved — "
                         "free some space and try again")
    if primary == 8 or "readonly" in text or "read-only" in text:
        return StoreReadOnly(f"{where}the store is read-only (file permissions, a read-only disk, or opened "
                             "read-only); nothing was saved")
    if primary in (11, 26) or "malformed" in text or "not a database" in text:
        return StoreDamaged(f"{where}the store is damaged ({exc}); {_HINT_DAMAGED}")
    if primary == 10:
        return StoreError(f"{where}the disk reported an error while reading or writing the store ({exc}); "
                          "nothing was saved")
    if primary == 14:
        return StoreError(f"{where}the store file cannot be opened ({exc})")
    if isinstance(exc, sqlite3.IntegrityError):
        return StoreError(f"{where}the store refused the change ({exc}); nothing was saved")
    return StoreError(f"{where}the store cannot do this ({type(exc).__name__}: {exc}); nothing was saved")
