"""Contradiction badges for the claims panel and the All-claims table: which claims contradict which other sources.

The index is computed at once on a small store (a few milliseconds) and in a worker thread, on its own read-only
connection, on a large one, so the event loop never waits for it; it is kept until the claims change.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, QPointF, Qt, QThread, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPolygonF

from desktop.core.compare import figures
from desktop.core.compare.figures import Point
from desktop.core.store.errors import StoreError
from desktop.ui.compare import prefs
from desktop.ui.formatting import compact_value
from desktop.ui.i18n import isolate
from desktop.ui.widgets import drawn_icon

SYNC_LIMIT = 5_000  # claims with a subject and a value: up to this many, the index is computed at once
DEBOUNCE_MS = 250  # a burst of claim edits recomputes once
BADGE_COLOUR = "#c0392b"


def contradicting(store, chosen: prefs.CompareSettings) -> dict[str, tuple[Point, ...]]:
    """Each claim in an unresolved contradiction → the claims (from other articles) it contradicts."""
    found: dict[str, list[Point]] = defaultdict(list)
    for c in figures.contradictions(store, tolerance=chosen.tolerance, window_days=chosen.window_days,
                                    display=chosen.currency):
        if not c.resolved:
            found[c.a.uuid].append(c.b)
            found[c.b.uuid].append(c.a)
    return {uuid: tuple(points) for uuid, points in found.items()}


def format_day(day: str, locale) -> str:
    """An ISO day as the UI writes it: "6 May 2025", «٦ مايو ٢٠٢٥» (the ISO text itself if it is not a date)."""
    date = QDate.fromString(day[:10], Qt.DateFormat.ISODate)
    return locale.toString(date, "d MMM yyyy") if date.isValid() else day


def badge_tooltip(others: tuple[Point, ...], language: str, locale=None) -> str:
    """"Contradicts other sources:" and a line per source (its value and date), each inserted value isolated."""
    lines = [f"{isolate(p.source or p.title)} ({isolate(compact_value(p.value, p.unit, locale, language))}, "
             f"{isolate(format_day(p.published, locale or QLocale()))})" for p in others]
    head = QCoreApplication.translate("Contradictions", "Contradicts other sources:")
    return head + "\n" + "\n".join(lines)


def _draw_badge(painter: QPainter, size: int) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(BADGE_COLOUR))
    painter.drawPolygon(QPolygonF([QPointF(8, 1), QPointF(15, 14.5), QPointF(1, 14.5)]))
    painter.setPen(QPen(QColor("white"), 2.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.drawLine(QPointF(8, 5.5), QPointF(8, 9.5))
    painter.drawPoint(QPointF(8, 12.2))


def badge_icon() -> QIcon:
    """A small red triangle with a white bar and dot: the same mark everywhere a contradiction is flagged."""
    return drawn_icon(_draw_badge)


class _Worker(QThread):
    """Computes the index on its own read-only connection to the store file."""

    found = Signal(object, int)  # {uuid: (Point, …)}, generation

    def __init__(self, path: str, chosen: prefs.CompareSettings, generation: int, parent=None):
        super().__init__(parent)
        self.path, self.chosen, self.generation = path, chosen, generation

    def run(self) -> None:
        from desktop.core.store.database import Store

        result: dict = {}
        try:
            store = Store.open(self.path, read_only=True, daily_backup=False)
            try:
                result = contradicting(store, self.chosen)
            finally:
                store.close()
        except Exception:  # noqa: BLE001 - a store being replaced, locked or broken: no badges this time
            result = {}
        self.found.emit(result, self.generation)


class ContradictionIndex(QObject):
    """Which claims contradict which, for badges; ``updated`` is emitted whenever it changed."""

    updated = Signal()

    def __init__(self, store, settings=None, parent=None, *, sync_limit: int = SYNC_LIMIT):
        super().__init__(parent)
        self.store, self.settings, self.sync_limit = store, settings, sync_limit
        self._map: dict[str, tuple[Point, ...]] = {}
        self._generation = 0
        self._worker: _Worker | None = None
        self._again = False
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)

    def set_store(self, store) -> None:
        self.store = store
        self._generation += 1
        self._map = {}
        self.updated.emit()
        self.refresh()

    def schedule(self, *_args) -> None:
        """Claims changed: recompute a moment later (once for a burst of changes)."""
        self._timer.start()

    def refresh(self) -> None:
        """Recompute now: at once on a small store, else in the worker (again when it is done, if it is running)."""
        if self._worker is not None:
            self._again = True
            return
        chosen = prefs.load(self.settings)
        try:
            path = self.store.path
            count = self.store.db.execute(
                "SELECT count(*) FROM annotations WHERE subject IS NOT NULL AND value IS NOT NULL").fetchone()[0]
        except sqlite3.Error:  # the store was closed (the window is going, or switched stores): nothing to index
            return
        if count <= self.sync_limit or not path:
            try:
                self._apply(contradicting(self.store, chosen), self._generation)
            except (StoreError, sqlite3.Error):
                self._apply({}, self._generation)
            return
        self._worker = _Worker(path, chosen, self._generation, self)
        self._worker.found.connect(self._apply)
        self._worker.finished.connect(self._worker_done)
        self._worker.start()

    def _apply(self, found: dict, generation: int) -> None:
        if generation != self._generation:
            return
        if found != self._map:
            self._map = found
            self.updated.emit()

    def _worker_done(self) -> None:
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.wait()
            worker.deleteLater()
        if self._again:
            self._again = False
            self.refresh()

    def busy(self) -> bool:
        return self._worker is not None

    def wait(self) -> None:
        """Join a running worker (the window closes)."""
        self._timer.stop()
        self._again = False
        if self._worker is not None:
            self._worker.wait()

    def others(self, uuid: str) -> tuple[Point, ...]:
        return self._map.get(uuid, ())

    def uuids(self) -> set[str]:
        return set(self._map)

    def tooltip(self, uuid: str, language: str = "en", locale=None) -> str:
        others = self._map.get(uuid)
        return badge_tooltip(others, language, locale) if others else ""
