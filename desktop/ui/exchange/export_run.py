"""An export run off the window's thread: its own read-only connection, progress to a bar, a cancel that leaves no file."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QEventLoop, QObject, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from desktop.core.exchange.exporting import ExportCancelled, export
from desktop.core.store.database import Store, StoreError
from desktop.ui.exchange.parts import EXPECTED_ERRORS

__all__ = ["ExportWorker", "ExportProgress", "run_export"]


class ExportWorker(QObject):
    """Runs :func:`desktop.core.exchange.exporting.export` on its own connection to the store file."""

    progressed = Signal(int, int)  # steps done, steps in all (at most every EMIT_EVERY seconds, and the last)
    done = Signal(object, str)  # the ExportResult (None when it failed or was cancelled), and why it failed
    EMIT_EVERY = 0.05

    def __init__(self, store_path: str, fmt: str, path, options: dict):
        super().__init__()
        self.store_path, self.fmt, self.path, self.options = store_path, fmt, path, options
        self._stop = threading.Event()
        self._last = 0.0
        self.cancelled = False

    def cancel(self) -> None:
        """Ask the export to stop at its next step (callable from any thread)."""
        self._stop.set()

    def _progress(self, done: int, total: int) -> None:
        if self._stop.is_set():
            raise ExportCancelled()
        now = time.monotonic()
        if now - self._last >= self.EMIT_EVERY or done >= total:
            self._last = now
            self.progressed.emit(done, total)

    @Slot()
    def run(self) -> None:
        result, error = None, ""
        try:
            store = Store.open(self.store_path, read_only=True, daily_backup=False)
            try:
                result = export(store, self.fmt, self.path, progress=self._progress, **self.options)
            finally:
                store.close()
        except ExportCancelled:
            self.cancelled = True
        except EXPECTED_ERRORS as exc:
            error = str(exc)
        except Exception as exc:  # noqa: BLE001 - an unforeseen failure still ends the run with a message
            error = f"{type(exc).__name__}: {exc}"
        self.done.emit(result, error)


class ExportProgress(QWidget):
    """A progress bar with a Cancel button, shown while an export runs longer than SHOW_AFTER_MS."""

    SHOW_AFTER_MS = 1000

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setAccessibleName(self.tr("Export progress"))
        self.cancel_button = QPushButton(self.tr("Cancel export"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel export"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel_button)
        self.hide()

    def set_progress(self, done: int, total: int) -> None:
        self.bar.setMaximum(max(total, 1))
        self.bar.setValue(min(done, max(total, 1)))


def run_export(progress: ExportProgress, store: Store, fmt: str, path, options: dict):
    """Export in a worker thread while the event loop runs; returns the ExportResult, raises StoreError when it
    failed and :class:`ExportCancelled` when it was cancelled (nothing written then)."""
    store_path = store.path
    if not store_path:  # a store in memory has no file another connection could read: export here
        return export(store, fmt, path, **options)
    worker = ExportWorker(store_path, fmt, path, options)
    thread = QThread()
    worker.moveToThread(thread)
    outcome: list = []
    loop = QEventLoop()
    worker.progressed.connect(progress.set_progress)
    worker.done.connect(lambda result, error: (outcome.append((result, error)), loop.quit()))
    # A plain function, not the worker's method: a queued call would wait for the worker's busy thread.
    stop = lambda: worker.cancel()  # noqa: E731
    progress.cancel_button.clicked.connect(stop)
    thread.started.connect(worker.run)
    progress.set_progress(0, 0)
    shown = QTimer(progress, singleShot=True, interval=ExportProgress.SHOW_AFTER_MS)
    shown.timeout.connect(progress.show)
    shown.start()
    thread.start()
    try:
        if not outcome:
            loop.exec()
    finally:
        shown.stop()
        progress.cancel_button.clicked.disconnect(stop)
        progress.hide()
        thread.quit()
        thread.wait()
    result, error = outcome[0]
    if worker.cancelled:
        raise ExportCancelled()
    if result is None:
        raise StoreError(error)
    return result
