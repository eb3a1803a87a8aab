"""The export dialog's event loop while a big export runs in its worker thread: the longest gap between timer ticks.

Run on demand (not part of CI's pass/fail):
    python tests/benchmarks/bench_export_stall.py [--data DIR] [--formats csv,xlsx] [--level 100k]
Uses the scale benchmark's store (built if missing, see scale_data.py). A 10 ms timer ticks in the window's thread
while the dialog exports; the gaps between ticks are the stalls a user could feel (target: none over 100 ms), printed beside the same
timer's gaps over 10 s with nothing running (the baseline, same run: what the machine's load alone causes).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
import scale_data  # noqa: E402


def gaps(app, run) -> tuple[float, list[float]]:
    """(seconds ``run()`` took, the gaps between 10 ms ticks meanwhile, longest last)."""
    from PySide6.QtCore import QTimer

    ticks: list[float] = []
    timer = QTimer(interval=10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    start = time.perf_counter()
    run()
    took = time.perf_counter() - start
    timer.stop()
    points = [start, *ticks, start + took]
    return took, sorted(b - a for a, b in zip(points, points[1:]))


def shown(found: list[float]) -> str:
    p99 = found[int(len(found) * 0.99)]
    over = sum(1 for g in found if g > 0.1)
    return f"longest {found[-1] * 1000:.0f} ms, 99th percentile {p99 * 1000:.0f} ms, {over} gaps over 100 ms"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path(tempfile.gettempdir()) / "hamish-bench-scale")
    parser.add_argument("--formats", default="csv,xlsx")
    parser.add_argument("--level", default="100k")
    args = parser.parse_args(argv)
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.core.store.database import Store
    from desktop.ui.exchange.dialogs import ExportDialog

    path = scale_data.build(args.data / f"store-{args.level}.db", scale_data.LEVELS[args.level])
    app = QApplication(["bench"])
    store = Store.open(path, read_only=True, daily_backup=False)

    def idle(seconds: float = 10.0) -> None:
        loop = QEventLoop()
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()

    _took, base = gaps(app, idle)
    for fmt in args.formats.split(","):
        dialog = ExportDialog(store, [])
        dialog.set_format(fmt)
        out = args.data / "work" / f"stall.{fmt}"
        out.parent.mkdir(parents=True, exist_ok=True)
        dialog.path_field.set_path(out)
        dialog.show()
        steps: list[int] = []
        dialog.progress.bar.valueChanged.connect(steps.append)
        took, found = gaps(app, dialog.run)
        print(f"export {fmt} {args.level}: {took:.1f} s, {len(set(steps))} progress steps shown; event loop: "
              f"{shown(found)} (idle 10 s, same run: {shown(base)})", flush=True)
        dialog.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
