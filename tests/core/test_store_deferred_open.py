"""``Store.open(defer_checks=True)``: a store already at this schema is read on its bare connection, without
sqlite-utils; the migration check runs with ``finish_open`` or before the first write, whichever comes first."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.store.database import SCHEMA_VERSION, Store
from desktop.core.store.errors import StoreReadOnly
from desktop.core.store.migrations import migrations

ROOT = Path(__file__).resolve().parents[2]
TEXT = "بلغت الصادرات 𝟙𝟚 مليار دولار 🙂 في 2024 وفق التقرير."


def make(path: Path) -> int:
    store = Store.open(path, daily_backup=False)
    article, _ = store.add_article(title="تقرير", text=TEXT)
    store.add_annotation(article.id, 14, 30, "amount")
    store.close()
    return article.id


def test_the_named_migrations_are_known_without_sqlite_utils_and_match_the_set_that_applies_them():
    assert migrations.names == [m.name for m in migrations._migrations]
    assert SCHEMA_VERSION == len(migrations.names) == len(migrations._migrations)


def test_a_current_store_is_read_before_its_checks_and_checked_before_the_first_write(tmp_path):
    path = tmp_path / "s.db"
    article_id = make(path)
    store = Store.open(path, daily_backup=False, defer_checks=True)
    assert not store.checked and not store.read_only
    assert store.article(article_id).text == TEXT and store.annotations(article_id)[0].quote == TEXT[14:30]
    assert [c.name for c in store.categories()][0] == "amount"
    store.update_annotation(store.annotations(article_id)[0].uuid, status="confirmed")  # a write: checks first
    assert store.checked
    assert store.annotations(article_id)[0].status == "confirmed"
    store.close()


def test_finish_open_finds_a_migration_this_hamish_does_not_know_and_refuses_every_write(tmp_path):
    path = tmp_path / "s.db"
    article_id = make(path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE _sqlite_migrations SET name = 'm999_elsewhere' WHERE name = ?", [migrations.names[-1]])
    conn.commit()
    conn.close()
    before = path.read_bytes()
    store = Store.open(path, daily_backup=False, defer_checks=True)
    assert not store.checked  # the header says "current": the names are read with the checks
    with pytest.raises(StoreReadOnly):
        store.add_article(title="جديد", text="نص جديد تماما")
    assert store.read_only and store.checked and "schema" in store.notice
    assert store.article(article_id).title == "تقرير"
    store.close()
    assert path.read_bytes() == before


@pytest.mark.parametrize("case", ["older", "new", "read-only"])
def test_stores_that_are_not_current_and_writable_are_checked_at_once(tmp_path, case):
    path = tmp_path / "s.db"
    if case != "new":
        make(path)
    if case == "older":
        conn = sqlite3.connect(path)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
        conn.commit()
        conn.close()
    store = Store.open(path, daily_backup=False, defer_checks=True, read_only=case == "read-only")
    assert store.checked and store.read_only == (case == "read-only")
    if not store.read_only:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    store.close()


def test_reading_a_current_store_imports_no_sqlite_utils(tmp_path):
    """In a fresh process: the reads of the first paint on a deferred store, then ``finish_open``."""
    path = tmp_path / "s.db"
    article_id = make(path)
    code = f"""
import json, sys
from desktop.core.store.database import Store
from desktop.core.store import listing
store = Store.open({str(path)!r}, daily_backup=False, defer_checks=True)
ids = listing.article_ids(store.conn)
rows = listing.summaries(store.conn, ids)
seen = dict(before="sqlite_utils" in sys.modules, ids=ids, claims=rows[ids[0]].claims,
            quote=store.annotations(ids[0])[0].quote)
store.finish_open()
seen.update(after="sqlite_utils" in sys.modules, checked=store.checked)
print(json.dumps(seen, ensure_ascii=False))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert out.returncode == 0, out.stderr[-2000:]
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen == {"before": False, "ids": [article_id], "claims": 1, "quote": TEXT[14:30], "after": True,
                    "checked": True}
