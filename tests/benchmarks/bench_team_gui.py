"""How long the window's event loop is blocked while the app syncs with a team hub in its worker thread (a first
pull of a colleague's store, then one changed claim), against the same window idle for as long, in the same run;
and how soon the pulled change shows in the claims panel. On a throwaway PostgreSQL cluster.
Run: python -m tests.benchmarks.bench_team_gui [ARTICLES] [CLAIMS_PER_ARTICLE]"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.core.hub import local  # noqa: E402
from desktop.core.hub.client import sync  # noqa: E402
from desktop.core.store.database import Store  # noqa: E402
from tests.hub.pg_cluster import running_cluster  # noqa: E402

TICK_MS = 10
WORDS = "أعلنت الشركة أنها جمعت مليون دولار من مستثمرين في الخليج لتمويل مشروعات الطاقة".split()


def build(path: Path, articles: int, claims: int) -> Store:
    """A colleague's store: ``articles`` articles of our own words, ``claims`` claims on each."""
    store = Store.open(path, author="bench", daily_backup=False)
    for n in range(articles):
        text = " ".join(f"{WORDS[(n + k) % len(WORDS)]}{k}" for k in range(claims * 2)) + f" ({n})"
        article, _ = store.add_article(title=f"مقال {n}", text=text)
        spans, at = [], 0
        for word in text.split(" ")[: claims * 2 : 2]:
            start = text.index(word, at)
            spans.append(dict(start=start, end=start + len(word), category="other", note="ملاحظة"))
            at = start + len(word)
        store.add_annotations(article.id, spans)
    return store


class Gaps:
    """Records the time between ticks of a 10 ms timer: a long gap is the event loop blocked. ``cpu`` holds the GUI
    thread's own CPU time in each gap: on a loaded machine a gap is also the scheduler (or the GIL) keeping the
    thread waiting; its CPU time is what the window itself did in that gap."""

    def __init__(self):
        self.clock, self.gaps, self.cpu, self._cpu_at = QElapsedTimer(), [], [], 0.0
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        self.gaps.append(self.clock.restart())
        now = time.thread_time()
        self.cpu.append(round((now - self._cpu_at) * 1000))
        self._cpu_at = now

    def run_until(self, app: QApplication, done, limit_s: float = 600.0, after_s: float = 0.5) -> list[int]:
        """Ticks until ``done()``, then ``after_s`` more (what the window does once the sync ended counts too)."""
        self.gaps, self.cpu = [], []
        self._cpu_at = time.thread_time()
        self.clock.start()
        self.timer.start()
        end = time.monotonic() + limit_s
        while not done() and time.monotonic() < end:
            app.processEvents()
            time.sleep(0.001)
        end = time.monotonic() + after_s
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.001)
        self.timer.stop()
        return self.gaps


def report(label: str, gaps: list[int], cpu: list[int]) -> float:
    worst = max(gaps) if gaps else 0
    p99 = statistics.quantiles(gaps, n=100)[98] if len(gaps) > 2 else worst
    print(f"{label}: {len(gaps)} ticks, longest gap {worst} ms, 99th percentile {p99:.0f} ms; most GUI-thread CPU "
          f"in one gap {max(cpu) if cpu else 0} ms")
    return worst


def main(articles: int = 200, claims: int = 20) -> None:
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import AppSettings

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="hamish-bench-team-gui-"))
    os.environ["XDG_CONFIG_HOME"] = str(folder)
    a = build(folder / "a.db", articles, claims)
    print(f"{articles} articles × {claims} claims = {articles * claims} claims")
    with running_cluster() as cluster:
        cluster.new_hub("bench", {"alice": "analyst", "bob": "analyst"})
        sync(a, cluster.url("bench", "alice"))
        b = Store.open(folder / "b.db", author="bob", daily_backup=False)
        with b.transaction():
            local.set_meta(b, "hub_url", cluster.url("bench", "bob"))
        window = MainWindow(b, AppSettings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)),
                            load_sample=False)
        window.resize(1024, 700)
        window.show()
        gaps = Gaps()
        started = time.monotonic()
        window.team.sync_now()
        finished: list[float] = []
        window.team.synced.connect(lambda _outcome: finished.append(time.monotonic()))
        first = gaps.run_until(app, lambda: window.team.run is None)
        first_cpu = gaps.cpu
        pull_s = finished[0] - started
        idle_until = time.monotonic() + pull_s
        idle = gaps.run_until(app, lambda: time.monotonic() >= idle_until)
        print(f"first pull through the GUI: {pull_s:.2f} s, {len(b.annotations())} claims in the store")
        worst_pull = report("  during the sync", first, first_cpu)
        worst_idle = report("  idle, same length", idle, gaps.cpu)
        print(f"  ratio of longest gaps (sync / idle): {worst_pull / max(worst_idle, 1):.1f}")

        claim = a.annotations()[0]
        window.open_article(b.annotation(claim.uuid).article)
        for _ in range(50):
            app.processEvents()
        a.update_annotation(claim.uuid, note="تعديل جديد")
        sync(a, cluster.url("bench", "alice"))
        started = time.monotonic()
        window.team.sync_now()
        seen: list[float] = []

        def shown() -> bool:
            row = window.claims_model.row_of(claim.uuid)
            if row is not None and window.claims_model.annotation_at(row).note == "تعديل جديد":
                seen.append(time.monotonic())
            return bool(seen)

        one = gaps.run_until(app, shown)
        print(f"one changed claim, Sync now → shown in the claims panel: {seen[0] - started:.2f} s")
        report("  during that sync", one, gaps.cpu)
        window.team.quit_now()
        b.close()
    a.close()


if __name__ == "__main__":
    main(*(int(x) for x in sys.argv[1:3]))
