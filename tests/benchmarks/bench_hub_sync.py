"""The team hub at scale, on a throwaway PostgreSQL cluster: first push of a store into an empty hub, first pull into
a new store (time and peak Python memory), `hamish merge` of the same data as the baseline, and the round trip of
one changed claim. Run: python -m tests.benchmarks.bench_hub_sync [ARTICLES] [CLAIMS_PER_ARTICLE]"""

from __future__ import annotations

import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from desktop.core.exchange.merge import merge
from desktop.core.hub.client import add_member, init_hub, sync
from desktop.core.store.database import Store
from tests.hub.pg_cluster import running_cluster

WORDS = "أعلنت الشركة أنها جمعت مليون دولار من مستثمرين في الخليج لتمويل مشروعات الطاقة".split()


def build(path: Path, articles: int, claims: int) -> Store:
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


def measured(label: str, fn):
    tracemalloc.start()
    t = time.perf_counter()
    result = fn()
    seconds = time.perf_counter() - t
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    print(f"{label}: {seconds:.2f} s, peak Python memory {peak:.1f} MiB")
    return result, seconds


def main(articles: int = 200, claims: int = 20) -> None:
    folder = Path(tempfile.mkdtemp(prefix="hamish-bench-hub-"))
    a = build(folder / "a.db", articles, claims)
    print(f"{articles} articles × {claims} claims = {articles * claims} claims")
    with running_cluster() as cluster:
        with __import__("psycopg").connect(cluster.url(), autocommit=True) as conn:
            conn.execute("CREATE DATABASE bench")
        init_hub(cluster.url("bench"))
        for name in ("alice", "bob"):
            add_member(cluster.url("bench"), name, "analyst")
        pushed, push_s = measured("first push into an empty hub", lambda: sync(a, cluster.url("bench", "alice")))
        b = Store.open(folder / "b.db", author="b", daily_backup=False)
        pulled, pull_s = measured("first pull into a new store", lambda: sync(b, cluster.url("bench", "bob")))
        c = Store.open(folder / "c.db", author="c", daily_backup=False)
        _, merge_s = measured("baseline: hamish merge of the same store", lambda: merge(c, folder / "a.db"))
        print(f"pushed {pushed.pushed}, pulled {pulled.pulled}; first pull / merge time = {pull_s / merge_s:.2f} "
              f"(target: at most 3)")
        uuid = a.annotations()[0].uuid
        a.update_annotation(uuid, note="تغيير واحد")
        t = time.perf_counter()
        sync(a, cluster.url("bench", "alice"))
        sync(b, cluster.url("bench", "bob"))
        print(f"one changed claim, push then pull on loopback: {time.perf_counter() - t:.3f} s "
              f"(target: under 1 s); arrived: {b.annotation(uuid).note == 'تغيير واحد'}")


if __name__ == "__main__":
    main(*(int(x) for x in sys.argv[1:3]))
