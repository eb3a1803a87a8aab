"""The export dialog's event loop while a big export runs: the longest gap between timer ticks.

Run on demand (not part of CI's pass/fail):
    python tests/benchmarks/bench_export_stall.py [--data DIR] [--formats csv,xlsx] [--level 100k] [--no-thread]
Uses the scale benchmark's store (built if missing, see scale_data.py). A 10 ms timer ticks in the window's thread
while the dialog exports (in its child process, ``hamish export --progress-json``); the gaps between ticks are the
stalls a user could feel (target: none over 50 ms). Printed beside, from the same run: the same export in a worker
thread of this process, as the dialog ran it before (its Python work shares the interpreter lock with the window),
and the timer's gaps over 10 s with nothing running (what the machine's load alone causes).
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
    over = sum(1 for g in found if g > 0.05)
    return f"longest {found[-1] * 1000:.0f} ms, 99th percentile {p99 * 1000:.0f} ms, {over} gaps over 50 ms"


def in_thread(store_path: str, fmt: str, out: Path) -> None:
    """The export in a worker thread of this process with its own connection, as the dialog ran it before,
    while this thread's event loop runs."""
    import threading

    from PySide6.QtCore import QEventLoop, QTimer

    from desktop.core.exchange.exporting import export
    from desktop.core.store.database import Store

    def work() -> None:
        store = Store.open(store_path, read_only=True, daily_backup=False)
        try:
            export(store, fmt, out, progress=lambda done, total: None)
        finally:
            store.close()

    worker = threading.Thread(target=work)
    loop = QEventLoop()
    poll = QTimer(interval=20)
    poll.timeout.connect(lambda: None if worker.is_alive() else loop.quit())
    worker.start()
    poll.start()
    loop.exec()
    worker.join()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path(tempfile.gettempdir()) / "hamish-bench-scale")
    parser.add_argument("--formats", default="csv,xlsx")
    parser.add_argument("--level", default="100k")
    parser.add_argument("--no-thread", action="store_true", help="skip the worker-thread comparison")
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
        print(f"export {fmt} {args.level}, child process: {took:.1f} s, {len(set(steps))} progress steps shown; "
              f"event loop: {shown(found)}", flush=True)
        dialog.close()
        if not args.no_thread:
            took, found = gaps(app, lambda: in_thread(str(path), fmt, out))
            print(f"export {fmt} {args.level}, worker thread (before): {took:.1f} s; event loop: {shown(found)}",
                  flush=True)
    print(f"idle event loop, 10 s (same run): {shown(base)}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
