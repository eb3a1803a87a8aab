"""Throughput and linearity of the claim suggester: MB of Arabic text per second, and 10× text vs time.

Times are CPU seconds of this process on one core (time.process_time), best of three, so that other work
on a shared machine does not count.

Run on demand:  python tests/benchmarks/bench_claims.py   (exit status 1 if a target is missed)
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from desktop.core.claims.suggest import suggest  # noqa: E402

SEED = ROOT.parent / "shared" / "seed" / "000_305ef7fb3dcfe7c4.txt"
DEV = ROOT / "tests" / "data" / "claims_dev.jsonl"
TARGET_MB_PER_S = 2.0
MAX_RATIO = 11.0


def corpus(min_bytes: int) -> str:
    """News-like Arabic text: the seed article's body and the development sentences, repeated."""
    body = "\n".join(SEED.read_text(encoding="utf-8").split("\n")[:8])
    sentences = [json.loads(line)["text"] for line in DEV.read_text(encoding="utf-8").splitlines()]
    block = body + "\n" + " ".join(sentences) + "\n"
    copies = -(-min_bytes // len(block.encode("utf-8")))
    return block * copies


def cpu_time(text: str) -> tuple[float, int]:
    """CPU seconds of this process for one call (other processes on a shared machine do not count)."""
    start = time.process_time()
    found = len(suggest(text))
    return time.process_time() - start, found


_BASELINE = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9]+|\w+")


def baseline_time(text: str) -> float:
    """CPU seconds for the same text through one plain regex scan (every digit run and word): the floor
    a pure-Python tokenizer cannot beat, measured in the same run for a ratio."""
    start = time.process_time()
    sum(1 for _ in _BASELINE.finditer(text))
    return time.process_time() - start


def main() -> int:
    small = corpus(2_000_000)
    large = small * 10
    mb_small = len(small.encode("utf-8")) / 1e6
    t_small = t_large = float("inf")
    n_small = n_large = 0
    for _ in range(3):  # interleaved, best of three each
        t, n_small = cpu_time(small)
        t_small = min(t_small, t)
        t, n_large = cpu_time(large)
        t_large = min(t_large, t)
    t_base = min(baseline_time(small) for _ in range(3))
    rate = mb_small / t_small
    ratio = t_large / t_small
    print(f"text 1x : {mb_small:6.2f} MB, {len(small):>9,} code points, {n_small:>7,} claims, "
          f"{t_small:6.3f} s, {rate:5.2f} MB/s")
    print(f"text 10x: {mb_small * 10:6.2f} MB, {len(large):>9,} code points, {n_large:>7,} claims, "
          f"{t_large:6.3f} s, {mb_small * 10 / t_large:5.2f} MB/s")
    print(f"baseline (one regex scan of digit runs and words, same text): {t_base:6.3f} s, "
          f"{mb_small / t_base:5.2f} MB/s; suggester / baseline = {t_small / t_base:.1f}x")
    print(f"time ratio 10x/1x = {ratio:.2f} (target ≤ {MAX_RATIO}); throughput target ≥ {TARGET_MB_PER_S} MB/s")
    ok = rate >= TARGET_MB_PER_S and ratio <= MAX_RATIO and n_large == 10 * n_small
    print("OK" if ok else "MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
