"""How long hostile saved pages take to import, beside a flat page with the same text (same run).

Run on demand:  python tests/benchmarks/bench_hostile_html.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from desktop.core.importing import ImportFailure, import_bytes  # noqa: E402

PARAGRAPH = "أعلنت الشركة عن جولة تمويل بقيمة 80 مليون دولار لتوسيع أعمالها في المنطقة العربية خلال العام المقبل."


def pages() -> dict[str, tuple[str, str]]:
    """Name → (hostile page, flat page with the same paragraphs)."""
    def flat(n: int) -> str:
        return "<html><body><main>" + "".join(f"<p>{k} {PARAGRAPH}</p>" for k in range(n)) + "</main></body></html>"

    deep = 1000
    body = "".join(f"<p>{k} {PARAGRAPH}</p>" for k in range(300))
    return {
        "tables nested 200 deep, 1 paragraph": (
            "<html><body>" + "<table><tr><td>" * 200 + f"<p>0 {PARAGRAPH}</p>" + "</td></tr></table>" * 200
            + "</body></html>", flat(1)),
        "300 paragraphs 1,000 sections deep": (
            "<html><body><main>" + "<section>" * deep + body + "</section>" * deep + "</main></body></html>", flat(300)),
        "5,000 divs deep (rejected)": (
            "<html><body>" + "<div>" * 5000 + f"<p>0 {PARAGRAPH}</p>" + "</div>" * 5000 + "</body></html>", flat(1)),
    }


def timed(page: str) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        try:
            import_bytes(page.encode(), "page.html")
        except ImportFailure:
            pass
        best = min(best, time.perf_counter() - start)
    return best


def main() -> int:
    timed(pages()["tables nested 200 deep, 1 paragraph"][1])  # load trafilatura once, outside the figures
    for name, (hostile, flat) in pages().items():
        h, f = timed(hostile), timed(flat)
        print(f"{name:40s} {h * 1000:8.1f} ms   flat page, same text {f * 1000:7.1f} ms   ratio {h / f:6.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
