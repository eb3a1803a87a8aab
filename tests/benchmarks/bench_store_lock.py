"""How long the window's event loop is blocked by each GUI write path (claim edit, review decision, article import,
claims import and merge dialogs), with the store free and while another process holds its write lock for 8 s (the
change then waits in the write queue); run: python tests/benchmarks/bench_store_lock.py [--hold 8]"""
import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QElapsedTimer, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.core.exchange.exporting import export  # noqa: E402
from desktop.core.exchange.merge import merge  # noqa: E402
from desktop.core.store.database import Store  # noqa: E402
from desktop.ui.claims.commands import EditClaim  # noqa: E402
from desktop.ui.claims.review_mode import ReviewWindow  # noqa: E402
from desktop.ui.exchange.dialogs import ImportAnnotationsDialog, MergeDialog  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402
from desktop.ui.settings import AppSettings  # noqa: E402

TEXT = "استثمرت ASML مبلغ 1.3 مليار يورو، مما يجعلها تملك حصة بنسبة 11% وتصبح أكبر مساهم."
HOLD = ("import sqlite3, sys, time\nc = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=30)\n"
        "c.execute('BEGIN IMMEDIATE'); print('held', flush=True); time.sleep(float(sys.argv[2])); c.execute('COMMIT')")


class Heartbeat:
    """A 5 ms timer: the longest gap between its ticks is the longest the event loop was blocked."""

    def __init__(self):
        self.clock, self.worst = QElapsedTimer(), 0
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self.tick)

    def tick(self) -> None:
        self.worst = max(self.worst, self.clock.restart())

    def start(self) -> None:
        self.worst = 0
        self.clock.start()
        self.timer.start()

    def stop(self) -> int:
        self.timer.stop()
        return max(self.worst, self.clock.elapsed())


def measure(app, window, action, done, hold: float | None, path: Path) -> tuple[int, float, bool]:
    """(worst event-loop gap in ms, seconds until saved, saved) for ``action`` — under a lock held ``hold`` s."""
    holder = None
    if hold:
        holder = subprocess.Popen([sys.executable, "-c", HOLD, str(path), str(hold)], stdout=subprocess.PIPE, text=True)
        holder.stdout.readline()
    beat = Heartbeat()
    beat.start()
    t = time.perf_counter()
    action()
    beat.tick()  # the action itself, run on the GUI thread, counts as a gap
    while not (done() and not window.writes.pending) and time.perf_counter() - t < (hold or 0) + 30:
        app.processEvents()
        time.sleep(0.001)
    worst = beat.stop()
    if holder:
        holder.wait()
    return worst, time.perf_counter() - t, done() and not window.writes.pending


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--hold", type=float, default=8.0, help="seconds another process holds the write lock")
    hold = parser.parse_args().hold
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        path = folder / "bench.db"
        store = Store.open(path, author="bench")
        article, _ = store.add_article(title="t", text=TEXT)
        claims = [store.add_annotation(article.id, TEXT.index(q), TEXT.index(q) + len(q), "stake")
                  for q in ("11%", "1.3 مليار يورو")]
        os.environ["XDG_CONFIG_HOME"] = str(folder)
        window = MainWindow(store, AppSettings(), load_sample=False)
        review = ReviewWindow(store, window.undo_stack, window.events, window.navigate_to, window)
        colleague = Store.open(folder / "colleague.db", author="colleague")
        merge(colleague, path)
        counter = iter(range(1_000_000))

        def files(n: int) -> Path:
            note = f"note {n}"
            for c in claims:
                colleague.update_annotation(c.uuid, note=note)
            export(colleague, "jsonl", folder / f"theirs{n}.jsonl")
            return folder / f"theirs{n}.jsonl"

        def edit():
            note = f"edit {next(counter)}"
            return (lambda: window.push(EditClaim(store, claims[0].uuid, {"note": note}, window.events)),
                    lambda: store.annotation(claims[0].uuid).note == note)

        def decide():
            status = "confirmed" if store.annotation(claims[1].uuid).status != "confirmed" else "disputed"
            review.go_to(claims[1].uuid) if hasattr(review, "go_to") else None
            return (lambda: review.decide(status), lambda: store.annotation(claims[1].uuid).status == status)

        def import_article():
            n = next(counter)
            source = folder / f"a{n}.txt"
            source.write_text(f"نص رقم {n} فيه 5% من شيء.\n", encoding="utf-8")
            count = len(store.articles())
            return (lambda: window.import_files([str(source)]),
                    lambda: len(store.articles()) == count + 1 and window.import_run is None)

        def dialog(kind):
            def make():
                n = next(counter)
                box = ImportAnnotationsDialog(store, window) if kind == "import" else MergeDialog(store, window)
                box.path_field.set_path(files(n) if kind == "import" else (files(n), folder / "colleague.db")[1])
                return (box.run, lambda: store.annotation(claims[0].uuid).note == f"note {n}")
            return make

        paths = {"claim edit": edit, "review decision": decide, "article import": import_article,
                 "claims import dialog": dialog("import"), "merge dialog": dialog("merge")}
        print(f"another process holds the write lock for {hold:g} s; worst event-loop gap (5 ms heartbeat)")
        for name, make in paths.items():
            free_gap, free_s, free_ok = measure(app, window, *make(), None, path)
            held_gap, held_s, held_ok = measure(app, window, *make(), hold, path)
            print(f"{name:>22}: free {free_gap:4d} ms (saved {free_ok}, {free_s:.2f} s) · lock held {held_gap:4d} ms "
                  f"(saved {held_ok} after {held_s:.2f} s) · ratio {held_gap / max(free_gap, 1):.2f}")
        colleague.close()
        review.close()
        window.close()
        store.close()


if __name__ == "__main__":
    main()
