"""Safe HTML parsing with lxml, pruning of what is never text, and the page's visible text blocks."""

from __future__ import annotations

import re
from dataclasses import dataclass

import lxml.html
from lxml import etree

from desktop.core.importing.document import Rejected

# Never text a reader sees: removed with their content before any extraction.
HIDDEN_TAGS = (
    "script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed",
    "applet", "svg", "math", "canvas", "audio", "video", "source", "track", "map", "button",
    "select", "option", "textarea", "input", "form", "dialog", "head",
)
BLOCK_TAGS = frozenset(
    "address article aside blockquote body caption dd details div dl dt fieldset figcaption figure "
    "footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th "
    "thead tr ul br".split()
)
# Ancestors that make their text page furniture rather than article text, and the removal tag.
_FURNITURE = {"nav": "nav", "header": "nav", "footer": "nav", "menu": "nav", "aside": "aside"}
_AD_TOKEN = re.compile(r"^(?:ads?|advert\w*|adsbygoogle|sponsored|dfp\w*|(?:ad|ads)[-_]\w+|\w+[-_]ads?)$")
_PAGE_CONTAINERS = frozenset({"html", "body", "main", "article"})
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>", re.I)
MAX_DEPTH = 2048  # libxml2's nesting limit with huge_tree: no ancestor walk goes further


def parse(text: str) -> lxml.html.HtmlElement:
    """Parse an HTML document: no network, no comments or processing instructions, no entities.

    huge_tree lifts libxml2's nesting limit from 256 to 2048 levels (a real page may nest deeper
    than 256); a page deeper than that is rejected rather than silently truncated.
    """
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, recover=True,
                                  huge_tree=True)
    try:
        root = lxml.html.document_fromstring(_XML_DECLARATION.sub("", text, count=1), parser=parser)
    except (etree.ParserError, ValueError) as error:
        raise Rejected(f"is not a readable HTML page ({error})") from None
    if any("Excessive depth" in entry.message for entry in parser.error_log):
        raise Rejected("is nested more than 2048 elements deep: not an ordinary web page")
    return root


def tree_depth(root: etree._Element) -> int:
    """The deepest nesting of elements under `root`, counted without recursion."""
    depth = deepest = 0
    for event, _ in etree.iterwalk(root, events=("start", "end")):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
    return deepest


def prune_hidden(root: lxml.html.HtmlElement) -> None:
    """Drop elements whose content is never shown as text, keeping the text that follows them."""
    for element in list(root.iter(*HIDDEN_TAGS)):
        if element.getparent() is not None:
            element.drop_tree()


def _ancestry(element: etree._Element | None) -> list[etree._Element]:
    chain = []
    while element is not None and len(chain) < MAX_DEPTH:
        chain.append(element)
        element = element.getparent()
    return chain


def _is_ad(element: etree._Element) -> bool:
    tokens = f"{element.get('class', '')} {element.get('id', '')}".lower().split()
    return any(_AD_TOKEN.match(token) for token in tokens)


def furniture_reason(element: etree._Element | None) -> str | None:
    """Why text inside `element` is page furniture ("nav", "aside", "ad"), or None.

    A <header>/<footer> inside <article> or <main> belongs to the article (its standfirst, byline),
    and the page-level containers are never judged by their class names ("has-ads" on <body>).
    """
    chain = _ancestry(element)
    # index of the outermost <article> or <main>: nodes below it are inside the article
    article_at = max((index for index, node in enumerate(chain) if node.tag in ("article", "main")), default=-1)
    for index, node in enumerate(chain):
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in _PAGE_CONTAINERS:
            continue
        in_article = index < article_at
        if tag in _FURNITURE and not (tag in ("header", "footer") and in_article):
            return _FURNITURE[tag]
        if node.get("role") in {"navigation", "banner", "contentinfo"} and not in_article:
            return "nav"
        if _is_ad(node):
            return "ad"
    return None


def _tidy(text: str) -> str:
    """Collapse spaces inside each cell of each line; drop empty cells and lines."""
    lines = []
    for line in text.split("\n"):
        cells = [" ".join(cell.split()) for cell in line.split("\t")]
        line = "\t".join(cell for cell in cells if cell)
        if line:
            lines.append(line)
    return "\n".join(lines)


def text_blocks(
    root: etree._Element, *, blocks: frozenset[str], cells: frozenset[str] = frozenset(),
    line_breaks: frozenset[str] = frozenset(),
) -> list[tuple[str, etree._Element | None]]:
    """Text split at `blocks` elements, cells joined by tabs, each with the element its text starts in.

    Iterative (lxml's iterwalk), so a page nested hundreds of levels deep costs no recursion.
    """
    found: list[tuple[str, etree._Element | None]] = []
    parts: list[str] = []
    owner: etree._Element | None = None

    def add(text: str | None, element: etree._Element | None) -> None:
        nonlocal owner
        if text:
            if owner is None and text.strip():
                owner = element
            parts.append(text)

    def flush() -> None:
        nonlocal owner
        text = _tidy("".join(parts))
        if text:
            found.append((text, owner))
        parts.clear()
        owner = None

    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in blocks:
            flush()
        if event == "start":
            if tag in line_breaks:
                parts.append("\n")
            add(element.text, element)
        else:
            if tag in cells:
                parts.append("\t")
            add(element.tail, element.getparent())
    flush()
    return found


@dataclass(frozen=True)
class VisibleBlock:
    """One block of visible text in document order, and the furniture it sits in (if any)."""

    text: str
    furniture: str | None


_CELLS = frozenset({"td", "th"})


def visible_blocks(root: lxml.html.HtmlElement) -> list[VisibleBlock]:
    """The page's visible text, one block per paragraph-like element or table row."""
    body = root.find("body")
    found = text_blocks(body if body is not None else root, blocks=BLOCK_TAGS - _CELLS, cells=_CELLS)
    return [VisibleBlock(text, furniture_reason(owner)) for text, owner in found]
