"""The team hub at scale, on a throwaway PostgreSQL cluster, each step in a fresh process with its peak RSS:
the first sync of a store (10,000 articles, 100,000 claims by default; scale_data.py) into an empty hub, the first
pull of that hub into a new store, and `hamish merge` of the same store into a new one as the same-run baseline;
the round trip of one changed claim between two stores on loopback; ten stores syncing at once.

Run on demand:  python -m tests.benchmarks.bench_hub_sync [--level 100k] [--data DIR] [--stores 10]
Only the one-change round trip (cold and warm, a few rounds; minutes instead of half an hour):
                python -m tests.benchmarks.bench_hub_sync --level 100k --round-trip 3
Targets: first pull at least a third as fast as merge (pull time / merge time ≤ 3), peak RSS ≤ 300 MB, one change
visible in the other store within 1 s of its sync.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks import scale_data
from tests.hub.pg_cluster import running_cluster

ROOT = Path(__file__).resolve().parents[2]


def _step(kind: str, store: str, arg: str) -> None:
    """One measured step in this (fresh) process; prints one JSON line with seconds, peak RSS and what it did."""
    from desktop.core.exchange.merge import merge
    from desktop.core.hub.client import sync
    from desktop.core.store.database import Store

    s = Store.open(store, author="bench", daily_backup=False)
    t = time.perf_counter()
    if kind == "sync":
        done = sync(s, arg).to_json()
        done.pop("refused")
    elif kind == "merge":
        report = merge(s, arg)
        done = {"articles_added": report.articles_added, "claims_added": report.claims_added}
    else:  # "edit": change one claim's note, then sync
        uuid = s.db.execute("SELECT uuid FROM annotations ORDER BY uuid LIMIT 1").fetchone()[0]
        s.update_annotation(uuid, note=f"تغيير {time.time_ns()}")
        done = {"uuid": uuid, **sync(s, arg).to_json()}
    seconds = time.perf_counter() - t
    s.close()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "rss_mb": rss, **done}, ensure_ascii=False))


def step(kind: str, store: Path, arg: str) -> dict:
    proc = subprocess.run([sys.executable, "-m", "tests.benchmarks.bench_hub_sync", "--step", kind, str(store), arg],
                          capture_output=True, text=True, cwd=ROOT, timeout=3600)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode or not lines:
        raise SystemExit(f"{kind} {store.name} failed: {proc.stderr.strip()[-2000:]}")
    return json.loads(lines[-1])


def _spawn(kind: str, store: Path, arg: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "tests.benchmarks.bench_hub_sync", "--step", kind, str(store), arg],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)


def _show(label: str, r: dict) -> None:
    print(f"{label}: {r['seconds']:.1f} s, peak RSS {r['rss_mb']:.0f} MB", flush=True)


def _pulled_copy(a: Path, b: Path, hub_url: str, member_url: str) -> None:
    """``b``: a store that has pulled everything ``a`` pushed, made quickly — a copy of ``a`` under a new store id and
    member, its pull cursors at the hub's end (a real first pull of 100,000 claims takes minutes)."""
    import sqlite3
    import uuid

    import psycopg

    shutil.copy(a, b)
    with psycopg.connect(hub_url) as conn:
        hub_id, revisions, shared = conn.execute(
            "SELECT (SELECT value FROM hamish.meta WHERE key = 'hub_id'), (SELECT max(id) FROM hamish.revisions), "
            "(SELECT max(id) FROM hamish.items)").fetchone()
    with sqlite3.connect(b) as db:
        db.execute("DELETE FROM store_meta WHERE key LIKE 'hub_pushed:%' OR key LIKE 'hub_items_pushed:%' "
                   "OR key LIKE 'hub_stamped%'")
        for key, value in (("store_id", str(uuid.uuid4())), ("hub_url", member_url),
                           (f"hub_pulled:{hub_id}", str(revisions)), (f"hub_items_pulled:{hub_id}", str(shared))):
            db.execute("INSERT OR REPLACE INTO store_meta (key, value) VALUES (?, ?)", [key, value])


def _evict(*paths: Path) -> None:
    """Drop these files from the OS page cache (as after the long steps before them in a full run)."""
    import os

    for path in paths:
        fd = os.open(path, os.O_RDONLY)
        try:
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)


def round_trip(source: Path, rounds: int) -> None:
    """Only the round trip of one changed claim, ``rounds`` times, cold (store files out of the page cache) and warm."""
    work = Path(tempfile.mkdtemp(prefix="hamish-bench-hub-"))
    try:
        with running_cluster() as cluster:
            cluster.new_hub("bench", {"alice": "analyst", "bob": "analyst"})
            a, b = work / "a.db", work / "b.db"
            shutil.copy(source, a)
            _show("first sync into an empty hub", step("sync", a, cluster.url("bench", "alice")))
            _pulled_copy(a, b, cluster.url("bench"), cluster.url("bench", "bob"))
            step("sync", b, cluster.url("bench", "bob"))  # b's own first sync (nothing to pull)
            for n in range(rounds):
                for label in ("cold", "warm"):
                    if label == "cold":
                        _evict(a, b)
                    edit = step("edit", a, cluster.url("bench", "alice"))
                    got = step("sync", b, cluster.url("bench", "bob"))
                    print(f"one changed claim ({label}, round {n + 1}): its sync {edit['seconds']:.3f} s, the other "
                          f"store's sync {got['seconds']:.3f} s (pulled {got['pulled']}), round trip "
                          f"{edit['seconds'] + got['seconds']:.3f} s (target ≤ 1 s)", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--level", default="100k", choices=sorted(scale_data.LEVELS))
    parser.add_argument("--data", type=Path, default=Path(tempfile.gettempdir()) / "hamish-bench-hub")
    parser.add_argument("--stores", type=int, default=10)
    parser.add_argument("--round-trip", type=int, default=0, metavar="ROUNDS",
                        help="measure only the round trip of one changed claim, ROUNDS times (cold and warm)")
    args = parser.parse_args()
    if args.round_trip:
        source = scale_data.build(args.data / f"store-{args.level}.db", scale_data.LEVELS[args.level])
        return round_trip(source, args.round_trip)
    articles = scale_data.LEVELS[args.level]
    t = time.perf_counter()
    source = scale_data.build(args.data / f"store-{args.level}.db", articles)
    print(f"{articles:,} articles, {articles * scale_data.CLAIMS_PER_ARTICLE:,} claims "
          f"({time.perf_counter() - t:.0f} s to build or reuse)", flush=True)
    work = Path(tempfile.mkdtemp(prefix="hamish-bench-hub-"))
    try:
        with running_cluster() as cluster:
            cluster.new_hub("bench", {"alice": "analyst", "bob": "analyst"})
            a = work / "a.db"
            shutil.copy(source, a)
            push = step("sync", a, cluster.url("bench", "alice"))
            _show(f"first sync into an empty hub (pushed {push['pushed']:,} claims, {push['shared_pushed']:,} "
                  "article states and categories)", push)
            pull = step("sync", work / "b.db", cluster.url("bench", "bob"))
            _show(f"first pull into a new store (pulled {pull['pulled']:,} claims)", pull)
            merged = step("merge", work / "c.db", str(a))
            _show(f"baseline, hamish merge of the same store ({merged['claims_added']:,} claims)", merged)
            print(f"first pull / merge time = {pull['seconds'] / merged['seconds']:.2f} (target ≤ 3); peak RSS "
                  f"push {push['rss_mb']:.0f} MB, pull {pull['rss_mb']:.0f} MB, merge {merged['rss_mb']:.0f} MB "
                  "(target ≤ 300 MB)", flush=True)

            edit = step("edit", a, cluster.url("bench", "alice"))
            got = step("sync", work / "b.db", cluster.url("bench", "bob"))
            print(f"one changed claim: its sync {edit['seconds']:.3f} s, the other store's sync "
                  f"{got['seconds']:.3f} s, round trip {edit['seconds'] + got['seconds']:.3f} s (target ≤ 1 s); "
                  f"pulled {got['pulled']}", flush=True)

            cluster.new_hub("bench10", {f"m{i}": "analyst" for i in range(args.stores)})  # a hub of its own
            # each its own store (its own id), the same 100 articles, its own claims
            stores = [scale_data.build(work / f"s{i}.db", scale_data.LEVELS["1k"]) for i in range(args.stores)]
            for label in ("first", "second"):
                t = time.perf_counter()
                procs = [_spawn("sync", s, cluster.url("bench10", f"m{i}")) for i, s in enumerate(stores)]
                results = []
                for p in procs:
                    out, err = p.communicate(timeout=3600)
                    if p.returncode:
                        raise SystemExit(f"a concurrent sync failed: {err.strip()[-2000:]}")
                    results.append(json.loads(out.splitlines()[-1]))
                wall = time.perf_counter() - t
                print(f"{args.stores} stores syncing at once ({label} round, each "
                      f"{scale_data.LEVELS['1k']} articles): all done in {wall:.1f} s; slowest "
                      f"{max(r['seconds'] for r in results):.1f} s, peak RSS up to "
                      f"{max(r['rss_mb'] for r in results):.0f} MB; pushed {sum(r['pushed'] for r in results):,}, "
                      f"pulled {sum(r['pulled'] for r in results):,}", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--step":
        _step(*sys.argv[2:])
    else:
        main()
