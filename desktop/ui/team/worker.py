"""One sync with the team hub off the GUI thread, on its own store connection; the outcome comes back as a signal.

The thread is a daemon Python thread rather than a QThread: when the app quits while a sync still waits on the
network (the bounded wait on quit ran out), the process may end without waiting for it. A sync cut at any point
loses nothing (each batch is one transaction, and a push is idempotent), so the changes simply go next time.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from desktop.core.store.database import Store, StoreError

SYNC_LOCK_WAIT = 10.0  # seconds the worker's connection waits for the window's write lock


@dataclass
class SyncOutcome:
    """What a sync did (``pushed``, ``pulled``, ``conflicts``, ``refused``), or ``error`` (one line) when it failed;
    ``offline`` when the hub could not be reached at all."""

    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0
    refused: list[str] = field(default_factory=list)
    error: str = ""
    offline: bool = False
    received: int = 0  # everything taken in: claim revisions, shared items and PDFs (0: nothing shown changed)


def run_sync(path: str, url: str) -> SyncOutcome:
    """Sync the store at ``path`` with the hub at ``url`` on a connection of its own; never raises."""
    try:
        from desktop.core.hub.client import HubError, sync
    except ImportError as exc:
        return SyncOutcome(error=f"the team hub needs psycopg 3 ({exc})")
    try:
        store = Store.open(path, daily_backup=False, lock_timeout=SYNC_LOCK_WAIT)
    except StoreError as exc:
        return SyncOutcome(error=str(exc))
    try:
        result = sync(store, url)
    except HubError as exc:
        text = str(exc)
        return SyncOutcome(error=text, offline=text.startswith("offline"))
    except StoreError as exc:
        return SyncOutcome(error=str(exc))
    except Exception as exc:  # noqa: BLE001 - shown as one line in the status bar, never as a traceback
        return SyncOutcome(error=f"{type(exc).__name__}: {exc}")
    finally:
        store.close()
    return SyncOutcome(result.pushed, result.pulled, result.conflicts, list(result.refused),
                       received=result.pulled + result.shared_pulled + result.pdfs_pulled)


class SyncRun(QObject):
    """Start with :meth:`start`; ``finished(SyncOutcome)`` arrives on the GUI thread (a queued signal)."""

    finished = Signal(object)

    def __init__(self, path: str, url: str, parent=None):
        super().__init__(parent)
        self.path, self.url = path, url
        self.thread = threading.Thread(target=self._run, name="hamish-sync", daemon=True)

    def start(self) -> None:
        self.thread.start()

    def is_running(self) -> bool:
        return self.thread.is_alive()

    def _run(self) -> None:
        outcome = run_sync(self.path, self.url)
        try:
            self.finished.emit(outcome)
        except RuntimeError:  # the window went away while we were syncing: nobody to tell
            pass
