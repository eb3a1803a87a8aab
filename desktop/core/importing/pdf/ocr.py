"""OCR of PDF pages with no usable text layer: PDFium renders the page, Tesseract (Arabic and English) reads it."""

from __future__ import annotations

import shutil
from typing import Callable

from desktop.core.importing.document import Rejected

DPI = 300
LANGUAGES = "ara+eng"


def tesseract_missing() -> str:
    """Why OCR cannot run here ('' when it can): Tesseract or its Arabic data is not installed."""
    if shutil.which("tesseract") is None:
        return "Tesseract is not installed"
    try:
        import pytesseract
        languages = pytesseract.get_languages(config="")
    except Exception as error:  # pytesseract missing, or tesseract failing to run
        return f"Tesseract cannot be run ({type(error).__name__})"
    if "ara" not in languages:
        return "Tesseract has no Arabic data (tesseract-ocr-ara)"
    return ""


def render(document, page_number: int, dpi: int = DPI):
    """A page as a greyscale PIL image at `dpi` (PDFium's renderer; no forms drawn, nothing run)."""
    page = document[page_number - 1]
    try:
        bitmap = page.render(scale=dpi / 72, grayscale=True, may_draw_forms=False)
        return bitmap.to_pil()
    finally:
        page.close()


def read_image(image) -> str:
    """Tesseract's text of one page image, lines joined into paragraphs (blank lines kept between blocks)."""
    import pytesseract

    from desktop.core.importing.pdf.tidy import tidy
    text = pytesseract.image_to_string(image, lang=LANGUAGES, config="--psm 3")
    text = text.replace("\u200e", "").replace("\u200f", "")  # Tesseract marks runs; the text is logical already
    out = []
    for block in text.split("\n\n"):
        chars = list(" ".join(block.split()))
        tidy(chars, [None] * len(chars), 0)
        if chars:
            out.append("".join(chars))
    return "\n\n".join(out)


def make_ocr(progress: Callable[[int, int], None] | None = None,
             cancelled: Callable[[], bool] | None = None, dpi: int = DPI):
    """An `ocr(document, pages)` for importing.pdf.build_pdf that reports progress and can be cancelled."""

    def ocr(document, pages: list[int]) -> dict[int, str]:
        out: dict[int, str] = {}
        def check() -> None:
            if cancelled is not None and cancelled():
                raise Rejected("OCR was cancelled; nothing was imported")

        for done, number in enumerate(pages):
            if progress is not None:
                progress(done, len(pages))
            check()
            out[number] = read_image(render(document, number, dpi))
            check()
        if progress is not None:
            progress(len(pages), len(pages))
        return out

    return ocr
