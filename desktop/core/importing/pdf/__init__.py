"""Arabic PDFs as articles: text in logical reading order from PDFium, the pages it cannot trust, and the file."""

from __future__ import annotations

import array
import difflib
import re
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.canonical import canonicalize
from desktop.core.importing.document import ImportedDocument, Rejected, Removal, detect_language, direction_of
from desktop.core.importing.pdf.extract import NO_GLYPH, Extraction, extract
from desktop.core.importing.pdf.safety import MAX_PAGES, PasswordNeeded, open_pdf, scan
from desktop.core.importing.titles import fallback_title

__all__ = ["PdfDocument", "PasswordNeeded", "MAX_PAGES", "build_pdf", "pack_glyphs", "unpack_glyphs",
           "OCR_HINT"]

OCR_HINT = "OCR needs Tesseract: apt-get install tesseract-ocr tesseract-ocr-ara (then import again)"
_JUNK_TITLES = re.compile(r"^(untitled|document|microsoft word - .*|.*\.(docx?|pdf|odt|html?|txt))$", re.I)


@dataclass(frozen=True)
class PdfDocument(ImportedDocument):
    """An imported PDF: the article plus the file, the glyph of every character and what could not be trusted."""

    pdf: bytes = b""
    glyphs: bytes = b""  # pack_glyphs() of (page, PDFium character index) per code point of `text`
    page_sizes: tuple[tuple[float, float], ...] = ()
    unreliable: tuple[tuple[int, str], ...] = ()  # (page, reason)
    ocr_pages: tuple[int, ...] = ()
    ignored: tuple[str, ...] = ()
    date: str = ""

    def report(self) -> dict:
        report = super().report()
        report.update({
            "pages": len(self.page_sizes),
            "unreliable_pages": [{"page": page, "reason": reason} for page, reason in self.unreliable],
            "ocr_pages": list(self.ocr_pages),
            "ignored": list(self.ignored),
            "date": self.date,
        })
        return report

    def json_extras(self) -> dict:
        """The fields `hamish import --json` adds for a PDF."""
        return {"pages": len(self.page_sizes), "unreliable_pages": [page for page, _ in self.unreliable],
                "ocr_pages": list(self.ocr_pages), "ignored": list(self.ignored)}

    def store_extras(self, store, article) -> None:
        """Keep the PDF and its glyph map with the article (once per content hash)."""
        from desktop.core.importing.pdf.stored import save_pdf
        save_pdf(store, article, self)


def pack_glyphs(glyphs: list[tuple[int, int]]) -> bytes:
    """(page, index) pairs as compressed little-endian int32s."""
    flat = array.array("i", [v for pair in glyphs for v in pair])
    return zlib.compress(flat.tobytes(), 1)


def unpack_glyphs(blob: bytes) -> list[tuple[int, int]]:
    flat = array.array("i")
    flat.frombytes(zlib.decompress(blob))
    return list(zip(flat[0::2], flat[1::2]))


def _align(source: str, glyphs: list[tuple[int, int]], target: str) -> list[tuple[int, int]]:
    """Carry the glyph of each character of `source` over to `target` (its canonical form), paragraph by
    paragraph when both have as many (canonicalization changes characters, not paragraphs)."""
    if source == target:
        return glyphs
    ours, theirs = source.split("\n\n"), target.split("\n\n")
    if len(ours) == len(theirs) and len(ours) > 1:
        out: list[tuple[int, int]] = []
        at = 0
        for k, (a, b) in enumerate(zip(ours, theirs)):
            if k:
                out.extend(glyphs[at - 2:at])
            out.extend(_align(a, glyphs[at:at + len(a)], b))
            at += len(a) + 2
        return out
    out = [NO_GLYPH] * len(target)
    matcher = difflib.SequenceMatcher(None, source, target, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        for k in range(j2 - j1):
            out[j1 + k] = glyphs[i1 + k] if op == "equal" else (glyphs[i1] if i1 < i2 else NO_GLYPH)
    return out


def _metadata(document) -> tuple[str, str]:
    try:
        meta = document.get_metadata_dict(skip_empty=True)
    except Exception:  # a damaged Info dictionary is no reason to refuse the text
        meta = {}
    title = " ".join(str(meta.get("Title", "")).split())
    if _JUNK_TITLES.match(title) or not any(c.isalpha() for c in title):
        title = ""
    date = ""
    raw = str(meta.get("CreationDate", ""))
    found = re.match(r"D?:?(\d{4})(\d{2})?(\d{2})?", raw)
    if found:
        date = "-".join(part for part in found.groups() if part)
    return title, date


def _pages_phrase(pages: list[int]) -> str:
    return ("page " if len(pages) == 1 else "pages ") + ", ".join(str(p) for p in pages)


def build_pdf(data: bytes, name: str, source: str, password: str | None = None, ocr=None,
              file_date: str | None = None) -> PdfDocument:
    """Import a PDF given as bytes. `ocr(document, pages, progress)` → {page: text}, if given, reads pages whose
    text layer cannot be trusted. Raises Rejected (PasswordNeeded for a missing or wrong password)."""
    found = scan(data)
    document = open_pdf(data, password)
    try:
        extraction = extract(document, source=(data, password))
        ocr_text: dict[int, str] = {}
        if ocr is not None and extraction.unreliable:
            ocr_text = {page: text for page, text in ocr(document, sorted(extraction.unreliable)).items() if text}
            if ocr_text:  # the OCR text replaces what the text layer had on those pages
                extraction = extract(document, skip=set(ocr_text), unreliable=extraction.unreliable,
                                     source=(data, password))
        meta_title, date = _metadata(document)
    finally:
        document.close()
    text, glyphs = extraction.text, extraction.glyphs
    if ocr_text:
        text, glyphs = _with_ocr(extraction, ocr_text)
    canonical = canonicalize(text)
    if not canonical.text:
        pages = sorted(extraction.unreliable)
        from desktop.core.importing.pdf.ocr import tesseract_missing
        hint = OCR_HINT if tesseract_missing() else "import it with OCR to read it"
        raise Rejected(f"has no text layer on {_pages_phrase(pages)} (a scan?); {hint}")
    glyphs = _align(text, glyphs, canonical.text)
    stem = Path(name).stem or name
    title = meta_title or extraction.first_heading or fallback_title(canonical.text, stem)
    title = " ".join(canonicalize(title).text.split())
    language = detect_language(canonical.text)
    ignored = tuple(f"{what} (ignored: never run, opened or followed)" for what in found.active)
    removed = tuple(extraction.removed)
    return PdfDocument(
        title=title, text=canonical.text, raw_text=text, source=source, source_url=None, format="pdf",
        encoding="pdf", language=language, direction=direction_of(language), removed=removed,
        bidi_controls=canonical.bidi_controls, pdf=bytes(data), glyphs=pack_glyphs(glyphs),
        page_sizes=tuple(extraction.page_sizes),
        unreliable=tuple(sorted(extraction.unreliable.items())), ocr_pages=tuple(sorted(ocr_text)),
        ignored=ignored, date=date,
        published=date if len(date) == 10 else file_date,
        published_from="metadata" if len(date) == 10 else ("file" if file_date else None),
    )


def _with_ocr(extraction: Extraction, ocr_text: dict[int, str]) -> tuple[str, list[tuple[int, int]]]:
    """The text layer's paragraphs, then each OCR'd page's text (no glyphs: OCR boxes are not PDFium's)."""
    text, glyphs = extraction.text, list(extraction.glyphs)
    for page in sorted(ocr_text):
        addition = ocr_text[page].strip()
        if not addition:
            continue
        if text:
            text += "\n\n"
            glyphs.extend((NO_GLYPH, NO_GLYPH))
        text += addition
        glyphs.extend([(page, -1)] * len(addition))
    return text, glyphs
