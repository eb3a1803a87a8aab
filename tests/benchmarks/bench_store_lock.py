"""How long the window's event loop is blocked by one claim edit, with the store free and while another program
holds its write lock (the edit then waits in the write queue); run: python tests/benchmarks/bench_store_lock.py"""
import os, sqlite3, statistics, sys, tempfile, time
from pathlib import Path
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.core.store.database import Store  # noqa: E402
from desktop.ui.claims.commands import EditClaim  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402
from desktop.ui.settings import AppSettings  # noqa: E402

app = QApplication.instance() or QApplication([])
TEXT = "استثمرت ASML مبلغ 1.3 مليار يورو، مما يجعلها تملك حصة بنسبة 11% وتصبح أكبر مساهم."
with tempfile.TemporaryDirectory() as folder:
    path = Path(folder) / "bench.db"
    store = Store.open(path, author="bench")
    article, _ = store.add_article(title="t", text=TEXT)
    claim = store.add_annotation(article.id, TEXT.index("11%"), TEXT.index("11%") + 3, "stake")
    os.environ["XDG_CONFIG_HOME"] = folder
    window = MainWindow(store, AppSettings(), load_sample=False)

    def blocked(n: int) -> list[float]:
        times = []
        for i in range(n):
            t = time.perf_counter()
            window.push(EditClaim(window.store, claim.uuid, {"note": f"n{i}"}, window.events))
            times.append((time.perf_counter() - t) * 1000)
        return times

    free = blocked(20)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    locked = blocked(20)
    holder.execute("COMMIT")
    holder.close()
    while window.writes.pending:
        app.processEvents()
    for label, times in (("store free", free), ("lock held elsewhere", locked)):
        print(f"{label:>20}: event loop blocked per edit: median {statistics.median(times):.1f} ms, "
              f"max {max(times):.1f} ms")
    print(f"ratio (locked / free, median): {statistics.median(locked) / statistics.median(free):.2f}; "
          f"pending after release: {len(window.writes.pending)}")
    window.close()
    store.close()
