"""Library search off the GUI thread: a thread with its own read-only connection runs the newest query only and
hands back its hits tagged with the query's number, so the window never waits and stale answers are dropped."""

from __future__ import annotations

import queue
import sqlite3
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from desktop.core.store.searching import Searching


class _Reader(Searching):
    """The store's search over a connection of its own (Searching needs only ``db.execute``)."""

    def __init__(self, conn: sqlite3.Connection):
        self.db = conn


class SearchWorker(QObject):
    """``submit(query)`` returns the query's number; ``found(number, hits)`` is emitted in the GUI thread for the
    newest query only: queries submitted while one runs are skipped but the last, and ``latest`` lets the
    receiver drop an answer that a newer query has overtaken. ``failed(number, message)`` on a read error.

    Keep it without a Qt parent: its thread holds it alive until :meth:`stop`, so a signal never comes from a
    deleted object."""

    found = Signal(int, object)
    failed = Signal(int, str)

    def __init__(self, path: str | Path):
        super().__init__()
        self.path = Path(path)
        self.latest = 0
        self._queue: queue.Queue = queue.Queue()
        self._thread = threading.Thread(target=self._run, name="hamish-search", daemon=True)
        self._thread.start()

    def submit(self, query: str) -> int:
        self.latest += 1
        self._queue.put((self.latest, query))
        return self.latest

    def stop(self, timeout: float | None = 5.0) -> None:
        """End the thread (after the query it is running) and close its connection."""
        self._queue.put(None)
        self._thread.join(timeout)

    @staticmethod
    def _emit(signal, *args) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # the receiving window is gone: nobody waits for the answer
            pass

    def _run(self) -> None:
        conn = None
        try:
            while True:
                request = self._queue.get()
                while request is not None and not self._queue.empty():  # only the newest query matters
                    request = self._queue.get()
                if request is None:
                    return
                number, query = request
                try:
                    if conn is None:
                        conn = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True,
                                               check_same_thread=False)
                        conn.execute("PRAGMA busy_timeout = 2000")
                    hits = _Reader(conn).search(query)
                except sqlite3.Error as exc:
                    self._emit(self.failed, number, str(exc))
                    continue
                self._emit(self.found, number, hits)
        finally:
            if conn is not None:
                conn.close()
