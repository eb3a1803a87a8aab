"""Time adding and deleting a claim (no note) on a ~1 MB article: the search index is rebuilt only when notes change."""
import sys, tempfile, time
from pathlib import Path
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from desktop.core.store.database import Store

seed = (ROOT.parent / "shared" / "seed" / "000_305ef7fb3dcfe7c4.txt").read_text(encoding="utf-8")
text = (seed + "\n") * (1_000_000 // len(seed) + 1)
with tempfile.TemporaryDirectory() as folder:
    store = Store.open(Path(folder) / "bench.db", author="bench")
    article, _ = store.add_article(title="t", text=text)
    start = text.index("1.7 مليار يورو")
    for label, note in (("no note", ""), ("with a note", "ملاحظة")):
        t = time.perf_counter()
        for _ in range(10):
            claim = store.add_annotation(article.id, start, start + 14, "amount", note=note)
            store.delete_annotation(claim.uuid)
        print(f"{len(text):,} chars, add + delete {label}: {(time.perf_counter() - t) / 20 * 1000:.1f} ms per call")
    store.close()
