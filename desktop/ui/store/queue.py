"""The window's link to the store: a write queue that never blocks the event loop on a lock, the saved/pending
indicator, undo and redo steps the store refused, and the live view of changes other processes commit."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QPushButton

from desktop.core.store.errors import StoreBusy, StoreError, StoreFull
from desktop.core.store.revisions import ConflictError

GUI_LOCK_WAIT = 0.02  # seconds one attempt may wait for the lock on the GUI thread (well under 100 ms, even on a loaded machine)
RETRY_MS = 200  # between attempts while another program holds the lock
GIVE_UP_S = 30.0  # then the change is reported as not saved (and kept, to retry)
POLL_MS = 500  # how often the live view asks SQLite whether another connection committed


@dataclass
class Pending:
    label: str
    attempt: Callable[[], object]
    on_done: Callable[[object], None] | None = None  # called with the attempt's result once it is committed
    since: float = field(default_factory=time.monotonic)
    given_up: bool = False


class WriteQueue(QObject):
    """Runs writes in order; one that meets another program's lock is kept *pending* and retried, never reported
    as saved before it is committed; one that meets a full disk is kept too, said once, and retried on Retry.
    ``submit`` returns True when committed now, None when pending; any other refusal of the store propagates to
    the caller. ``on_done`` gets the attempt's result once committed (now, or at a later retry)."""

    stateChanged = Signal()
    notSaved = Signal(str)  # what was not saved, and why
    conflicted = Signal(object)  # a retried change met a ConflictError: the window asks which version to keep
    savedLater = Signal(str)  # a kept change was committed at a retry (its label): views re-read the store

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.set_store(store)
        self.pending: list[Pending] = []
        self.timer = QTimer(self)
        self.timer.setInterval(RETRY_MS)
        self.timer.timeout.connect(self._retry)

    def set_store(self, store) -> None:
        self.store = store
        store.lock_timeout = GUI_LOCK_WAIT
        store.on_wait = None
        self.stateChanged.emit()

    def submit(self, label: str, attempt: Callable[[], object],
               on_done: Callable[[object], None] | None = None) -> bool | None:
        if self.pending:  # keep the order of the analyst's changes
            self.pending.append(Pending(label, attempt, on_done))
            self.stateChanged.emit()
            return None
        try:
            result = attempt()
        except StoreBusy:
            self.pending.append(Pending(label, attempt, on_done))
            self.timer.start()
            self.stateChanged.emit()
            return None
        except StoreFull as exc:
            self._keep_after(Pending(label, attempt, on_done), exc)
            return None
        self.stateChanged.emit()
        if on_done is not None:
            on_done(result)
        return True

    def _keep_after(self, item: Pending, exc: StoreError) -> None:
        """Keep a change the store could not take (full disk, or the lock held past the wait): say so once."""
        item.given_up = True
        if item not in self.pending:
            self.pending.append(item)
        self.timer.stop()
        self.stateChanged.emit()
        self.notSaved.emit(self.tr("Not saved: %s. %s The change is kept: press Retry to save it.")
                           % (f"\u2068{item.label}\u2069", exc))

    def _retry(self) -> None:
        while self.pending:
            item = self.pending[0]
            if item.given_up:
                self.timer.stop()
                return
            try:
                self._probe()  # cheap: an attempt may first read a whole file or store, not worth it while locked
                result = item.attempt()
            except StoreBusy as exc:
                if time.monotonic() - item.since >= GIVE_UP_S:
                    self._keep_after(item, exc)
                return
            except StoreFull as exc:
                self._keep_after(item, exc)
                return
            except ConflictError as exc:
                self.pending.pop(0)
                self.stateChanged.emit()
                self.conflicted.emit(exc)
                continue
            except StoreError as exc:
                self.pending.pop(0)
                self.stateChanged.emit()
                self.notSaved.emit(self.tr("Not saved: %s. %s") % (f"\u2068{item.label}\u2069", exc))
                continue
            self.pending.pop(0)
            self.stateChanged.emit()
            if item.on_done is not None:
                item.on_done(result)
            self.savedLater.emit(item.label)
        self.timer.stop()

    def _probe(self) -> None:
        """Raise StoreBusy while another program still holds the write lock (an empty transaction, 20 ms at most)."""
        with self.store.transaction():
            pass

    def retry(self) -> None:
        """Try the kept changes again (after a failure was reported), for another 30 s."""
        for item in self.pending:
            item.given_up, item.since = False, time.monotonic()
        if self.pending:
            self.timer.start()
            self._retry()

    def drop_pending(self) -> None:
        """Forget the changes still waiting (the analyst chose to leave without them)."""
        self.pending.clear()
        self.timer.stop()
        self.stateChanged.emit()

    def status_text(self) -> str:
        if getattr(self.store, "read_only", False):
            return self.tr("Read-only: %s") % f"\u2068{self.store.notice}\u2069"
        if not self.pending:
            return self.tr("All changes saved")
        if any(p.given_up for p in self.pending):
            return self.tr("%n change(s) not saved", "", len(self.pending))
        return self.tr("%n change(s) waiting for the store (another program holds its lock)…", "", len(self.pending))


def queue_for(widget) -> WriteQueue | None:
    """The write queue of the window ``widget`` belongs to (its ``writes``), or None outside a main window."""
    while widget is not None:
        writes = getattr(widget, "writes", None)
        if isinstance(writes, WriteQueue):
            return writes
        widget = widget.parent()
    return None


class StoreWatcher(QObject):
    """Emits ``changedElsewhere`` when another connection (the CLI, a second window, a merge) committed to the
    store, by polling ``PRAGMA data_version`` (cheap: no file is read)."""

    changedElsewhere = Signal()

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.set_store(store)
        self.timer.start()

    def set_store(self, store) -> None:
        self.store = store
        self.version = self._version()

    def _version(self) -> int | None:
        try:
            return self.store.db.execute("PRAGMA data_version").fetchone()[0]
        except Exception:  # noqa: BLE001 - a closed or damaged store: nothing to watch
            return None

    def poll(self) -> bool:
        version = self._version()
        if version is None or version == self.version:
            return False
        self.version = version
        self.changedElsewhere.emit()
        return True


class SaveIndicator(QObject):
    """The status bar's permanent "All changes saved" / pending / not saved label, and a Retry button."""

    def __init__(self, window, queue: WriteQueue):
        super().__init__(window)
        self.queue = queue
        self.label = QLabel(window)
        self.label.setObjectName("saveState")
        self.label.setAccessibleName(self.tr("Save state"))
        self.button = QPushButton(self.tr("Retry"), window)
        self.button.setObjectName("retrySave")
        self.button.clicked.connect(queue.retry)
        window.statusBar().addPermanentWidget(self.label)
        window.statusBar().addPermanentWidget(self.button)
        queue.stateChanged.connect(self.update)
        self.update()

    def update(self) -> None:
        self.label.setText(self.queue.status_text())
        self.button.setVisible(any(p.given_up for p in self.queue.pending))


def attach(window) -> None:
    """Give ``window`` its write queue (``writes``), save indicator, live view (``watcher``) and the handling of
    undo/redo steps the store refused (``events.stepFailed``)."""
    window.writes = WriteQueue(window.store, window)
    window.save_indicator = SaveIndicator(window, window.writes)
    window.writes.notSaved.connect(window.show_error)
    window.writes.conflicted.connect(lambda error: _resolve(window, error))
    window.writes.savedLater.connect(lambda _label: window.refresh_all())  # our own commit: no data_version change
    window.watcher = StoreWatcher(window.store, window)
    window.watcher.changedElsewhere.connect(window.refresh_all)
    window.events.stepFailed.connect(lambda failure: step_failed(window, failure), Qt.ConnectionType.QueuedConnection)


def _resolve(window, error) -> None:
    from desktop.ui.claims.conflicts import resolve

    resolve(window, error)


def step_failed(window, failure) -> None:
    """An undo or redo wrote nothing: resolve a conflict, or take the step back and retry it (lock) or say why."""
    if getattr(failure, "handled", False):
        return
    failure.handled = True
    if isinstance(failure.error, ConflictError):
        _resolve(window, failure.error)
        return
    take_back(window.undo_stack, failure)
    if isinstance(failure.error, StoreBusy):
        window.writes.submit(failure.label, lambda: run_step(window, failure.step))
    else:
        window.show_error(str(failure.error))


def take_back(stack, failure) -> None:
    """Move the undo stack back over a step that wrote nothing, without touching the store."""
    if failure.step == "undo":
        failure.command._done_already = True
        stack.redo()
    else:
        failure.command._skip_undo = True
        stack.undo()


def run_step(window, step: str) -> None:
    """One attempt at an undo or redo for the write queue: raises StoreBusy (to retry) when the lock is held."""
    caught = []
    connection = window.events.stepFailed.connect(caught.append, Qt.ConnectionType.DirectConnection)
    try:
        (window.undo_stack.undo if step == "undo" else window.undo_stack.redo)()
    finally:
        window.events.stepFailed.disconnect(connection)
    if caught:
        failure = caught[0]
        failure.handled = isinstance(failure.error, StoreBusy)
        if failure.handled:
            take_back(window.undo_stack, failure)
            raise failure.error
