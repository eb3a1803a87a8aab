"""W3C Web Annotation export: passes the W3C working group's must-assertions and says what the model says."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from desktop.core.exchange.anchoring import article_uri
from desktop.core.exchange.exporting import export
from desktop.core.exchange.exporting.w3c import ANNO_CONTEXT, HAMISH_NS
from tests.conftest import ROOT, SEED_TITLE, SHARED, shared_file

CHECKER = SHARED / "conformance" / "w3c-web-annotation" / "check.py"


def seed_article(store, seed_path: Path):
    body = "\n".join(seed_path.read_text(encoding="utf-8").split("\n")[:8])
    article, _ = store.add_article(title=SEED_TITLE, text=body, source="seed")
    start = body.index("1.7 مليار يورو")
    store.add_annotation(article.id, start, start + 14, "amount", value=1.7e9, unit="EUR", kind="money",
                         note="جولة تمويل <b>بقيادة</b> ASML", status="confirmed")
    start = body.index("11.7 مليار يورو")
    store.add_annotation(article.id, start, start + 15, "valuation", value=11.7e9, unit="EUR", kind="money")
    return article


def run_checker(path: Path) -> subprocess.CompletedProcess:
    shared_file(CHECKER, "the W3C Web Annotation checker")
    rel = Path("..") / CHECKER.relative_to(ROOT.parent)
    return subprocess.run([sys.executable, str(rel), str(path)], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)


def test_every_annotation_passes_the_w3c_checker(store, seed_path, tmp_path):
    seed_article(store, seed_path)
    emoji, _ = store.add_article(title="emoji", text="🚀 أطلقت الشركة 😀 تطبيقا بلغ مليون تنزيل 👍 خلال أسبوعين")
    start = emoji.text.index("مليون تنزيل")
    store.add_annotation(emoji.id, start, start + 11, "downloads", value=1e6, kind="count")
    path = export(store, "w3c", tmp_path / "claims.jsonld").path
    result = run_checker(path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().splitlines()[-1] == "annotations=3 failed=0"


def test_collection_shape_selectors_and_bodies(store, seed_path, tmp_path):
    article = seed_article(store, seed_path)
    doc = json.loads(export(store, "w3c", tmp_path / "c.jsonld").path.read_text(encoding="utf-8"))
    assert doc["type"] == "AnnotationCollection" and doc["total"] == 2
    assert doc["@context"][0] == ANNO_CONTEXT and doc["@context"][1]["hamish"] == HAMISH_NS
    page = doc["first"]
    assert page["type"] == "AnnotationPage" and len(page["items"]) == 2
    claim = next(a for a in store.annotations(article.id) if a.category == "amount")
    item = next(i for i in page["items"] if i["id"] == f"urn:uuid:{claim.uuid}")
    assert item["type"] == "Annotation" and item["motivation"] == "highlighting"
    assert item["created"] == claim.created and item["modified"] == claim.modified
    assert item["creator"] == {"type": "Person", "name": "tester"}
    target = item["target"]
    assert target["source"] == article_uri(article.content_hash) == f"urn:hamish:article:{article.content_hash}"
    quote, position = target["selector"]
    assert quote == {"type": "TextQuoteSelector", "exact": "1.7 مليار يورو", "prefix": claim.prefix,
                     "suffix": claim.suffix}
    assert position == {"type": "TextPositionSelector", "start": claim.start, "end": claim.end}
    tag, note = item["body"]
    assert tag["purpose"] == "tagging" and tag["value"] == "amount"
    assert (tag["hamish:value"], tag["hamish:unit"], tag["hamish:status"]) == (1700000000, "EUR", "confirmed")
    assert note == {"type": "TextualBody", "purpose": "commenting", "value": "جولة تمويل <b>بقيادة</b> ASML",
                    "format": "text/plain"}
    embedded = doc["hamish:articles"][0]
    assert embedded["hamish:text"] == article.text and embedded["hamish:title"] == SEED_TITLE
    assert {c["name"] for c in doc["hamish:categories"]} >= {"amount", "valuation"}


def test_positions_are_code_points_even_after_emoji(store, tmp_path):
    text = "😀😀 قيمة 1.3 مليار يورو"
    article, _ = store.add_article(title="e", text=text)
    start = text.index("1.3")
    store.add_annotation(article.id, start, len(text), "amount")
    doc = json.loads(export(store, "w3c", tmp_path / "c.jsonld").path.read_text(encoding="utf-8"))
    position = doc["first"]["items"][0]["target"]["selector"][1]
    assert (position["start"], position["end"]) == (8, len(text))
    assert text[position["start"]:position["end"]] == "1.3 مليار يورو"


def test_checker_rejects_a_broken_annotation(tmp_path):
    """The checker really checks: an annotation without a target fails it."""
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps({"@context": ANNO_CONTEXT, "id": "urn:uuid:1", "type": "Annotation"}))
    result = run_checker(broken)
    assert result.returncode == 1 and "failed=1" in result.stdout
