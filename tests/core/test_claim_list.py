"""The All-claims listing in SQL (no Qt): the folded column kept by every write path (migration m017), the listed
order and filters against a reference computed from the claims in Python, and groups computed in SQL equal to
group_claims."""

from __future__ import annotations

import random
import sqlite3

import pytest

from desktop.core.compare.grouping import group_claims
from desktop.core.compare.grouping_sql import group_index
from desktop.core.store.claim_list import (
    ListFilters, ListSort, claim_count, claim_ids, claim_rows, claim_units, fold_pending, folded_text,
)
from desktop.core.store.database import Store
from desktop.core.text import fold

TEXT = ("قالت الهيئة إن الإنفاق بلغ 1.3 مليار دينار، وإن 40 ألف مستفيد سُجّلوا، وإن البطالة تراجعت إلى 12٪ "
        "بحسب تقرير 🌴 الإحصاء لعام 2025.")
NEEDLES = ("1.3 مليار دينار", "40 ألف مستفيد", "12٪", "تقرير 🌴 الإحصاء")


def _span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def _stored_fold(store, uuid: str):
    return store.db.execute("SELECT folded FROM annotations WHERE uuid = ?", [uuid]).fetchone()[0]


def _expected_fold(store, uuid: str) -> str:
    a = store.annotation(uuid)
    return folded_text([(store.article(a.article).title, a.quote, a.note, a.unit)])[0]


@pytest.fixture
def article(store):
    made, _ = store.add_article(title="أرقامُ إحصاء عمّان", text=TEXT)
    return made.id


def test_every_store_write_keeps_the_folded_text(store, article, tmp_path):
    one = store.add_annotation(article, *_span(TEXT, NEEDLES[0]), "amount", value=1.3e9, unit="JOD", note="مُراجعة")
    many = store.add_annotations(article, [dict(start=s, end=e, category="users", value=40e3)
                                           for s, e in [_span(TEXT, NEEDLES[1])]])
    assert _stored_fold(store, one.uuid) == fold("أرقامُ إحصاء عمّان 1.3 مليار دينار مُراجعة JOD")
    assert _stored_fold(store, many[0].uuid) == _expected_fold(store, many[0].uuid)
    edited = store.update_annotation(one.uuid, note="إعادة النظر", unit="USD")  # edit
    assert _stored_fold(store, one.uuid) == _expected_fold(store, one.uuid) and "اعادة" in _stored_fold(store, one.uuid)
    store.restore_annotation(one, base_revision=edited.revision, action="undo")  # undo puts the old version back
    assert _stored_fold(store, one.uuid) == _expected_fold(store, one.uuid)
    assert "مراجعة" in _stored_fold(store, one.uuid)
    gone = store.delete_annotation(many[0].uuid)
    store.restore_annotation(gone)
    assert _stored_fold(store, gone.uuid) == _expected_fold(store, gone.uuid)


def test_merge_and_import_keep_the_folded_text(store, article, tmp_path):
    from desktop.core.exchange.annotation_import import import_annotations
    from desktop.core.exchange.exporting import export
    from desktop.core.exchange.merge import merge

    other = Store.open(tmp_path / "other.db", author="other", daily_backup=False)
    theirs, _ = other.add_article(title="أرقامُ إحصاء عمّان", text=TEXT)
    made = other.add_annotation(theirs.id, *_span(TEXT, NEEDLES[2]), "stake", value=12.0, unit="%", note="نسبة أُخرى")
    other.close()
    merge(store, tmp_path / "other.db")
    assert _stored_fold(store, made.uuid) == _expected_fold(store, made.uuid)
    assert "اخري" in _stored_fold(store, made.uuid)
    source = Store.open(tmp_path / "source.db", author="source", daily_backup=False)
    art, _ = source.add_article(title="أرقامُ إحصاء عمّان", text=TEXT)
    sent = source.add_annotation(art.id, *_span(TEXT, NEEDLES[3]), "other", note="مصدر 🌴")
    export(source, "jsonl", tmp_path / "claims.jsonl")
    source.close()
    import_annotations(store, tmp_path / "claims.jsonl")
    assert _stored_fold(store, sent.uuid) == _expected_fold(store, sent.uuid) and "🌴" in _stored_fold(store, sent.uuid)


def test_a_hub_pull_and_a_raw_update_leave_it_pending_and_the_filter_still_finds_them(store, article, tmp_path):
    from desktop.core.hub import local
    from desktop.core.hub.protocol import Clock

    colleague = Store.open(tmp_path / "colleague.db", author="colleague", daily_backup=False)
    theirs, _ = colleague.add_article(title="أرقامُ إحصاء عمّان", text=TEXT)
    pulled = colleague.add_annotation(theirs.id, *_span(TEXT, NEEDLES[1]), "users", value=40e3, note="من الزميلة")
    local.stamp(colleague)
    revisions = [r for _, r in local.outgoing(colleague, 0, 100)]
    colleague.close()
    local.apply_pulled(store, revisions, Clock(store.meta("hub_clock")), lambda _h: None, ("hub_pulled:test", 1))
    assert store.annotation(pulled.uuid).note == "من الزميلة"
    assert _stored_fold(store, pulled.uuid) is None  # the pull does not know the column: pending
    mine = store.add_annotation(article, *_span(TEXT, NEEDLES[0]), "amount", note="قديم")
    store.db.execute("UPDATE annotations SET note = 'ملاحظة جديدة' WHERE uuid = ?", [mine.uuid])  # another writer
    assert _stored_fold(store, mine.uuid) is None  # the trigger marked it stale
    rowid = {r.claim.uuid: r.rowid for r in claim_rows(store.db, claim_ids(store.db)).values()}
    # pending claims are folded as they are read, so the filter finds them before they are filled in
    assert claim_ids(store.db, filters=ListFilters(words=(fold("الزميله"),))) == []  # ة and ه stay apart
    assert claim_ids(store.db, filters=ListFilters(words=(fold("الزميلة"),))) == [rowid[pulled.uuid]]
    assert claim_ids(store.db, filters=ListFilters(words=(fold("جديدة"),))) == [rowid[mine.uuid]]
    assert fold_pending(store) == 2 and fold_pending(store) == 0
    assert _stored_fold(store, pulled.uuid) == _expected_fold(store, pulled.uuid)
    assert _stored_fold(store, mine.uuid) == _expected_fold(store, mine.uuid)
    assert claim_ids(store.db, filters=ListFilters(words=(fold("جديدة"),))) == [rowid[mine.uuid]]


def test_a_read_only_store_filters_pending_claims_without_writing(store, article, store_path):
    mine = store.add_annotation(article, *_span(TEXT, NEEDLES[0]), "amount", note="قديم")
    store.db.execute("UPDATE annotations SET note = 'مُلاحظة' WHERE uuid = ?", [mine.uuid])
    store.close()
    ro = Store.open(store_path, read_only=True, daily_backup=False)
    try:
        assert fold_pending(ro) == 0
        assert len(claim_ids(ro.db, filters=ListFilters(words=(fold("ملاحظة"),)))) == 1
        assert _stored_fold(ro, mine.uuid) is None
    finally:
        ro.close()


def test_the_migration_folds_claims_stored_before_it(tmp_path):
    path = tmp_path / "old.db"
    s = Store.open(path, daily_backup=False)
    art, _ = s.add_article(title="أرقامُ إحصاء", text=TEXT)
    claim = s.add_annotation(art.id, *_span(TEXT, NEEDLES[0]), "amount", note="مُراجعة")
    # the store as m016 left it: no folded column, no listing indexes, m017 not applied
    for name in ("idx_claims_order", "idx_claims_value", "idx_claims_status", "idx_claims_folded"):
        s.db.execute(f"DROP INDEX {name}")
    s.db.execute("DROP TRIGGER annotations_folded_stale")
    s.db.execute("ALTER TABLE annotations DROP COLUMN folded")
    s.db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm017_claim_listing'")
    s.db.execute("PRAGMA user_version = 16")
    s.close()
    again = Store.open(path, daily_backup=False)
    try:
        assert _stored_fold(again, claim.uuid) == fold("أرقامُ إحصاء 1.3 مليار دينار مُراجعة ")
        assert again.annotation(claim.uuid) == claim
    finally:
        again.close()


def _library(store, rng: random.Random, articles: int = 12, per: int = 14):
    units = ("EUR", "USD", "%", "")
    statuses = ("unreviewed", "confirmed", "disputed", "rejected")
    for n in range(articles):
        words = [f"رقم{k} {rng.randint(1, 60)}" for k in range(per)]
        text = f"تقرير {n}: " + "، ".join(words) + "."
        art, _ = store.add_article(title=rng.choice(["بيروت", "إربد", "أسوان", "Zagreb", "ابها"]) + f" {n}", text=text)
        items = []
        for k, word in enumerate(words):
            start = text.index(word)
            value = None if rng.random() < 0.1 else float(word.split()[1]) * rng.choice([1, 1, 1.05, 10])
            items.append(dict(start=start, end=start + len(word), category=rng.choice(["amount", "stake", "users"]),
                              value=value, unit=rng.choice(units), status=rng.choice(statuses),
                              kind=rng.choice(["money", "count", None]), note=rng.choice(["", "مُراجعة", "أولي"])))
        store.add_annotations(art.id, items)


def _reference(store):
    """rowid → (claim, title, folded) from the plain store API."""
    listed = claim_rows(store.db, [r for (r,) in store.db.execute("SELECT rowid FROM annotations")])
    return {rid: (c.claim, c.title, fold(f"{c.title} {c.claim.quote} {c.claim.note} {c.claim.unit}"))
            for rid, c in listed.items()}


def _store_key(ref, rid):
    c = ref[rid][0]
    return (c.article, c.start, c.end)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_sorted_and_filtered_ids_match_a_python_reference(store, seed):
    rng = random.Random(seed)
    _library(store, rng)
    ref = _reference(store)
    assert claim_count(store.db) == len(ref) and claim_units(store.db) == sorted({c.unit for c, _, _ in ref.values()})
    def value_key(rid):
        c = ref[rid][0]
        return (c.unit, c.value is None, c.value or 0.0, *_store_key(ref, rid))

    statuses = ("disputed", "unreviewed", "rejected", "confirmed")
    for filters in (ListFilters(), ListFilters(unit="EUR"), ListFilters(status="confirmed", category="stake"),
                    ListFilters(words=(fold("مراجعه"),)), ListFilters(words=(fold("مراجعة"), fold("اربد")))):
        def keep(rid):
            c, _title, folded = ref[rid]
            return ((filters.unit is None or c.unit == filters.unit)
                    and (filters.category is None or c.category == filters.category)
                    and (filters.status is None or c.status == filters.status)
                    and all(w in folded for w in filters.words))
        kept = [rid for rid in ref if keep(rid)]
        value = claim_ids(store.db, ListSort("value"), filters)
        assert [value_key(r) for r in value] == sorted(value_key(r) for r in kept) and sorted(value) == sorted(kept)
        assert claim_ids(store.db, ListSort("value", descending=True), filters) == value[::-1]
        by_status = claim_ids(store.db, ListSort("status", values=statuses), filters)
        assert [(statuses.index(ref[r][0].status), *_store_key(ref, r)) for r in by_status] == sorted(
            (statuses.index(ref[r][0].status), *_store_key(ref, r)) for r in kept)
        order = [a for (a,) in store.db.execute("SELECT id FROM articles ORDER BY title DESC, id")]
        by_title = claim_ids(store.db, ListSort("title", articles=tuple(order)), filters)
        assert [(order.index(ref[r][0].article), *_store_key(ref, r)) for r in by_title] == sorted(
            (order.index(ref[r][0].article), *_store_key(ref, r)) for r in kept)
        for by in ("store", "quote", "note", "author", "category", "kind"):
            assert sorted(claim_ids(store.db, ListSort(by), filters)) == sorted(kept)
    only = frozenset(rng.sample(sorted(ref), 10))
    assert sorted(claim_ids(store.db, ListSort("value"), ListFilters(only=only))) == sorted(only)
    with pytest.raises(ValueError, match="cannot sort claims by 'colour'"):
        claim_ids(store.db, ListSort("colour"))


@pytest.mark.parametrize("seed", range(6))
def test_groups_in_sql_are_the_groups_of_group_claims(store, seed):
    rng = random.Random(seed)
    _library(store, rng, articles=10, per=12)
    claims = store.annotations()
    rowid = dict(store.db.execute("SELECT uuid, rowid FROM annotations").fetchall())
    for tolerance, by in ((0.2, "category"), (0.0, "category"), (0.05, "kind"), (0.5, "category")):
        expected = group_claims(claims, tolerance=tolerance, by=by)
        got = group_index(store.db.conn, tolerance=tolerance, by=by)
        assert [(g.number, g.unit, g.key, g.low, g.high, g.size, g.article_count) for g in got.groups] == [
            (g.number, g.unit, g.key, g.low, g.high, len(g.members), len(g.articles)) for g in expected]
        assert got.member_of == {rowid[u]: g.number for g in expected for u in g.members}
        assert list(got.order) == [rowid[u] for g in expected for u in g.members]
        assert [g.contradicts for g in got.groups] == [g.contradicts for g in expected]


def test_groups_are_computed_on_a_read_only_connection(store, article, store_path):
    other, _ = store.add_article(title="مصدر آخر", text="بلغ الإنفاق 1.4 مليار دينار.")
    store.add_annotation(article, *_span(TEXT, NEEDLES[0]), "amount", value=1.3e9, unit="JOD")
    store.add_annotation(other.id, 11, 26, "amount", value=1.4e9, unit="JOD")
    conn = sqlite3.connect(f"{store_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        index = group_index(conn)
    finally:
        conn.close()
    assert [(g.number, g.size, g.article_count) for g in index.groups] == [(1, 2, 2)]


@pytest.mark.parametrize("seed", [4, 5])
def test_each_listed_claim_is_found_at_its_place(store, seed):
    from desktop.core.store.claim_list import listing

    rng = random.Random(seed)
    _library(store, rng, articles=8, per=10)
    order = tuple(a for (a,) in store.db.execute("SELECT id FROM articles ORDER BY title, id"))
    statuses = ("confirmed", "unreviewed", "disputed", "rejected")
    for sort in (ListSort("value"), ListSort("value", True), ListSort("store", True),
                 ListSort("title", False, (), order), ListSort("title", True, (), order), ListSort("status", False, statuses), ListSort("quote")):
        for filters in (ListFilters(), ListFilters(unit="USD"), ListFilters(words=(fold("مراجعة"),))):
            listed = listing(store.db, sort, filters)
            everything = listed.all()
            assert listed.count() == len(everything)
            assert [listed.position(r) for r in everything] == list(range(len(everything)))
            assert listed.ids(3, 5) == everything[3:8]
            outside = set(r for (r,) in store.db.execute("SELECT rowid FROM annotations")) - set(everything)
            assert all(listed.position(r) == -1 for r in list(outside)[:5])
