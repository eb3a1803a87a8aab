"""Undo what an unclosed element does to the parsed page, so the text after it is never lost.

An element left open (``<video>``, ``<svg>``, ``<aside>``, an ad ``<div>``…) swallows the rest of its
parent in libxml2's tree, and an unclosed raw-text element (``<script>``, ``<title>``, ``<iframe>``…)
turns the rest of the page into its text. Before hidden elements are pruned, such elements are
unwrapped: their content takes their place (a raw-text element's text is parsed as HTML again).
Whether an element was closed is read from the source: fewer ``</tag>`` than ``<tag>``.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Callable

import lxml.html
from lxml import etree

# Elements whose content has no end but the end of the page when they are left open (libxml2).
RAW_TEXT_TAGS = frozenset({"script", "style", "textarea", "title", "iframe", "xmp", "plaintext", "noembed",
                           "noframes"})
# Elements with no content at all in HTML: libxml2 (an HTML 4 parser) may put what follows inside them.
VOID_TAGS = frozenset({"area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img",
                       "image", "input", "isindex", "keygen", "link", "meta", "param", "source", "track", "wbr"})
# Containers of text that reads as article text: an element holding one of these with text was left open.
_TEXT_CONTAINERS = ("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "li", "blockquote",
                    "article", "section", "main", "pre", "dl", "figure", "header", "footer", "font", "center")
_TAG = re.compile(r"<!--|<(/?)([A-Za-z][A-Za-z0-9:-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>")
_END_OF_PAGE = re.compile(r"(?:</body\s*>)?\s*(?:</html\s*>)?\s*$", re.I)


def unclosed_tags(source: str) -> tuple[dict[str, set[int]], Counter]:
    """Which start tags of `source` are never closed: tag → ordinals (0-based, in source order) of
    its unclosed start tags, and how many start tags of each name there are. Comments and the text
    of raw-text elements are skipped, as a browser's tokenizer does."""
    opened: Counter = Counter()
    stacks: dict[str, list[int]] = {}
    position = 0
    lowered = None
    while True:
        match = _TAG.search(source, position)
        if match is None:
            break
        position = match.end()
        if match.group(0) == "<!--":
            end = source.find("-->", position)
            position = len(source) if end < 0 else end + 3
            continue
        closing, name, rest = match.group(1), match.group(2).lower(), match.group(3) or ""
        if closing:
            stack = stacks.get(name)
            if stack:
                stack.pop()
            continue
        ordinal = opened[name]
        opened[name] += 1
        if rest.rstrip().endswith("/") or name in VOID_TAGS:
            continue
        stacks.setdefault(name, []).append(ordinal)
        if name in RAW_TEXT_TAGS:
            lowered = lowered if lowered is not None else source.lower()
            end = lowered.find("</" + name, position)
            if end >= 0:
                stacks[name].pop()
                position = end
            # else: the rest of the page became this element's text; it is parsed again as markup
            # (see _reparse_raw_text), so its tags are read on as markup here too
    return {name: set(stack) for name, stack in stacks.items() if stack}, opened


def _holds_text_blocks(element: etree._Element) -> bool:
    return any((child.text or "").strip() or len(child) for child in element.iter(*_TEXT_CONTAINERS)
               if child is not element)


def _unwrap(element: lxml.html.HtmlElement) -> None:
    """Replace `element` by its content (text, children, tail), keeping their order."""
    if element.getparent() is not None:
        element.drop_tag()


def _reparse_raw_text(element: lxml.html.HtmlElement, parser: etree.HTMLParser) -> bool:
    """Put the page that an unclosed raw-text element swallowed back as HTML; True if it did."""
    text = element.text or ""
    if len(element) or "<" not in text or element.getparent() is None:
        return False
    markup = _END_OF_PAGE.sub("", text)
    try:
        fragment = lxml.html.fragment_fromstring(markup, create_parent="div", parser=parser)
    except (etree.ParserError, ValueError):
        return False
    element.text = None
    element.tag = "div"
    for key in list(element.attrib):
        del element.attrib[key]
    element.text = fragment.text
    for child in list(fragment):
        element.append(child)
    return True


def _text_size(element: etree._Element) -> int:
    return sum(len(piece) for piece in element.itertext())


def reopen_unclosed(root: lxml.html.HtmlElement, source: str, parser: etree.HTMLParser,
                    swallows: Callable[[str, etree._Element], bool]) -> set[etree._Element]:
    """Unwrap every element left open in `source` that holds text which `swallows(tag, element)` says it
    would hide (and every void element that holds any); returns the elements left open and kept (their
    extent is the parser's guess, so they bound nothing)."""
    unclosed, opened = unclosed_tags(source)
    left_open: set[etree._Element] = set()
    chosen: list[tuple[str, etree._Element]] = []
    for tag, ordinals in unclosed.items():
        if tag in {"html", "head", "body"}:
            continue
        elements = list(root.iter(tag))
        if len(elements) == opened[tag]:
            picked = [elements[i] for i in sorted(ordinals) if i < len(elements)]
        else:  # the parser made or dropped elements of this tag: take the deepest holding text blocks
            picked = sorted(elements, key=lambda e: (_holds_text_blocks(e), sum(1 for _ in e.iterancestors())),
                            reverse=True)[:len(ordinals)]
        chosen.extend((tag, e) for e in picked if ((e.text or "").strip() or len(e)) and swallows(tag, e))
        left_open.update(e for e in picked if not swallows(tag, e))
    chosen.extend((e.tag, e) for e in root.iter(*VOID_TAGS) if len(e) or (e.text or "").strip())
    for tag, element in chosen:
        if element.getparent() is None:
            continue
        if tag in RAW_TEXT_TAGS and not _reparse_raw_text(element, parser):
            continue
        _unwrap(element)
    return left_open
