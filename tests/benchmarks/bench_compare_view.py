"""How fast the Compare view opens on a library of 10,000 articles and 100,000 claims (300 subjects, 5 sources).

Builds the store with scale_data.py (our Arabic template), then gives every claim a subject, a unit and its article
a source site. Prints wall-clock milliseconds (median of five opens, and the first open with pyqtgraph's import)
of the Compare window on the subject with most claims, from construction until its table and chart are drawn, and,
as a baseline measured in the same run, of a bare QTableView showing the same rows (read with one query). The
target is ≤ 300 ms for the view.

Run on demand:  python tests/benchmarks/bench_compare_view.py [--articles N] [--data DIR]   (exit 1 if missed)
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import scale_data  # noqa: E402

TARGET_MS = 300.0
SOURCES = ["صحيفة المدار", "الخليج اليوم", "Tech Arabia", "نبض الاقتصاد", "رصيف المال"]


def add_subjects(path: Path, subjects: int = 300) -> None:
    """Every claim gets one of ``subjects`` subjects, money claims a currency, counts a unit; articles a site."""
    from desktop.core.store.database import Store

    store = Store.open(path, author="bench", daily_backup=False)
    rng = random.Random(14)
    with store.transaction():
        for i in range(subjects):
            store.ensure_subject(f"شركة {i}", [f"Company {i}"])
        store.db.conn.executemany("UPDATE articles SET site = ? WHERE id = ?",
                                  [(SOURCES[n % len(SOURCES)], n) for n, in store.db.execute("SELECT id FROM articles")])
        rows = store.db.execute("SELECT uuid, kind FROM annotations").fetchall()
        store.db.conn.executemany("UPDATE annotations SET subject = ?, unit = ? WHERE uuid = ?", [
            (f"شركة {rng.randrange(subjects)}", rng.choice(["USD", "EUR", "SAR"]) if kind == "money" else "users", uuid)
            for uuid, kind in rows])
    store.close()


def open_compare(app, store, subject: str, category: str) -> tuple[float, object]:
    from desktop.ui.compare.view import CompareWindow

    t = time.perf_counter()
    window = CompareWindow(store, lambda *_: None, subject=subject, category=category)
    window.resize(1000, 640)
    window.show()
    while window.chart is None:
        app.processEvents()
    window.grab()  # drawn: table and chart painted once
    took = (time.perf_counter() - t) * 1000
    return took, window


def open_baseline(app, store, subject: str, category: str) -> float:
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    t = time.perf_counter()
    rows = store.db.execute(
        "SELECT n.value, n.unit, a.site, a.published, a.title, n.status, n.quote FROM annotations n "
        "JOIN articles a ON a.id = n.article WHERE n.subject = ? AND n.category = ? AND n.value IS NOT NULL "
        "ORDER BY a.published", [subject, category]).fetchall()
    model = QStandardItemModel(len(rows), 7)
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            model.setItem(r, c, QStandardItem(str(cell)))
    view = QTableView()
    view.setModel(model)
    view.resize(1000, 640)
    view.show()
    app.processEvents()
    view.grab()
    took = (time.perf_counter() - t) * 1000
    view.close()
    view.deleteLater()
    return took


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=scale_data.LEVELS["100k"])
    parser.add_argument("--data", type=Path, default=None, help="keep the built store in this folder")
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    from desktop.core.store.database import Store

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.data or Path(tmp)
        path = folder / f"compare-{args.articles}.db"
        fresh = not path.exists()
        t = time.perf_counter()
        scale_data.build(path, args.articles)
        if fresh or not Store.open(path, daily_backup=False).subjects():
            add_subjects(path)
        print(f"store: {args.articles:,} articles ({time.perf_counter() - t:.1f} s to build or check)")
        store = Store.open(path, author="bench", daily_backup=False)
        claims = store.db.execute("SELECT count(*) FROM annotations").fetchone()[0]
        subject, category, count = store.db.execute(
            "SELECT subject, category, count(*) FROM annotations GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1").fetchone()
        first, window = open_compare(app, store, subject, category)
        shown = window.model.rowCount()
        window.close()
        window.deleteLater()
        opens, bases = [], []
        for _ in range(5):
            took, window = open_compare(app, store, subject, category)
            window.close()
            window.deleteLater()
            app.processEvents()
            opens.append(took)
            bases.append(open_baseline(app, store, subject, category))
        store.close()
    view, base = statistics.median(opens), statistics.median(bases)
    print(f"{claims:,} claims; subject {subject!r} / {category}: {count} claims, {shown} rows shown")
    print(f"Compare view: {view:.0f} ms (median of 5; first open with pyqtgraph's import {first:.0f} ms); "
          f"bare QTableView of the same rows {base:.0f} ms; ratio {view / base:.2f}; target ≤ {TARGET_MS:.0f} ms")
    return 0 if view <= TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
