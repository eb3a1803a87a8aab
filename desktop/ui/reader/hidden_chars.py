"""Invisible characters in article text: bidi controls and zero-width characters, and which of them reorder text."""

from __future__ import annotations

import re

BIDI_CONTROLS = {
    "\u202a": "LRE", "\u202b": "RLE", "\u202c": "PDF", "\u202d": "LRO", "\u202e": "RLO",
    "\u2066": "LRI", "\u2067": "RLI", "\u2068": "FSI", "\u2069": "PDI",
    "\u200e": "LRM", "\u200f": "RLM", "\u061c": "ALM",
}
ZERO_WIDTH = {"\u200b": "ZWSP", "\u200c": "ZWNJ", "\u200d": "ZWJ", "\u2060": "WJ", "\ufeff": "BOM"}
HIDDEN = {**BIDI_CONTROLS, **ZERO_WIDTH}
OVERRIDES = frozenset("\u202a\u202b\u202d\u202e")  # LRE RLE LRO RLO: displayed order can differ from logical order

_HIDDEN_RE = re.compile("[" + "".join(HIDDEN) + "]")
_OVERRIDE_RE = re.compile("[" + "".join(OVERRIDES) + "]")


def hidden_positions(text: str) -> list[int]:
    """Code-point offsets of every bidi control and zero-width character in ``text``."""
    return [m.start() for m in _HIDDEN_RE.finditer(text)]


def has_overrides(text: str) -> bool:
    """True when ``text`` holds an embedding or override (LRE, RLE, LRO, RLO)."""
    return _OVERRIDE_RE.search(text) is not None


def name_of(ch: str) -> str:
    """The short name of a hidden character (``RLO``), or an empty string."""
    return HIDDEN.get(ch, "")


def hidden_labels(text: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, str]]:
    """(code-point offset, short name) of each hidden character in ``text[lo:hi]``: what the reader labels."""
    return [(m.start(), HIDDEN[m.group()]) for m in _HIDDEN_RE.finditer(text, lo, len(text) if hi is None else hi)]
