"""Text-similarity measures shared by tests and benchmarks."""

from __future__ import annotations

import unicodedata


def character_error_rate(ocr: str, truth: str, *, nfkc: bool = False) -> float:
    """Levenshtein distance over the truth's length, whitespace collapsed (and NFKC applied when asked)."""
    if nfkc:
        ocr, truth = unicodedata.normalize("NFKC", ocr), unicodedata.normalize("NFKC", truth)
    a, b = " ".join(ocr.split()), " ".join(truth.split())
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        row = [i]
        for j, cb in enumerate(b, 1):
            row.append(min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = row
    return previous[-1] / max(len(b), 1)
