"""Safe HTML parsing with lxml, pruning of what is never text, and the page's visible text blocks."""

from __future__ import annotations

import re
from dataclasses import dataclass

import lxml.html
from lxml import etree

from desktop.core.importing.document import Rejected

# Never text a reader sees: removed with their content before any extraction.
# A <form> is not among them: ASP.NET pages wrap the whole page, article included, in one.
HIDDEN_TAGS = (
    "script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed",
    "applet", "svg", "math", "canvas", "audio", "video", "source", "track", "map", "button",
    "select", "option", "textarea", "input", "label", "dialog", "head", "datalist", "output", "progress", "meter",
    "amp-ad", "amp-embed", "amp-analytics", "amp-iframe", "amp-video", "amp-social-share", "amp-sidebar",
    "amp-pixel", "amp-youtube", "amp-twitter", "amp-instagram", "amp-facebook", "amp-consent", "amp-sticky-ad",
)
BLOCK_TAGS = frozenset(
    "address article aside blockquote body caption dd details div dl dt fieldset figcaption figure "
    "footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th "
    "thead tr ul br".split()
)
# Ancestors that make their text page furniture rather than article text, and the removal tag.
_FURNITURE = {"nav": "nav", "header": "nav", "footer": "nav", "menu": "nav", "aside": "aside"}
# Elements that hide their content, or make it furniture or a link list, when left open (see repair.py).
REPAIRABLE_TAGS = frozenset(HIDDEN_TAGS) | frozenset(_FURNITURE) | frozenset(
    {"a", "h1", "h2", "h3", "h4", "h5", "h6", "title", "xmp", "plaintext", "noembed", "noframes", "form",
     "fieldset", "legend", "details", "summary", "marquee", "nobr", "center", "font", "figure", "figcaption"})
# Plain containers are unwrapped when left open only if they are ads (their text would go as "ad").
_CONTAINERS = frozenset({"div", "section", "span", "table", "ul", "ol", "li", "p", "dl", "blockquote", "article"})


def swallows_text(tag: str, element: etree._Element) -> bool:
    """Whether an element left open would hide, or misfile, the page text it swallowed."""
    return tag in REPAIRABLE_TAGS or (tag in _CONTAINERS and (_is_ad(element) or element.get("role") in
                                                              {"navigation", "banner", "contentinfo"}))


_AD_TOKEN = re.compile(r"^(?:ads?|advert\w*|adsbygoogle|sponsored|dfp\w*|(?:ad|ads)[-_]\w+|\w+[-_]ads?)$")
_PAGE_CONTAINERS = frozenset({"html", "body", "main", "article"})
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>", re.I)
MAX_DEPTH = 2048  # libxml2's nesting limit with huge_tree: no ancestor walk goes further


def parse(text: str) -> lxml.html.HtmlElement:
    """Parse an HTML document: no network, no comments or processing instructions, no entities.

    huge_tree lifts libxml2's nesting limit from 256 to 2048 levels (a real page may nest deeper
    than 256); a page deeper than that is rejected rather than silently truncated.
    """
    parser = html_parser()
    source = _XML_DECLARATION.sub("", text, count=1)
    try:
        root = lxml.html.document_fromstring(source, parser=parser)
    except (etree.ParserError, ValueError) as error:
        raise Rejected(f"is not a readable HTML page ({error})") from None
    if any("Excessive depth" in entry.message for entry in parser.error_log):
        raise Rejected("is nested more than 2048 elements deep: not an ordinary web page")
    return root


def html_parser() -> etree.HTMLParser:
    """lxml's HTML parser as every page is read: no network, no comments or processing instructions."""
    return lxml.html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, recover=True,
                                huge_tree=True)


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


# HTML whitespace inside a text node is a space; these separators are visible line or paragraph ends.
_HTML_SPACE = re.compile("[ \t\n\r\f]+")
_LINE_SEPARATORS = re.compile("[\x0b\x1c\x1d\x1e\x85\u2028]")
_PARAGRAPH_SEPARATOR = "\u2029"
_BREAK, _PARAGRAPH = "\n", "\u2029"  # markers inside a block's parts


@dataclass(frozen=True)
class TextBlock:
    """One line of text: the element its block starts in, how many of its characters are link text,
    and whether it continues the previous line's paragraph (a <br> or a line separator between them)."""

    text: str
    owner: etree._Element | None
    link_chars: int = 0
    joined: bool = False


def _node_text(text: str) -> str:
    return _LINE_SEPARATORS.sub(_BREAK, _HTML_SPACE.sub(" ", text))


def _is_link(element: etree._Element) -> bool:
    """An <a> that leads somewhere: not a script (javascript:), an anchor on the page or a bare name."""
    href = (element.get("href") or "").strip().lower()
    return bool(href) and not href.startswith(("javascript:", "#", "void"))


def text_blocks(
    root: etree._Element, *, blocks: frozenset[str], cells: frozenset[str] = frozenset(),
    line_breaks: frozenset[str] = frozenset(), layout_cells: frozenset = frozenset(),
) -> list[TextBlock]:
    """Text split at `blocks` elements into lines (at `line_breaks` elements and Unicode line
    separators), cells joined by tabs, each line with the element its block starts in. Cells in
    `layout_cells` (a page's layout columns) are blocks of their own.

    Iterative (lxml's iterwalk), so a page nested hundreds of levels deep costs no recursion.
    """
    found: list[TextBlock] = []
    parts: list[tuple[str, bool]] = []
    owner: etree._Element | None = None
    link_depth = 0

    def add(text: str | None, element: etree._Element | None, in_link: bool) -> None:
        nonlocal owner
        if text:
            text = _node_text(text)
            if owner is None and text.strip():
                owner = element
            parts.append((text, in_link))

    def flush() -> None:
        nonlocal owner
        line, links, joined = [], 0, False
        pieces: list[tuple[str, bool]] = []
        for text, in_link in parts:
            pieces.extend((piece, in_link) for piece in re.split(f"([{_BREAK}{_PARAGRAPH_SEPARATOR}])", text))
        pieces.append((_PARAGRAPH, False))
        for piece, in_link in pieces:
            if piece in (_BREAK, _PARAGRAPH):
                cells = [" ".join(cell.split()) for cell in "".join(line).split("\t")]
                text = "\t".join(cell for cell in cells if cell)
                if text:
                    found.append(TextBlock(text, owner, min(links, len(text)), joined))
                    joined = piece == _BREAK
                else:  # an empty line (<br><br>) or a paragraph separator starts a new paragraph
                    joined = False
                line, links = [], 0
            else:
                line.append(piece)
                if in_link:
                    links += len(piece.strip())
        parts.clear()
        owner = None

    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        layout = element in layout_cells if layout_cells and tag in cells else False
        if tag in blocks or layout:
            flush()
        if event == "start":
            if tag == "a" and _is_link(element):
                link_depth += 1
            if tag in line_breaks:
                parts.append((_BREAK, False))
            add(element.text, element, link_depth > 0)
        else:
            if tag == "a" and _is_link(element):
                link_depth -= 1
            if tag in cells and not layout:
                parts.append(("\t", False))
            add(element.tail, element.getparent(), link_depth > 0)
    flush()
    return found


_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


@dataclass(frozen=True)
class VisibleBlock:
    """One block of visible text in document order: the furniture it sits in (if any), its element,
    its link text, and whether it is a heading (h1–h6)."""

    text: str
    furniture: str | None
    owner: etree._Element | None = None
    link_chars: int = 0
    heading: str | None = None
    joined: bool = False  # continues the previous block's paragraph (after a <br>)

    @property
    def link_share(self) -> float:
        return self.link_chars / max(1, len(self.text))


_CELLS = frozenset({"td", "th"})
# A cell broken into lines or holding blocks is a layout column, not a data cell.
_LAYOUT_MARKS = ("br", "table", "p", "div", "ul", "ol", "h1", "h2", "h3")


# Class or id tokens of page parts that are never the article: a token equal to a key, or starting with it and
# "-"/"_" (and for those marked ending, ending with "-"/"_" and it): "comments-area", "related-posts", "post-tags".
_PART_TOKENS = {
    "comments": "comments", "comment-respond": "comments", "respond": "comments", "disqus_thread": "comments",
    "comment-list": "comments", "commentlist": "comments", "comments-area": "comments",
    "related": "related", "related-posts": "related", "relatedposts": "related", "more-news": "related",
    "sharedaddy": "share", "share": "share", "sharing": "share", "social": "share", "social-share": "share",
    "share-buttons": "share", "addthis": "share", "sidebar": "aside", "widget": "aside", "widget-area": "aside",
    "breadcrumb": "nav", "breadcrumbs": "nav", "newsletter": "subscribe", "subscribe": "subscribe",
    "tags": "tags", "tag-list": "tags", "tagcloud": "tags", "post-tags": "tags", "entry-tags": "tags",
    "author-bio": "byline", "author-box": "byline", "post-navigation": "nav", "pagination": "nav",
}
_PART_ENDINGS = ("comments", "related", "share", "sharing", "tags", "breadcrumb", "breadcrumbs", "newsletter")
_TOKEN_SPLIT = re.compile(r"[\s]+")


def _part_reason(node: etree._Element) -> str | None:
    for token in _TOKEN_SPLIT.split(f"{node.get('class', '')} {node.get('id', '')}".lower()):
        if not token:
            continue
        for key, reason in _PART_TOKENS.items():
            if token == key or token.startswith((key + "-", key + "_")):
                return reason
        if token.endswith(tuple("-" + e for e in _PART_ENDINGS) + tuple("_" + e for e in _PART_ENDINGS)):
            return _PART_TOKENS.get(token.rsplit("-", 1)[-1].rsplit("_", 1)[-1], "aside")
    return None


def _holds_the_article(node: etree._Element) -> bool:
    """A menu or header that holds an <article>, a <main> or an <h1> is misused or misnested (libxml2 is no
    HTML5 parser): it is not furniture."""
    return next(node.iter("article", "main", "h1"), None) is not None


MAX_PART_SHARE = 0.4  # a "sidebar"/"widget"/"comments" element holding more of the page's text is its body


def _text_len(node: etree._Element) -> int:
    return sum(len(piece.strip()) for piece in node.itertext())


def _own_furniture(node: etree._Element, in_article: bool, page_text: int = 0) -> str | None:
    tag = node.tag if isinstance(node.tag, str) else ""
    if tag in _PAGE_CONTAINERS:
        return None
    if tag in _FURNITURE and not (tag in ("header", "footer") and in_article) and not _holds_the_article(node):
        return _FURNITURE[tag]
    if node.get("role") in {"navigation", "banner", "contentinfo"} and not in_article and not _holds_the_article(node):
        return "nav"
    if _is_ad(node) and not _holds_the_article(node):
        return "ad"
    part = _part_reason(node)
    if part and not _holds_the_article(node) and (not page_text or _text_len(node) < MAX_PART_SHARE * page_text):
        return part
    return None


def furniture_map(root: etree._Element) -> dict[etree._Element, str | None]:
    """furniture_reason() of every element under `root`, in one walk from the top (linear in the page)."""
    reasons: dict[etree._Element, str | None] = {}
    stack: list[tuple[str | None, bool]] = []
    parent = root.getparent()
    inherited = furniture_reason(parent) if parent is not None else None
    above_article = parent is not None and any(a.tag in ("article", "main") for a in _ancestry(parent))
    page_text = _text_len(root)
    for event, node in etree.iterwalk(root, events=("start", "end")):
        if event == "end":
            stack.pop()
            continue
        parent_reason, in_article = stack[-1] if stack else (inherited, above_article)
        reason = _own_furniture(node, in_article, page_text) or parent_reason
        reasons[node] = reason
        stack.append((reason, in_article or node.tag in ("article", "main")))
    return reasons


def _heading_of(element: etree._Element | None) -> str | None:
    for _ in range(4):
        if element is None:
            return None
        if element.tag in _HEADINGS:
            return element.tag
        element = element.getparent()
    return None


def visible_blocks(root: lxml.html.HtmlElement) -> list[VisibleBlock]:
    """The page's visible text, one block per paragraph-like element or table row."""
    body = root.find("body") if root.tag == "html" else root
    top = body if body is not None else root
    layout = frozenset(cell for cell in top.iter("td", "th")
                       if next(cell.iter(*_LAYOUT_MARKS), None) is not None)
    found = text_blocks(top, blocks=BLOCK_TAGS - _CELLS - {"br"}, cells=_CELLS, line_breaks=frozenset({"br"}),
                        layout_cells=layout)
    reasons = furniture_map(top)
    return [VisibleBlock(b.text, reasons.get(b.owner) if b.owner is not None else None, b.owner, b.link_chars,
                         _heading_of(b.owner), b.joined) for b in found]
