"""Code-point offsets of an article ↔ glyph boxes on its PDF's pages (PDF points, origin at the page's top left)."""

from __future__ import annotations

from dataclasses import dataclass

import pypdfium2 as pdfium

from desktop.core.importing.pdf import unpack_glyphs
from desktop.core.importing.pdf.glyphs import read_page
from desktop.core.importing.pdf.stored import StoredPdf


@dataclass(frozen=True)
class Box:
    """A rectangle on a page: left, top, width, height in points from the page's top-left corner."""

    page: int  # 1-based
    left: float
    top: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.left + self.width

    @property
    def bottom(self) -> float:
        return self.top + self.height

    def viewrect(self) -> str:
        """RFC 8118's fragment of this box: page=N&viewrect=left,top,width,height."""
        return (f"page={self.page}&viewrect={self.left:.2f},{self.top:.2f},"
                f"{self.width:.2f},{self.height:.2f}")


class GlyphBoxes:
    """The page boxes of an article imported from a PDF, by code-point offset into its canonical text."""

    def __init__(self, stored: StoredPdf) -> None:
        self.stored = stored
        self.glyphs = unpack_glyphs(stored.glyphs)
        self.sizes = stored.page_sizes
        self._boxes: dict[int, list[tuple[float, float, float, float]]] = {}
        self._offsets: dict[int, list[tuple[int, int]]] | None = None

    def _page_boxes(self, page: int) -> list[tuple[float, float, float, float]]:
        if page not in self._boxes:
            document = pdfium.PdfDocument(self.stored.pdf)
            try:
                self._boxes[page] = read_page(document[page - 1], page).boxes
            finally:
                document.close()
        return self._boxes[page]

    def _box(self, page: int, index: int) -> Box | None:
        boxes = self._page_boxes(page)
        if not 0 <= index < len(boxes):
            return None
        left, bottom, right, top = boxes[index]
        if right <= left or top <= bottom:
            return None
        height = self.sizes[page - 1][1]
        return Box(page, left, height - top, right - left, top - bottom)

    def char_boxes(self, start: int, end: int) -> list[tuple[int, Box]]:
        """(offset, box) of every character in [start, end) that has a glyph on a page."""
        out = []
        for offset in range(max(start, 0), min(end, len(self.glyphs))):
            page, index = self.glyphs[offset]
            if page > 0 and index >= 0:
                box = self._box(page, index)
                if box is not None:
                    out.append((offset, box))
        return out

    def rects(self, start: int, end: int) -> list[Box]:
        """The boxes of [start, end) merged line by line: one rectangle per run of glyphs on one line."""
        merged: list[Box] = []
        for _, box in self.char_boxes(start, end):
            if merged:
                last = merged[-1]
                same_line = (last.page == box.page and box.top < last.bottom and box.bottom > last.top
                             and box.left <= last.right + last.height and box.right >= last.left - last.height)
                if same_line:
                    left, top = min(last.left, box.left), min(last.top, box.top)
                    right, bottom = max(last.right, box.right), max(last.bottom, box.bottom)
                    merged[-1] = Box(box.page, left, top, right - left, bottom - top)
                    continue
            merged.append(box)
        return merged

    def fragment(self, start: int, end: int) -> str | None:
        """RFC 8118 `page=N&viewrect=…` around [start, end) on its first page, or None without glyphs."""
        rects = self.rects(start, end)
        if not rects:
            return None
        page = rects[0].page
        on_page = [r for r in rects if r.page == page]
        left, top = min(r.left for r in on_page), min(r.top for r in on_page)
        right, bottom = max(r.right for r in on_page), max(r.bottom for r in on_page)
        return Box(page, left, top, right - left, bottom - top).viewrect()

    def offsets_in(self, page: int, left: float, top: float, right: float, bottom: float) -> tuple[int, int] | None:
        """The span [start, end) of the characters whose glyph centres lie in a rectangle of a page."""
        inside = []
        for offset, index in self._offsets_on(page):
            box = self._box(page, index)
            if box is None:
                continue
            x, y = box.left + box.width / 2, box.top + box.height / 2
            if left <= x <= right and top <= y <= bottom:
                inside.append(offset)
        if not inside:
            return None
        return min(inside), max(inside) + 1

    def _offsets_on(self, page: int) -> list[tuple[int, int]]:
        if self._offsets is None:
            self._offsets = {}
            for offset, (p, index) in enumerate(self.glyphs):
                if p > 0 and index >= 0:
                    self._offsets.setdefault(p, []).append((offset, index))
        return self._offsets.get(page, [])

    def first_page(self, start: int, end: int) -> int | None:
        for offset in range(max(start, 0), min(end, len(self.glyphs))):
            if self.glyphs[offset][0] > 0:
                return self.glyphs[offset][0]
        return None
