"""The characters PDFium finds on a page, with their boxes: the raw material of reading order and page views."""

from __future__ import annotations

import ctypes
from dataclasses import dataclass

import pypdfium2.raw as pdfium_c

# PDFium reports glyphs it could not map to Unicode with their raw character codes (controls).
_SUSPECT = frozenset(range(0x20)) - {0x09, 0x0A, 0x0D} | {0xFFFD, 0xFFFE, 0xFFFF}


@dataclass
class PageGlyphs:
    """One page's characters in PDFium's order: `text[i]` is character i, `boxes[i]` its (left, bottom, right,
    top) in PDF points; `generated[i]` marks the spaces and line breaks PDFium inferred."""

    number: int  # 1-based
    width: float
    height: float
    text: str
    boxes: list[tuple[float, float, float, float]]
    sizes: dict[int, float]  # font size of every 8th character and of each line's first, in points
    unmapped: int  # glyphs with no Unicode mapping (FPDFText_HasUnicodeMapError)

    @property
    def count(self) -> int:
        return len(self.text)


def read_page(page, number: int) -> PageGlyphs:
    """Read every character of a pypdfium2 page (text and tight boxes) with as few calls into PDFium as it takes."""
    textpage = pdfium_c.FPDFText_LoadPage(page)
    try:
        n = pdfium_c.FPDFText_CountChars(textpage)
        text = _text(textpage, n)
        boxes = []
        left, right, bottom, top = (ctypes.c_double() for _ in range(4))
        refs = ctypes.byref(left), ctypes.byref(right), ctypes.byref(bottom), ctypes.byref(top)
        get_box = pdfium_c.FPDFText_GetCharBox
        get_size = pdfium_c.FPDFText_GetFontSize
        append = boxes.append
        for i in range(n):
            get_box(textpage, i, *refs)
            append((left.value, bottom.value, right.value, top.value))
        sizes = {i: get_size(textpage, i) for i in range(n) if i % 8 == 0 or (i and text[i - 1] == "\n")}
        unmapped = sum(1 for i, c in enumerate(text) if ord(c) in _SUSPECT
                       and pdfium_c.FPDFText_HasUnicodeMapError(textpage, i) == 1)
    finally:
        pdfium_c.FPDFText_ClosePage(textpage)
    width, height = pdfium_c.FPDF_GetPageWidthF(page), pdfium_c.FPDF_GetPageHeightF(page)
    return PageGlyphs(number, width, height, text, boxes, sizes, unmapped)


def _text(textpage, n: int) -> str:
    """Character i of the page as text[i]: one UTF-16 unit per character, else one call per character."""
    if n <= 0:
        return ""
    buffer = (ctypes.c_ushort * (n + 1))()
    written = pdfium_c.FPDFText_GetText(textpage, 0, n, buffer)
    text = ctypes.string_at(buffer, 2 * max(written - 1, 0)).decode("utf-16-le", "surrogatepass")
    if len(text) == n and not any("\ud800" <= c <= "\udfff" for c in text):
        return text
    get = pdfium_c.FPDFText_GetUnicode
    return "".join(chr(get(textpage, i)) for i in range(n))
