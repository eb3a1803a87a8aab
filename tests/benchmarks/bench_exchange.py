"""Time exports, imports (exact / re-anchored), merge and agreement on a 200-article, 4,000-claim library."""
import sys, time, re
from pathlib import Path
ROOT = __import__("pathlib").Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from desktop.core.store.database import Store
from desktop.core.exchange.exporting import export
from desktop.core.exchange.annotation_import import import_annotations
from desktop.core.exchange.agreement import agreement_between
from desktop.core.exchange.merge import merge

out = Path(sys.argv[1] if len(sys.argv) > 1 else __import__("tempfile").mkdtemp(prefix="hamish-bench-")); out.mkdir(parents=True, exist_ok=True)
for p in out.glob("*"): p.unlink()
body = "\n".join((ROOT.parent / "shared" / "seed" / "000_305ef7fb3dcfe7c4.txt").read_text(encoding="utf-8").split("\n")[:8])

lib = Store.open(out / "lib.db", author="a")
edited = Store.open(out / "edited.db", author="b")
N, K = 200, 20
t = time.perf_counter()
for n in range(N):
    unique = "\n".join(f"({n}-{k}) {line}" for k, line in enumerate(body.split("\n")))  # distinct articles
    text = f"مقال رقم {n}\n" + unique
    art, _ = lib.add_article(title=f"مقال {n}", text=text)
    words = [m.span() for m in re.finditer(r"[^\W\d]{3,}", text)][5:]
    shift = 0
    items = [dict(start=words[i * 7][0] + shift, end=words[i * 7 + 1][1] + shift, category="amount", value=float(i), note="ملاحظة")
             for i in range(K)]
    lib.add_annotations(art.id, items)
    edited.add_article(title=f"مقال {n} (محدث)", text=f"مقال رقم {n}\nفقرة جديدة في البداية.\n" + unique)
print(f"build {N} articles × {K} claims: {time.perf_counter() - t:.2f}s")
def timed(label, fn):
    t = time.perf_counter(); r = fn(); print(f"{label}: {time.perf_counter() - t:.2f}s"); return r
for fmt in ("csv", "xlsx", "w3c", "jsonl", "html"):
    r = timed(f"export {fmt}", lambda: export(lib, fmt, out / f"all.{fmt}"))
from desktop.ui.exchange.pdf_report import write_pdf
timed("export pdf (1 article)", lambda: write_pdf(lib, out / "one.pdf", article_ids=[1]))
fresh = Store.open(out / "fresh.db")
r = timed("import w3c into a fresh store (creates 200 articles)", lambda: import_annotations(fresh, out / "all.w3c"))
print("  ", r.exact, "exact", r.reanchored, "reanchored", r.orphaned, "orphaned")
r = timed("import jsonl again (all unchanged)", lambda: import_annotations(fresh, out / "all.jsonl"))
print("  ", r.unchanged, "unchanged")
r = timed("import w3c onto 200 edited articles (re-anchor)", lambda: import_annotations(edited, out / "all.w3c"))
print("  ", r.exact, "exact", r.reanchored, "reanchored", r.orphaned, "orphaned", len(r.articles_created), "created")
m = Store.open(out / "merged.db")
timed("merge lib into empty store", lambda: merge(m, out / "lib.db"))
timed("merge again (no change)", lambda: merge(m, out / "lib.db"))
a = timed("agreement lib vs fresh", lambda: agreement_between(out / "lib.db", out / "fresh.db"))
print("   span F1", a.overall()["span_f1"])
