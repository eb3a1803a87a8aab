"""Hamish at library scale beside same-run baselines: start-up, search, exports with peak memory, batch import.

Run on demand (not part of CI's pass/fail):
    python tests/benchmarks/bench_scale.py [--runs 5] [--levels 1k,10k,100k] [--data DIR] [--work DIR] [--json OUT.json]
        [--export-runs 3] [--formats csv,jsonl,w3c,xlsx,html] [--only start,search,claims,export,import,size]
Builds its own stores (our Arabic template, ten claims per article; see scale_data.py) at 1,000 / 10,000 /
100,000 claims (100 / 1,000 / 10,000 articles), runs every measured scenario in a fresh process, interleaved
with its baseline run for run, and prints median, baseline median, ratio and growth from the 1k-article level
to the 10k-article level. Results go to a JSON file as well.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import scale_data  # noqa: E402

CHILD = HERE / "scale_child.py"
EXPORTS = ("csv", "jsonl", "w3c", "xlsx", "html")


def child(*args: str, env: dict | None = None) -> dict:
    """Run one scenario in a fresh process; returns its JSON line plus ``wall`` (spawn to that line)."""
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, str(CHILD), *args], capture_output=True, text=True,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}, timeout=900)
    wall = time.perf_counter() - start
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode != 0 or not lines:
        raise SystemExit(f"{' '.join(args)}: failed ({proc.returncode}): {proc.stderr.strip()[-800:]}")
    return {**json.loads(lines[-1]), "wall": wall}


def summary(name: str, level: str, ours: list[float], base: list[float] | None, unit: str = "s", **extra) -> dict:
    row = {"scenario": name, "level": level, "unit": unit, "median": statistics.median(ours),
           "worst": max(ours), "runs": len(ours), **extra}
    if base:
        row["baseline"] = statistics.median(base)
        row["ratio"] = row["median"] / row["baseline"] if row["baseline"] else None
    ratio = f"{row['ratio']:.2f}×" if row.get("ratio") else "—"
    shown = f"{row['median']:.3f} {unit}" + (f" (worst {row['worst']:.3f})" if len(ours) > 1 else "")
    base_text = f"{row['baseline']:.3f} {unit}" if base else "—"
    more = " ".join(f"{k}={v}" for k, v in extra.items())
    print(f"  {name:<28} {level:>5}  {shown:<28} baseline {base_text:<12} ratio {ratio:<7} {more}", flush=True)
    return row


def bench_start(store: Path, level: str, runs: int, tmp: Path) -> list[dict]:
    """Start-up as an installed Hamish starts: its modules' bytecode compiled once beforehand (pip does that at
    install; a checkout run with PYTHONDONTWRITEBYTECODE would otherwise compile every module of ours in every run,
    while PySide6's come compiled), and one unmeasured run of each side first, so both read warm files."""
    import compileall

    compileall.compile_dir(str(HERE.parents[1] / "desktop"), quiet=1)
    child("start_hamish", str(store), env={"HAMISH_BENCH_SETTINGS": str(tmp / f"settings-{level}-warm.ini")})
    child("start_bare", str(store))
    ours, bare = [], []
    for n in range(runs):
        settings = tmp / f"settings-{level}-{n}.ini"
        settings.unlink(missing_ok=True)
        ours.append(child("start_hamish", str(store), env={"HAMISH_BENCH_SETTINGS": str(settings)})["wall"])
        bare.append(child("start_bare", str(store))["wall"])
    return [summary("start → article painted", level, ours, bare)]


QUERIES = ["الموازنة", "عمّان", "البطالة الشباب", "الاستثمار", "مليار دينار", "التقرير رقم 77", "المراجع",
           "الطاقة", "السكنية", "المشاورات العامة"]


def bench_search(store: Path, level: str, runs: int) -> list[dict]:
    """Each query as typed (its prefixes of 3+ letters too, as the debounced box may run them), in-process."""
    sys.path.insert(0, str(HERE.parents[1]))
    from desktop.core.store.database import Store

    s = Store.open(store)
    conn = sqlite3.connect(store)
    ours, base = [], []
    typed = [q[:k] for q in QUERIES for k in range(3, len(q) + 1, 3)] + QUERIES
    for _ in range(runs):
        for q in typed:
            t = time.perf_counter()
            s.search(q)
            ours.append(time.perf_counter() - t)
            words = re.findall(r"\w+", q)
            t = time.perf_counter()
            conn.execute("SELECT rowid FROM search_index WHERE search_index MATCH ? LIMIT 200",
                         [" AND ".join(f'"{w}"*' for w in words)]).fetchall()
            base.append(time.perf_counter() - t)
    s.close()
    ms = [x * 1000 for x in ours]
    return [summary("search (as typed)", level, ms, [x * 1000 for x in base], unit="ms", queries=len(typed))]


def bench_claims_table(store: Path, level: str, runs: int) -> list[dict]:
    """The All-claims window (targets: opens in ≤ 1 s, sorts and filters in ≤ 100 ms); each run a fresh process."""
    results = [child("all_claims", str(store)) for _ in range(runs)]
    rows = []
    for step in results[0]["steps"]:
        rows.append(summary(f"all claims: {step}", level, [r["steps"][step] * 1000 for r in results], None, unit="ms",
                            target_ms=1000 if step == "open" else None if "background" in step or "baseline" in step else 100))
    return rows


BASELINES = {"csv": "export_csv_writer", "xlsx": "export_xlsx_bare"}  # same SQL, bare writer


def bench_export(store: Path, level: str, runs: int, tmp: Path, formats=EXPORTS) -> list[dict]:
    """Each format ``runs`` times, each run beside a run of its baseline where it has one (csv, xlsx); the time
    is the process's own (``inner``: imports and the export) and its peak resident memory."""
    rows = []
    for fmt in formats:
        ours, base = [], []
        for _n in range(runs):
            ours.append(child("export_hamish", str(store), fmt, str(tmp / f"out.{fmt}")))
            if fmt in BASELINES:
                base.append(child(BASELINES[fmt], str(store), str(tmp / f"base.{fmt}")))
        extra = {"baseline_rss_mb": max(r["rss_mb"] for r in base)} if base else {}
        rows.append(summary(f"export {fmt}", level, [r["inner"] for r in ours], [r["inner"] for r in base] or None,
                            peak_rss_mb=max(r["rss_mb"] for r in ours), **extra, bytes=ours[-1]["bytes"]))
    return rows


def saved_page(n: int) -> str:
    """A saved news page of ours around article ``n``: navigation, the article, a related box and a footer."""
    title, text, _claims = scale_data.compose(n)
    paragraphs = "\n".join(f"<p>{p}</p>" for p in text.split("\n\n"))
    return f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>{title} | أخبار هامش</title><meta property="article:published_time" content="2026-03-{1 + n % 28:02d}T09:00:00Z">
</head><body><nav><a href="/">الرئيسية</a> <a href="/eco">اقتصاد</a> <a href="/pol">سياسة</a></nav>
<article><h1>{title}</h1><div class="body">{paragraphs}</div></article>
<aside><h3>اقرأ أيضا</h3><ul><li><a href="/x">تقرير آخر عن الموازنة</a></li></ul></aside>
<footer>جميع الحقوق محفوظة لموقع تجريبي</footer></body></html>"""


def bench_import(runs: int, tmp: Path, pages: int = 400) -> list[dict]:
    folder = tmp / "pages"
    folder.mkdir(exist_ok=True)
    for n in range(pages):
        (folder / f"page-{n:03d}.html").write_text(saved_page(100_000 + n), encoding="utf-8")
    ours, base, cpu, base_cpu, loads = [], [], [], [], []
    for n in range(runs):
        db = tmp / f"import-{n}.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        loads.append(os.getloadavg()[0])
        run = child("import_hamish", str(db), str(folder))
        ours.append(pages / run["inner"])
        cpu.append(pages / run["cpu"])
        run = child("import_trafilatura", str(folder))
        base.append(pages / run["inner"])
        base_cpu.append(pages / run["cpu"])
    loads.append(os.getloadavg()[0])
    # Per CPU-second (user + system of the command and its workers): what an idle machine's cores would give.
    per_cpu = statistics.median(cpu)
    base_per_cpu = statistics.median(base_cpu)
    print(f"  per CPU-second: ours {per_cpu:.1f} pages, trafilatura alone {base_per_cpu:.1f} pages "
          f"(ratio {per_cpu / base_per_cpu:.2f}×); load average {min(loads):.1f}–{max(loads):.1f}", flush=True)
    return [summary("import 400 saved pages", "400", ours, base, unit="pages/s", pages_per_cpu_second=round(per_cpu, 1),
                    baseline_pages_per_cpu_second=round(base_per_cpu, 1), load=[round(x, 1) for x in loads])]


def store_size(store: Path, level: str) -> dict:
    conn = sqlite3.connect(store)
    articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    claims = conn.execute("SELECT count(*) FROM annotations").fetchone()[0]
    text_bytes = conn.execute("SELECT sum(length(CAST(text AS BLOB)) + length(CAST(raw_text AS BLOB))) "
                              "FROM articles").fetchone()[0]
    try:
        tables = dict(conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall())
    except sqlite3.Error:
        tables = {}
    size = store.stat().st_size
    fts = sum(v for k, v in tables.items() if k.startswith("search_index"))
    claims_bytes = sum(v for k, v in tables.items() if k.startswith(("annotation", "claim_revisions",
                                                                     "idx_annotation", "idx_claim")))
    row = {"scenario": "store size", "level": level, "bytes": size, "articles": articles, "claims": claims,
           "bytes_per_article": round((size - claims_bytes) / articles), "bytes_per_claim": round(claims_bytes / claims),
           "text_bytes": text_bytes, "fts_bytes": fts, "tables": tables}
    print(f"  store size {level:>5}: {size / 1e6:.1f} MB — {row['bytes_per_article']:,} B per article "
          f"(text+raw {text_bytes / articles:,.0f}, FTS {fts / articles:,.0f}), {row['bytes_per_claim']:,} B per claim "
          f"(claim rows, revisions, history and indexes)", flush=True)
    return row


def growth(rows: list[dict]) -> None:
    """Median at 10,000 articles over the median at 1,000, per scenario."""
    by = {(r["scenario"], r["level"]): r for r in rows if "median" in r}
    for (name, level), r in list(by.items()):
        if level == "100k" and (name, "10k") in by:
            r["growth_1k_to_10k_articles"] = r["median"] / by[(name, "10k")]["median"]
            print(f"  growth 1k→10k articles  {name:<28} {r['growth_1k_to_10k_articles']:.2f}×")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--export-runs", type=int, default=3, help="runs of each export (they are slow)")
    parser.add_argument("--levels", default="1k,10k,100k")
    parser.add_argument("--formats", default=",".join(EXPORTS), help="exports to measure")
    parser.add_argument("--only", default="start,search,claims,export,import,size")
    parser.add_argument("--data", type=Path, default=Path(tempfile.gettempdir()) / "hamish-bench-scale")
    parser.add_argument("--work", type=Path, help="scratch folder for outputs (default: DATA/work)")
    parser.add_argument("--json", type=Path, default=Path("bench_scale.json"))
    args = parser.parse_args(argv)
    only = set(args.only.split(","))
    levels = args.levels.split(",")
    tmp = args.work or args.data / "work"
    tmp.mkdir(parents=True, exist_ok=True)
    rows: list[dict] = []
    for level in levels:
        t = time.perf_counter()
        if level == "1m":
            template = scale_data.build(args.data / "store-100k.db", scale_data.LEVELS["100k"])
            store = scale_data.grow(template, args.data / "store-1m.db", 10)
        else:
            store = scale_data.build(args.data / f"store-{level}.db", scale_data.LEVELS[level])
        print(f"level {level}: {scale_data.LEVELS[level]:,} articles ({time.perf_counter() - t:.1f} s to build)",
              flush=True)
        if "size" in only:
            rows.append(store_size(store, level))
        if "start" in only and level != "1m":
            rows += bench_start(store, level, args.runs, tmp)
        if "search" in only:
            rows += bench_search(store, level, args.runs)
        if "claims" in only and level != "1m":
            rows += bench_claims_table(store, level, args.runs)
        if "export" in only and level in ("100k", "1m"):
            rows += bench_export(store, level, args.export_runs, tmp, args.formats.split(","))
    if "import" in only:
        rows += bench_import(args.export_runs, tmp)
    growth(rows)
    args.json.write_text(json.dumps({"runs": args.runs, "python": sys.version.split()[0], "cpus": os.cpu_count(),
                                     "results": rows}, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
