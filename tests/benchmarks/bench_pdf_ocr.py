"""OCR of scanned Arabic pages: character error rate and seconds per page, pages rasterised at 150 and 300 dpi.

Run: python -m tests.benchmarks.bench_pdf_ocr  (needs Tesseract with Arabic: Debian tesseract-ocr tesseract-ocr-ara)
The pages are this benchmark's own article (tests/benchmarks/bench_pdf_corpus.py) made by WeasyPrint (else Qt),
rasterised to images, and put back into a PDF that has no text layer, as a scanner would make it.
"""

from __future__ import annotations

import io
import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pypdfium2 as pdfium  # noqa: E402

from desktop.core.importing import import_bytes  # noqa: E402
from desktop.core.importing.pdf.ocr import make_ocr, tesseract_missing  # noqa: E402
from tests.benchmarks import bench_pdf_corpus as corpus  # noqa: E402
from tests.benchmarks import bench_pdf_producers as producers  # noqa: E402
from tests.metrics import character_error_rate  # noqa: E402


def scanned(data: bytes, dpi: int) -> bytes:
    """`data` with every page replaced by a greyscale picture of it at `dpi`."""
    source = pdfium.PdfDocument(data)
    out = pdfium.PdfDocument.new()
    for index in range(len(source)):
        page = source[index]
        width, height = page.get_size()
        picture = page.render(scale=dpi / 72, grayscale=True).to_pil()
        new = out.new_page(width, height)
        image = pdfium.PdfImage.new(out)
        image.set_bitmap(pdfium.PdfBitmap.from_pil(picture))
        image.set_matrix(pdfium.PdfMatrix().scale(width, height))
        new.insert_obj(image)
        new.gen_content()
    buffer = io.BytesIO()
    out.save(buffer)
    return buffer.getvalue()


def cer(ocr: str, truth: str) -> float:
    """Character error rate after NFKC, whitespace collapsed."""
    return character_error_rate(ocr, truth, nfkc=True)


def main() -> None:
    missing = tesseract_missing()
    if missing:
        raise SystemExit(f"{missing}: install tesseract-ocr tesseract-ocr-ara to run this benchmark")
    truth = corpus.plain_text(1)
    for font in ("Noto Naskh Arabic", "Noto Sans Arabic"):
        try:
            data = producers.weasyprint(1, font, repeat=1)
            producer = "WeasyPrint"
        except producers.Unavailable:
            data, producer = producers.qt(1, font, repeat=1), "Qt"
        for dpi in (150, 300):
            scan = scanned(data, dpi)
            pages = len(pdfium.PdfDocument(scan))
            start = time.perf_counter()
            doc = import_bytes(scan, "scan.pdf", ocr=make_ocr(dpi=dpi))
            seconds = time.perf_counter() - start
            body = "\n\n".join(p for p in doc.text.split("\n\n") if corpus.HEADER not in p and not p.strip().isdigit())
            found = sum(claim in doc.text for claim in corpus.claims())
            print(f"{producer}, {font}, {dpi} dpi: CER {cer(body, truth):.3f}, {seconds / pages:.2f} s/page, "
                  f"claims found verbatim {found}/{len(corpus.claims())}, OCR'd pages {list(doc.ocr_pages)}")


if __name__ == "__main__":
    main()
