"""The All-claims window of this checkout beside another checkout's (an older commit), run for run on one store.

Run on demand: python tests/benchmarks/bench_ab_claims.py STORE.db --old OTHER_CHECKOUT [--runs 3] [--json OUT.json]
Each run starts the ``all_claims`` scenario of this checkout's ``scale_child.py`` in a fresh process with this
checkout's code, then the same scenario file with the other checkout's code (the scenario file is copied there,
so both time the same steps), and prints each step's median for both and their ratio. The store is opened by
both (an older Hamish opens a store migrated past its schema read-only, so it is not written).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def run(root: Path, store: Path) -> dict:
    proc = subprocess.run([sys.executable, str(root / "tests" / "benchmarks" / "scale_child.py"), "all_claims",
                           str(store)], capture_output=True, text=True, timeout=900,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode != 0 or not lines:
        raise SystemExit(f"{root}: failed ({proc.returncode}): {proc.stderr.strip()[-800:]}")
    return json.loads(lines[-1])["steps"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store", type=Path)
    parser.add_argument("--old", type=Path, required=True, help="a checkout of the commit to compare with")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="hamish-ab-"))
    try:
        old = scratch / "old"
        shutil.copytree(args.old, old, ignore=shutil.ignore_patterns(".git", "*.db", "__pycache__"))
        shutil.copy(HERE / "scale_child.py", old / "tests" / "benchmarks" / "scale_child.py")
        trees = {"new": HERE.parents[1], "old": old}
        results: dict[str, list[dict]] = {name: [] for name in trees}
        for _ in range(args.runs):
            for name, root in trees.items():
                results[name].append(run(root, args.store))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print(f"{'step':<32} {'new ms':>9} {'old ms':>9} {'old/new':>8}")
    table = {}
    for step in results["new"][0]:
        new = statistics.median(r[step] * 1000 for r in results["new"])
        olds = [r[step] * 1000 for r in results["old"] if step in r]
        was = statistics.median(olds) if olds else float("nan")
        table[step] = {"new_ms": round(new, 1), "old_ms": round(was, 1)}
        print(f"{step:<32} {new:>9.1f} {was:>9.1f} {was / new:>8.2f}")
    if args.json:
        args.json.write_text(json.dumps({"store": str(args.store), "runs": args.runs, "steps": table}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
