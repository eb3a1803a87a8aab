"""Reading order inside one line: the Unicode bidi levels of a line and its reordering, as index maps."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from bidi import get_display

_STRONG = {"L": "L", "R": "R", "AL": "R"}
_NEUTRAL = frozenset({"B", "S", "WS", "ON", "BN", "LRI", "RLI", "FSI", "PDI"})
_BRACKETS = {"(": ")", "[": "]", "{": "}", "\u00ab": "\u00bb"}
_CLOSERS = {close: open_ for open_, close in _BRACKETS.items()}
MIRROR = {"(": ")", ")": "(", "[": "]", "]": "[", "{": "}", "}": "{", "<": ">", ">": "<",
          "\u00ab": "\u00bb", "\u00bb": "\u00ab"}


@lru_cache(maxsize=4096)
def bidi_class(char: str) -> str:
    """The Unicode bidi class of a character (unassigned characters count as L)."""
    return unicodedata.bidirectional(char) or "L"


def levels(text: str, base: int, context: str | None = None) -> list[int]:
    """Embedding levels of `text` (no explicit embeddings) at paragraph level `base`, by the UBA's rules W1–I2.

    `context` is the bidi class (L, R or AL) of the last strong character before `text` in its paragraph."""
    types = [bidi_class(c) for c in text]
    sos = "R" if base else "L"
    before = context or sos
    previous = sos
    for i, t in enumerate(types):  # W1
        if t == "NSM":
            types[i] = "ON" if previous in _NEUTRAL else previous
        previous = types[i]
    strong = before
    for i, t in enumerate(types):  # W2, W3
        if t in ("L", "R", "AL"):
            strong = t
        elif t == "EN" and strong == "AL":
            types[i] = "AN"
    types = ["R" if t == "AL" else t for t in types]
    for i in range(1, len(types) - 1):  # W4
        left, mid, right = types[i - 1], types[i], types[i + 1]
        if mid == "ES" and left == right == "EN" or mid == "CS" and left == right and left in ("EN", "AN"):
            types[i] = left
    _spread_et(types)  # W5
    types = ["ON" if t in ("ES", "ET", "CS") else t for t in types]  # W6
    strong = "R" if before == "AL" else before
    for i, t in enumerate(types):  # W7
        if t in ("L", "R"):
            strong = t
        elif t == "EN" and strong == "L":
            types[i] = "L"
    _resolve_brackets(text, types, sos)  # N0
    _resolve_neutrals(types, sos, "R" if before == "AL" else before)  # N1, N2
    out = []
    for t in types:  # I1, I2
        if base % 2 == 0:
            out.append(base + (1 if t == "R" else 2 if t in ("AN", "EN") else 0))
        else:
            out.append(base + (1 if t in ("L", "EN", "AN") else 0))
    return out


def _spread_et(types: list[str]) -> None:
    n = len(types)
    i = 0
    while i < n:
        if types[i] != "ET":
            i += 1
            continue
        j = i
        while j < n and types[j] == "ET":
            j += 1
        if (i > 0 and types[i - 1] == "EN") or (j < n and types[j] == "EN"):
            types[i:j] = ["EN"] * (j - i)
        i = j


def _direction(t: str) -> str | None:
    return "L" if t == "L" else "R" if t in ("R", "AN", "EN") else None


def _resolve_brackets(text: str, types: list[str], sos: str) -> None:
    stack: list[tuple[str, int]] = []
    pairs = []
    for i, c in enumerate(text):
        if types[i] != "ON":
            continue
        if c in _BRACKETS:
            stack.append((_BRACKETS[c], i))
        elif c in _CLOSERS:
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == c:
                    pairs.append((stack[depth][1], i))
                    del stack[depth:]
                    break
    embedding = sos
    for open_, close in sorted(pairs):
        inside = {_direction(t) for t in types[open_ + 1:close]} - {None}
        if not inside:
            continue
        if embedding in inside:
            chosen = embedding
        else:
            before = next((d for d in (_direction(t) for t in reversed(types[:open_])) if d), sos)
            chosen = before if before != embedding else embedding
        types[open_] = types[close] = chosen


def _resolve_neutrals(types: list[str], sos: str, start: str) -> None:
    n = len(types)
    i = 0
    while i < n:
        if types[i] not in _NEUTRAL:
            i += 1
            continue
        j = i
        while j < n and types[j] in _NEUTRAL:
            j += 1
        before = _direction(types[i - 1]) if i else start
        after = _direction(types[j]) if j < n else sos
        fill = before if before == after else sos
        types[i:j] = [fill] * (j - i)
        i = j


def reorder(order: list[int], line_levels: list[int]) -> list[int]:
    """Rule L2: reverse every run at each level from the highest down to the lowest odd one."""
    order = list(order)
    if not line_levels:
        return order
    top, low = max(line_levels), min(line_levels)
    low = low if low % 2 else low + 1
    lv = list(line_levels)
    for level in range(top, low - 1, -1):
        i = 0
        while i < len(lv):
            if lv[i] < level:
                i += 1
                continue
            j = i
            while j < len(lv) and lv[j] >= level:
                j += 1
            order[i:j] = order[i:j][::-1]
            lv[i:j] = lv[i:j][::-1]
            i = j
    return order


def _bracket_blind(text: str) -> str:
    return text.translate(_BLIND)


_BLIND = str.maketrans({")": "(", "]": "[", "}": "{", ">": "<", "\u00bb": "\u00ab", "\t": " "})


_MARKERS = {"L": "\u02b0", "R": "\u05d0", "AL": "\u0710"}  # a strong character of each class, unused in news


def displays_as(logical: str, visual: str, base: int, context: str | None = None) -> bool:
    """True when the bidi algorithm (python-bidi) shows `logical`, after text whose last strong character is of
    class `context`, as `visual` (spaces and the orientation of brackets aside)."""
    marker = _MARKERS.get(context or "", "")
    shown = get_display(marker + logical, base_dir="R" if base else "L")
    if marker:
        shown = shown.replace(marker, "", 1)
    return _bracket_blind(shown).replace(" ", "") == _bracket_blind(visual).replace(" ", "")


def visual_to_logical(visual: str, base: int, context: str | None = None) -> list[int]:
    """Indices into `visual` (left to right) in logical order: the line's display reordering undone.

    L2 is its own inverse for given levels, so the levels of the logical text are needed; they are first taken
    from the visual text and then refined from the candidate until the candidate displays as `visual`.
    """
    n = len(visual)
    order = reorder(list(range(n)), levels(visual, base, context))
    for _ in range(3):
        candidate = "".join(visual[i] for i in order)
        if displays_as(candidate, visual, base, context):
            return order
        logical_levels = levels(candidate, base, context)
        at_visual = [0] * n
        for k, i in enumerate(order):
            at_visual[i] = logical_levels[k]
        refined = reorder(list(range(n)), at_visual)
        if refined == order:
            break
        order = refined
    return order
