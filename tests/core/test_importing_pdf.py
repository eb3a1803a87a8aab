"""PDF import: Arabic in logical reading order, running heads out and reported, the PDF kept with the article."""

from __future__ import annotations

import difflib
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.importing import ImportFailure, import_bytes, import_file
from desktop.core.importing.pdf import PdfDocument, unpack_glyphs
from desktop.core.importing.pdf.stored import load_pdf
from desktop.core.store.database import Store

DATA = Path(__file__).resolve().parents[1] / "data" / "pdf"
CLAIMS = (DATA / "claims.txt").read_text(encoding="utf-8").split("\n")[:-1]


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def _similarity(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, _norm(a), _norm(b), autojunk=False).ratio()


@pytest.mark.parametrize("name", ["arabic_two_columns.pdf", "arabic_one_column_sans.pdf", "chromium_two_columns.pdf",
                                  "libreoffice_two_columns.pdf"])
def test_text_in_reading_order_with_every_claim_verbatim(name: str) -> None:
    doc = import_file(DATA / name)
    truth = (DATA / "arabic_two_columns.txt").read_text(encoding="utf-8").strip()
    assert _similarity(doc.text, truth) >= 0.98
    for claim in CLAIMS:
        assert claim in doc.text, claim
    # paragraphs are joined across lines, columns and pages: one block per paragraph of the source
    assert doc.text.count("\n\n") == truth.count("\n\n")


def test_running_header_and_page_numbers_are_removed_and_listed() -> None:
    doc = import_file(DATA / "arabic_two_columns.pdf")
    reasons = {(r.reason, r.text) for r in doc.removed}
    assert ("running header", "نشرة هامش الاقتصادية") in reasons
    assert ("page number", "1") in reasons and ("page number", "2") in reasons
    assert "نشرة هامش" not in doc.text
    report = doc.report()
    assert report["pages"] == 2 and report["unreliable_pages"] == [] and report["format"] == "pdf"


def test_title_from_metadata_and_latin_runs_as_written() -> None:
    doc = import_file(DATA / "arabic_two_columns.pdf")
    assert doc.title == "تقرير الربع الثالث: نمو الإيرادات وتوسع المنصة"
    assert "Mistral AI" in doc.text and "+971 4 555 0123" in doc.text and "example.com/ir" in doc.text
    assert doc.language == "ar" and doc.direction == "rtl"


def test_every_character_keeps_its_glyph() -> None:
    doc = import_file(DATA / "arabic_two_columns.pdf")
    assert isinstance(doc, PdfDocument)
    glyphs = unpack_glyphs(doc.glyphs)
    assert len(glyphs) == len(doc.text)
    drawn = [g for c, g in zip(doc.text, glyphs) if not c.isspace()]
    assert all(page in (1, 2) and index >= 0 for page, index in drawn)
    assert len(set(drawn)) > 0.95 * len(drawn)  # distinct glyphs (a lam-alef ligature may serve two letters)


def test_pages_with_unmapped_glyphs_are_unreliable() -> None:
    doc = import_file(DATA / "qt_unmapped_ligatures.pdf")
    assert [page for page, _ in doc.unreliable] == [1]
    assert "no Unicode mapping" in doc.unreliable[0][1]
    assert doc.report()["unreliable_pages"][0]["page"] == 1


def test_pdf_is_kept_with_the_article(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "s.db")
    doc = import_file(DATA / "arabic_two_columns.pdf")
    article, new = store.add_document(doc)
    assert new
    kept = load_pdf(store, article.id)
    assert kept is not None and kept.pdf == (DATA / "arabic_two_columns.pdf").read_bytes()
    assert unpack_glyphs(kept.glyphs) == unpack_glyphs(doc.glyphs)
    assert len(kept.page_sizes) == 2
    store.close()
    moved = tmp_path / "moved.db"
    (tmp_path / "s.db").rename(moved)
    reopened = Store.open(moved)
    assert load_pdf(reopened, article.id).pdf == kept.pdf
    assert reopened.check() == []


def test_text_articles_have_no_pdf(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "s.db")
    article, _ = store.add_document(import_bytes("نص عربي قصير عن الشركة.".encode(), "a.txt"))
    assert load_pdf(store, article.id) is None


def _reason(path: Path, **kwargs) -> str:
    with pytest.raises(ImportFailure) as caught:
        import_file(path, **kwargs)
    return caught.value.reason


def test_encrypted_needs_its_password() -> None:
    path = DATA / "encrypted.pdf"
    assert _reason(path) == "is encrypted; give its password (hamish import --password-stdin)"
    assert _reason(path, password="wrong") == "is encrypted and the password given is wrong"
    password = (DATA / "encrypted.password").read_text(encoding="utf-8").strip()
    doc = import_file(path, password=password)
    assert "1.7 مليار يورو" in doc.text


@pytest.mark.parametrize("name, reason", [
    ("damaged.pdf", "is damaged: PDFium cannot read its structure (not a complete PDF file)"),
    ("truncated.pdf", "is damaged: PDFium cannot read its structure (not a complete PDF file)"),
    ("bomb.pdf", "has a compressed stream that inflates past 64 MB (a decompression bomb?); refused"),
    ("ten_thousand_pages.pdf", "has 10,000 pages, over the 2,000-page import limit"),
    ("huge_image.pdf", "has an image of 30,000 × 30,000 pixels, over the 400 million pixel limit "
                       "(a decompression bomb?); refused"),
    ("dense_page.pdf", "has 210,012 characters on page 1, over the 200,000 a page may have"),
])
def test_bad_pdfs_are_refused_with_a_reason(name: str, reason: str) -> None:
    assert _reason(DATA / name) == reason


def test_not_a_pdf_under_a_pdf_name(tmp_path: Path) -> None:
    path = tmp_path / "x.pdf"
    path.write_bytes("نص عادي".encode())
    assert _reason(path) == "is not a PDF file (no %PDF- header at its start)"


def test_active_content_is_listed_and_never_run() -> None:
    doc = import_file(DATA / "active_content.pdf")
    assert doc.text == "Quarterly report: revenue rose 11%"
    ignored = " ".join(doc.ignored)
    for what in ("JavaScript", "a form", "attachments", "links", "launch actions"):
        assert what in ignored


def test_a_scan_without_ocr_names_its_pages_and_how_to_get_ocr() -> None:
    from desktop.core.importing.pdf import OCR_HINT
    from desktop.core.importing.pdf.ocr import tesseract_missing
    reason = _reason(DATA / "scan.pdf")
    hint = OCR_HINT if tesseract_missing() else "import it with OCR to read it"
    assert reason == f"has no text layer on page 1 (a scan?); {hint}"


def test_canonical_changes_keep_each_character_with_a_glyph() -> None:
    from desktop.core.canonical import canonicalize
    from desktop.core.importing.pdf import _align
    source = "ا\u0654ب\n\nجد\n\nا\u0654و"  # alef + combining hamza: NFC makes one letter
    target = canonicalize(source).text
    glyphs = [(1, i) for i in range(len(source))]
    aligned = _align(source, glyphs, target)
    assert target == "أب\n\nجد\n\nأو" and len(aligned) == len(target)
    assert aligned[0] == (1, 0) and aligned[1] == (1, 2) and aligned[-1] == (1, len(source) - 1)


_FIXTURE = (DATA / "chromium_two_columns.pdf").read_bytes()


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, len(_FIXTURE) - 1), st.integers(0, 255)), min_size=1, max_size=60),
       st.integers(len(_FIXTURE) // 4, len(_FIXTURE)))
def test_damaged_pdfs_are_imported_or_refused_with_a_reason(changes: list[tuple[int, int]], keep: int) -> None:
    data = bytearray(_FIXTURE)
    for where, value in changes:
        data[where] = value
    try:
        doc = import_bytes(bytes(data[:keep]), "damaged.pdf")
    except ImportFailure as failure:
        assert not failure.reason.startswith("could not be read ("), failure.reason  # no unforeseen error
    else:
        assert len(unpack_glyphs(doc.glyphs)) == len(doc.text)


def test_publication_date_from_the_pdf_metadata_else_the_file() -> None:
    chromium = import_file(DATA / "chromium_two_columns.pdf")  # Chromium writes a CreationDate
    assert chromium.published_from == "metadata" and len(chromium.published) == 10
    assert chromium.report()["date"] == chromium.published
    weasy = import_file(DATA / "arabic_two_columns.pdf")  # WeasyPrint writes none
    assert weasy.published_from == "file" and weasy.report()["date"] == ""
