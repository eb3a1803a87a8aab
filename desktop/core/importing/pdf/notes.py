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
        from desktop.core.importing.pdf.ocr import tesseract_missing
        lines.append(OCR_HINT if tesseract_missing() else "OCR was not run (--no-ocr); import again without it")
    for page in getattr(doc, "ocr_pages", ()):
        lines.append(f"page {page}: read by OCR (its claims start as «needs review»)")
    for what in getattr(doc, "ignored", ()):
        lines.append(f"note: {what}")
    return lines


def cli_ocr():
    """The OCR the CLI uses (Tesseract if it is installed with Arabic), else None; progress on standard error."""
    from desktop.core.importing.pdf.ocr import make_ocr, tesseract_missing
    if tesseract_missing():
        return None
    import sys

    def progress(done: int, total: int) -> None:
        if done < total:
            sys.stderr.write(f"OCR: page {done + 1} of {total}…\n")

    return make_ocr(progress=progress)
