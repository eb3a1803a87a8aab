"""Loose comparison keys for Arabic/Latin lines: what cleanup and title rules compare, never store."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from desktop.core.text import fold

_INVISIBLE = re.compile("[\u200b-\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff]")
_EDGE_PUNCTUATION = " \t.,:;!?؟،؛…«»\"'“”‘’()[]<>-–—|/\\→←›‹•·*#"

SENTENCE_END = tuple(".!?؟…؛;:,،")
MAX_HEADLINE_WORDS = 15


@lru_cache(maxsize=65536)  # cleanup and the HTML importer ask for the same lines' keys several times
def match_key(text: str) -> str:
    """A key equal for two lines that differ only in diacritics, hamza forms, spacing or case."""
    text = fold(_INVISIBLE.sub("", unicodedata.normalize("NFKC", text)))
    return " ".join(text.split()).strip(_EDGE_PUNCTUATION)


def word_count(text: str) -> int:
    return len(text.split())


def is_heading_like(text: str) -> bool:
    """A short single line with letters that does not end like a sentence."""
    text = text.strip()
    return (
        "\n" not in text
        and 1 <= word_count(text) <= MAX_HEADLINE_WORDS
        and not text.endswith(SENTENCE_END)
        and any(char.isalpha() for char in text)
    )


_BY_FIRST_WORD: dict[frozenset[str], dict[str, list[str]]] = {}


def _index(phrases: frozenset[str]) -> dict[str, list[str]]:
    index = _BY_FIRST_WORD.get(phrases)
    if index is None:
        index = {}
        for phrase in sorted(phrases, key=len, reverse=True):
            index.setdefault(phrase.split(" ", 1)[0].split(":", 1)[0], []).append(phrase)
        _BY_FIRST_WORD[phrases] = index
    return index


def starts_with_phrase(key: str, phrases: frozenset[str]) -> str | None:
    """The phrase of `phrases` (already keys) that `key` starts with at a word boundary, if any."""
    first = key.split(" ", 1)[0].split(":", 1)[0]
    for phrase in _index(phrases).get(first, ()):
        if key == phrase or key.startswith(phrase + " ") or key.startswith(phrase + ":"):
            return phrase
    return None
