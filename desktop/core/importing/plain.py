"""Plain-text (.txt) import: decode, split into paragraphs the way the file writes them, clean up."""

from __future__ import annotations

from desktop.core.importing.cleanup import clean, split_blocks
from desktop.core.importing.decoding import check_text, decode
from desktop.core.importing.document import Parsed
from desktop.core.importing.matching import SENTENCE_END, word_count

MIN_WRAPPED_LINE_WORDS = 6


def lines_are_paragraphs(raw: str) -> bool:
    """Whether each line of a .txt file is a paragraph (as scraped pages and the seed write them).

    A file hard-wrapped at a fixed width (blank lines between paragraphs, long lines that stop
    mid-sentence) keeps its lines inside paragraphs instead.
    """
    lines = raw.replace("\r\n", "\n").replace("\r", "\n").strip("\n").split("\n")
    inner = [
        line for line, following in zip(lines, lines[1:])
        if line.strip() and following.strip() and word_count(line) >= MIN_WRAPPED_LINE_WORDS
    ]
    if not any(not line.strip() for line in lines) or not inner:
        return True
    wrapped = sum(not line.rstrip().endswith(SENTENCE_END) for line in inner)
    return wrapped < 0.5 * len(inner)


def parse_plain(data: bytes) -> Parsed:
    """Parse a .txt file's bytes."""
    raw, encoding = decode(data)
    check_text(raw)
    blocks = split_blocks(raw, line_per_paragraph=lines_are_paragraphs(raw))
    cleaned = clean(raw, blocks)
    return Parsed(title=cleaned.headline, text=cleaned.text(), raw_text=raw, encoding=encoding,
                  removed=cleaned.removed)
