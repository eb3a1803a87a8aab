"""A whole PDF's text in reading order, with the glyph of every character and the pages that cannot be trusted."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop.core.importing.document import Removal
from desktop.core.importing.pdf.layout import Page, order_page, paragraphs, remove_running
from desktop.core.importing.pdf.lines import Line
from desktop.core.importing.pdf.pages import read_pages
from desktop.core.importing.pdf.tidy import tidy

NO_GLYPH = (0, -1)
UNMAPPED_SHARE = 0.02  # a page where more than 2% of the glyphs have no Unicode is read wrongly


@dataclass
class Extraction:
    """Text in reading order; `glyphs[k]` is (page, PDFium character index) of text[k], or NO_GLYPH."""

    text: str
    glyphs: list[tuple[int, int]]
    removed: list[Removal]
    unreliable: dict[int, str] = field(default_factory=dict)  # page number → why its text cannot be trusted
    first_heading: str = ""
    page_sizes: list[tuple[float, float]] = field(default_factory=list)


def extract(document, skip: set[int] = frozenset(), unreliable: dict[int, str] | None = None,
            source: tuple[bytes, str | None] | None = None) -> Extraction:
    """Read the pages of an open pypdfium2 document into one text (pages in `skip`, 1-based, left out). With
    `source` (the file's bytes and password) a long file is read by worker processes."""
    laid: list[Page] = []
    unreliable = dict(unreliable or {})
    sizes: list[tuple[float, float]] = []
    wanted = [index for index in range(len(document)) if index + 1 not in skip]
    reads = {read.number: read for read in read_pages(document, wanted, source)}
    for index in range(len(document)):
        read = reads.get(index + 1)
        if read is None:
            sizes.append(document.get_page_size(index))
            continue
        sizes.append((read.width, read.height))
        if not read.lines:
            unreliable[read.number] = "no text layer (a scan or an image)"
        elif read.unmapped:
            unreliable[read.number] = (f"{read.unmapped} of {read.drawn} glyphs have no Unicode mapping "
                                       "(FPDFText_HasUnicodeMapError)")
        laid.append(Page(read.number, read.width, read.height, read.lines))
    removed = remove_running(laid)
    rtl = _mostly_rtl(laid)
    ordered: list[Line] = []
    for page in laid:
        ordered.extend(order_page(page, rtl))
    blocks = paragraphs(ordered)
    text, glyph_map = _assemble(blocks)
    heading = _heading(blocks)
    return Extraction(text, glyph_map, removed, unreliable, heading, sizes)


def _mostly_rtl(pages: list[Page]) -> bool:
    lines = [line for page in pages for line in page.lines]
    return sum(line.rtl for line in lines) * 2 >= len(lines) if lines else True


def _heading(blocks: list[list[Line]]) -> str:
    """The first paragraph, if it is set larger than the body text (a title)."""
    if len(blocks) < 2:
        return ""
    sizes = sorted(line.size for block in blocks for line in block)
    body = sizes[len(sizes) // 2]
    first = blocks[0]
    if min(line.size for line in first) > 1.2 * body and len(first) <= 3:
        return " ".join(line.text for line in first)
    return ""


def _assemble(blocks: list[list[Line]]) -> tuple[str, list[tuple[int, int]]]:
    chars: list[str] = []
    glyphs: list[tuple[int, int]] = []
    for b, block in enumerate(blocks):
        if b:
            chars.extend("\n\n")
            glyphs.extend((NO_GLYPH, NO_GLYPH))
        start = len(chars)
        for k, line in enumerate(block):
            if k:
                chars.append(" ")
                glyphs.append(NO_GLYPH)
            for c, index in line.chars:
                chars.append(c)
                glyphs.append((line.page, index) if index >= 0 else NO_GLYPH)
        _fix_paragraph(chars, glyphs, start)
        tidy(chars, glyphs, start)
    return "".join(chars), glyphs


_OPENERS = {"(": ")", "[": "]", "{": "}"}


def _fix_paragraph(chars: list[str], glyphs: list[tuple[int, int]], start: int) -> None:
    """Brackets that came out turned the wrong way round are turned back: where a paragraph's brackets of one kind
    do not nest, they are read as pairs in order (opener, closer, opener, …)."""
    paragraph = "".join(chars[start:])
    for opener, closer in _OPENERS.items():
        if opener not in paragraph and closer not in paragraph:
            continue
        positions = [start + k for k, c in enumerate(paragraph) if c == opener or c == closer]
        depth = 0
        balanced = True
        for k in positions:
            depth += 1 if chars[k] == opener else -1
            balanced = balanced and depth >= 0
        if balanced and depth == 0:
            continue
        if len(positions) % 2:
            continue
        for n, k in enumerate(positions):
            chars[k] = opener if n % 2 == 0 else closer
