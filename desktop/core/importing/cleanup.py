"""Scraped-page cleanup: keep a repeated body once, drop site boilerplate, find the headline."""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.core.importing.boilerplate import (
    SENTENCE_REASONS, boilerplate_reason, is_read_also_heading, sentence_reason, sentence_spans,
)
from desktop.core.importing.document import Removal
from desktop.core.importing.matching import is_heading_like, match_key, word_count

MIN_DUPLICATE_WORDS = 4  # a repeated block this long is a repeated body, not a refrain
MIN_TRAILING_HEADLINE_WORDS = 4  # a shorter last line after boilerplate is a byline, not a headline
# Every line separator of every platform and of Unicode ends a line (so two paragraphs never join).
_LINE_BREAK = re.compile("\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


@dataclass(frozen=True)
class Block:
    """A paragraph of the source and its span there (code points, end exclusive)."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Cleaned:
    """What cleanup kept, what it removed (in source order) and the headline it found."""

    kept: tuple[Block, ...]
    removed: tuple[Removal, ...]
    headline: str | None

    def text(self) -> str:
        """The kept blocks as paragraphs separated by blank lines (not yet canonical)."""
        return "\n\n".join(block.text for block in self.kept)


def _line_spans(source: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in _LINE_BREAK.finditer(source):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(source)))
    return spans


def split_blocks(source: str, *, line_per_paragraph: bool) -> list[Block]:
    """Paragraphs of `source`: each non-blank line, or each run of non-blank lines."""
    spans: list[list[int]] = []  # [start, end] of each paragraph
    joins = False  # whether the next non-blank line continues the last paragraph
    for start, end in _line_spans(source):
        if not source[start:end].strip():
            joins = False
        elif joins:
            spans[-1][1] = end
        else:
            spans.append([start, end])
            joins = not line_per_paragraph
    return [Block(source[start:end], start, end) for start, end in spans]


def _split_sentences(block: Block) -> list[tuple[Block, str | None]] | None:
    """A block judged by its sentences: each sentence and why it is boilerplate (None: article text);
    None when the block is one sentence, or is boilerplate as a whole (a menu, a link box)."""
    spans = sentence_spans(block.text)
    whole = boilerplate_reason(block.text)
    if len(spans) < 2 or (whole is not None and whole not in SENTENCE_REASONS):
        return None
    parts = [(Block(block.text[s:e], block.start + s, block.start + e), None) for s, e in spans]
    return [(part, sentence_reason(part.text) if sentence_reason(part.text) in SENTENCE_REASONS else None)
            for part, _ in parts]


def _block_reason(block: Block) -> str | None:
    sentences = _split_sentences(block)
    if sentences is None:
        return sentence_reason(block.text)
    reasons = {reason for _, reason in sentences}
    if None in reasons:
        return PARTLY if len(reasons) > 1 else None
    return sentences[0][1]


PARTLY = "partly"  # some sentences of the block are boilerplate, the others are kept


def _mark_boilerplate(blocks: list[Block], reasons: list[str | None]) -> None:
    in_read_also_box = False
    for index, block in enumerate(blocks):
        reason = _block_reason(block)
        if in_read_also_box and reason is None and is_heading_like(block.text):
            reason = "read-also"  # a link title listed under a «اقرأ أيضا» heading
        in_read_also_box = reason == "read-also" and (in_read_also_box or is_read_also_heading(block.text))
        reasons[index] = reason


def _mark_duplicates(blocks: list[Block], reasons: list[str | None]) -> None:
    keys = [match_key(block.text) for block in blocks]
    seen_before = [False] * len(blocks)
    seen: set[str] = set()
    for index, key in enumerate(keys):
        if reasons[index] is None and key:
            seen_before[index] = key in seen
            seen.add(key)
    for index in range(len(blocks) - 1, -1, -1):  # backwards: a short repeat leading into a repeat
        if not seen_before[index]:
            continue
        next_is_duplicate = index + 1 < len(blocks) and reasons[index + 1] == "duplicate-body"
        if word_count(blocks[index].text) >= MIN_DUPLICATE_WORDS or next_is_duplicate:
            reasons[index] = "duplicate-body"


def _find_headline(blocks: list[Block], reasons: list[str | None], known_titles: tuple[str, ...]) -> int | None:
    """Index of a headline line inside the text, or None.

    A headline is a heading-like line that equals the known title, or that introduces a repeated
    body (the scraped page's "title + body" copy), or that is left alone at the end after boilerplate.
    """
    title_keys = {match_key(title) for title in known_titles} - {""}
    kept = [i for i, reason in enumerate(reasons) if reason is None]
    for position, index in enumerate(kept):
        text = blocks[index].text
        if not is_heading_like(text):
            continue
        if match_key(text) in title_keys:
            return index
        followed_by_repeat = index + 1 < len(blocks) and reasons[index + 1] == "duplicate-body"
        last_after_boilerplate = (
            position == len(kept) - 1 and position > 0 and index > 0 and reasons[index - 1] is not None
            and word_count(text) >= MIN_TRAILING_HEADLINE_WORDS
        )
        if followed_by_repeat or last_after_boilerplate:
            return index
    return None


def _group(source: str, blocks: list[Block], reasons: list[str | None]) -> tuple[Removal, ...]:
    """One Removal per run of adjacent blocks removed for the same reason, with the exact source text."""
    removals: list[Removal] = []
    index = 0
    while index < len(blocks):
        reason = reasons[index]
        if reason is None:
            index += 1
            continue
        last = index
        while last + 1 < len(blocks) and reasons[last + 1] == reason:
            last += 1
        removals.append(Removal(reason, source[blocks[index].start:blocks[last].end]))
        index = last + 1
    return tuple(removals)


def clean(source: str, blocks: list[Block], *, known_titles: tuple[str, ...] = ()) -> Cleaned:
    """Remove boilerplate and repeated bodies from `blocks` (paragraphs of `source`).

    `known_titles` are the page's own titles (from HTML metadata): a line equal to one is the headline.
    """
    reasons: list[str | None] = [None] * len(blocks)
    _mark_boilerplate(blocks, reasons)
    blocks, reasons = _split_partly(blocks, reasons)
    _mark_duplicates(blocks, reasons)
    headline_index = _find_headline(blocks, reasons, known_titles)
    headline = None
    if headline_index is not None:
        reasons[headline_index] = "title-line"
        headline = blocks[headline_index].text.strip()
    kept = _join_sentences(source, blocks, reasons)
    return Cleaned(kept=kept, removed=_group(source, blocks, reasons), headline=headline)


def _split_partly(blocks: list[Block], reasons: list[str | None]) -> tuple[list[Block], list[str | None]]:
    """Blocks with boilerplate sentences become one block per sentence (marked as continuing the block)."""
    out_blocks: list[Block] = []
    out_reasons: list[str | None] = []
    for block, reason in zip(blocks, reasons):
        if reason != PARTLY:
            out_blocks.append(block)
            out_reasons.append(reason)
            continue
        for index, (part, part_reason) in enumerate(_split_sentences(block) or []):
            out_blocks.append(_Sentence(part.text, part.start, part.end, first=index == 0))
            out_reasons.append(part_reason)
    return out_blocks, out_reasons


@dataclass(frozen=True)
class _Sentence(Block):
    """A sentence of a block that was judged sentence by sentence."""

    first: bool = False


def _join_sentences(source: str, blocks: list[Block], reasons: list[str | None]) -> tuple[Block, ...]:
    """The kept blocks, with the kept sentences of one block joined back into one paragraph."""
    kept: list[Block] = []
    previous_joinable = False
    for block, reason in zip(blocks, reasons):
        if reason is not None:
            previous_joinable = previous_joinable and isinstance(block, _Sentence) and not block.first
            continue
        if isinstance(block, _Sentence) and not block.first and previous_joinable:
            last = kept[-1]
            kept[-1] = Block(last.text + " " + block.text, last.start, block.end)
        else:
            kept.append(Block(block.text, block.start, block.end))
        previous_joinable = isinstance(block, _Sentence)
    return tuple(kept)
