"""Re-anchoring: W3C selectors, placing claims by quote + context after Arabic folding, orphans and ambiguity."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.exchange.anchoring import anchor, article_uri, hash_from_uri, read_selectors, selectors_for
from desktop.core.exchange.annotation_import import import_annotations, orphans, retry_orphans
from desktop.core.exchange.exporting import export
from desktop.core.store.database import Store
from desktop.core.text import context
from tests.conftest import SEED_TITLE

TEXT = "استثمرت ASML مبلغ 1.3 مليار يورو، مما يجعلها تملك حصة بنسبة 11% وتصبح أكبر مساهم في Mistral."


def claim_at(text: str, quote: str) -> dict:
    start = text.index(quote)
    prefix, suffix = context(text, start, start + len(quote))
    return dict(quote=quote, prefix=prefix, suffix=suffix, start=start, end=start + len(quote))


def test_exact_when_offsets_quote_and_context_hold():
    c = claim_at(TEXT, "11%")
    assert anchor(TEXT, **c).outcome == "exact"
    assert (anchor(TEXT, **c).start, anchor(TEXT, **c).end) == (c["start"], c["end"])


def test_reanchored_after_text_is_inserted_before():
    c = claim_at(TEXT, "1.3 مليار يورو")
    edited = "فقرة جديدة أضيفت في أول المقال.\n" + TEXT
    placed = anchor(edited, **c)
    assert placed.outcome == "reanchored"
    assert edited[placed.start:placed.end] == "1.3 مليار يورو"


def test_reanchored_through_arabic_folding_and_white_space():
    c = claim_at("بلغت قيمة الصفقة الأوروبية ١٫٧ مليار يورو حسب المصدر", "الأوروبية ١٫٧ مليار يورو")
    edited = "في البداية: بلغت قيمةُ الصفقة الاوروبية 1.7  مليار  يورو حسب المصدر"
    placed = anchor(edited, **c)
    assert placed.outcome == "reanchored"
    assert edited[placed.start:placed.end] == "الاوروبية 1.7  مليار  يورو"


def test_context_chooses_between_two_occurrences():
    text = "باعت الشركة حصة 10% العام الماضي. واشترت المجموعة حصة 10% هذا العام."
    c = claim_at(text, "حصة 10% هذا")
    c["quote"], c["end"] = "حصة 10%", c["start"] + 7
    c["suffix"] = context(text, c["start"], c["end"])[1]
    edited = "مقدمة. " + text
    placed = anchor(edited, **c)
    assert placed.outcome == "reanchored"
    assert edited[placed.start - 14:placed.start] == "واشترت المجموعة "[-14:]


def test_two_equally_good_places_are_ambiguous_not_placed():
    paragraph = "وحققت التطبيق مليون تنزيل خلال أسبوعين من الإطلاق."
    c = claim_at(paragraph, "مليون تنزيل")
    doubled = paragraph + "\n" + paragraph
    placed = anchor(doubled, quote=c["quote"], prefix=c["prefix"], suffix=c["suffix"], start=99, end=110)
    assert placed.outcome == "ambiguous" and not placed.placed
    assert len(placed.candidates) == 2 and "2 equally good places" in placed.reason


def test_quote_gone_is_an_orphan():
    c = claim_at(TEXT, "11%")
    placed = anchor(TEXT.replace("11%", "12%"), **c)
    assert placed.outcome == "orphan" and "not in the article text" in placed.reason


def test_span_is_widened_to_whole_characters():
    # the stored quote has no harakat; the new text puts a shadda+fatha on the last letter
    text = "قال إن الشركة ستدفع مبلغًا كبيرًا للمستثمرين"
    placed = anchor(text, quote="مبلغا كبيرا", prefix="ستدفع ", suffix=" للمستثمرين")
    assert placed.outcome == "reanchored"
    assert text[placed.start:placed.end] == "مبلغًا كبيرًا"


def test_selectors_round_trip_and_article_uri():
    selectors = selectors_for(TEXT, 3, 10)
    sel = read_selectors(selectors)
    assert (sel.quote, sel.start, sel.end) == (TEXT[3:10], 3, 10)
    assert hash_from_uri(article_uri("sha256:abc")) == "sha256:abc"
    assert hash_from_uri("http://example.invalid") is None
    with pytest.raises(ValueError, match="TextQuoteSelector"):
        read_selectors([{"type": "TextPositionSelector", "start": 1, "end": 2}])


# --- importing an export onto an article re-imported with an edited paragraph -------------------------

def seed_body(seed_path: Path) -> str:
    return "\n".join(seed_path.read_text(encoding="utf-8").split("\n")[:8])


QUOTES = [("1.7 مليار يورو", "amount"), ("1.3 مليار يورو", "amount"), ("11%", "stake"),
          ("11.7 مليار يورو", "valuation"), ("مليون تنزيل", "downloads")]


@pytest.fixture
def exported(store, seed_path, tmp_path) -> tuple[Path, dict]:
    body = seed_body(seed_path)
    article, _ = store.add_article(title=SEED_TITLE, text=body)
    made = {}
    for quote, category in QUOTES:
        start = body.index(quote)
        made[quote] = store.add_annotation(article.id, start, start + len(quote), category, note=f"ملاحظة {quote}")
    path = export(store, "w3c", tmp_path / "claims.jsonld").path
    return path, made


def edited_store(tmp_path: Path, body: str) -> tuple[Store, int]:
    other = Store.open(tmp_path / "edited.db", author="editor")
    lines = body.split("\n")
    lines[0] = "تحديث: أضيفت هذه الجملة إلى الفقرة الأولى. " + lines[0]  # shifts every offset
    lines[1] = lines[1].replace("11%", "12%")  # the stake claim's quote is gone
    lines[3] = lines[3] + "\n" + lines[3]  # the downloads paragraph now appears twice
    article, _ = other.add_article(title=SEED_TITLE + " (محدث)", text="\n".join(lines))
    return other, article.id


def test_import_reanchors_onto_the_edited_article_and_keeps_orphans(exported, seed_path, tmp_path):
    path, made = exported
    other, article_id = edited_store(tmp_path, seed_body(seed_path))
    try:
        report = import_annotations(other, path)
        assert (report.exact, report.reanchored, report.orphaned, report.ambiguous) == (0, 3, 2, 1)
        assert report.articles_created == []  # the edited article was found, not a copy made
        text = other.article(article_id).text
        placed = {a.uuid: a for a in other.annotations(article_id)}
        for quote in ("1.7 مليار يورو", "1.3 مليار يورو", "11.7 مليار يورو"):
            a = placed[made[quote].uuid]
            assert text[a.start:a.end] == quote and a.note == f"ملاحظة {quote}"
            assert (a.created, a.modified, a.author) == (made[quote].created, made[quote].modified, "tester")
        assert other.check() == []
        kept = {o.uuid: o for o in orphans(other)}
        assert set(kept) == {made["11%"].uuid, made["مليون تنزيل"].uuid}
        assert kept[made["11%"].uuid].reason == "quote not found"
        assert kept[made["مليون تنزيل"].uuid].reason == "ambiguous"
        assert "2 equally good places" in kept[made["مليون تنزيل"].uuid].detail
        assert kept[made["11%"].uuid].record["note"] == "ملاحظة 11%"  # the full record is kept
        again = import_annotations(other, path)  # the same file twice adds nothing twice
        assert (again.exact, again.reanchored, again.unchanged, again.orphaned) == (0, 0, 3, 2)
        assert len(other.annotations()) == 3 and len(orphans(other)) == 2
    finally:
        other.close()


def test_orphans_are_placed_by_a_later_retry(exported, tmp_path):
    path, made = exported
    other = Store.open(tmp_path / "empty.db")
    try:
        report = import_annotations(other, path, create_articles=False)
        assert report.orphaned == 5 and {o["reason"] for o in report.orphans} == {"article not found"}
        article, _ = other.add_article(title="same text later", text=export_text(path))
        retried = retry_orphans(other)
        assert (retried.exact, retried.orphaned) == (5, 0)
        assert orphans(other) == [] and len(other.annotations(article.id)) == 5
    finally:
        other.close()


def export_text(path: Path) -> str:
    import json

    return json.loads(path.read_text(encoding="utf-8"))["hamish:articles"][0]["hamish:text"]


def test_explicit_article_overrides_the_search(exported, seed_path, tmp_path):
    path, made = exported
    other = Store.open(tmp_path / "two.db")
    try:
        decoy, _ = other.add_article(title=SEED_TITLE, text="نص لا يحوي أيا من الاقتباسات")
        target, _ = other.add_article(title="x", text="ملخص: " + seed_body(seed_path))
        report = import_annotations(other, path, article_id=target.id)
        assert report.reanchored == 5 and report.orphaned == 0
        assert other.annotations(decoy.id) == []
    finally:
        other.close()


def test_an_ambiguous_orphan_is_placed_where_the_analyst_chooses(exported, seed_path, tmp_path):
    from desktop.core.exchange.annotation_import import place_orphan

    path, made = exported
    other, article_id = edited_store(tmp_path, seed_body(seed_path))
    try:
        import_annotations(other, path)
        ambiguous = next(o for o in orphans(other) if o.reason == "ambiguous")
        assert ambiguous.article == article_id and len(ambiguous.candidates) == 2
        start, end = ambiguous.candidates[1]
        placed = place_orphan(other, ambiguous.uuid, article_id, start, end)
        assert other.article(article_id).text[placed.start:placed.end] == "مليون تنزيل"
        assert (placed.uuid, placed.note, placed.created) == (
            made["مليون تنزيل"].uuid, made["مليون تنزيل"].note, made["مليون تنزيل"].created)
        assert ambiguous.uuid not in {o.uuid for o in orphans(other)}
        assert other.check() == []
    finally:
        other.close()


def test_a_plain_w3c_annotation_from_another_tool_can_be_placed(store, tmp_path):
    import json

    article, _ = store.add_article(title="t", text="أعلنت الشركة أنها جمعت 1.7 مليار يورو في جولة جديدة")
    foreign = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": "https://example.invalid/annotations/42",
        "type": "Annotation",
        "created": "2025-01-02T03:04:05Z",
        "creator": {"type": "Person", "nickname": "reviewer"},
        "body": [{"type": "TextualBody", "purpose": "tagging", "value": "amount"},
                 {"type": "TextualBody", "purpose": "commenting", "value": "رقم مهم"}],
        "target": {"source": "https://example.invalid/article",
                   "selector": {"type": "TextQuoteSelector", "exact": "1.7 مليار يورو", "prefix": "جمعت "}},
    }
    path = tmp_path / "foreign.json"
    path.write_text(json.dumps(foreign, ensure_ascii=False), encoding="utf-8")
    report = import_annotations(store, path, article_id=article.id)
    assert report.reanchored == 1
    [claim] = store.annotations(article.id)
    assert (claim.quote, claim.category, claim.note, claim.author) == ("1.7 مليار يورو", "amount", "رقم مهم", "reviewer")
    assert import_annotations(store, path, article_id=article.id).unchanged == 1  # stable uuid from the id


def test_the_core_of_this_feature_never_imports_qt():
    import subprocess
    import sys

    code = ("import sys, desktop.core.exchange.exporting, desktop.core.exchange.anchoring, desktop.core.exchange.annotation_import, "
            "desktop.core.exchange.merge, desktop.core.exchange.exporting.reading; "
            "sys.exit(1 if any(m.startswith('PySide6') for m in sys.modules) else 0)")
    from tests.conftest import ROOT

    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT, timeout=60).returncode == 0
