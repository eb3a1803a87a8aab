"""The result and error types of an import, and the language/direction of a text."""

from __future__ import annotations

import re
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
    published: str | None = None  # publication date, YYYY-MM-DD
    published_from: str | None = None  # where it was read: "metadata", "page" (a date line) or "file"
    site: str | None = None
    author: str | None = None

    def report(self) -> dict:
        """The import report shown to the analyst and stored beside the article."""
        return {
            "title": self.title,
            "chars": len(self.text),
            "encoding": self.encoding,
            "format": self.format,
            "removed": [{"reason": r.reason, "text": r.text} for r in self.removed],
            "bidi_controls": self.bidi_controls,
            "published": self.published,
            "published_from": self.published_from,
            "site": self.site,
            "author": self.author,
            "url": self.source_url,
            "language": self.language,
        }


_ENGLISH_WORDS = frozenset(
    "the and of to in is that for with on was by it are at from be has have this said".split()
)
# Letters of the Arabic script (no digits, punctuation or harakat; presentation forms included),
# and of the Latin script.
_ARABIC_LETTERS = re.compile(
    "[\u0620-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06fc\u06ff\u0750-\u077f"
    "\u08a0-\u08c9\ufb50-\ufdff\ufe70-\ufefc]"
)
_LATIN_LETTERS = re.compile("[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]")


def is_arabic_letter(char: str) -> bool:
    """True for a letter of the Arabic script (any Arabic block, presentation forms included)."""
    return _ARABIC_LETTERS.match(char) is not None


def is_latin_letter(char: str) -> bool:
    """True for a letter of the Latin script (ASCII or accented)."""
    return _LATIN_LETTERS.match(char) is not None


def count_letters(text: str) -> tuple[int, int]:
    """(Arabic letters, Latin letters) in `text`; digits, marks and punctuation are not letters."""
    return len(_ARABIC_LETTERS.findall(text)), len(_LATIN_LETTERS.findall(text))


def detect_language(text: str) -> str:
    """"ar" when Arabic letters dominate, "en" for English-looking Latin text, else "und"."""
    arabic, latin = count_letters(text)
    if arabic and arabic >= latin:
        return "ar"
    words = [word.strip(".,;:!?\"'()").lower() for word in text.split()]
    if latin and words and sum(word in _ENGLISH_WORDS for word in words) >= 0.05 * len(words):
        return "en"
    return "und"


def direction_of(language: str) -> str:
    """Writing direction of a language tag."""
    return "rtl" if language in {"ar", "fa", "ur", "he"} else "ltr"


@dataclass(frozen=True)
class Parsed:
    """What a format parser hands to the pipeline: text not yet canonical, plus provenance."""

    title: str | None
    text: str
    raw_text: str
    encoding: str
    removed: tuple[Removal, ...] = ()
    source_url: str | None = None
    published: str | None = None
    published_from: str | None = None
    site: str | None = None
    author: str | None = None
    language: str | None = None  # as the document declares it (<html lang>), else detected from the text
