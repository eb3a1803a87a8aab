"""Time the claims table, grouping and review mode on a library of 200 articles × 50 claims (10,000)."""
import os, sys, tempfile, time, random
os.environ["QT_QPA_PLATFORM"] = "offscreen"
ROOT = __import__("pathlib").Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from pathlib import Path
from PySide6.QtWidgets import QApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtCore import Qt
app = QApplication([])
from desktop.core.store.database import Store
from desktop.core.compare.grouping import group_claims
from desktop.ui.claims.table import ClaimsTableWindow, COL_ARTICLE, COL_VALUE
from desktop.ui.claims.review_mode import ReviewWindow
n_art, per = int(sys.argv[1]) if len(sys.argv) > 1 else 200, 50
rng = random.Random(1)
s = Store.open(Path(tempfile.mkdtemp()) / "b.db", author="b")
unit_cat = [("EUR", "amount", "money"), ("USD", "valuation", "money"), ("%", "stake", "percent"), ("", "downloads", "count")]
for i in range(n_art):
    text = " ".join(f"جملة {i} فيها {k} مليار يورو." for k in range(per))
    a, _ = s.add_article(title=f"مقال {i}", text=text)
    items, pos = [], 0
    for k in range(per):
        q = f"{k} مليار يورو"; st = text.index(q, pos); pos = st + len(q)
        u, c, kind = rng.choice(unit_cat)
        items.append(dict(start=st, end=st + len(q), category=c, kind=kind, unit=u, value=rng.uniform(1, 100) * 1e6))
    s.add_annotations(a.id, items)
claims = s.annotations()
def t(label, f, reps=3):
    best = min((lambda: (lambda t0: (f(), time.perf_counter() - t0)[1])(time.perf_counter()))() for _ in range(reps))
    print(f"{label:45s} {best*1000:8.1f} ms")
t(f"store.annotations() ({len(claims)} claims)", s.annotations)
t("group_claims", lambda: group_claims(claims))
w = ClaimsTableWindow(s, lambda *a: None)
t("ClaimsTableModel.refresh (load+group+fold)", w.model.refresh)
orders = iter([Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder] * 10)  # each rep really re-sorts
t("sort by (unit, value), order flipped", lambda: w.view.sortByColumn(COL_VALUE, next(orders)))
t("sort by article title (collated), then back", lambda: (w.view.sortByColumn(COL_ARTICLE, Qt.SortOrder.AscendingOrder),
                                                         w.view.sortByColumn(COL_VALUE, Qt.SortOrder.AscendingOrder)))
t("text filter 'مقال 17' set + cleared", lambda: (w.proxy.set_text("مقال 17"), w.proxy.set_text("")))
t("text filter typed, 'م' → 'مقال 17' → ''", lambda: [w.proxy.set_text(x) for x in ("م", "مق", "مقال", "مقال 17", "")])
t("unit filter 'EUR' set + cleared", lambda: (w.proxy.set_unit("EUR"), w.proxy.set_unit(None)))
values = iter(range(10))
def change_one():
    s.update_annotation(claims[0].uuid, value=1e6 * (50 + next(values)))
    w.model.refresh()
t("refresh after one value changed", change_one)
print("groups:", len(w.model.groups))
r = ReviewWindow(s, QUndoStack(), None, lambda *a: None)
t("ReviewWindow.apply_filters (queue of all)", r.apply_filters)
t("decision A + advance + undo", lambda: (r.decide("confirmed"), r.undo()), reps=5)
