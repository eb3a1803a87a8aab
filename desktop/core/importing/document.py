"""The result and error types of an import, and the language/direction of a text."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass


class ImportFailure(Exception):
    """A file could not be imported; `reason` is a specific sentence a person can act on."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class Rejected(Exception):
    """Raised inside the importers with a reason only; the public API adds the path."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Removal:
    """A piece of the source dropped by cleanup, and why (a short machine tag)."""

    reason: str
    text: str


@dataclass(frozen=True)
class ImportedDocument:
    """An imported article: canonical text plus everything needed to explain how it was made."""

    title: str
    text: str
    raw_text: str
    source: str
    source_url: str | None
    format: str
    encoding: str
    language: str
    direction: str
    removed: tuple[Removal, ...]
    bidi_controls: int

    def report(self) -> dict:
        """The import report shown to the analyst and stored beside the article."""
        return {
            "title": self.title,
            "chars": len(self.text),
            "encoding": self.encoding,
            "format": self.format,
            "removed": [{"reason": r.reason, "text": r.text} for r in self.removed],
            "bidi_controls": self.bidi_controls,
        }


_ENGLISH_WORDS = frozenset(
    "the and of to in is a that for with on as was by it are at from be has have this said".split()
)


def is_arabic_letter(char: str) -> bool:
    """True for a letter of the Arabic script (any Arabic block, presentation forms included)."""
    return char.isalpha() and "ARABIC" in unicodedata.name(char, "")


def detect_language(text: str) -> str:
    """"ar" when Arabic letters dominate, "en" for English-looking Latin text, else "und"."""
    arabic = latin = 0
    for char in text:
        if not char.isalpha():
            continue
        if is_arabic_letter(char):
            arabic += 1
        elif "LATIN" in unicodedata.name(char, ""):
            latin += 1
    if arabic and arabic >= latin:
        return "ar"
    words = [word.strip(".,;:!?\"'()").lower() for word in text.split()]
    if latin and words and sum(word in _ENGLISH_WORDS for word in words) >= 0.05 * len(words):
        return "en"
    return "und"


def direction_of(language: str) -> str:
    """Writing direction of a language tag."""
    return "rtl" if language in {"ar", "fa", "ur", "he"} else "ltr"
