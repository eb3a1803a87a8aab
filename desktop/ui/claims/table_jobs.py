"""The All-claims table's work that needs every claim or article: value groups (SQL, on a read-only connection of
its own, in a background thread on a large store) and the articles' order by a locale-aware collation of their
titles, and the group orders built from them."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from PySide6.QtCore import QCollator, QObject, Qt, Signal

from desktop.core.compare.grouping_sql import GroupIndex, group_index

SYNC_LIMIT = 5_000  # claims with a value: up to this many, the groups are computed at once on the UI thread

_local = threading.local()


def collator() -> QCollator:
    """This thread's collator: the UI locale, numeric mode, case-insensitive (QCollator is not shared by threads)."""
    found = getattr(_local, "collator", None)
    if found is None:
        found = _local.collator = QCollator()
        found.setNumericMode(True)
        found.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return found


def title_order(conn) -> tuple[int, ...]:
    """Article ids by a locale-aware collation of their titles (equal titles in id order)."""
    rows = conn.execute("SELECT id, title FROM articles ORDER BY id").fetchall()
    c = collator()
    keys = {title: c.sortKey(title) for title in {t for _, t in rows}}
    rows.sort(key=lambda r: keys[r[1]])  # a stable sort: equal titles keep id order
    return tuple(r[0] for r in rows)


class TitleOrder:
    """The articles' title order, kept while the same articles are stored (a title never changes)."""

    def __init__(self, key=None, articles: tuple[int, ...] = ()):
        self.key, self.articles = key, articles

    @staticmethod
    def stamp(conn) -> tuple:
        return tuple(conn.execute("SELECT count(*), max(id), total(id) FROM articles").fetchone())

    def current(self, db) -> tuple[int, ...]:
        key = self.stamp(db.conn)
        if key != self.key:
            self.key, self.articles = key, title_order(db.conn)
        return self.articles


def group_order(ids: list[int], index: GroupIndex, *, by_spread: bool = False) -> list[int]:
    """``ids`` with the grouped claims first, by group number (or by spread, then number) and value within each
    group, then the others in their order in ``ids``."""
    shown = set(ids)
    order = index.order
    if by_spread and index.groups:
        starts, n = {}, 0
        for g in index.groups:
            starts[g.number] = (n, n + g.size)
            n += g.size
        order = tuple(r for g in sorted(index.groups, key=lambda g: (g.spread, g.number))
                      for r in index.order[slice(*starts[g.number])])
    grouped = [r for r in order if r in shown]
    return grouped + [r for r in ids if r not in index.member_of]


def find(ids: list[int], rowid) -> int:
    """The place of ``rowid`` in ``ids``, -1 when absent."""
    try:
        return ids.index(rowid)
    except ValueError:
        return -1


class GroupJob(QObject):
    """Computes the groups and the title order in a background thread; ``done`` delivers the latest result on the
    UI thread (a start while one runs is done after it; a cancelled or superseded result is dropped)."""

    done = Signal(object, object)  # GroupIndex, TitleOrder
    _finished = Signal(int, object, object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._generation = 0
        self._thread: threading.Thread | None = None
        self._again: tuple | None = None
        self._finished.connect(self._deliver)

    def busy(self) -> bool:
        return self._thread is not None

    def start(self, path: str, tolerance: float, by: str) -> None:
        self._generation += 1
        if self._thread is not None:
            self._again = (path, tolerance, by)
            return
        self._thread = threading.Thread(target=self._run, args=(self._generation, path, tolerance, by),
                                        name="hamish-claim-groups", daemon=True)
        self._thread.start()

    def cancel(self) -> None:
        self._generation += 1
        self._again = None

    def wait(self) -> None:
        thread = self._thread
        if thread is not None:
            thread.join()

    def _run(self, generation: int, path: str, tolerance: float, by: str) -> None:
        index, titles = GroupIndex(), None
        try:
            conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
            try:
                index = group_index(conn, tolerance=tolerance, by=by)
                titles = TitleOrder(TitleOrder.stamp(conn), title_order(conn))
            finally:
                conn.close()
        except Exception:  # noqa: BLE001 - a store being replaced, locked or broken: no groups this time
            pass
        try:
            self._finished.emit(generation, index, titles)
        except RuntimeError:  # the table is gone
            pass

    def _deliver(self, generation: int, index: GroupIndex, titles) -> None:
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join()
        again, self._again = self._again, None
        if again is not None:
            self.start(*again)
        elif generation == self._generation:
            self.done.emit(index, titles)
