"""Accuracy of PDF import on Arabic PDFs that this benchmark makes with every producer available here.

Run: python -m tests.benchmarks.bench_pdf_accuracy
For each producer (Chromium, WeasyPrint, LibreOffice, Qt), one and two columns, two Arabic fonts (Noto Naskh
Arabic, Noto Sans Arabic), two pages with a running header and page numbers, Latin runs, Arabic-Indic digits and
claims printed in colour: similarity to the true text after NFKC and claims found verbatim, for Hamish's import
beside pypdfium2 as shipped (and pypdf, pdfminer.six, pdftotext if installed), in the same run; then whether the
claim suggester finds the same claims in the PDF as in the HTML it was made from, and whether each claim's
glyph boxes lie on its coloured ink.
"""

from __future__ import annotations

import difflib
import io
import os
import shutil
import subprocess
import sys
import tempfile
import unicodedata

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pypdfium2 as pdfium  # noqa: E402

from desktop.core.claims.grammar import suggest  # noqa: E402
from desktop.core.importing import import_bytes  # noqa: E402
from tests.benchmarks import bench_pdf_corpus as corpus  # noqa: E402
from tests.benchmarks import bench_pdf_producers as producers  # noqa: E402

FONTS = ("Noto Naskh Arabic", "Noto Sans Arabic")
REPEAT = 2


def norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def similarity(text: str, truth: str) -> float:
    return difflib.SequenceMatcher(None, norm(text), norm(truth), autojunk=False).ratio()


def claims_found(text: str) -> int:
    folded = norm(text)
    return sum(norm(c) in folded for c in corpus.claims() * REPEAT if folded.count(norm(c)) >= 1)


def shipped(data: bytes) -> str:
    document = pdfium.PdfDocument(data)
    return "\n".join(page.get_textpage().get_text_range() for page in document)


def hamish(data: bytes) -> str:
    return import_bytes(data, "bench.pdf").text


def pypdf_text(data: bytes) -> str:
    import pypdf
    return "\n".join(page.extract_text() or "" for page in pypdf.PdfReader(io.BytesIO(data)).pages)


def pdfminer_text(data: bytes) -> str:
    from pdfminer.high_level import extract_text
    return extract_text(io.BytesIO(data))


def pdftotext(data: bytes) -> str:
    tool = shutil.which("pdftotext")
    if not tool:
        raise ImportError("pdftotext not installed")
    with tempfile.NamedTemporaryFile(suffix=".pdf") as handle:
        handle.write(data)
        handle.flush()
        out = subprocess.run([tool, "-enc", "UTF-8", handle.name, "-"], capture_output=True, check=True)
    return out.stdout.decode("utf-8").translate({0x202A: " ", 0x202B: " ", 0x202C: " "})


EXTRACTORS = {"hamish import": hamish, "pypdfium2 as shipped": shipped, "pypdf": pypdf_text,
              "pdfminer.six": pdfminer_text, "pdftotext (poppler)": pdftotext}


def suggested_quotes(text: str) -> list[str]:
    return sorted(norm(s.text) for s in suggest(text))


def boxes_on_ink(data: bytes) -> tuple[int, int]:
    """How many claims of the import have glyph boxes that cover their red ink on the rendered page."""
    from desktop.core.importing.pdf.boxes import GlyphBoxes
    from desktop.core.importing.pdf.stored import StoredPdf
    doc = import_bytes(data, "bench.pdf")
    boxes = GlyphBoxes(StoredPdf("", data, doc.glyphs, doc.page_sizes, ()))
    document = pdfium.PdfDocument(data)
    pages = {}
    good = checked = 0
    for claim in corpus.claims():
        start = doc.text.find(claim)
        if start < 0:
            continue
        checked += 1
        rects = boxes.rects(start, start + len(claim))
        red = total = 0
        for r in rects:
            if r.page not in pages:
                pages[r.page] = document[r.page - 1].render(scale=2).to_pil().convert("RGB")
            image = pages[r.page]
            for x in range(int(r.left * 2), int(r.right * 2), 2):
                for y in range(int(r.top * 2), int(r.bottom * 2), 2):
                    cr, cg, cb = image.getpixel((x, y))
                    if min(cr, cg, cb) < 170:  # ink, not the anti-aliased fringe
                        total += 1
                        red += cr - max(cg, cb) > 60
        good += bool(total) and red / total > 0.5
    return good, checked


def main() -> None:
    truth = corpus.plain_text(REPEAT)
    html_quotes = suggested_quotes(truth)
    total = len(corpus.claims())
    table: dict[str, dict[str, tuple[float, int]]] = {}
    for producer, make in producers.PRODUCERS.items():
        samples = []
        try:
            for columns in (1, 2):
                for font in FONTS:
                    samples.append((columns, font, make(columns, font, repeat=REPEAT)))
        except producers.Unavailable as error:
            print(f"{producer}: not available here ({error})")
            continue
        except subprocess.SubprocessError as error:
            print(f"{producer}: failed to make a PDF ({error})")
            continue
        for name, extract in EXTRACTORS.items():
            sims, found = [], []
            try:
                for columns, font, data in samples:
                    text = extract(data)
                    sims.append(similarity(text, truth))
                    found.append(sum(norm(c) in norm(text) for c in corpus.claims()))
            except ImportError as error:
                table.setdefault(name, {})[producer] = None
                continue
            table.setdefault(name, {})[producer] = (min(sims), sum(sims) / len(sims), min(found))
        same, on_ink, blocks = [], [0, 0], [0, 0]
        paragraphs = truth.split("\n\n")
        for columns, font, data in samples:
            text = hamish(data)
            same.append(suggested_quotes(text) == html_quotes)
            blocks[0] += sum(block in paragraphs for block in text.split("\n\n"))
            blocks[1] += len(paragraphs)
            good, checked = boxes_on_ink(data)
            on_ink[0] += good
            on_ink[1] += checked
        print(f"{producer}: suggester finds the same claims as in the HTML in {sum(same)}/{len(same)} PDFs; "
              f"claim boxes on their coloured ink: {on_ink[0]}/{on_ink[1]}; "
              f"paragraphs exactly as written: {blocks[0]}/{blocks[1]}")
    names = [p for p in producers.PRODUCERS if any(p in row for row in table.values())]
    print()
    print(f"similarity after NFKC (worst / mean of 4 PDFs) and claims found verbatim in the worst PDF, of {total}")
    print("| extractor | " + " | ".join(names) + " |")
    print("|---|" + "---|" * len(names))
    for name, row in table.items():
        cells = []
        for producer in names:
            value = row.get(producer)
            cells.append("not installed" if value is None else f"{value[0]:.3f} / {value[1]:.3f} / {value[2]}")
        print(f"| {name} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    sys.exit(main())
