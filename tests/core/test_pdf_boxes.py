"""Offsets ↔ glyph boxes: each claim of a PDF article maps to rectangles on its page, and back."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium

from desktop.core.importing import import_file
from desktop.core.importing.pdf.boxes import GlyphBoxes
from desktop.core.importing.pdf.stored import load_pdf
from desktop.core.store.database import Store

DATA = Path(__file__).resolve().parents[1] / "data" / "pdf"


def _boxes(tmp_path: Path) -> tuple[GlyphBoxes, str]:
    store = Store.open(tmp_path / "s.db")
    article, _ = store.add_document(import_file(DATA / "arabic_two_columns.pdf"))
    return GlyphBoxes(load_pdf(store, article.id)), article.text


def test_a_claim_maps_to_the_rectangle_where_its_glyphs_are_drawn(tmp_path: Path) -> None:
    boxes, text = _boxes(tmp_path)
    start = text.index("1.7 مليار يورو")
    rects = boxes.rects(start, start + len("1.7 مليار يورو"))
    assert rects and rects[0].page == 1
    # the same words, found by PDFium's own search on the page, lie inside (or on) our rectangles
    document = pdfium.PdfDocument((DATA / "arabic_two_columns.pdf").read_bytes())
    textpage = document[0].get_textpage()
    height = document[0].get_height()
    searcher = textpage.search("مليار", match_case=False)
    found = searcher.get_next()
    assert found is not None
    index, count = found
    left, bottom, right, top = textpage.get_charbox(index)
    assert any(r.left - 1 <= left and right <= r.right + 1 and r.top - 1 <= height - top for r in rects)


def test_rectangle_on_the_page_gives_back_the_offsets(tmp_path: Path) -> None:
    boxes, text = _boxes(tmp_path)
    start = text.index("850 ألف مستخدم")
    end = start + len("850 ألف مستخدم")
    rects = boxes.rects(start, end)
    assert len(rects) == 1  # one line
    r = rects[0]
    assert boxes.offsets_in(r.page, r.left, r.top, r.right, r.bottom) == (start, end)


def test_fragment_is_rfc_8118(tmp_path: Path) -> None:
    boxes, text = _boxes(tmp_path)
    start = text.index("11%")
    fragment = boxes.fragment(start, start + 3)
    assert fragment.startswith("page=1&viewrect=")
    left, top, width, height = (float(v) for v in fragment.split("viewrect=")[1].split(","))
    assert 0 < left < 595 and 0 < top < 842 and 0 < width < 100 and 5 < height < 40


def test_characters_without_glyphs_have_no_box(tmp_path: Path) -> None:
    boxes, text = _boxes(tmp_path)
    gap = text.index("\n\n")
    assert boxes.rects(gap, gap + 2) == []
    assert boxes.fragment(gap, gap + 2) is None


def test_w3c_export_of_a_pdf_article_adds_a_fragment_selector(tmp_path: Path) -> None:
    import json

    from desktop.core.exchange.exporting import export
    store = Store.open(tmp_path / "s.db")
    article, _ = store.add_document(import_file(DATA / "arabic_two_columns.pdf"))
    start = article.text.index("300 مليون دولار")
    store.add_annotation(article.id, start, start + len("300 مليون دولار"), "amount")
    export(store, "w3c", tmp_path / "out.jsonld")
    doc = json.loads((tmp_path / "out.jsonld").read_text(encoding="utf-8"))
    selectors = doc["first"]["items"][0]["target"]["selector"]
    kinds = [s["type"] for s in selectors]
    assert kinds == ["TextQuoteSelector", "TextPositionSelector", "FragmentSelector"]
    fragment = selectors[2]
    assert fragment["conformsTo"] == "http://tools.ietf.org/rfc/rfc8118"
    assert fragment["value"].startswith("page=") and "&viewrect=" in fragment["value"]


def test_fragment_selector_passes_the_w3c_checker(tmp_path: Path) -> None:
    import os

    import pytest

    from desktop.core.exchange.exporting import export
    from tests.core.test_export_w3c import CHECKER, run_checker
    if not CHECKER.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"the W3C checker is missing: {CHECKER}")
        pytest.skip("the W3C checker (../shared/conformance/w3c-web-annotation) is not here")
    store = Store.open(tmp_path / "s.db")
    article, _ = store.add_document(import_file(DATA / "arabic_two_columns.pdf"))
    start = article.text.index("٤٫٥ مليار دولار")
    store.add_annotation(article.id, start, start + len("٤٫٥ مليار دولار"), "valuation")
    result = run_checker(export(store, "w3c", tmp_path / "out.jsonld").path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().splitlines()[-1] == "annotations=1 failed=0"


def test_emoji_count_as_one_code_point_and_keep_the_glyphs_after_them_right(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "s.db")
    article, _ = store.add_document(import_file(DATA / "emoji.pdf"))
    assert article.text == "أطلقت الشركة 🚀 تطبيقا بلغ مليون تنزيل 😀 خلال أسبوعين"
    boxes = GlyphBoxes(load_pdf(store, article.id))
    assert len(boxes.glyphs) == len(article.text)
    rocket = article.text.index("🚀")
    assert boxes.rects(rocket, rocket + 1)  # the emoji's own glyph
    start = article.text.index("مليون تنزيل")
    end = start + len("مليون تنزيل")
    [rect] = boxes.rects(start, end)
    assert boxes.offsets_in(rect.page, rect.left, rect.top, rect.right, rect.bottom) == (start, end)
