"""Throughput and linearity of the claim suggester: MB of Arabic text per second, and 10× text vs time.

Times are CPU seconds of this process on one core (time.process_time), best of five, so that other work
on a shared machine does not count.

Two corpora: the seed article repeated (real news density; the ≥ 2 MB/s target applies) and our annotated
sentences back to back (the worst case: a claim every ~110 bytes; printed with its ratio to the baseline and its
time ratio; only its claim counts must scale exactly).

Run on demand:  python tests/benchmarks/bench_claims.py [FACTOR]   (exit status 1 if a target is missed)
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
SETS = [DEV, ROOT / "tests" / "data" / "claims_holdout.jsonl"]
TARGET_MB_PER_S = 2.0


def repeat(block: str, min_bytes: int) -> str:
    return block * -(-min_bytes // len(block.encode("utf-8")))


def news_corpus(min_bytes: int) -> str:
    """Real news density: the seed article (a real Arabic economy article, ~15 claims in 8 KB), repeated."""
    return repeat(SEED.read_text(encoding="utf-8") + "\n", min_bytes)


def dense_corpus(min_bytes: int) -> str:
    """The worst case: our annotated sentences, which exercise the real-text grammar (مرة, فلس, أضعاف, index
    values, ellipses), back to back, one claim every ~110 bytes."""
    sentences = [json.loads(line)["text"] for path in SETS for line in path.read_text(encoding="utf-8").splitlines()]
    return repeat(" ".join(sentences) + "\n", min_bytes)


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


def measure(name: str, small: str, factor: int) -> tuple[float, float, bool]:
    """(MB/s, 10x/1x time ratio, counts linear) for one corpus, best of five, interleaved."""
    large = small * factor
    mb_small = len(small.encode("utf-8")) / 1e6
    t_small = t_large = float("inf")
    n_small = n_large = 0
    for _ in range(5):
        t, n_small = cpu_time(small)
        t_small = min(t_small, t)
        t, n_large = cpu_time(large)
        t_large = min(t_large, t)
    t_base = min(baseline_time(small) for _ in range(3))
    print(f"{name} 1x : {mb_small:6.2f} MB, {n_small:>7,} claims, {t_small:6.3f} s, {mb_small / t_small:5.2f} MB/s")
    print(f"{name} {factor}x: {mb_small * factor:6.2f} MB, {n_large:>7,} claims, {t_large:6.3f} s, "
          f"{mb_small * factor / t_large:5.2f} MB/s; time ratio {t_large / t_small:.2f} (linear: {factor})")
    print(f"{name} baseline (one regex scan of digit runs and words, same text, same run): {t_base:6.3f} s, "
          f"{mb_small / t_base:5.2f} MB/s; suggester / baseline = {t_small / t_base:.1f}x")
    return mb_small / t_small, t_large / t_small, n_large == factor * n_small


def main() -> int:
    factor = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    ok = True
    if SEED.exists():
        rate, ratio, linear = measure("news ", news_corpus(2_000_000), factor)
        ok = rate >= TARGET_MB_PER_S and ratio <= factor * 1.2 and linear
        print(f"news target: ≥ {TARGET_MB_PER_S} MB/s and time ratio ≤ {factor * 1.2:.1f}")
    else:
        print(f"skipped the news corpus: {SEED} is missing (the seed article in ../shared)")
    rate, ratio, linear = measure("dense", dense_corpus(2_000_000), factor)
    ok = ok and linear  # its time ratio is printed: on a loaded shared machine it wanders around the factor
    print("OK" if ok else "MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
