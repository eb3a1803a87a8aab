"""One measured run of the scale benchmark, in a fresh process: ``python scale_child.py SCENARIO ARGS...``.

Prints one JSON line: the seconds the scenario took inside the process (``"inner"``) and the peak resident
memory of the process in MB (``"rss_mb"``, VmHWM). Start-up runs print when the article is painted;
the parent adds the time from spawn.
"""

from __future__ import annotations

import csv
import json
import os
import resource
import sys
import time
from pathlib import Path

T0 = time.perf_counter()
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _rss_mb() -> float:
    """Peak resident memory of this process: VmHWM (getrusage's ru_maxrss keeps the parent's peak across exec)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _done(**extra) -> None:
    print(json.dumps({"inner": time.perf_counter() - T0, "rss_mb": round(_rss_mb(), 1), **extra}), flush=True)


def _wait_painted(app, widget) -> None:
    """Run the event loop until ``widget`` has been painted once (offscreen too)."""
    from PySide6.QtCore import QEvent, QObject

    painted = []

    class Watch(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 (Qt's name)
            if event.type() == QEvent.Type.Paint:
                painted.append(1)
            return False

    watch = Watch()
    widget.installEventFilter(watch)
    while not painted:
        app.processEvents()
    widget.removeEventFilter(watch)


def start_hamish(store: str) -> None:
    """Hamish as ``hamish gui`` starts it (desktop.ui.app.open_window), until the last article is painted."""
    from PySide6.QtWidgets import QApplication
    from PySide6.QtCore import QSettings
    from desktop.ui.app import configure_app, create_app, open_window
    from desktop.ui.settings import AppSettings

    app = create_app(["hamish"])
    settings = AppSettings(QSettings(str(Path(os.environ["HAMISH_BENCH_SETTINGS"])), QSettings.Format.IniFormat))
    configure_app(app, settings.language)
    window = open_window(store, settings)
    _wait_painted(app, window.reader.viewport())
    assert window.article_id is not None and window.reader.toPlainText()
    _done(article=window.article_id)
    QApplication.instance().quit()


def start_bare(store: str) -> None:
    """The baseline: a bare window with a QTableView of every title and a QPlainTextEdit of the first article."""
    import sqlite3
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit, QSplitter, QTableView

    app = QApplication(["bare"])
    conn = sqlite3.connect(store)
    model = QStandardItemModel()
    for (title,) in conn.execute("SELECT title FROM articles ORDER BY imported, id"):
        model.appendRow(QStandardItem(title))
    window = QMainWindow()
    split = QSplitter()
    table = QTableView()
    table.setModel(model)
    text = QPlainTextEdit()
    text.setPlainText(conn.execute("SELECT text FROM articles ORDER BY imported, id LIMIT 1").fetchone()[0])
    split.addWidget(table)
    split.addWidget(text)
    window.setCentralWidget(split)
    window.resize(1400, 900)
    window.show()
    _wait_painted(app, text.viewport())
    _done()


def all_claims(store: str) -> None:
    """The All-claims window on every claim: open until painted, then each sort and filter until repainted
    (seconds each, in ``steps``)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication
    from desktop.core.store.database import Store
    from desktop.ui.claims.table import (COL_ARTICLE, COL_CATEGORY, COL_GROUP, COL_QUOTE, COL_SPREAD, COL_STATUS,
                                         COL_VALUE, ClaimsTableWindow)

    app = QApplication(["hamish"])
    s = Store.open(store, daily_backup=False)
    start = time.perf_counter()
    window = ClaimsTableWindow(s, lambda *_a: None)
    window.resize(1100, 600)
    window.show()
    _wait_painted(app, window.view.viewport())
    steps = {"open": time.perf_counter() - start}
    grouping = getattr(window.model, "grouping", lambda: False)
    while grouping():  # the value groups (and the title order) come from a background thread on a large store
        app.processEvents()
        time.sleep(0.002)
    steps["groups ready (background)"] = time.perf_counter() - start

    def timed(name, action) -> None:
        t = time.perf_counter()
        action()
        window.view.viewport().repaint()
        steps[name] = time.perf_counter() - t

    window.view.viewport().repaint()  # once untimed: the first paint with the groups' colours warms Qt's caches
    timed("repaint alone (baseline)", lambda: None)  # the floor of every step below: the view's own painting
    timed("sort value desc", lambda: window.view.sortByColumn(COL_VALUE, Qt.SortOrder.DescendingOrder))
    timed("sort article", lambda: window.view.sortByColumn(COL_ARTICLE, Qt.SortOrder.AscendingOrder))
    timed("sort status", lambda: window.view.sortByColumn(COL_STATUS, Qt.SortOrder.AscendingOrder))
    for col, name in ((COL_CATEGORY, "category"), (COL_QUOTE, "quote"), (COL_GROUP, "group"), (COL_SPREAD, "spread")):
        timed(f"sort {name}", lambda col=col: window.view.sortByColumn(col, Qt.SortOrder.AscendingOrder))
    timed("sort value asc", lambda: window.view.sortByColumn(COL_VALUE, Qt.SortOrder.AscendingOrder))
    timed("filter text", lambda: window.proxy.set_text("عمّان"))
    timed("filter text cleared", lambda: window.proxy.set_text(""))
    timed("filter text 2 words", lambda: window.proxy.set_text("مليار دينار"))
    timed("filter text 2 words cleared", lambda: window.proxy.set_text(""))
    timed("filter unit", lambda: window.proxy.set_unit(""))
    timed("filter unit cleared", lambda: window.proxy.set_unit(None))
    timed("filter status", lambda: window.proxy.set_status("unreviewed"))
    timed("filter status cleared", lambda: window.proxy.set_status(None))
    timed("filter grouped only", lambda: window.proxy.set_grouped_only(True))
    timed("filter grouped only cleared", lambda: window.proxy.set_grouped_only(False))
    timed("scroll to the end", lambda: window.view.scrollToBottom())
    timed("refresh (store changed)", window.refresh)  # what a claim edit elsewhere costs; the store is not written
    _done(claims=window.model.rowCount(), steps=steps)


def export_hamish(store: str, fmt: str, out: str) -> None:
    from desktop.core.store.database import Store
    from desktop.core.exchange.exporting import export

    result = export(Store.open(store), fmt, out)
    _done(claims=result.claims, bytes=result.bytes)


def export_csv_writer(store: str, out: str) -> None:
    """The baseline: csv.writer over the same SQL (claims joined to their article's title)."""
    import sqlite3

    conn = sqlite3.connect(store)
    rows = conn.execute(
        """SELECT n.article, a.title, n.quote, n.prefix, n.suffix, n.category, n.kind, n.value, n.unit, n.status,
                  n.note, n.author, n.created, n.modified, n.start, n."end", n.uuid
           FROM annotations n JOIN articles a ON a.id = n.article ORDER BY n.article, n.start, n."end", n.created""")
    count = 0
    with open(out, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow([d[0] for d in rows.description])
        for row in rows:
            writer.writerow(row)
            count += 1
    _done(claims=count, bytes=os.path.getsize(out))


def export_xlsx_bare(store: str, out: str) -> None:
    """The XLSX baseline: XlsxWriter's constant_memory mode writing the same SQL's cells, nothing else done."""
    import sqlite3

    import xlsxwriter

    conn = sqlite3.connect(store)
    rows = conn.execute(
        """SELECT a.title, n.quote, n.prefix, n.suffix, n.category, n.kind, n.value, n.unit, n.status, n.note,
                  n.author, n.created, n.modified, n.start, n."end", n.article, n.uuid, n.subject
           FROM annotations n JOIN articles a ON a.id = n.article ORDER BY n.article, n.start, n."end", n.created""")
    book = xlsxwriter.Workbook(out, {"constant_memory": True, "strings_to_formulas": False,
                                     "strings_to_numbers": False, "strings_to_urls": False})
    sheet = book.add_worksheet("Claims")
    count = 0
    for count, row in enumerate(rows, 1):
        for col, value in enumerate(row):
            if isinstance(value, str):
                sheet.write_string(count, col, value)
            elif value is not None:
                sheet.write_number(count, col, value)
    book.close()
    _done(claims=count, bytes=os.path.getsize(out))


def _cpu_seconds() -> float:
    """User + system CPU of this process and of its children that were waited for (the import's workers)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def import_hamish(store: str, folder: str) -> None:
    from desktop.cli import main

    import contextlib
    import multiprocessing.forkserver

    with open(os.devnull, "w") as sink, contextlib.redirect_stdout(sink):  # per-file lines are not measured
        code = main(["--store", store, "import", "--json", folder])
    inner = time.perf_counter() - T0
    # Wait for the forkserver (it reaped the workers), so their CPU counts among this process's children.
    multiprocessing.forkserver._forkserver._stop()
    print(json.dumps({"inner": inner, "rss_mb": round(_rss_mb(), 1), "code": code, "cpu": _cpu_seconds()}),
          flush=True)


def import_trafilatura(folder: str) -> None:
    """The baseline: trafilatura alone over the same pages, one after another."""
    import trafilatura

    pages = sorted(Path(folder).glob("*.html"))
    for page in pages:
        trafilatura.extract(page.read_bytes())
    _done(pages=len(pages), cpu=_cpu_seconds())


if __name__ == "__main__":
    name, *args = sys.argv[1:]
    globals()[name](*args)
