"""A page's characters cut into lines, each line put into logical order with every character keeping its glyph."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from desktop.core.importing.pdf.bidi_order import bidi_class, displays_as, visual_to_logical
from desktop.core.importing.pdf.glyphs import PageGlyphs

_BREAKS = frozenset("\r\n\x0b\x0c\u2028\u2029")
_SPACES = frozenset(" \t\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u3000")
_PRESENTATION = range(0xFB50, 0xFF00)
# Classes a line of only right-to-left letters, marks, spaces and plain punctuation has: its display is a mirror.
_PLAIN_RTL = frozenset({"R", "AL", "NSM", "WS"})
_PLAIN_PUNCT = frozenset(".،؛؟!:")
_STRONG = frozenset({"L", "R", "AL"})


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
    boxes: list = field(default_factory=list, repr=False)  # the page's glyph boxes, by PDFium index
    size: float = 0.0  # the font size of most of its characters
    column: int = 0

    @property
    def text(self) -> str:
        return "".join(c for c, _ in self.chars)

    @property
    def height(self) -> float:
        return self.top - self.bottom


def _fold(char: str) -> str:
    """A character as the text should have it: presentation forms folded (NFKC), any space a plain space."""
    if ord(char) in _PRESENTATION:
        folded = unicodedata.normalize("NFKC", char)
        return folded.lstrip(" ") if len(folded) > 1 and folded[0] == " " else folded
    return " " if char in _SPACES else char


class _Table(dict):
    """A per-character cache that fills itself (mapped over a page's text at C speed)."""

    def __init__(self, compute) -> None:
        super().__init__()
        self.compute = compute

    def __missing__(self, char: str):
        value = self[char] = self.compute(char)
        return value


_FOLDED = _Table(_fold)
_CLASSES = _Table(bidi_class)


class _PageView:
    """Per-page tables computed once: folded text, bidi classes, glyph centres."""

    def __init__(self, page: PageGlyphs) -> None:
        self.page = page
        self.folded = list(map(_FOLDED.__getitem__, page.text))
        self.one = [f[:1] or "\ufffc" for f in self.folded]
        self.classes = list(map(_CLASSES.__getitem__, page.text))
        self.centres = [(b[0] + b[2]) * 0.5 for b in page.boxes]
        self.ink = [c not in _SPACES and c not in _BREAKS and b[3] > b[1] and ord(c) >= 0x20
                    for c, b in zip(page.text, page.boxes)]


def _segments(page: PageGlyphs) -> list[list[int]]:
    """Split PDFium's order into runs of glyph indices that sit on one line (at breaks and at jumps in y)."""
    segments: list[list[int]] = []
    current: list[int] = []
    bottom = top = 0.0
    boxes = page.boxes
    for i, char in enumerate(page.text):
        if char in _BREAKS:
            if current:
                segments.append(current)
                current = []
            continue
        _, b, _, t = boxes[i]
        if t > b:
            if not current or top - bottom < 0.1:
                bottom, top = b, t
            else:
                height = top - bottom if top - bottom > t - b else t - b
                if (top if top < t else t) - (bottom if bottom > b else b) < -0.1 * height:
                    segments.append(current)
                    current = []
                    bottom, top = b, t
                else:
                    bottom = b if b < bottom else bottom
                    top = t if t > top else top
        current.append(i)
    if current:
        segments.append(current)
    return segments


def _logical(view: _PageView, indices: list[int], rtl: bool, context: str | None) -> list[int]:
    """The glyph indices of one line in logical order (-1 for a space PDFium did not draw; marks after their base).

    PDFium's own order is kept when the bidi algorithm displays it as the glyphs sit on the page; otherwise the
    display order of the glyphs (by x, spaces between PDFium's words) is undone with the bidi algorithm.
    """
    text, folded, classes, ink = view.page.text, view.folded, view.classes, view.ink
    bases: list[int] = []
    marks: dict[int, list[int]] = {}
    word: dict[int, int] = {}
    words = 0
    plain = True
    for i in indices:
        char = text[i]
        if char in _SPACES:
            words += 1
            bases.append(i)
            continue
        if not ink[i] and ord(char) < 0x20:
            continue  # a glyph with no Unicode mapping: nothing to say
        cls = classes[i]
        if cls == "NSM" and bases and text[bases[-1]] not in _SPACES:
            marks.setdefault(bases[-1], []).append(i)
            continue
        if cls not in _PLAIN_RTL and char not in _PLAIN_PUNCT:
            plain = False
        word[i] = words
        bases.append(i)
    visual = sorted(word, key=view.centres.__getitem__)
    spaced: list[int] = []
    previous = None
    for i in visual:
        if previous is not None and word[previous] != word[i]:
            spaced.append(-1)
        spaced.append(i)
        previous = i
    if plain:
        ink_order = [i for i in bases if i in word]
        expected = visual[::-1] if rtl else visual
        if [folded[i] for i in ink_order] == [folded[i] for i in expected]:
            ordered = bases
        else:
            ordered = spaced[::-1] if rtl else spaced
    else:
        one = view.one  # one character per glyph, so positions in `shown` are positions in `spaced`
        shown = "".join(" " if i < 0 else one[i] for i in spaced)
        as_read = "".join(one[i] for i in bases)
        base = 1 if rtl else 0
        if displays_as(as_read, shown, base, context):
            ordered = bases
        else:
            ordered = [spaced[k] for k in visual_to_logical(shown, base, context)]
    if marks:
        out: list[int] = []
        for i in ordered:
            out.append(i)
            out.extend(marks.get(i, ()))
    else:
        out = list(ordered)
    boxes = view.page.boxes
    for k in range(len(out) - 1):  # one lam ligature glyph (lam-alef, lam-yeh) read backwards
        a, b = out[k], out[k + 1]
        if (rtl and b >= 0 and a >= 0 and text[b] == "\u0644" and text[a] != "\u0644" and boxes[a] == boxes[b]
                and classes[a] == "AL"):
            out[k], out[k + 1] = b, a
    return out


def _font_size(page: PageGlyphs, drawn: list[int]) -> float:
    """The median font size sampled in a line (its characters are a run of PDFium's indices)."""
    first, last = drawn[0], drawn[-1]
    known = page.sizes
    sampled = [first] + list(range((first + 7) // 8 * 8, last + 1, 8))
    text = page.text
    sizes = sorted(round(known[i], 1) for i in sampled
                   if known.get(i, 0) > 0 and text[i] not in _SPACES and text[i] not in _BREAKS)
    if not sizes:
        boxes = page.boxes
        return max(boxes[i][3] for i in drawn) - min(boxes[i][1] for i in drawn)
    return sizes[len(sizes) // 2]


def page_lines(page: PageGlyphs) -> list[Line]:
    """The lines of a page, each in logical order, whitespace collapsed, presentation forms folded."""
    view = _PageView(page)
    lines = []
    context: str | None = None
    boxes, folded, classes, ink = page.boxes, view.folded, view.classes, view.ink
    for indices in _segments(page):
        drawn = [i for i in indices if ink[i]]
        if not drawn:
            continue
        rtl = any(classes[i] in ("R", "AL") for i in drawn)
        chars: list[tuple[str, int]] = []
        append = chars.append
        last = " "
        for i in _logical(view, indices, rtl, context):
            c = " " if i < 0 else folded[i]
            if len(c) == 1:
                if c != " " or last != " ":
                    append((c, i))
                    last = c
                continue
            for c in c:
                if c != " " or last != " ":
                    append((c, i))
                    last = c
        while chars and chars[-1][0] == " ":
            chars.pop()
        for c, _ in reversed(chars):
            cls = bidi_class(c)
            if cls in _STRONG:
                context = cls
                break
        xs0 = [boxes[i][0] for i in drawn]
        xs1 = [boxes[i][2] for i in drawn]
        ys0 = [boxes[i][1] for i in drawn]
        ys1 = [boxes[i][3] for i in drawn]
        lines.append(Line(page.number, chars, min(xs0), min(ys0), max(xs1), max(ys1), rtl, boxes,
                          _font_size(page, drawn)))
    return lines
