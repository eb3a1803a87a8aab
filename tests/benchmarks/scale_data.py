"""Builds the scale benchmark's stores: Arabic articles composed from our own template, ten claims each.

Levels are named by their claim count: ``1k`` (100 articles), ``10k`` (1,000 articles) and ``100k``
(10,000 articles); ``1m`` (100,000 articles) is built only when asked for, by :func:`grow`: the 100k store
copied ten times over in SQL, in one transaction (through the Store it would take most of an hour here). A built
store is kept in the data folder and reused while its level's article count matches.
"""

from __future__ import annotations

import hashlib
import random
import re
import shutil
import sqlite3
from pathlib import Path

LEVELS = {"1k": 100, "10k": 1_000, "100k": 10_000, "1m": 100_000}
CLAIMS_PER_ARTICLE = 10

CITIES = ["عمّان", "بيروت", "تونس", "الرباط", "القاهرة", "الدوحة", "مسقط", "الكويت", "الجزائر", "بغداد"]
SUBJECTS = ["الطاقة", "النقل", "المياه", "التعليم", "الصحة", "الزراعة", "السياحة", "الإسكان", "الاتصالات", "الصناعة"]
# Our own sentences: each carries one quantity (the {q} slot), which becomes a claim.
SENTENCES = [
    "قالت وزارة {s} في {c} إن الإنفاق على المشاريع الجديدة بلغ {q} خلال العام الماضي.",
    "وأضاف بيان الوزارة أن عدد المستفيدين ارتفع إلى {q} بعد توسيع البرنامج إلى المحافظات الجنوبية.",
    "وبحسب تقرير الهيئة العامة للإحصاء، تراجعت نسبة البطالة بين الشباب إلى {q} في الربع الأخير.",
    "وأشار المتحدث إلى أن الحكومة خصصت {q} لدعم قطاع {s} في موازنة العام المقبل.",
    "ويتوقع خبراء أن يصل حجم الاستثمار الأجنبي في {c} إلى {q} بحلول نهاية العقد.",
    "وسجلت الصادرات غير النفطية نمواً قدره {q} مقارنة بالفترة نفسها من العام السابق.",
    "ولفت التقرير إلى أن {q} من الأسر في الريف ما زالت تنتظر ربطها بالشبكة العامة.",
    "وكانت الحكومة قد أعلنت في وقت سابق عن خطة لبناء {q} في المدن الكبرى خلال خمس سنوات.",
    "وقدّر مسؤول في البنك المركزي كلفة خدمة الدين هذا العام بنحو {q}.",
    "وختم البيان بالإشارة إلى أن {q} شاركوا في المشاورات العامة حول الخطة الجديدة.",
]
QUANTITIES = ["{n} مليار دينار", "{n} ألف مستفيد", "{n}٪", "{n} مليون دولار", "{n} مليار دولار",
              "{n} بالمئة", "{n} بالمئة", "{n} ألف وحدة سكنية", "{n} مليون دينار", "{n} ألف مواطن"]
FILLER = ("وتأتي هذه الأرقام في سياق نقاش واسع حول أولويات الإنفاق العام وقدرة المؤسسات على تنفيذ ما تعلنه "
          "من خطط، إذ يطالب نواب ومنظمات أهلية بنشر البيانات التفصيلية كل ثلاثة أشهر.")


def compose(n: int) -> tuple[str, str, list[tuple[int, int, float, str]]]:
    """Article ``n``: (title, text, claims as (start, end, value, quote))."""
    rng = random.Random(n)
    city, subject = CITIES[n % len(CITIES)], SUBJECTS[(n // 10) % len(SUBJECTS)]
    title = f"{city}: أرقام جديدة عن قطاع {subject} في التقرير رقم {n}"
    parts, claims, pos = [], [], 0
    for k, (sentence, quantity) in enumerate(zip(SENTENCES, QUANTITIES)):
        value = rng.randint(2, 900) + (k / 10 if k % 3 == 0 else 0)
        q = quantity.format(n=f"{value:g}")
        before, after = sentence.split("{q}")
        before = before.format(s=subject, c=city)
        after = after.format(s=subject, c=city)
        start = pos + len(before)
        claims.append((start, start + len(q), float(value), q))
        piece = before + q + after + (" " + FILLER if k % 2 else "")
        parts.append(piece)
        pos += len(piece) + 2  # the paragraph break
    return title, "\n\n".join(parts), claims


def build(path: Path, articles: int) -> Path:
    """A store at ``path`` holding ``articles`` composed articles and their claims (kept if already built)."""
    from desktop.core.store.database import Store

    if path.exists():
        with sqlite3.connect(path) as conn:
            try:
                if conn.execute("SELECT count(*) FROM articles").fetchone()[0] == articles:
                    return path
            except sqlite3.Error:
                pass
        path.unlink()
    path.parent.mkdir(parents=True, exist_ok=True)
    store = Store.open(path, author="bench")
    batch = 500
    for first in range(0, articles, batch):
        with store.transaction():
            for n in range(first, min(first + batch, articles)):
                title, text, claims = compose(n)
                article, _ = store.add_article(title=title, text=text, source=f"bench-{n}.txt", site="bench.invalid",
                                               published=f"2026-{1 + n % 12:02d}-{1 + n % 28:02d}")
                store.add_annotations(article.id, [
                    dict(start=s, end=e, category="amount", kind="money" if k % 2 else "count", value=v,
                         note="ملاحظة المراجع" if k % 4 == 0 else "")
                    for k, (s, e, v, _q) in enumerate(claims)
                ])
    store.close()
    return path


def _built(path: Path, articles: int) -> bool:
    if not path.exists():
        return False
    with sqlite3.connect(path) as conn:
        try:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0] == articles
        except sqlite3.Error:
            return False


def grow(template: Path, path: Path, copies: int) -> Path:
    """The ``template`` store ``copies`` times over at ``path``: copy k of article n is article n + k·N, its text
    the template's with " (k)" after a paragraph break (so a new content hash), its claims the template's under new
    ids, with their revisions, and its search row the template's (the copies differ from it by that mark only)."""
    with sqlite3.connect(template) as conn:
        n, last = conn.execute("SELECT count(*), max(id) FROM articles").fetchone()
    if _built(path, n * copies):
        return path
    assert n == last, "grow() needs a template whose article ids run from 1 without gaps"
    path.unlink(missing_ok=True)
    shutil.copyfile(template, path)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = OFF")  # a benchmark's store, built in one go
    conn.execute("PRAGMA synchronous = OFF")
    columns = [r[1] for r in conn.execute("PRAGMA table_info(articles)")]
    same = [c for c in columns if c not in ("id", "title", "text", "raw_text", "content_hash")]
    claim_cols = [r[1] for r in conn.execute("PRAGMA table_info(annotations)") if r[1] not in ("uuid", "article")]
    step = conn.execute("SELECT coalesce(max(origin_seq), 0) + 1 FROM claim_revisions").fetchone()[0]
    conn.execute("BEGIN")
    for k in range(1, copies):
        off, mark = k * n, f"\n\n({k})"
        conn.execute(f"INSERT INTO articles (id, title, text, raw_text, content_hash, {', '.join(same)}) "
                     f"SELECT id + {off}, title || ' ({k})', text || ?, raw_text || ?, 'pending:' || (id + {off}), "
                     f"{', '.join(same)} FROM articles WHERE id <= {n}", [mark, mark])
        conn.executemany("UPDATE articles SET content_hash = ? WHERE id = ?", [
            ("sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest(), i)
            for i, text in conn.execute(f"SELECT id, text FROM articles WHERE id > {off} AND id <= {off + n}")])
        conn.execute(f"INSERT INTO search_index (rowid, title, body, notes, variants) SELECT rowid + {off}, "
                     f"title || ' ({k})', body, notes, variants FROM search_index WHERE rowid <= {n}")
        new_uuid = f"substr(n.uuid, 1, 24) || printf('%012x', {k})"
        conn.execute(f"INSERT INTO annotations (uuid, article, {', '.join(claim_cols)}) SELECT {new_uuid}, "
                     f"n.article + {off}, {', '.join('n.' + c for c in claim_cols)} FROM annotations n "
                     f"WHERE n.article <= {n}")
        conn.execute(f"""INSERT INTO claim_revisions (uuid, article_hash, action, deleted, record, base, by, source,
                             made, origin, origin_seq)
                         SELECT {new_uuid}, c.content_hash, r.action, r.deleted,
                                replace(replace(r.record, n.uuid, {new_uuid}), r.article_hash, c.content_hash),
                                r.base, r.by, r.source, r.made, r.origin, r.origin_seq + {k * step}
                         FROM claim_revisions r JOIN annotations n ON n.uuid = r.uuid
                         JOIN articles c ON c.id = n.article + {off} WHERE n.article <= {n}""")
    conn.execute("COMMIT")
    conn.close()
    return path


def check_claims(text: str, claims) -> bool:
    """Every claim's quote sits at its offsets (the builder's own check)."""
    return all(text[s:e] == q for s, e, _v, q in claims)


assert check_claims(*compose(7)[1:]), "the template's offsets are wrong"
assert re.search(r"\d", compose(1)[1])
