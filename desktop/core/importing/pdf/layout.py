"""Lines into reading order: columns right to left, running headers and footers out, paragraphs across pages."""

from __future__ import annotations

import math
import re
import statistics
from dataclasses import dataclass

from desktop.core.importing.document import Removal
from desktop.core.importing.pdf.lines import Line, bounds

_DIGITS = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9]+")
_PAGE_NUMBER = re.compile(
    r"^[\s\-–—|•]*(?:(?:صفحة|الصفحة|ص|page|p\.)\s*)?[0-9\u0660-\u0669\u06f0-\u06f9]{1,5}"
    r"(?:\s*(?:/|من|of|-)\s*[0-9\u0660-\u0669\u06f0-\u06f9]{1,5})?[\s\-–—|•]*$", re.IGNORECASE)
MARGIN = 0.12  # running heads and feet sit in the top or bottom 12% of a page


@dataclass
class Page:
    """A page's lines and its size, as the layout sees them."""

    number: int
    width: float
    height: float
    lines: list[Line]


def _key(line: Line) -> str:
    return _DIGITS.sub("#", "".join(line.text.split()))


def remove_running(pages: list[Page]) -> list[Removal]:
    """Drop page numbers and lines repeated in the top or bottom margin of several pages; say what went."""
    removed: list[Removal] = []
    candidates: dict[str, set[int]] = {}
    for page in pages:
        for line, where in _margin_lines(page):
            candidates.setdefault(where + _key(line), set()).add(page.number)
    enough = max(2, (len(pages) + 1) // 2)
    for page in pages:
        gone = []
        lone = _lone_running(page) if len(pages) == 1 else ()
        for line, where in _margin_lines(page):
            text = " ".join(line.text.split())
            if _PAGE_NUMBER.match(text):
                gone.append((line, Removal("page number", text)))
            elif len(candidates[where + _key(line)]) >= enough or any(line is other for other in lone):
                gone.append((line, Removal("running " + where, text)))
        for line, removal in gone:
            page.lines.remove(line)
            if removal.reason != "page number" and any(r.text == removal.text for r in removed):
                continue
            removed.append(removal)
    return removed


def _lone_running(page: Page) -> list[Line]:
    """On a file of one page, where nothing repeats, the heads and feet that look like it: the top or bottom line
    in the margin, set smaller than the body, short, and set apart by more than twice its height (a foot must also
    be centred, so a footnote stays)."""
    lines = sorted(page.lines, key=lambda line: -line.top)
    if len(lines) < 4:
        return []
    body = statistics.median(line.size for line in lines)
    widest = max(line.right - line.left for line in lines)
    out = []
    for line, neighbour, where in ((lines[0], lines[1], "header"), (lines[-1], lines[-2], "footer")):
        gap = line.bottom - neighbour.top if where == "header" else neighbour.bottom - line.top
        if not (0 < line.size <= 0.85 * body and line.right - line.left <= 0.5 * widest
                and gap >= 2 * max(line.height, 1.0)):
            continue
        if where == "footer" and abs((line.left + line.right) / 2 - page.width / 2) > 0.1 * page.width:
            continue
        out.append(line)
    return out


def _margin_lines(page: Page) -> list[tuple[Line, str]]:
    """The top two and bottom two lines of a page, if they sit in its margins."""
    if not page.lines:
        return []
    ordered = sorted(page.lines, key=lambda line: -line.top)
    out = []
    for line in ordered[:2]:
        if line.bottom >= page.height * (1 - MARGIN):
            out.append((line, "header"))
    for line in ordered[-2:]:
        if line.top <= page.height * MARGIN and all(line is not o for o, _ in out):
            out.append((line, "footer"))
    return out


def _gutters(lines: list[Line], width: float) -> list[tuple[float, float]]:
    """Vertical strips that (almost) no line crosses: the gaps between columns (within the page's width)."""
    if len(lines) < 4 or not 0 < width < 20_000:
        return []
    step = 2.0
    buckets = int(width / step) + 2

    def bucket(x: float) -> int:
        return min(max(int(x / step), 0), buckets - 1) if math.isfinite(x) else 0

    cover = [0] * buckets
    for line in lines:
        for k in range(bucket(line.left), bucket(line.right) + 1):
            cover[k] += 1
    limit = max(1, len(lines) // 10)
    gutters = []
    k = bucket(min(line.left for line in lines)) + 1
    end = bucket(max(line.right for line in lines))
    while k < end:
        if cover[k] <= limit:
            j = k
            while j < end and cover[j] <= limit:
                j += 1
            if (j - k) * step >= 8:
                gutters.append((k * step, j * step))
            k = j
        else:
            k += 1
    return gutters


def _split_at_gutters(line: Line, gutters: list[tuple[float, float]]) -> list[Line]:
    """A line that crosses a gutter with no glyph in it is two lines, one in each column."""
    for g0, g1 in gutters:
        if not (line.left < g0 and line.right > g1):
            continue
        if any(i >= 0 and line.boxes[i][0] < g1 and line.boxes[i][2] > g0 and not c.isspace() for c, i in line.chars):
            continue
        middle = (g0 + g1) / 2
        parts = []
        for side in (True, False):
            chars = [(c, i) for c, i in line.chars if i < 0 or ((line.boxes[i][0] + line.boxes[i][2]) / 2 > middle) == side]
            while chars and chars[0][0] == " ":
                chars.pop(0)
            while chars and chars[-1][0] == " ":
                chars.pop()
            box = bounds(chars, line.boxes)
            if box:
                parts.append(Line(line.page, chars, *box, line.rtl, line.boxes, line.size))
        return [part for piece in parts for part in _split_at_gutters(piece, gutters)]
    return [line]


def order_page(page: Page, rtl: bool) -> list[Line]:
    """The page's lines in reading order: sections split by lines that cross a gutter, columns in each section
    in the direction of the text (right to left for Arabic), lines top to bottom."""
    lines = sorted(page.lines, key=lambda line: -line.top)
    gutters = _gutters(lines, page.width)
    lines = [part for line in lines for part in _split_at_gutters(line, gutters)]
    if not gutters:
        for line in lines:
            line.column = 0
        return lines

    def column(line: Line) -> int | None:
        if any(line.left < g0 and line.right > g1 for g0, g1 in gutters):
            return None  # spans columns
        middle = (line.left + line.right) / 2
        index = sum(1 for g0, _ in gutters if middle > g0)
        return len(gutters) - index if rtl else index

    ordered: list[Line] = []
    section: list[Line] = []
    for line in lines + [None]:
        col = column(line) if line is not None else None
        if col is None:
            section.sort(key=lambda l: (l.column, -l.top))
            ordered.extend(section)
            section = []
            if line is not None:
                line.column = -1
                ordered.append(line)
        else:
            line.column = col
            section.append(line)
    return ordered


def paragraphs(lines: list[Line]) -> list[list[Line]]:
    """Join lines into paragraphs: a new one after a short line, a wide gap, a change of size or of column kind."""
    if not lines:
        return []
    heights = [line.height for line in lines if line.height > 0]
    body = statistics.median(heights) if heights else 10.0
    body_size = statistics.median(line.size for line in lines) or 10.0
    groups = _columns(lines)
    extent = {}
    for group in groups:
        lefts, rights = sorted(l.left for l in group), sorted(l.right for l in group)
        left, right = lefts[len(lefts) // 4], rights[-1 - len(rights) // 4]  # robust to one overflowing line
        gaps = sorted(max(l.left - left, 0.0) if l.rtl else max(right - l.right, 0.0) for l in group)
        size = statistics.median(l.size for l in group) or body
        # justified text ends every line at the edge, so a small gap ends a paragraph; ragged text needs more
        slack = max(0.6 * size, 2.5 * gaps[len(gaps) // 4] + 0.4 * size)
        for line in group:
            extent[id(line)] = (left, right, slack)
    out: list[list[Line]] = []
    current: list[Line] = []
    for group in groups:
        pitch = _pitch(group, body)
        for line in group:
            if current and not _continues(current[-1], line, extent[id(current[-1])], pitch, body_size):
                out.append(current)
                current = []
            current.append(line)
    if current:
        out.append(current)
    return out


def _columns(lines: list[Line]) -> list[list[Line]]:
    groups: list[list[Line]] = []
    for line in lines:
        if groups and groups[-1][-1].page == line.page and groups[-1][-1].column == line.column:
            groups[-1].append(line)
        else:
            groups.append([line])
    return groups


def _pitch(group: list[Line], body: float) -> float:
    """The distance from one line to the next inside a paragraph: the lower quartile of the steps, as short
    paragraphs make the wider steps between paragraphs common."""
    steps = sorted(a.bottom - b.bottom for a, b in zip(group, group[1:]) if 0 < a.bottom - b.bottom < 4 * body)
    return steps[len(steps) // 4] if steps else 1.6 * body


def _continues(previous: Line, line: Line, extent: tuple[float, float, float], pitch: float,
               body_size: float) -> bool:
    """True when `line` goes on the paragraph that `previous` ends (`extent`: its column's left and right, and
    how far short of them a line may stop and still be followed by more of its paragraph)."""
    if abs(previous.size - line.size) > 0.15 * max(previous.size, line.size):
        return False
    if previous.size > 1.2 * body_size and previous.page == line.page and previous.column == line.column:
        return 0 < previous.bottom - line.bottom <= 2.0 * previous.size  # a heading set on several lines
    if _short(previous, extent):
        return False
    if previous.page == line.page and previous.column == line.column:
        return previous.bottom - line.bottom <= 1.5 * pitch
    return previous.column != -1 and line.column != -1


def _short(line: Line, extent: tuple[float, float, float]) -> bool:
    """A line that stops well before its column's far edge ends its paragraph."""
    left, right, slack = extent
    return line.left > left + slack if line.rtl else line.right < right - slack
