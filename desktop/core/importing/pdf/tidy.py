"""Repairs of a paragraph read from a PDF that keep every character with its glyph (moves and drops only).

Each rule is a pattern whose groups cover the whole match, and the order in which to put the groups back
(a group left out is dropped). The rules undo what measuring PDFs of four producers showed: kashidas mapped to
«$» or a digit, «%11» for «11%», and the reading of «($2 billion)» that the bidi algorithm cannot tell apart
from «(billion 2$)» (both display the same)."""

from __future__ import annotations

import re

_AR = "\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff"
_NUM = "[0-9\u0660-\u0669\u06f0-\u06f9][0-9\u0660-\u0669\u06f0-\u06f9.,\u066b\u066c]*"
_SCALE = r"(?:[mb]illion|trillion|thousand|bn|mn|m|k)\b"
_SIGN = "[$€£¥]"

RULES: list[tuple[str, re.Pattern[str], tuple[int, ...]]] = [
    # A justification kashida: one repeated tatweel, «$» or digit glued inside an Arabic word.
    ("kashida", re.compile(f"([{_AR}])((\u0640|\\$|[0-9])\\3*)(?=[{_AR}])"), (1,)),
    # «%11» where «11%» was written: a percent sign before a number, after a space, a letter or a bracket.
    ("percent", re.compile(f"(^|[\\s({_AR}])([%\u066a])({_NUM})(?![0-9\u0660-\u0669%\u066a])"), (1, 3, 2)),
    # «billion 2$» / «billion $2» where «$2 billion» was written.
    ("amount", re.compile(f"({_SCALE[:-2]})( )({_NUM})({_SIGN})"), (4, 3, 2, 1)),
    ("amount", re.compile(f"({_SCALE[:-2]})( )({_SIGN})({_NUM})"), (3, 4, 2, 1)),
    ("amount", re.compile(f"({_NUM})({_SIGN})( {_SCALE})"), (2, 1, 3)),
    ("amount", re.compile(f"({_SIGN})( )({_NUM} {_SCALE})"), (1, 3)),
    # «( $2» and «billion )»: a space inside a bracket that belongs outside it.
    ("bracket", re.compile(r"(\S)(\()( )(?=\S)"), (1, 3, 2)),
    ("bracket", re.compile(r"(\S)( )(\))(?=[^\s)])"), (1, 3, 2)),
    # «example . com»: spaces PDFium put around the dots of a domain name.
    ("domain", re.compile(r"([A-Za-z0-9])( ?)(\.)( ?)(?=(?:com|org|net|gov|edu|int|[a-z]{2})\b)"), (1, 3)),
]


def tidy(chars: list[str], glyphs: list, start: int) -> int:
    """Repair chars[start:] (and glyphs alongside) in place; returns how many characters were dropped."""
    order = list(range(len(chars) - start))
    base_chars = chars[start:]
    text = "".join(base_chars)
    for _, pattern, groups in RULES:
        if not pattern.search(text):
            continue
        new_order: list[int] = []
        last = 0
        for m in pattern.finditer(text):
            new_order.extend(order[last:m.start()])
            for g in groups:
                new_order.extend(order[m.start(g):m.end(g)])
            last = m.end()
        new_order.extend(order[last:])
        order = new_order
        text = "".join(base_chars[i] for i in order)
    if order == list(range(len(base_chars))):
        return 0
    base_glyphs = glyphs[start:]
    chars[start:] = [base_chars[i] for i in order]
    glyphs[start:] = [base_glyphs[i] for i in order]
    return len(base_chars) - len(order)
