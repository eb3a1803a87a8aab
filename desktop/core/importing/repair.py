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
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)")
_END_OF_PAGE = re.compile(r"(?:</body\s*>)?\s*(?:</html\s*>)?\s*$", re.I)


def _tag_counts(source: str) -> tuple[Counter, Counter]:
    opened, closed = Counter(), Counter()
    for match in _TAG.finditer(source):
        (closed if match[1] else opened)[match[2].lower()] += 1
    return opened, closed


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
                    tags: frozenset[str]) -> int:
    """Unwrap every element of `tags` (and every void element) that was left open in `source` and
    swallowed text; returns how many it unwrapped. Of several elements of one tag, the ones holding
    the most text are taken for the unclosed ones."""
    opened, closed = _tag_counts(source)
    repaired = 0
    stripped = source.rstrip()
    candidates: dict[str, list[etree._Element]] = {}
    for element in root.iter():
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in VOID_TAGS and (len(element) or (element.text or "").strip()):
            candidates.setdefault(tag, []).append(element)
        elif tag in tags and opened[tag] > closed[tag]:
            candidates.setdefault(tag, []).append(element)
    for tag, elements in candidates.items():
        if tag in VOID_TAGS:
            chosen = elements
        elif tag in RAW_TEXT_TAGS:
            chosen = [e for e in elements if (e.text or "").strip() and stripped.endswith(e.text.rstrip()[-200:])]
        else:
            with_text = [e for e in elements if (e.text or "").strip() or _holds_text_blocks(e)]
            with_text.sort(key=_text_size, reverse=True)
            chosen = with_text[:opened[tag] - closed[tag]]
        for element in chosen:
            if element.getparent() is None:
                continue
            if tag in RAW_TEXT_TAGS and not _reparse_raw_text(element, parser):
                continue
            _unwrap(element)
            repaired += 1
    return repaired
