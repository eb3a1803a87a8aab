"""m019_search_prefixes: a store indexed before it gets FTS5 prefix indexes of two and three letters, with the same
rows and the same answers to every search."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.core.store.database import Store

ARTICLES = [
    ("الموازنة العامة", "قالت وزارة المالية إن عجز الموازنة بلغ 1.2 مليار دينار، وللمستثمرين حصة 15٪ 😀."),
    ("الطاقة المتجددة", "وتوقع الخبراء أن يصل الاستثمار في الطاقة الشمسية إلى 300 مليون دولار بحلول 2030."),
    ("البطالة بين الشباب", "وتراجعت نسبة البطالة بين الشباب إلى 21٪ في الربع الأخير، بحسب المشاورات العامة."),
]
QUERIES = ["ال", "الم", "المو", "الموازنة", "البطالة الش", "مستثمرين", "2030", "الطاقة الشمسية", "😀"]


def _rows(path: Path) -> list[tuple]:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT rowid, title, body, notes, variants FROM search_index ORDER BY rowid").fetchall()


def _definition(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT sql FROM sqlite_master WHERE name = 'search_index'").fetchone()[0]


def test_an_index_made_before_gets_prefixes_and_answers_the_same(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    store = Store.open(path, daily_backup=False)
    for title, text in ARTICLES:
        store.add_article(title=title, text=text)
    store.close()
    with sqlite3.connect(path) as conn:  # as a store indexed before m019: the table without prefix indexes
        conn.execute("CREATE VIRTUAL TABLE old_index USING fts5(title, body, notes, variants, "
                     "tokenize = 'unicode61 remove_diacritics 2')")
        conn.execute("INSERT INTO old_index (rowid, title, body, notes, variants) "
                     "SELECT rowid, title, body, notes, variants FROM search_index")
        conn.execute("DROP TABLE search_index")
        conn.execute("ALTER TABLE old_index RENAME TO search_index")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm019_search_prefixes'")
    assert "prefix" not in _definition(path)
    before_rows = _rows(path)
    old = Store.open(path, read_only=True)
    before = {q: old.search(q) for q in QUERIES}
    old.close()
    migrated = Store.open(path, daily_backup=False)
    assert "prefix = '2 3'" in _definition(path)
    assert _rows(path) == before_rows
    assert {q: migrated.search(q) for q in QUERIES} == before
    assert [h.title for h in migrated.search("الم")] and migrated.search("2030")[0].title == "الطاقة المتجددة"
    assert any(p.name.startswith("before-m019") or "m019" in p.name for p in (tmp_path / "backups").iterdir())
    assert migrated.db.execute("SELECT count(*) FROM sqlite_master WHERE name LIKE 'search_index_m019%'").fetchone() \
        == (0,)
