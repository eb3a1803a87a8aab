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
