"""Reading a PDF's pages into lines, in worker processes when the file is long enough for that to pay."""

from __future__ import annotations

import array
import multiprocessing
import os
import sys
import threading
from dataclasses import dataclass

import pypdfium2 as pdfium

from desktop.core.importing.document import Rejected
from desktop.core.importing.pdf.glyphs import read_page
from desktop.core.importing.pdf.lines import Line, page_lines

PARALLEL_MIN_PAGES = 24  # below this, forking costs more than it saves (measured: bench_pdf_speed)
MAX_WORKERS = 4


@dataclass
class PageRead:
    """What one page gives the layout: its lines, its size and how many glyphs had no Unicode mapping."""

    number: int  # 1-based
    width: float
    height: float
    lines: list[Line]
    unmapped: int
    drawn: int  # glyphs that are not white space

    def __getstate__(self) -> tuple:
        # packed flat for the trip back from a worker: a twentieth of the pickle of the objects, and quicker
        boxes = self.lines[0].boxes if self.lines else []
        flat = array.array("d", [v for box in boxes for v in box]).tobytes()
        lines = [("".join(c for c, _ in line.chars), array.array("i", [i for _, i in line.chars]).tobytes(),
                  line.left, line.bottom, line.right, line.top, line.rtl, line.size, line.column)
                 for line in self.lines]
        return self.number, self.width, self.height, self.unmapped, self.drawn, flat, lines

    def __setstate__(self, state: tuple) -> None:
        self.number, self.width, self.height, self.unmapped, self.drawn, flat, packed = state
        values = array.array("d")
        values.frombytes(flat)
        boxes = list(zip(values[0::4], values[1::4], values[2::4], values[3::4]))
        self.lines = []
        for text, raw, left, bottom, right, top, rtl, size, column in packed:
            indices = array.array("i")
            indices.frombytes(raw)
            self.lines.append(Line(self.number, list(zip(text, indices)), left, bottom, right, top, rtl, boxes,
                                   size, column))


def read_one(document, index: int) -> PageRead:
    """Read page `index` (0-based) of an open pypdfium2 document."""
    try:
        page = document[index]
    except pdfium.PdfiumError:
        raise Rejected(f"is damaged: PDFium cannot read page {index + 1}") from None
    try:
        glyphs = read_page(page, index + 1)
    finally:
        page.close()
    drawn = sum(1 for c in glyphs.text if not c.isspace()) if glyphs.unmapped else 0
    return PageRead(index + 1, glyphs.width, glyphs.height, page_lines(glyphs), glyphs.unmapped, drawn)


def workers_for(pages: int) -> int:
    """How many processes to read `pages` pages with: 1 (this process) unless the file is long, there are cores to
    spare, and forking is safe here (no other threads: the GUI reads in this process, in its worker thread)."""
    if pages < PARALLEL_MIN_PAGES or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    if multiprocessing.parent_process() is not None:
        return 1  # already a worker (a batch import's pool): its pages stay in it
    qt = sys.modules.get("PySide6.QtCore")
    if threading.active_count() > 1 or (qt is not None and qt.QCoreApplication.instance() is not None):
        return 1
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, MAX_WORKERS, pages // (PARALLEL_MIN_PAGES // 2)))


# The forked workers find the file here: it is set just before the pool forks and is not pickled per task.
_SOURCE: tuple[bytes, str | None] | None = None


def _read_range(bounds: tuple[int, int]) -> list[PageRead]:
    from desktop.core.importing.pdf.safety import open_pdf
    data, password = _SOURCE
    document = open_pdf(data, password)
    try:
        return [read_one(document, index) for index in range(*bounds)]
    finally:
        document.close()


def read_pages(document, indices: list[int], source: tuple[bytes, str | None] | None = None) -> list[PageRead]:
    """Read the pages `indices` (0-based, ascending) of `document`; with `source` (the file's bytes and password),
    long files are split into contiguous ranges read by forked worker processes, in page order."""
    workers = workers_for(len(indices)) if source is not None else 1
    if workers == 1:
        return [read_one(document, index) for index in indices]
    global _SOURCE
    ranges = _ranges(indices, workers)
    _SOURCE = source
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            chunks = pool.map(_read_range, ranges, chunksize=1)
    finally:
        _SOURCE = None
    wanted = set(indices)
    return [read for chunk in chunks for read in chunk if read.number - 1 in wanted]


def _ranges(indices: list[int], workers: int) -> list[tuple[int, int]]:
    """Contiguous (start, stop) ranges covering `indices`, about equal in pages, one per worker."""
    first, last = indices[0], indices[-1] + 1
    step = -(-(last - first) // workers)
    return [(start, min(start + step, last)) for start in range(first, last, step)]
