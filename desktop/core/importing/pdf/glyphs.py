"""The characters PDFium finds on a page, with their boxes: the raw material of reading order and page views."""

from __future__ import annotations

import ctypes
import re
import struct
from dataclasses import dataclass

import pypdfium2.raw as pdfium_c

from desktop.core.importing.document import Rejected

# PDFium reports glyphs it could not map to Unicode with their raw character codes (controls): _SUSPECTS.


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


# FPDFText_GetCharBox called through a plain prototype (pointers as integers): a third of the cost of the typed
# binding, which matters at one call per character.
_GET_BOX = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p,
                            ctypes.c_void_p, ctypes.c_void_p)(ctypes.cast(pdfium_c.FPDFText_GetCharBox,
                                                                          ctypes.c_void_p).value)
MAX_CHARS_PER_PAGE = 200_000  # a dense newspaper page has about 20,000
_FOUR_DOUBLES = struct.Struct("=4d")
_SURROGATES = re.compile("[\ud800-\udfff]")
_SUSPECTS = re.compile("[\x01-\x08\x0b\x0c\x0e-\x1f\ufffd-\uffff]")


def read_page(page, number: int) -> PageGlyphs:
    """Read every character of a pypdfium2 page (text and tight boxes) with as few calls into PDFium as it takes."""
    textpage = pdfium_c.FPDFText_LoadPage(page)
    try:
        n = pdfium_c.FPDFText_CountChars(textpage)
        if n > MAX_CHARS_PER_PAGE:
            raise Rejected(f"has {n:,} characters on page {number}, over the {MAX_CHARS_PER_PAGE:,} a page may have")
        text = _text(textpage, n)
        # PDFium writes left, right, bottom, top; laid out as left, bottom, right, top they unpack as one tuple
        box = ctypes.create_string_buffer(32)
        base = ctypes.addressof(box)
        where = (base, base + 16, base + 8, base + 24)
        handle = ctypes.cast(textpage, ctypes.c_void_p).value
        unpack = _FOUR_DOUBLES.unpack_from
        boxes = []
        append = boxes.append
        get_box = _GET_BOX
        for i in range(n):
            get_box(handle, i, *where)
            append(unpack(box))
        get_size = pdfium_c.FPDFText_GetFontSize
        sampled = set(range(0, n, 8))
        start = text.find("\n")
        while start >= 0 and start + 1 < n:
            sampled.add(start + 1)
            start = text.find("\n", start + 1)
        sizes = {i: get_size(textpage, i) for i in sampled}
        unmapped = sum(1 for m in _SUSPECTS.finditer(text)
                       if pdfium_c.FPDFText_HasUnicodeMapError(textpage, m.start()) == 1)
    finally:
        pdfium_c.FPDFText_ClosePage(textpage)
    width, height = pdfium_c.FPDF_GetPageWidthF(page), pdfium_c.FPDF_GetPageHeightF(page)
    return PageGlyphs(number, width, height, text, boxes, sizes, unmapped)


NO_CHAR = "\x00"  # the second index of a character PDFium keeps as two UTF-16 halves: no text of its own


def _text(textpage, n: int) -> str:
    """Character i of the page as text[i] (a character beyond the BMP, which PDFium indexes as two UTF-16 halves,
    at the first index and NO_CHAR at the second; a half without its partner becomes U+FFFD)."""
    if n <= 0:
        return ""
    buffer = (ctypes.c_ushort * (n + 1))()
    written = pdfium_c.FPDFText_GetText(textpage, 0, n, buffer)
    text = ctypes.string_at(buffer, 2 * max(written - 1, 0)).decode("utf-16-le", "surrogatepass")
    if len(text) == n and not _SURROGATES.search(text):
        return text
    get = pdfium_c.FPDFText_GetUnicode
    units = [get(textpage, i) for i in range(n)]
    chars = []
    i = 0
    while i < n:
        unit, following = units[i], units[i + 1] if i + 1 < n else 0
        pair = None
        if 0xD800 <= unit < 0xDC00 and 0xDC00 <= following < 0xE000:
            pair = (unit, following)
        elif 0xDC00 <= unit < 0xE000 and 0xD800 <= following < 0xDC00:
            pair = (following, unit)  # PDFium's right-to-left handling can swap the halves
        if pair:
            chars.append(chr(0x10000 + ((pair[0] - 0xD800) << 10) + (pair[1] - 0xDC00)))
            chars.append(NO_CHAR)
            i += 2
            continue
        chars.append("\ufffd" if 0xD800 <= unit < 0xE000 else chr(unit))
        i += 1
    return "".join(chars)
