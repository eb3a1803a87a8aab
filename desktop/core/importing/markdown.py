"""Markdown (.md) import: a CommonMark parse (markdown-it-py) rendered to plain-text paragraphs."""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.token import Token

from desktop.core.importing.decoding import check_text, decode
from desktop.core.importing.document import Parsed, Rejected

_TAG = re.compile(r"<[^>]*>")
MAX_NESTING = 100  # markdown-it-py's commonmark preset stops at 20 and silently drops deeper text


def _inline_text(token: Token) -> str:
    """The plain text of an inline token: text, code and image alt text; no markup, no raw HTML."""
    parts: list[str] = []
    for child in token.children or []:
        if child.type in {"text", "code_inline"}:
            parts.append(child.content)
        elif child.type in {"softbreak", "hardbreak"}:
            parts.append("\n")
        elif child.type == "image":
            parts.append(_inline_text(child))
    return "".join(parts).strip()


def _paragraphs(tokens: list[Token]) -> tuple[list[str], str | None]:
    """Paragraphs in order (headings, list items and table rows each on their own) and the first h1."""
    paragraphs: list[str] = []
    title: str | None = None
    row: list[str] | None = None
    in_heading = ""
    for token in tokens:
        if token.type == "tr_open":
            row = []
        elif token.type == "tr_close" and row is not None:
            if any(row):
                paragraphs.append("\t".join(cell for cell in row if cell))
            row = None
        elif token.type == "heading_open":
            in_heading = token.tag
        elif token.type == "inline":
            text = _inline_text(token)
            if row is not None:
                row.append(" ".join(text.split()))
            elif text:
                paragraphs.append(text)
                if in_heading == "h1" and title is None:
                    title = text
        elif token.type == "heading_close":
            in_heading = ""
        elif token.type in {"fence", "code_block"} and token.content.strip():
            paragraphs.append(token.content.strip("\n"))
        elif token.type == "html_block":
            text = " ".join(_TAG.sub(" ", token.content).split())
            if text:
                paragraphs.append(text)
    return paragraphs, title


def parse_markdown(data: bytes) -> Parsed:
    """Parse a Markdown file's bytes."""
    raw, encoding = decode(data)
    check_text(raw)
    try:
        parser = MarkdownIt("commonmark", {"maxNesting": MAX_NESTING}).enable(["table", "strikethrough"])
        tokens = parser.parse(raw)
    except RecursionError:
        raise Rejected("is Markdown nested too deeply to read") from None
    paragraphs, title = _paragraphs(tokens)
    if not paragraphs:
        raise Rejected(f"is Markdown with no text (only markup, or text nested deeper than {MAX_NESTING} levels)")
    return Parsed(title=title, text="\n\n".join(paragraphs), raw_text=raw, encoding=encoding)
