"""A resolved contradiction travels: JSONL and W3C exports carry it, import-annotations and merge keep it."""

from __future__ import annotations

import json

import pytest

from desktop.core.compare import figures
from desktop.core.exchange.annotation_import import import_annotations
from desktop.core.exchange.exporting import export
from desktop.core.exchange.merge import merge
from desktop.core.store.database import Store
from tests.core.compare.library import build
from tests.core.test_export_w3c import run_checker

NOTE = "المصدر الثاني يحسب الحسابات كلها لا المستخدمين النشطين 🙂"


@pytest.fixture
def resolved(store):
    build(store)
    c = figures.contradictions(store)[1]
    figures.resolve(store, c.b.uuid, c.a.uuid, NOTE)
    return store, c.key


def _fresh(tmp_path, name="other.db"):
    return Store.open(tmp_path / name, author="someone else")


def _resolutions(store):
    return {c.key: (c.note, c.resolved_by, c.resolved) for c in figures.contradictions(store) if c.resolved}


@pytest.mark.parametrize("fmt, suffix", [("jsonl", ".jsonl"), ("w3c", ".jsonld")])
def test_an_export_carries_the_resolution_and_an_import_keeps_it(resolved, tmp_path, fmt, suffix):
    store, key = resolved
    path = export(store, fmt, tmp_path / f"claims{suffix}").path
    other = _fresh(tmp_path)
    report = import_annotations(other, path)
    assert report.resolutions == 1
    assert _resolutions(other) == _resolutions(store) and key in _resolutions(other)
    again = import_annotations(other, path)  # the same file twice changes nothing
    assert again.resolutions == 0 and _resolutions(other) == _resolutions(store)
    other.close()


def test_the_w3c_body_links_the_two_claims_and_passes_the_checker(resolved, tmp_path):
    store, key = resolved
    a, b = key.split(" ")
    path = export(store, "w3c", tmp_path / "claims.jsonld").path
    doc = json.loads(path.read_text(encoding="utf-8"))
    assessing = {item["id"]: body for item in doc["first"]["items"] for body in item["body"]
                 if body.get("purpose") == "assessing"}
    assert assessing.keys() == {f"urn:uuid:{a}", f"urn:uuid:{b}"}
    assert assessing[f"urn:uuid:{a}"]["hamish:resolves"] == f"urn:uuid:{b}"
    assert assessing[f"urn:uuid:{a}"]["value"] == NOTE and assessing[f"urn:uuid:{a}"]["hamish:resolvedBy"] == "tester"
    result = run_checker(path)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_resolution_whose_other_claim_is_missing_is_not_kept(resolved, tmp_path):
    store, key = resolved
    a, b = key.split(" ")
    article = store.annotation(a).article
    path = export(store, "jsonl", tmp_path / "one.jsonl", article_ids=[article]).path
    line = json.loads(path.read_text(encoding="utf-8").splitlines()[0])
    assert [(r["a"], r["b"]) for r in line["hamish"]["resolutions"]] == [(a, b)]
    other = _fresh(tmp_path)
    assert import_annotations(other, path).resolutions == 0 and _resolutions(other) == {}
    other.close()


def test_a_bad_resolution_in_a_file_is_refused_whole(resolved, tmp_path):
    store, _ = resolved
    path = export(store, "jsonl", tmp_path / "claims.jsonl").path
    lines = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
    broken = next(x for x in lines if x["hamish"].get("resolutions"))
    broken["hamish"]["resolutions"][0]["b"] = 7
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", encoding="utf-8")
    other = _fresh(tmp_path)
    with pytest.raises(Exception, match="resolution field 'b'"):
        import_annotations(other, path)
    assert other.db.execute("SELECT count(*) FROM annotations").fetchone()[0] == 0
    other.close()


def test_a_merge_keeps_the_resolution_and_the_later_note_wins(resolved, tmp_path, store_path):
    store, key = resolved
    other = _fresh(tmp_path)
    assert merge(other, store_path).resolutions_added == 1
    assert _resolutions(other) == _resolutions(store)
    a, b = key.split(" ")
    figures.resolve(other, a, b, "ملاحظة أحدث")
    assert merge(other, store_path).resolutions_added == 0  # ours is later: kept
    assert _resolutions(other)[key][0] == "ملاحظة أحدث"
    assert merge(store, tmp_path / "other.db").resolutions_added == 1  # theirs is later: taken
    assert _resolutions(store)[key][:2] == ("ملاحظة أحدث", "someone else")
    other.close()
