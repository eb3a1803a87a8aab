"""Offsets between code points, UTF-16 units and Qt positions, grapheme checks and Arabic search folding.

The store keeps Unicode code-point offsets (Python ``str`` indices) into an article's canonical text.
Qt counts UTF-16 code units; for a ``QTextDocument`` filled with ``setPlainText`` a document position
is the UTF-16 index (each ``\\n`` becomes one paragraph separator, one unit). Every conversion in the
application goes through :class:`OffsetMap`, so there is one place to get it right.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from functools import cached_property

import regex

from desktop.core.display import LRI, PDI, isolation_points

__all__ = [
    "OffsetError",
    "OffsetMap",
    "cp_to_utf16",
    "utf16_to_cp",
    "utf16_length",
    "grapheme_boundaries",
    "is_grapheme_boundary",
    "check_span",
    "context",
    "fold",
    "fold_with_map",
    "strip_clitics",
    "search_variants",
    "CONTEXT_CHARS",
]

CONTEXT_CHARS = 32
_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


class OffsetError(ValueError):
    """An offset that is out of range or falls inside a character the user sees as one."""


class OffsetMap:
    """Converts offsets for one text in O(log n), whatever its length.

    Only characters outside the Basic Multilingual Plane take two UTF-16 units, so the map keeps the
    code-point indices of those characters and counts them with a binary search.
    """

    def __init__(self, text: str, *, isolate: bool = False):
        self.text = text
        # Display-only isolates: one character goes before canonical position p for each p in _inserted.
        self._inserted = isolation_points(text) if isolate else []
        if self._inserted:
            self.display = "".join(
                text[a:b] + (LRI if n % 2 == 0 else PDI) if b is not None else text[a:]
                for n, (a, b) in enumerate(zip([0, *self._inserted], [*self._inserted, None]))
            )
        else:
            self.display = text
        # Display index of each inserted character, for the reverse lookup.
        self._inserted_at = [p + n for n, p in enumerate(self._inserted)]
        shown = self.display
        self._astral = [m.start() for m in _ASTRAL.finditer(shown)] if not shown.isascii() else []
        # UTF-16 index of each astral character's first unit, for the reverse lookup.
        self._astral_u16 = [cp + n for n, cp in enumerate(self._astral)]

    @property
    def cp_length(self) -> int:
        return len(self.text)

    @property
    def utf16_length(self) -> int:
        """The length of the displayed text (with any isolates) in UTF-16 units: the Qt document's length."""
        return len(self.display) + len(self._astral)

    @property
    def isolated(self) -> bool:
        """True when the displayed text holds isolates that the canonical text does not."""
        return bool(self._inserted)

    def to_utf16(self, cp: int) -> int:
        """The UTF-16 index in the displayed text of code point ``cp`` (0 ≤ cp ≤ len(text)).

        Where an isolate stands before ``cp``, the index is that of the isolate: a span that starts at a
        Latin run includes its LRI, a span that ends at one leaves its PDI out.
        """
        if not 0 <= cp <= len(self.text):
            raise OffsetError(f"code-point offset {cp} is outside the text (0–{len(self.text)})")
        shown = cp + bisect.bisect_left(self._inserted, cp)
        return shown + bisect.bisect_left(self._astral, shown)

    def to_cp(self, u16: int, *, snap: bool = False) -> int:
        """The canonical code-point index of UTF-16 index ``u16`` in the displayed text.

        An index between the two halves of a surrogate pair raises :class:`OffsetError`, unless
        ``snap`` is true, when it moves back to the start of that character. An index at or just after
        an isolate maps to the canonical position the isolate stands before.
        """
        if not 0 <= u16 <= self.utf16_length:
            raise OffsetError(f"UTF-16 offset {u16} is outside the text (0–{self.utf16_length})")
        n = bisect.bisect_left(self._astral_u16, u16)
        if n and self._astral_u16[n - 1] + 1 == u16:
            if not snap:
                raise OffsetError(f"UTF-16 offset {u16} splits a surrogate pair")
            shown = self._astral[n - 1]
        else:
            shown = u16 - n
        return shown - bisect.bisect_left(self._inserted_at, shown)

    # Qt document positions are UTF-16 indices for plain text; the names say which side we mean.
    to_qt = to_utf16
    from_qt = to_cp

    @cached_property
    def _boundaries(self) -> frozenset[int]:
        return frozenset(grapheme_boundaries(self.text))

    def is_boundary(self, cp: int) -> bool:
        return cp in self._boundaries


def cp_to_utf16(text: str, cp: int) -> int:
    """One-off conversion; build an :class:`OffsetMap` for many."""
    return OffsetMap(text).to_utf16(cp)


def utf16_to_cp(text: str, u16: int) -> int:
    """One-off conversion; raises :class:`OffsetError` inside a surrogate pair."""
    return OffsetMap(text).to_cp(u16)


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


_GRAPHEME = regex.compile(r"\X", regex.DOTALL)


def grapheme_boundaries(text: str) -> list[int]:
    """Code-point offsets where a user-perceived character (extended grapheme cluster) starts or ends."""
    out = [0]
    for m in _GRAPHEME.finditer(text):
        out.append(m.end())
    return out


def _cluster_safe_start(text: str, cp: int) -> int:
    """A position at or before ``cp`` from which a grapheme scan finds the same clusters as from 0."""
    lo = max(0, cp - 32)
    while lo > 0:
        ch, before = text[lo], text[lo - 1]
        if (
            unicodedata.category(ch)[0] == "M"
            or ch in "\u200c\u200d"
            or 0xFE00 <= ord(ch) <= 0xFE0F
            or 0x1F3FB <= ord(ch) <= 0x1F3FF
            or 0xE0020 <= ord(ch) <= 0xE007F
            or before == "\u200d"
            or 0x1F1E6 <= ord(before) <= 0x1F1FF
            or "\u0600" <= before <= "\u0605"
            or before in "\u06dd\u070f\u08e2"
        ):
            lo -= 1
        else:
            break
    return lo


def is_grapheme_boundary(text: str, cp: int) -> bool:
    """True when ``cp`` does not fall inside a grapheme cluster (a letter and its marks, an emoji sequence)."""
    if cp <= 0 or cp >= len(text):
        return 0 <= cp <= len(text)
    for m in _GRAPHEME.finditer(text, _cluster_safe_start(text, cp)):
        if m.end() >= cp:
            return m.end() == cp
    return False


def check_span(text: str, start: int, end: int) -> None:
    """Raise :class:`OffsetError` unless ``start``–``end`` is a non-empty span on grapheme boundaries."""
    n = len(text)
    if not (isinstance(start, int) and isinstance(end, int)):
        raise OffsetError("offsets must be whole numbers")
    if start < 0 or end > n:
        raise OffsetError(f"span {start}–{end} is outside the text (0–{n})")
    if start >= end:
        raise OffsetError(f"span {start}–{end} is empty or reversed")
    for cp in (start, end):
        if not is_grapheme_boundary(text, cp):
            raise OffsetError(
                f"offset {cp} splits a character (a surrogate pair, a letter from its marks, or an emoji sequence)"
            )


def context(text: str, start: int, end: int, size: int = CONTEXT_CHARS) -> tuple[str, str]:
    """The ``size`` code points before ``start`` and after ``end`` (the W3C TextQuoteSelector prefix/suffix)."""
    return text[max(0, start - size) : start], text[end : end + size]


# --- Arabic-aware folding for search ------------------------------------------------------------

_FOLD_TABLE: dict[int, str | None] = {}
for _ch in "أإآٱٲٳ":
    _FOLD_TABLE[ord(_ch)] = "ا"
_FOLD_TABLE[ord("ى")] = "ي"
_FOLD_TABLE[ord("ی")] = "ي"  # Persian yeh, common in Gulf and Iranian-typed text
_FOLD_TABLE[ord("ک")] = "ك"
_FOLD_TABLE[0x0640] = None  # tatweel
for _cp in [*range(0x0610, 0x061B), *range(0x064B, 0x0660), 0x0670, *range(0x06D6, 0x06EE), *range(0x08D3, 0x0900)]:
    if _cp not in (0x06DD, 0x08E2):  # END OF AYAH and DISPUTED END OF AYAH are number signs, not marks
        _FOLD_TABLE[_cp] = None
for _i in range(10):
    _FOLD_TABLE[0x0660 + _i] = str(_i)  # Arabic-Indic digits
    _FOLD_TABLE[0x06F0 + _i] = str(_i)  # Extended Arabic-Indic digits
_FOLD_TABLE[0x066B] = "."  # Arabic decimal separator
_FOLD_TABLE[0x066C] = ","  # Arabic thousands separator

_MARKS = re.compile(r"[\u0300-\u036f]")


def fold(text: str) -> str:
    """Fold text for matching: alef forms → ا, ى → ي, no diacritics or tatweel, Arabic digits → ASCII, lower case."""
    return _MARKS.sub("", unicodedata.normalize("NFD", text.translate(_FOLD_TABLE))).casefold()


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """Fold ``text`` character by character and return, for each folded character, its source offset.

    Used by re-anchoring to map a match in folded text back to the canonical text. The list has one
    extra entry, ``len(text)``, so an end offset maps too.
    """
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        f = fold(ch)
        out.append(f)
        where.extend([i] * len(f))
    where.append(len(text))
    return "".join(out), where


_CLITICS = re.compile(r"^(?:[وف]?(?:[بلك]?ال|لل|[بلك])|[وف])(?=\w{2,})")
_WORD = re.compile(r"\w+")


def strip_clitics(word: str) -> str:
    """A folded Arabic word without its leading conjunction, preposition and article (وبالشركة → شركة)."""
    return _CLITICS.sub("", word, count=1)


def search_variants(folded: str) -> str:
    """The words of folded text whose clitic-free form differs, for the search index's variants column."""
    seen: set[str] = set()
    out = []
    for word in dict.fromkeys(_WORD.findall(folded)):  # each distinct word once, in the order first met
        bare = strip_clitics(word)
        if bare != word and bare not in seen:
            seen.add(bare)
            out.append(bare)
    return " ".join(out)
