"""The window's event loop while a long article is imported with suggestions on: the longest gap between timer ticks.

Run on demand (not part of CI's pass/fail):
    python tests/benchmarks/bench_import_stall.py [--articles 60] [--runs 3]
A long text of ours (``--articles`` of the scale benchmark's composed articles, one after another, ten claims each)
is imported through the window (File › Import): the worker thread parses and then runs the suggester, the window
stores the article and, later, its suggestions. A 10 ms timer ticks in the window's thread meanwhile; the longest
gap is taken up to the last suggestions stored (opening the article at the end of the run is unchanged, and printed
apart). The baseline (same run, same text) is what the window did before: the suggester run on the window's thread
as the article is stored (``save_suggestions`` there), and the same timer's gaps with nothing running.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
import scale_data  # noqa: E402


def _ticks(app, until) -> tuple[float, float, list[float]]:
    """Run the loop until ``until()`` is true with a 10 ms timer: (start, end, the times it ticked)."""
    from PySide6.QtCore import QTimer

    ticks: list[float] = []
    timer = QTimer(interval=10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    start = time.perf_counter()
    timer.start()
    while not until():
        app.processEvents()
        time.sleep(0.001)
    end = time.perf_counter()
    timer.stop()
    return start, end, ticks


def _longest(start: float, end: float, ticks: list[float]) -> float:
    points = [start, *(t for t in ticks if t <= end), end]
    return max(b - a for a, b in zip(points, points[1:]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop.core.claims.suggest import save_suggestions, suggest
    from desktop.core.store.database import Store
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import AppSettings

    app = QApplication.instance() or QApplication([])
    tmp = Path(tempfile.mkdtemp(prefix="hamish-import-stall-"))
    text = "\n\n".join(scale_data.compose(200_000 + n)[1] for n in range(args.articles))
    suggest(text[:2000])  # the grammar compiled before anything is timed
    ours, before, idle = [], [], []
    for n in range(args.runs):
        source = tmp / f"long-{n}.txt"
        source.write_text(text + f"\n\nنسخة {n}.", encoding="utf-8")
        store = Store.open(tmp / f"ours-{n}.db", daily_backup=False)
        settings = AppSettings(QSettings(str(tmp / f"settings-{n}.ini"), QSettings.Format.IniFormat))
        settings.suggest_on_import = True
        window = MainWindow(store, settings, load_sample=False)
        window.show()
        run = window.import_files([str(source)])
        saved_at: list[float] = []
        run.suggestionsSaved.connect(lambda *_: saved_at.append(time.perf_counter()))
        start, end, ticks = _ticks(app, lambda: window.import_run is None)
        # up to the last suggestions written; then the run opens the article, as it did before (reported apart)
        took, gap, whole = max(saved_at) - start, _longest(start, max(saved_at), ticks), _longest(start, end, ticks)
        claims = window.last_outcome.suggested
        for box in app.topLevelWidgets():
            if box is not window:
                box.close()
        window.close()
        ours.append((took, gap, claims, whole))
        # Before: the article stored and its suggestions computed and saved on the window's thread, in one go.
        old = Store.open(tmp / f"before-{n}.db", daily_backup=False)
        article, _ = old.add_article(title="long", text=source.read_text(encoding="utf-8"))
        done: list[int] = []
        from PySide6.QtCore import QTimer
        QTimer.singleShot(0, lambda: done.append(len(save_suggestions(old, article.id))))
        start, end, ticks = _ticks(app, lambda: bool(done))
        before.append((end - start, _longest(start, end, ticks), done[0] if done else 0))
        start, end, ticks = _ticks(app, lambda until=time.perf_counter() + 2: time.perf_counter() >= until)
        idle.append((end - start, _longest(start, end, ticks)))
        print(f"  run {n + 1}: ours {ours[-1][0]:.2f} s to the last suggestion stored, longest gap {ours[-1][1] * 1000:.0f} ms "
              f"({claims} claims; {whole * 1000:.0f} ms with the article opened at the end) | "
              f"suggester on the window's thread: longest gap {before[-1][1] * 1000:.0f} ms | "
              f"idle loop: {idle[-1][1] * 1000:.0f} ms; load {os.getloadavg()[0]:.1f}", flush=True)
    print(f"{len(text):,} characters: longest event-loop gap, median of {args.runs} runs: "
          f"ours {statistics.median(o[1] for o in ours) * 1000:.0f} ms, before "
          f"{statistics.median(b[1] for b in before) * 1000:.0f} ms, idle loop "
          f"{statistics.median(g for _, g in idle) * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
