"""A page's characters cut into lines, each line put into logical order with every character keeping its glyph."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from desktop.core.importing.pdf.bidi_order import bidi_class, displays_as, needs_bidi, visual_to_logical
from desktop.core.importing.pdf.glyphs import PageGlyphs

_BREAKS = frozenset("\r\n\x0b\x0c\u2028\u2029")
_SPACES = frozenset(" \t\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u3000")
_PRESENTATION = range(0xFB50, 0xFF00)


def bounds(chars: list[tuple[str, int]], boxes: list) -> tuple[float, float, float, float] | None:
    """The box around the glyphs of `chars` (left, bottom, right, top), or None if none is drawn."""
    drawn = [boxes[i] for c, i in chars if i >= 0 and not c.isspace() and boxes[i][3] > boxes[i][1]]
    if not drawn:
        return None
    return (min(b[0] for b in drawn), min(b[1] for b in drawn), max(b[2] for b in drawn), max(b[3] for b in drawn))


@dataclass
class Line:
    """One line of a page: its characters in logical order as (char, glyph index or -1) and its box."""

    page: int
    chars: list[tuple[str, int]]
    left: float
    bottom: float
    right: float
    top: float
    rtl: bool
    boxes: list = field(default_factory=list, repr=False)
    size: float = 0.0  # the font size of most of its characters  # the page's glyph boxes, by PDFium index
    column: int = 0
    notes: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(c for c, _ in self.chars)

    @property
    def height(self) -> float:
        return self.top - self.bottom


def _segments(page: PageGlyphs) -> list[list[int]]:
    """Split PDFium's order into runs of glyph indices that sit on one line (at breaks, jumps in y, or far in x)."""
    segments: list[list[int]] = []
    current: list[int] = []
    lo = hi = bottom = top = 0.0
    for i, char in enumerate(page.text):
        if char in _BREAKS:
            if current:
                segments.append(current)
                current = []
            continue
        left, b, right, t = page.boxes[i]
        if current and t > b:
            height = max(top - bottom, t - b, 1.0)
            overlap = min(top, t) - max(bottom, b)
            if overlap < -0.1 * height:
                segments.append(current)
                current = []
        if not current:
            lo, hi, bottom, top = left, right, b, t
        elif t > b:
            lo, hi = min(lo, left), max(hi, right)
            if top - bottom < 0.1:
                bottom, top = b, t
            else:
                bottom, top = min(bottom, b), max(top, t)
        current.append(i)
    if current:
        segments.append(current)
    return segments


def _fold(char: str) -> str:
    if ord(char) in _PRESENTATION:
        folded = unicodedata.normalize("NFKC", char)
        return folded.lstrip(" ") if len(folded) > 1 and folded[0] == " " else folded
    return " " if char in _SPACES else char


def _is_mark(char: str) -> bool:
    return bidi_class(char) == "NSM"


def _logical(page: PageGlyphs, indices: list[int], rtl: bool, context: str | None) -> list[int]:
    """The glyph indices of one line in logical order (-1 for a space PDFium did not draw; marks after their base).

    PDFium's own order is kept when the bidi algorithm displays it as the glyphs sit on the page; otherwise the
    display order of the glyphs (by x, spaces between PDFium's words) is undone with the bidi algorithm.
    """
    text, boxes = page.text, page.boxes
    bases: list[int] = []
    marks: dict[int, list[int]] = {}
    word: dict[int, int] = {}
    words = 0
    for i in indices:
        char = text[i]
        if char in _SPACES:
            words += 1
        elif ord(char) < 0x20:
            continue  # a glyph with no Unicode mapping: nothing to say
        elif _is_mark(char) and bases and text[bases[-1]] not in _SPACES:
            marks.setdefault(bases[-1], []).append(i)
        else:
            word[i] = words
        if char in _SPACES or i in word:
            bases.append(i)
    ink = [i for i in bases if i in word]
    visual = sorted(ink, key=lambda i: (boxes[i][0] + boxes[i][2]) / 2)
    spaced: list[int] = []
    for i in visual:
        if spaced and word[spaced[-1]] != word[i]:
            spaced.append(-1)
        spaced.append(i)
    shown = "".join(" " if i < 0 else _fold(text[i]) for i in spaced)
    as_read = "".join(_fold(text[i]) for i in bases)
    base = 1 if rtl else 0
    if not needs_bidi(shown):
        keep = _same(as_read, shown[::-1] if rtl else shown)
        ordered = bases if keep else (spaced[::-1] if rtl else spaced)
    elif displays_as(as_read, shown, base, context):
        ordered = bases
    else:
        ordered = [spaced[k] for k in visual_to_logical(shown, base, context)]
    out: list[int] = []
    for i in ordered:
        out.append(i)
        out.extend(marks.get(i, ()))
    for k in range(len(out) - 1):  # one lam ligature glyph (lam-alef, lam-yeh) read backwards
        a, b = out[k], out[k + 1]
        if (a >= 0 and b >= 0 and rtl and text[b] == "\u0644" and text[a] != "\u0644" and boxes[a] == boxes[b]
                and bidi_class(text[a]) == "AL"):
            out[k], out[k + 1] = b, a
    return out


def _same(a: str, b: str) -> bool:
    return a.replace(" ", "") == b.replace(" ", "")


def _font_size(page: PageGlyphs, drawn: list[int]) -> float:
    sizes = sorted(round(page.sizes[i], 1) for i in drawn)
    return sizes[len(sizes) // 2]


def page_lines(page: PageGlyphs) -> list[Line]:
    """The lines of a page, each in logical order, whitespace collapsed, presentation forms folded."""
    lines = []
    context: str | None = None
    for indices in _segments(page):
        drawn = [i for i in indices if page.text[i] not in _SPACES and page.boxes[i][3] > page.boxes[i][1]]
        if not drawn:
            continue
        rtl = any(bidi_class(page.text[i]) in ("R", "AL") for i in drawn)
        chars: list[tuple[str, int]] = []
        for i in _logical(page, indices, rtl, context):
            for c in (" " if i < 0 else _fold(page.text[i])):
                if c == " " and (not chars or chars[-1][0] == " "):
                    continue
                chars.append((c, i))
        while chars and chars[-1][0] == " ":
            chars.pop()
        context = next((k for k in (bidi_class(c) for c, _ in reversed(chars)) if k in ("L", "R", "AL")), context)
        boxes = [page.boxes[i] for i in drawn]
        lines.append(Line(page.number, chars, min(b[0] for b in boxes), min(b[1] for b in boxes),
                          max(b[2] for b in boxes), max(b[3] for b in boxes), rtl, page.boxes,
                          _font_size(page, drawn)))
    return lines
