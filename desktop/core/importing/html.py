"""Saved web pages (.html/.htm): charset, title, canonical URL and the article's main text, offline."""

from __future__ import annotations

import copy
import re

import lxml.html

from desktop.core.importing.boilerplate import READ_ALSO_PHRASES, boilerplate_reason
from desktop.core.importing.cleanup import clean, split_blocks
from desktop.core.importing.decoding import check_text, decode
from desktop.core.importing.document import Parsed, Rejected, Removal
from desktop.core.importing.htmltree import VisibleBlock, parse, prune_hidden, text_blocks, tree_depth, visible_blocks
from desktop.core.importing.matching import match_key, starts_with_phrase, word_count
from desktop.core.importing.titles import strip_site_name

_META_CHARSET = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)
_BOX_TAGS = ("div", "section", "aside", "p", "ul", "ol", "blockquote", "figure", "span", "table")
MAX_READ_ALSO_BOX_WORDS = 80
SNIFF_BYTES = 4096
MAX_EXTRACTION_DEPTH = 256


def declared_charset(data: bytes) -> str | None:
    """The charset a page names in its first bytes (<meta charset>, http-equiv, or XML declaration)."""
    head = data[:SNIFF_BYTES]
    match = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    return match.group(1).decode("ascii") if match else None


def _meta(root: lxml.html.HtmlElement, *keys: str) -> str | None:
    for key in keys:
        for element in root.iter("meta"):
            if key in {element.get("property"), element.get("name")} and (element.get("content") or "").strip():
                return " ".join(element.get("content").split())
    return None


def _first_text(root: lxml.html.HtmlElement, tag: str) -> str | None:
    for element in root.iter(tag):
        text = " ".join(element.text_content().split())
        if text:
            return text
    return None


def page_titles(root: lxml.html.HtmlElement) -> tuple[str | None, tuple[str, ...]]:
    """The page's title without the site's name, and every title the page gives (to find in the text)."""
    site_names = tuple(name for name in (_meta(root, "og:site_name", "application-name"),) if name)
    og_title = _meta(root, "og:title", "twitter:title")
    head_title = _first_text(root, "title")
    heading = _first_text(root, "h1")
    candidates = [strip_site_name(t, site_names) for t in (og_title, head_title) if t] + ([heading] if heading else [])
    return (candidates[0] if candidates else None), tuple(candidates)


def source_url(root: lxml.html.HtmlElement) -> str | None:
    """The page's own address from <link rel=canonical> or og:url (http/https only)."""
    for element in root.iter("link"):
        if "canonical" in (element.get("rel") or "").lower().split():
            href = (element.get("href") or "").strip()
            if href.startswith(("http://", "https://")):
                return href
    url = _meta(root, "og:url")
    return url if url and url.startswith(("http://", "https://")) else None


def _spaced_text(element: lxml.html.HtmlElement) -> str:
    """The element's text with a space between text nodes (so a heading never runs into a link)."""
    return " ".join(" ".join(element.itertext()).split())


def _is_read_also_box(element: lxml.html.HtmlElement) -> bool:
    """An inline «اقرأ أيضا» box: the heading phrase first, then mostly links to other articles."""
    text = _spaced_text(element)
    if not text or word_count(text) > MAX_READ_ALSO_BOX_WORDS:
        return False
    if not starts_with_phrase(match_key(text), READ_ALSO_PHRASES):
        return False
    links = sum(len(_spaced_text(link)) for link in element.iter("a"))
    return links >= 0.5 * len(text)


def prune_read_also_boxes(root: lxml.html.HtmlElement) -> list[Removal]:
    """Remove «اقرأ أيضا» boxes from the tree (outermost only) and return what they said."""
    boxes = [element for element in root.iter(*_BOX_TAGS) if _is_read_also_box(element)]
    chosen = set(boxes)
    removals = []
    for box in boxes:
        if any(ancestor in chosen for ancestor in box.iterancestors()):
            continue
        removals.append(Removal("read-also", _spaced_text(box)))
        box.drop_tree()
    return removals


# trafilatura's output tree: paragraph-like elements, table cells, and line breaks inside paragraphs.
_EXTRACTED_BLOCKS = frozenset({"p", "head", "item", "row", "quote", "code", "list", "table", "div"})


def extract_main_text(root: lxml.html.HtmlElement, visible: list[VisibleBlock]) -> list[str]:
    """The article's main text as paragraphs, by trafilatura on a parsed tree (never a URL or file).

    Pages nested deeper than MAX_EXTRACTION_DEPTH skip trafilatura (it takes seconds on them) and
    keep the `visible` text outside navigation and ads instead.
    """
    from trafilatura import bare_extraction

    outside_furniture = [block.text for block in visible if block.furniture is None]
    if tree_depth(root) > MAX_EXTRACTION_DEPTH:
        return outside_furniture
    document = bare_extraction(
        copy.deepcopy(root), url=None, output_format="python", include_comments=False, include_tables=True,
        include_images=False, include_links=False, include_formatting=False, with_metadata=False,
        deduplicate=False,
    )
    body = getattr(document, "body", None)
    if body is not None:
        paragraphs = [text for text, _ in text_blocks(body, blocks=_EXTRACTED_BLOCKS, cells=frozenset({"cell"}),
                                                      line_breaks=frozenset({"lb"}))]
        if paragraphs:
            return paragraphs
    return outside_furniture  # trafilatura found no article


def _without_furniture(visible: list[VisibleBlock], paragraphs: list[str]) -> tuple[list[str], list[Removal]]:
    """Drop extracted paragraphs found on the page only inside navigation, asides or ads.

    trafilatura keeps a page's menu when it finds nothing better; the page tree says where it sat.
    """
    furniture: dict[str, str] = {}
    content: set[str] = set()
    for block in visible:
        key = match_key(block.text)
        if block.furniture:
            furniture.setdefault(key, block.furniture)
        else:
            content.add(key)
    kept, removed = [], []
    for paragraph in paragraphs:
        key = match_key(paragraph)
        if key in furniture and key not in content:
            removed.append(Removal(furniture[key], paragraph))
        else:
            kept.append(paragraph)
    return kept, removed


def _dropped_by_extraction(visible: list[VisibleBlock], kept: str, cleaned: tuple[Removal, ...]) -> list[Removal]:
    """Visible blocks of the page that neither made it into the text nor were removed by cleanup."""
    kept_lines = {match_key(line) for line in kept.split("\n")} | {match_key(kept_block) for kept_block in kept.split("\n\n")}
    kept_all = match_key(kept)
    cleaned_keys = {match_key(line) for removal in cleaned for line in removal.text.split("\n")}
    removals: list[Removal] = []
    previous_removed = False
    for block in visible:
        key = match_key(block.text)
        dropped = bool(key) and key not in kept_lines and key not in cleaned_keys and not (
            word_count(block.text) >= 4 and key in kept_all)
        if dropped:
            reason = block.furniture or boilerplate_reason(block.text) or "not-main-text"
            if previous_removed and removals[-1].reason == reason:  # adjacent on the page: one removal
                removals[-1] = Removal(reason, removals[-1].text + "\n" + block.text)
            else:
                removals.append(Removal(reason, block.text))
        previous_removed = dropped
    return removals


def parse_html(data: bytes) -> Parsed:
    """Parse a saved web page's bytes. Nothing is fetched or read: only `data` is used."""
    raw, encoding = decode(data, declared=declared_charset(data))
    check_text(raw)
    root = parse(raw)
    title, known_titles = page_titles(root)
    url = source_url(root)
    prune_hidden(root)
    read_also = prune_read_also_boxes(root)
    visible = visible_blocks(root)
    paragraphs, furniture = _without_furniture(visible, extract_main_text(root, visible))
    extracted = "\n\n".join(paragraphs)
    cleaned = clean(extracted, split_blocks(extracted, line_per_paragraph=False), known_titles=known_titles)
    if not cleaned.kept:
        raise Rejected("has no article text (the page has only navigation, boilerplate or scripts)")
    text = cleaned.text()
    dropped = _dropped_by_extraction(visible, text, cleaned.removed + tuple(furniture))
    return Parsed(
        title=title or cleaned.headline, text=text, raw_text=raw, encoding=encoding,
        removed=tuple(read_also + furniture + dropped) + cleaned.removed, source_url=url,
    )
