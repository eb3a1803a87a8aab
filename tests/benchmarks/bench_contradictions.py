"""Contradictions over a large library: 10,000 articles and 100,000 claims about 300 subjects over two years.

Prints the CPU seconds (time.process_time, best of three) of `figures.contradictions` and, as a baseline measured in
the same run, of reading the same claims with `store.annotations()`; the target is ≤ 1 s for the contradictions.

Run on demand:  python tests/benchmarks/bench_contradictions.py [ARTICLES]   (exit status 1 if the target is missed)
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from desktop.core.compare import figures  # noqa: E402
from desktop.core.store.database import Store  # noqa: E402
from desktop.core.store.models import utc_now  # noqa: E402

TARGET_S = 1.0


def build(store: Store, articles: int, per_article: int = 10) -> None:
    rnd = random.Random(14)
    subjects = [f"شركة {i}" for i in range(300)]
    now = utc_now()
    with store.transaction():
        for name in subjects:
            store.ensure_subject(name)
        start = dt.date(2025, 1, 1)
        for n in range(articles):
            day = (start + dt.timedelta(days=rnd.randrange(730))).isoformat()
            text = f"مقال {n}: " + " ".join(f"بلغت القيمة {k} مليار دولار." for k in range(per_article))
            article = store.db.execute(
                "INSERT INTO articles (title, text, raw_text, content_hash, imported, published, site) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)", [f"مقال {n}", text, text, f"sha256:{n}", now, day, f"site{n % 5}"]
            ).lastrowid
            rows = []
            for k in range(per_article):
                quote = f"{k} مليار دولار"
                s = text.index(quote, text.index(f"القيمة {k} "))
                money = rnd.random() < 0.6
                rows.append((str(uuid.uuid4()), article, s, s + len(quote), quote, rnd.choice(["valuation", "amount"]),
                             "money" if money else "count", rnd.uniform(1, 100) * 1e9,
                             rnd.choice(["USD", "EUR", "SAR"]) if money else "users", rnd.choice(subjects), now, now))
            store.db.conn.executemany(
                'INSERT INTO annotations (uuid, article, start, "end", quote, category, kind, value, unit, subject, '
                "created, modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)


def best(fn, runs: int = 3) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        result = None  # free the previous run's result before the clock starts: freeing is not computing
        t = time.process_time()
        result = fn()
        times.append(time.process_time() - t)
    return min(times), result


def main() -> int:
    articles = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "bench.db", daily_backup=False)
        build(store, articles)
        claims = store.db.execute("SELECT count(*) FROM annotations").fetchone()[0]
        base, _ = best(store.annotations)
        took, found = best(lambda: figures.contradictions(store))
        store.close()
    print(f"{articles} articles, {claims} claims: contradictions {took:.3f} s ({len(found)} found); "
          f"reading every claim {base:.3f} s; ratio {took / base:.2f}; target ≤ {TARGET_S} s")
    return 0 if took <= TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
