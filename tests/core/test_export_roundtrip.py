"""Round trips: export w3c or jsonl, import into a fresh store, get identical claims; same uuid never twice."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import pytest

from desktop.core.exchange.annotation_import import FormatError, import_annotations
from desktop.core.exchange.exporting import export
from desktop.core.exchange.merge import history
from desktop.core.store.database import Store
from tests.conftest import SEED_TITLE


def seeded(store: Store, seed_path: Path):
    body = "\n".join(seed_path.read_text(encoding="utf-8").split("\n")[:8]) + "\nوأخيرا 😀 رمز تعبيري و1.3 مليار يورو"
    article, _ = store.add_article(title=SEED_TITLE, text=body, source="seed", source_url="https://example.invalid/s")
    store.add_category("rumour", colour="#123456", label_en="Rumour", label_ar="إشاعة")
    specs = [
        ("1.7 مليار يورو", "amount", dict(value=1.7e9, unit="EUR", kind="money", note="بقيادة ASML", status="confirmed")),
        ("11%", "stake", dict(value=11, unit="%", kind="percent", status="disputed", origin="suggested")),
        ("11.7 مليار يورو", "valuation", dict(value=11.7e9, unit="EUR", kind="money", author="other-analyst")),
        ("مليون تنزيل", "rumour", dict(value=1e6, kind="count", note="سطر أول\nسطر ثان")),
    ]
    for quote, category, fields in specs:
        start = body.index(quote)
        store.add_annotation(article.id, start, start + len(quote), category, **fields)
    start = body.rindex("1.3 مليار يورو")  # after the emoji: code points ≠ UTF-16 units here
    store.add_annotation(article.id, start, start + 14, "amount", value=-5, note="=1+1")
    return article


def records(store: Store) -> list[dict]:
    out = []
    for a in store.annotations():
        d = asdict(a)
        d["article"] = store.article(a.article).content_hash
        out.append(d)
    return sorted(out, key=lambda d: d["uuid"])


@pytest.mark.parametrize("fmt", ["w3c", "jsonl"])
def test_round_trip_into_a_fresh_store_recreates_articles_and_claims(store, seed_path, tmp_path, fmt):
    article = seeded(store, seed_path)
    path = export(store, fmt, tmp_path / f"claims.{fmt}").path
    fresh = Store.open(tmp_path / "fresh.db", author="someone-else")
    try:
        report = import_annotations(fresh, path)
        assert (report.exact, report.reanchored, report.orphaned) == (5, 0, 0)
        assert len(report.articles_created) == 1
        copy = fresh.article(report.articles_created[0])
        assert (copy.text, copy.title, copy.content_hash, copy.source_url) == (
            article.text, article.title, article.content_hash, article.source_url)
        assert records(fresh) == records(store)
        rumour = next(c for c in fresh.categories() if c.name == "rumour")
        assert (rumour.colour, rumour.label_ar) == ("#123456", "إشاعة")
        assert fresh.check() == []
    finally:
        fresh.close()


@pytest.mark.parametrize("fmt", ["w3c", "jsonl"])
def test_round_trip_onto_the_same_article_already_imported(store, seed_path, tmp_path, fmt):
    article = seeded(store, seed_path)
    path = export(store, fmt, tmp_path / f"claims.{fmt}").path
    fresh = Store.open(tmp_path / "fresh.db")
    try:
        fresh.add_article(title="imported separately", text=article.text)
        report = import_annotations(fresh, path)
        assert (report.exact, report.articles_created) == (5, [])
        assert records(fresh) == records(store)
        again = import_annotations(fresh, path)
        assert (again.exact, again.unchanged, again.updated) == (0, 5, 0)
        assert records(fresh) == records(store)
    finally:
        fresh.close()


def test_a_newer_version_replaces_and_the_old_goes_to_history(store, seed_path, tmp_path):
    seeded(store, seed_path)
    old_path = export(store, "jsonl", tmp_path / "old.jsonl").path
    fresh = Store.open(tmp_path / "fresh.db")
    try:
        import_annotations(fresh, old_path)
        claim = store.annotations(category="stake")[0]
        newer = store.update_annotation(claim.uuid, status="confirmed", note="تحقق منها")
        new_path = export(store, "w3c", tmp_path / "new.jsonld").path
        report = import_annotations(fresh, new_path)
        assert (report.updated, report.unchanged) == (1, 4)
        assert fresh.annotation(claim.uuid) == newer.with_changes(article=fresh.annotation(claim.uuid).article)
        kept = history(fresh, claim.uuid)
        assert [h["record"]["status"] for h in kept] == ["disputed"]
        # importing the older file now keeps ours and records theirs once (it is in history already)
        older = import_annotations(fresh, old_path)
        assert (older.updated, older.kept_newer) == (0, 0) and older.unchanged == 5
        assert fresh.annotation(claim.uuid).status == "confirmed"
        assert len(history(fresh, claim.uuid)) == 1
    finally:
        fresh.close()


def dump(store: Store) -> list:
    tables = ["articles", "annotations", "categories", "annotation_orphans", "annotation_history"]
    return [store.db.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in tables]


@pytest.mark.parametrize(
    "content, message",
    [
        (None, "no such file"),
        ("this is not json {", "not JSON"),
        ('{"name": "a JSON file of something else"}', "not a Hamish export"),
        ('[1, 2, 3]', "annotation 1: not a W3C Annotation"),
        ('{"id": 1, "text": "x", "hamish": {"format": "something-else"}}', "not a Hamish JSON Lines record"),
        ("", "is empty"),
    ],
)
def test_bad_files_raise_one_line_errors_and_change_nothing(store, seed_path, tmp_path, content, message):
    seeded(store, seed_path)
    before = dump(store)
    path = tmp_path / "input.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(FormatError, match=message) as info:
        import_annotations(store, path)
    assert "\n" not in str(info.value)
    assert dump(store) == before


def test_a_broken_claim_late_in_the_file_changes_nothing(store, seed_path, tmp_path):
    seeded(store, seed_path)
    path = export(store, "w3c", tmp_path / "c.jsonld").path
    fresh = Store.open(tmp_path / "fresh.db")
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        doc["first"]["items"][-1]["body"][0]["hamish:status"] = "perhaps"
        path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        before = dump(fresh)
        with pytest.raises(FormatError, match="annotation 5: unknown status 'perhaps'"):
            import_annotations(fresh, path)
        assert dump(fresh) == before
    finally:
        fresh.close()


def test_one_file_with_the_same_claim_twice_adds_its_latest_version_once(store, seed_path, tmp_path):
    seeded(store, seed_path)
    path = export(store, "jsonl", tmp_path / "c.jsonl").path
    line = json.loads(path.read_text(encoding="utf-8"))
    claims = line["hamish"]["claims"]
    later = dict(claims[0], note="نسخة أحدث", modified="2099-01-01T00:00:00.000Z")
    line["hamish"]["claims"] = [claims[0], later, *claims[1:]]
    path.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    fresh = Store.open(tmp_path / "fresh.db")
    try:
        report = import_annotations(fresh, path)
        assert report.exact == 5 and len(fresh.annotations()) == 5
        assert fresh.annotation(claims[0]["uuid"]).note == "نسخة أحدث"
    finally:
        fresh.close()


def test_a_foreign_tag_that_cannot_be_a_category_becomes_other(store, tmp_path):
    article, _ = store.add_article(title="t", text="جمعت الشركة 1.7 مليار يورو")
    foreign = [{"id": "urn:uuid:7f1c4a52-0000-4000-8000-000000000001", "type": "Annotation",
                "body": {"type": "TextualBody", "purpose": "tagging", "value": "Big Money!"},
                "created": "2025-01-01T00:00:00Z",
                "target": {"source": "https://example.invalid/a",
                           "selector": {"type": "TextQuoteSelector", "exact": "1.7 مليار يورو"}}}]
    path = tmp_path / "f.json"
    path.write_text(json.dumps(foreign, ensure_ascii=False), encoding="utf-8")
    assert import_annotations(store, path, article_id=article.id).reanchored == 1
    claim = store.annotation("7f1c4a52-0000-4000-8000-000000000001")
    assert (claim.category, claim.quote, claim.modified) == ("other", "1.7 مليار يورو", "2025-01-01T00:00:00Z")
