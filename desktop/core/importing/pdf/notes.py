"""The lines an import report adds for a PDF: pages not to trust, pages read by OCR, content ignored."""

from __future__ import annotations


def pdf_notes(doc) -> list[str]:
    """Short English lines for the CLI about a PDF import (nothing for other formats)."""
    unreliable = getattr(doc, "unreliable", ())
    lines = []
    for page, reason in unreliable:
        if page in getattr(doc, "ocr_pages", ()):
            continue
        lines.append(f"page {page}: text layer not trusted: {reason}")
    if unreliable and not getattr(doc, "ocr_pages", ()):
        from desktop.core.importing.pdf import OCR_HINT
        lines.append(OCR_HINT)
    for page in getattr(doc, "ocr_pages", ()):
        lines.append(f"page {page}: read by OCR (its claims start as «needs review»)")
    for what in getattr(doc, "ignored", ()):
        lines.append(f"note: {what}")
    return lines
