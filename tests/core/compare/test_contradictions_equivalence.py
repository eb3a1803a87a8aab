"""The fast contradiction search (sliding window per group) finds exactly what comparing every pair finds, in order."""

from __future__ import annotations

import datetime as dt
import random
import uuid

import pytest

from desktop.core.compare import figures
from desktop.core.store.models import utc_now


def _reference(store, tolerance=0.05, window_days=30, display="USD"):
    """Every pair of points, compared the obvious way (quadratic): the definition the fast search must meet."""
    pts = [p for p in figures.points(store, display=display) if p.compared is not None]
    notes = {r[0]: r[1:] for r in store.db.execute("SELECT pair, note, author, resolved FROM contradiction_notes")}
    found = []
    for a in pts:
        for b in pts:
            if (a.subject, a.category, a.compared_unit) != (b.subject, b.category, b.compared_unit):
                continue
            try:
                da, db = dt.date.fromisoformat(a.published[:10]), dt.date.fromisoformat(b.published[:10])
            except ValueError:
                continue
            if (da, a.uuid) >= (db, b.uuid) or (db - da).days > window_days or a.article == b.article:
                continue
            top = max(abs(a.compared), abs(b.compared))
            diff = abs(a.compared - b.compared) / top if top else 0.0
            if diff > tolerance:
                key = " ".join(sorted((a.uuid, b.uuid)))
                found.append(figures.Contradiction(a, b, diff, (db - da).days, *notes.get(key, ("", "", ""))))
    found.sort(key=lambda c: (c.a.subject, c.a.category, c.a.published, c.key))
    return [c.to_json() for c in found]


def _random_library(store, seed: int, uneven: bool = False) -> None:
    rnd = random.Random(seed)
    now = utc_now()
    subjects = ["شركة ألف", "شركة باء", "Mistral AI"]
    for name in subjects:
        store.ensure_subject(name)
    days = ["2025-01-01", "2025-01-01", "2025-01-20", "2025-02-15", "2025-03-01", "2025-03-01T10:00:00", "", "غدا"]
    uuids = []
    with store.transaction():
        for n in range(60):
            text = f"نص {n} 🙂 " + " ".join(f"رقم {k}." for k in range(4))
            day = rnd.choice(days)
            article = store.db.execute(
                "INSERT INTO articles (title, text, raw_text, content_hash, imported, published, site) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [f"مقال {n}", text, text, f"sha256:{seed}:{n}", now, day or None, f"site{n % 4}"]).lastrowid
            for k in range(4):
                quote = f"رقم {k}"
                s = text.index(quote)
                kind = rnd.choice(["money", "money", "count", "percent"])
                unit = {"money": rnd.choice(["USD", "EUR", "SAR", "XXX", ""]), "count": "users", "percent": "%"}[kind]
                value = rnd.choice([0.0, -5.0, 100.0, 103.0, 120.0, rnd.uniform(1, 200)])
                u = str(uuid.UUID(int=rnd.getrandbits(128)))
                if uneven:  # ids of uneven length, one the start of another, a non-ASCII one: keys sort as text
                    u = rnd.choice(["c", "c-", "ج", "C"]) + str(len(uuids)) + rnd.choice(["", ".", ".00"])
                uuids.append(u)
                store.db.execute(
                    'INSERT INTO annotations (uuid, article, start, "end", quote, category, kind, value, unit, '
                    "subject, status, created, modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [u, article, s, s + len(quote), quote, rnd.choice(["valuation", "amount"]), kind, value, unit,
                     rnd.choice(subjects + [None]), rnd.choice(["unreviewed", "confirmed", "rejected"]), now, now])
    for _ in range(5):
        figures.resolve(store, *rnd.sample(uuids, 2), "ملاحظة لزوج لا يتعارض")
    for c in figures.contradictions(store, window_days=400, tolerance=0.0)[::7]:
        figures.resolve(store, c.a.uuid, c.b.uuid, f"ملاحظة {c.key[:4]}")


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("options", [{}, {"tolerance": 0.0, "window_days": 0}, {"window_days": 60, "display": "EUR"},
                                     {"tolerance": 0.25, "window_days": 400}])
def test_the_fast_search_equals_comparing_every_pair(store, seed, options):
    _random_library(store, seed)
    fast = [c.to_json() for c in figures.contradictions(store, **options)]
    assert fast == _reference(store, **options)
    assert fast  # the library does hold contradictions
    assert any(c["resolved"] for c in fast) and not all(c["resolved"] for c in fast)


def test_one_subject_is_the_same_as_filtering_all(store):
    _random_library(store, 4)
    every = [c.to_json() for c in figures.contradictions(store) if c.a.subject == "Mistral AI"]
    assert [c.to_json() for c in figures.contradictions(store, subject="Mistral AI")] == every


@pytest.mark.parametrize("seed", [5, 6])
def test_uneven_ids_and_small_chunks_give_the_same_pairs(store, seed, monkeypatch):
    # Claims imported from other tools may carry ids of any length; and a wide window is compared in chunks.
    from desktop.core.compare import pairing

    _random_library(store, seed, uneven=True)
    monkeypatch.setattr(pairing, "_CHUNK", 7)
    options = {"tolerance": 0.0, "window_days": 400}
    fast = [c.to_json() for c in figures.contradictions(store, **options)]
    assert fast and fast == _reference(store, **options)
