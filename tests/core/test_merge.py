"""Merging another analyst's store: articles by content hash, claims by uuid, later edit wins, loser kept."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from desktop.core.exchange.merge import history, merge, read_snapshot
from desktop.core.store.database import Store, StoreError

TEXT = "استثمرت ASML مبلغ 1.3 مليار يورو، مما يجعلها تملك حصة بنسبة 11% وتصبح أكبر مساهم."
OTHER_TEXT = "وقد حققت التطبيق مليون تنزيل خلال أسبوعين من الإطلاق."


def span(text: str, quote: str) -> tuple[int, int]:
    start = text.index(quote)
    return start, start + len(quote)


@pytest.fixture
def two_stores(tmp_path: Path):
    mine = Store.open(tmp_path / "mine.db", author="amal")
    theirs = Store.open(tmp_path / "theirs.db", author="badr")
    yield mine, theirs
    mine.close()
    theirs.close()


def content(store: Store) -> list:
    return [store.db.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
            for t in ("articles", "annotations", "categories", "annotation_history")]


def test_merge_brings_articles_and_claims_with_their_authors(two_stores, tmp_path):
    mine, theirs = two_stores
    shared_mine, _ = mine.add_article(title="مشترك", text=TEXT)
    mine.add_annotation(shared_mine.id, *span(TEXT, "11%"), "stake")
    shared_theirs, _ = theirs.add_article(title="عنوان آخر لنفس النص", text=TEXT)
    new_theirs, _ = theirs.add_article(title="جديد", text=OTHER_TEXT)
    theirs.add_category("rumour", colour="#123456", label_ar="إشاعة")
    a = theirs.add_annotation(shared_theirs.id, *span(TEXT, "1.3 مليار يورو"), "amount", value=1.3e9, unit="EUR")
    b = theirs.add_annotation(new_theirs.id, *span(OTHER_TEXT, "مليون تنزيل"), "rumour", note="من مصدر واحد")
    report = merge(mine, tmp_path / "theirs.db")
    assert (report.articles_added, report.articles_matched) == (1, 1)
    assert (report.claims_added, report.categories_added) == (2, ["rumour"])
    assert len(mine.articles()) == 2
    got_a, got_b = mine.annotation(a.uuid), mine.annotation(b.uuid)
    assert got_a.article == shared_mine.id  # the same article, recognized by content hash
    assert (got_a.author, got_b.author) == ("badr", "badr")
    assert got_a.with_changes(article=0) == a.with_changes(article=0)
    assert mine.check() == []


def test_merging_twice_changes_nothing(two_stores, tmp_path):
    mine, theirs = two_stores
    article, _ = theirs.add_article(title="t", text=TEXT)
    theirs.add_annotation(article.id, *span(TEXT, "11%"), "stake")
    merge(mine, tmp_path / "theirs.db")
    before = content(mine)
    again = merge(mine, tmp_path / "theirs.db")
    assert (again.articles_added, again.claims_added, again.claims_updated, again.history_added) == (0, 0, 0, 0)
    assert again.claims_unchanged == 1
    assert content(mine) == before


def test_conflict_later_modified_wins_and_the_other_goes_to_history(two_stores, tmp_path):
    mine, theirs = two_stores
    article, _ = mine.add_article(title="t", text=TEXT)
    one = mine.add_annotation(article.id, *span(TEXT, "11%"), "stake", note="أصل")
    two = mine.add_annotation(article.id, *span(TEXT, "1.3 مليار يورو"), "amount")
    merge(theirs, tmp_path / "mine.db")  # both now hold the same two claims
    theirs_one = theirs.update_annotation(one.uuid, note="عدّلها بدر")  # edited there first …
    time.sleep(0.005)
    mine_one = mine.update_annotation(one.uuid, note="عدّلتها أمل")  # … and later here: ours wins
    mine_two = mine.update_annotation(two.uuid, status="confirmed")
    time.sleep(0.005)
    theirs_two = theirs.update_annotation(two.uuid, status="rejected")  # theirs is later: theirs wins
    report = merge(mine, tmp_path / "theirs.db")
    assert (report.claims_updated, report.claims_kept_local, report.history_added) == (1, 1, 2)
    assert mine.annotation(one.uuid).note == "عدّلتها أمل"
    assert mine.annotation(two.uuid).status == "rejected"
    assert mine.annotation(two.uuid).modified == theirs_two.modified
    assert [h["record"]["note"] for h in history(mine, one.uuid)] == [theirs_one.note]
    assert [h["record"]["status"] for h in history(mine, two.uuid)] == [mine_two.status]
    assert history(mine, one.uuid)[0]["reason"] == "merge: the local version is later"
    assert mine.annotation(one.uuid) == mine_one
    before = content(mine)
    merge(mine, tmp_path / "theirs.db")
    assert content(mine) == before  # still idempotent after a conflict


def test_merge_refuses_what_is_not_a_hamish_store(store, tmp_path):
    before = store.db.execute("SELECT count(*) FROM articles").fetchone()
    with pytest.raises(StoreError, match="no such file"):
        merge(store, tmp_path / "missing.db")
    text_file = tmp_path / "notes.db"
    text_file.write_text("hello")
    with pytest.raises(StoreError, match="not a SQLite database"):
        merge(store, text_file)
    foreign = tmp_path / "foreign.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE things (x)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="another program, not a Hamish store"):
        merge(store, foreign)
    with pytest.raises(StoreError, match="this store itself"):
        merge(store, store.path)
    assert store.db.execute("SELECT count(*) FROM articles").fetchone() == before


def test_reading_another_store_does_not_change_it(tmp_path):
    other = Store.open(tmp_path / "o.db")
    article, _ = other.add_article(title="t", text=TEXT)
    other.add_annotation(article.id, 0, 7, "other")
    other.close()
    stat = (tmp_path / "o.db").read_bytes()
    snap = read_snapshot(tmp_path / "o.db")
    assert len(snap.articles) == 1 and sum(len(c) for c in snap.claims.values()) == 1
    assert (tmp_path / "o.db").read_bytes() == stat


WRITER = """
import sys
from desktop.core.store.database import Store
store = Store.open(sys.argv[1], author="writer")
print("ready", flush=True)
for i in range(150):
    text = f"نص رقم {i} فيه 5% من شيء."
    with store.transaction():
        article, _ = store.add_article(title=f"مقال {i}", text=text)
        store.add_annotation(article.id, text.index("5%"), text.index("5%") + 2, "stake")
store.close()
"""


def test_a_store_read_while_its_owner_writes_is_one_consistent_snapshot(tmp_path):
    import subprocess
    import sys

    from tests.conftest import ROOT

    path = tmp_path / "busy.db"
    Store.open(path).close()
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True,
                              cwd=ROOT)
    assert writer.stdout.readline().strip() == "ready"
    reads = 0
    while writer.poll() is None or reads == 0:
        snap = read_snapshot(path)  # articles, then claims: never a claim whose article the read did not see
        assert all(len(claims) == 1 for claims in snap.claims.values())
        reads += 1
    assert writer.wait() == 0 and reads > 0
    assert len(read_snapshot(path).articles) == 150
