"""Titles: the fallback title of a text, and a page title without the site's name."""

from __future__ import annotations

import re

from desktop.core.importing.matching import is_heading_like, match_key, word_count

MAX_TITLE_CHARS = 80
MAX_SITE_NAME_WORDS = 4
_TITLE_SEPARATOR = re.compile(r"\s+(?:[-|–—:·•«»]|::|>>)\s+|\s*\|\s*")


def fallback_title(text: str, stem: str) -> str:
    """The first line if it is heading-like, else the first words cut at a word boundary with «…»,
    else the file stem."""
    first_line = next((line.strip() for line in text.split("\n") if line.strip()), "")
    if first_line and is_heading_like(first_line):
        return first_line
    words = first_line.split()
    if not any(char.isalpha() for char in first_line):
        return stem
    title = words[0][:MAX_TITLE_CHARS]
    for word in words[1:]:
        if len(title) + 1 + len(word) > MAX_TITLE_CHARS:
            return title + "…"
        title += " " + word
    return title if len(title) == len(first_line) else title + "…"


def strip_site_name(title: str, site_names: tuple[str, ...] = ()) -> str:
    """Drop a site name joined to a page title by « - », « | » and the like.

    A part equal to one of `site_names` goes at either end; otherwise a short last part goes when
    the rest is longer (« … 1.7 مليار يورو - الجزيرة نت» → « … 1.7 مليار يورو»).
    """
    title = " ".join(title.split())
    parts = [part for part in _TITLE_SEPARATOR.split(title) if part.strip()]
    if len(parts) < 2:
        return title
    site_keys = {match_key(name) for name in site_names if name and match_key(name)}
    if match_key(parts[-1]) in site_keys:
        return _rejoin(title, parts[:-1])
    if match_key(parts[0]) in site_keys:
        return _rejoin(title, parts[1:])
    last_words = word_count(parts[-1])
    rest_words = sum(word_count(part) for part in parts[:-1])
    if last_words <= MAX_SITE_NAME_WORDS and rest_words > last_words:
        return _rejoin(title, parts[:-1])
    return title


def _rejoin(title: str, parts: list[str]) -> str:
    """The span of `title` from the first to the last of `parts` (keeping inner separators)."""
    start = title.find(parts[0])
    end = title.rfind(parts[-1]) + len(parts[-1])
    return title[start:end].strip()


def title_parts(title: str) -> list[str]:
    """Every run of consecutive parts of a title split at « - », « | », « : »… (longest first), each as
    written in the title, so the run that is the page's headline can be found among its text blocks."""
    title = " ".join(title.split())
    parts = [part for part in _TITLE_SEPARATOR.split(title) if part.strip()]
    runs = []
    for length in range(len(parts) - 1, 0, -1):
        for first in range(0, len(parts) - length + 1):
            runs.append(_rejoin(title, parts[first:first + length]))
    return runs
