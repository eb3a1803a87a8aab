"""The PDF kept beside an article: saved with it in one transaction, read back by content hash."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime, timezone


@dataclass(frozen=True)
class StoredPdf:
    """An article's original PDF, the glyph of each character of its text, and its page sizes."""

    content_hash: str
    pdf: bytes
    glyphs: bytes
    page_sizes: tuple[tuple[float, float], ...]
    ocr_pages: tuple[int, ...]


def save_pdf(store, article, doc) -> None:
    """Keep `doc`'s PDF for `article` unless one is kept already for the same text."""
    digest = store.article_hash(article.id)
    exists = store.db.execute("SELECT 1 FROM article_pdfs WHERE content_hash = ?", [digest]).fetchone()
    if exists:
        return
    store.db.execute(
        "INSERT INTO article_pdfs (content_hash, sha256, pdf, glyphs, page_sizes, ocr_pages, stored) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [digest, "sha256:" + hashlib.sha256(doc.pdf).hexdigest(), doc.pdf, doc.glyphs,
         json.dumps([list(size) for size in doc.page_sizes]), json.dumps(list(doc.ocr_pages)),
         datetime.now(timezone.utc).isoformat(timespec="seconds")])


def load_pdf(store, article_id: int) -> StoredPdf | None:
    """The PDF kept for an article, or None if it was not imported from a PDF."""
    digest = store.article_hash(article_id)
    row = store.db.execute("SELECT pdf, glyphs, page_sizes, ocr_pages FROM article_pdfs WHERE content_hash = ?",
                           [digest]).fetchone()
    if row is None:
        return None
    sizes = tuple(tuple(size) for size in json.loads(row[2]))
    return StoredPdf(digest, bytes(row[0]), bytes(row[1]), sizes, tuple(json.loads(row[3])))


OCR_NOTE = "needs review: read by OCR"


def flag_ocr_claims(store, article_id: int) -> int:
    """Note «needs review: read by OCR» on the unreviewed claims that lie in OCR'd text; returns how many."""
    stored = load_pdf(store, article_id)
    if stored is None or not stored.ocr_pages:
        return 0
    from desktop.core.importing.pdf import unpack_glyphs
    glyphs = unpack_glyphs(stored.glyphs)
    flagged = 0
    with store.transaction():
        for a in store.annotations(article_id):
            span = glyphs[a.start:a.end]
            if a.status == "unreviewed" and any(page > 0 and index < 0 for page, index in span):
                if OCR_NOTE not in a.note:
                    store.update_annotation(a.uuid, note=(a.note + " " + OCR_NOTE).strip())
                    flagged += 1
    return flagged
