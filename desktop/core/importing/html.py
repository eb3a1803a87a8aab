"""Saved web pages (.html/.htm): charset, title, metadata and the article's text, offline.

The article is bounded by the page's own structure first (one <main>, or one <article> holding most
of the text), then by its in-body headline and the «more news» heading or copyright line after it;
trafilatura (favor_precision) bounds it only on pages that give neither. Inside the bounds every
paragraph is kept unless it is page furniture or boilerplate, judged sentence by sentence.
"""

from __future__ import annotations

import copy
import re

import lxml.html
from lxml import etree

from desktop.core.importing.boilerplate import (
    READ_ALSO_PHRASES, WATCH_ALSO_PHRASES, boilerplate_reason, holds_quantity,
)
from desktop.core.importing.cleanup import clean, split_blocks
from desktop.core.importing.decoding import check_text, decode
from desktop.core.importing.document import Parsed, Rejected, Removal
from desktop.core.importing.htmltree import (
    VisibleBlock, furniture_reason, html_parser, parse, prune_hidden, swallows_text, text_blocks, tree_depth,
    visible_blocks,
)
from desktop.core.importing.matching import match_key, starts_with_phrase, word_count
from desktop.core.importing.dates import date_in_text
from desktop.core.importing.metadata import choose_title, date_from_lines, read_meta, site_of
from desktop.core.importing.region import article_region, extend_over_prose, find_bounds, is_prose
from desktop.core.importing.repair import reopen_unclosed

_META_CHARSET = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)
_BOX_TAGS = ("div", "section", "aside", "p", "ul", "ol", "blockquote", "figure", "span", "table", "td")
_MEDIA = ("video", "iframe", "audio", "embed", "object", "img", "picture", "amp-video", "amp-iframe", "amp-youtube",
          "amp-img", "figure")
MAX_READ_ALSO_BOX_WORDS = 80
MAX_WATCH_ALSO_BOX_WORDS = 30
MAX_LINK_LINE_WORDS = 15
SNIFF_BYTES = 4096
MAX_EXTRACTION_DEPTH = 256


def declared_charset(data: bytes) -> str | None:
    """The charset a page names in its first bytes (<meta charset>, http-equiv, or XML declaration)."""
    head = data[:SNIFF_BYTES]
    match = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    return match.group(1).decode("ascii") if match else None


def _spaced_text(element: lxml.html.HtmlElement) -> str:
    """The element's text with a space between text nodes (so a heading never runs into a link)."""
    return " ".join(" ".join(element.itertext()).split())


MAX_BOX_CHARS = 1200  # a box of links is short: longer elements are not read whole (deep pages stay linear)


def _short_text(element: lxml.html.HtmlElement) -> str | None:
    """The element's spaced text, or None when it is longer than any box (read no further than that)."""
    pieces, size = [], 0
    for piece in element.itertext():
        size += len(piece)
        if size > MAX_BOX_CHARS:
            return None
        pieces.append(piece)
    return " ".join(" ".join(pieces).split())


_BOX_FIRST_WORDS = frozenset(phrase.split(" ")[0] for phrase in READ_ALSO_PHRASES | WATCH_ALSO_PHRASES)


def first_words(root: lxml.html.HtmlElement) -> dict:
    """The match key of the first word of every element's text, in one walk (linear however deep the page)."""
    found: dict = {}
    pending: list = []  # started, no text seen yet: each is an ancestor of (or is) the next text node

    def text(piece: str | None) -> None:
        if piece and piece.strip() and pending:
            word = match_key(piece.split()[0]).lower()
            for element in pending:
                found[element] = word
            pending.clear()

    for event, element in etree.iterwalk(root, events=("start", "end")):
        if event == "start":
            pending.append(element)
            text(element.text)
        else:
            if pending and pending[-1] is element:
                pending.pop()
                found[element] = ""
            text(element.tail)
    return found


def _box_kind(element: lxml.html.HtmlElement, first_word: str) -> str | None:
    """"read-also" for an inline «اقرأ أيضا» box (the phrase, then mostly links), "watch-also" for a
    «شاهد أيضاً» box over a video; None for anything else."""
    if first_word not in _BOX_FIRST_WORDS:
        return None
    text = _short_text(element)
    if not text:
        return None
    key = match_key(text)
    words = word_count(text)
    if words <= MAX_READ_ALSO_BOX_WORDS and starts_with_phrase(key, READ_ALSO_PHRASES):
        links = sum(len(_spaced_text(link)) for link in element.iter("a"))
        if links >= 0.5 * len(text):
            return "read-also"
    if (words <= MAX_WATCH_ALSO_BOX_WORDS and starts_with_phrase(key.lower(), WATCH_ALSO_PHRASES)
            and key != "شاهد" and next(element.iter(*_MEDIA), None) is not None and element.find(".//p//p") is None):
        return "watch-also"
    return None


def prune_boxes(root: lxml.html.HtmlElement) -> list[Removal]:
    """Remove «اقرأ أيضا» and «شاهد أيضاً» boxes from the tree (outermost only); return what they said."""
    words = first_words(root)
    boxes = [(element, kind) for element in root.iter(*_BOX_TAGS) if (kind := _box_kind(element, words.get(element, "")))]
    chosen = {element for element, _ in boxes}
    removals = []
    for box, kind in boxes:
        if any(ancestor in chosen for ancestor in box.iterancestors()) or box.getparent() is None:
            continue
        removals.append(Removal(kind, _spaced_text(box)))
        box.drop_tree()
    return removals


# trafilatura's output tree: paragraph-like elements, table cells, and line breaks inside paragraphs.
_EXTRACTED_BLOCKS = frozenset({"p", "head", "item", "row", "quote", "code", "list", "table", "div"})


def trafilatura_keys(root: lxml.html.HtmlElement) -> set[str]:
    """Match keys of the lines trafilatura (favor_precision) takes for the article on a parsed page."""
    from trafilatura import bare_extraction

    if tree_depth(root) > MAX_EXTRACTION_DEPTH:
        return set()
    document = bare_extraction(
        copy.deepcopy(root), url=None, output_format="python", include_comments=False, include_tables=True,
        include_images=False, include_links=False, include_formatting=False, with_metadata=False,
        deduplicate=False, favor_precision=True,
    )
    body = getattr(document, "body", None)
    if body is None:
        return set()
    lines = text_blocks(body, blocks=_EXTRACTED_BLOCKS, cells=frozenset({"cell"}), line_breaks=frozenset({"lb"}))
    return {match_key(line.text) for line in lines} - {""}


def _link_list(block: VisibleBlock) -> bool:
    text = block.text.rstrip()
    return (block.link_share >= 0.8 and word_count(text) <= MAX_LINK_LINE_WORDS
            and not text.endswith(tuple(".!?؟…")))


def _bounds(root, blocks: list[VisibleBlock], how: str, title_keys: set[str]) -> tuple[int, int, int | None]:
    """[start, end) of the article among `blocks`, and the index of its in-body headline."""
    bounds = find_bounds(blocks, title_keys)
    start, end = bounds.start, bounds.end
    if how == "page" and (bounds.headline is None or not bounds.end_marker):
        keys = trafilatura_keys(root)
        found = [i for i, block in enumerate(blocks) if match_key(block.text) in keys and block.furniture is None]
        if found:
            if bounds.headline is None:
                start = found[0]
            if not bounds.end_marker:
                end = max(i for i in found if i >= start) + 1 if any(i >= start for i in found) else end
    start, end = extend_over_prose(blocks, start, end, bounds.end if bounds.end_marker else len(blocks))
    return start, end, bounds.headline


def _removal_reason(block: VisibleBlock, where: str) -> str:
    return block.furniture or boilerplate_reason(block.text) or where


def _group(removals: list[tuple[int, Removal]]) -> list[Removal]:
    """Adjacent removals for the same reason become one (their lines joined by newlines)."""
    out: list[Removal] = []
    last_index = -2
    for index, removal in removals:
        if out and index == last_index + 1 and out[-1].reason == removal.reason:
            out[-1] = Removal(removal.reason, out[-1].text + "\n" + removal.text)
        else:
            out.append(removal)
        last_index = index
    return out


def _paragraphs(kept: list[VisibleBlock]) -> str:
    """Kept lines as text: lines of one paragraph (joined by <br>) one per line, paragraphs apart."""
    text = ""
    for block in kept:
        text += ("\n" if block.joined and text else "\n\n" if text else "") + block.text
    return text


_HOME_LINKS = {"", "/", "#", "./", "index.html", "index.htm", "index.php", "default.aspx"}


def _headline_h1(scope) -> str | None:
    """The text of the first <h1> that is a headline: not the site's logo (a link home, or in the page header)."""
    for heading in scope.iter("h1"):
        text = " ".join(heading.text_content().split())
        if not text:
            continue
        links = [a for a in heading.iter("a")]
        home = any((a.get("href") or "").strip().lower() in _HOME_LINKS or
                   re.fullmatch(r"https?://[^/]+/?", (a.get("href") or "").strip()) for a in links)
        if home or furniture_reason(heading) == "nav":
            continue
        return text
    return None


def _prose_distances(blocks: list[VisibleBlock]) -> dict[str, int]:
    """Match key of each visible block outside furniture → how many blocks later prose follows it."""
    distances: dict[str, int] = {}
    next_prose = None
    for index in range(len(blocks) - 1, -1, -1):
        block = blocks[index]
        if block.furniture is None:
            key = match_key(block.text)
            distance = (next_prose - index) if next_prose is not None else len(blocks)
            distances[key] = min(distance, distances.get(key, distance))
        if is_prose(block) and word_count(block.text) >= 8:
            next_prose = index
    return distances


def _heads_a_list(block: VisibleBlock, title_keys: set[str]) -> bool:
    """A short heading-like line right above a list of links («اقرأ أيضاً», "Read also", in any language)."""
    text = block.text.rstrip()
    return (word_count(text) <= 6 and not text.endswith(tuple(".!?؟…")) and match_key(text) not in title_keys
            and not holds_quantity(text))


MAX_TRAILING_LABEL_WORDS = 6


def _without_trailing_labels(kept: list[VisibleBlock], blocks: list[VisibleBlock],
                             removals: list[tuple[int, Removal]]) -> list[VisibleBlock]:
    """Drop the short lines after the article's last sentence («قيّم هذا المقال», a lone heading over nothing):
    no sentence, no quantity, nothing after them."""
    last_prose = max((i for i, block in enumerate(kept) if is_prose(block)), default=-1)
    if last_prose < 0:
        return kept
    tail = kept[last_prose + 1:]
    if not all(word_count(b.text) <= MAX_TRAILING_LABEL_WORDS and not b.text.rstrip().endswith(tuple(".!?؟…"))
               and not holds_quantity(b.text) for b in tail):
        return kept
    position = {id(block): index for index, block in enumerate(blocks)}
    removals.extend((position[id(b)], Removal("after-article", b.text)) for b in tail)
    return kept[:last_prose + 1]


def _split(blocks: list[VisibleBlock], in_region: list[int], start: int, end: int, title_keys: set[str],
           how: str) -> tuple[list[VisibleBlock], list[tuple[int, Removal]]]:
    """The article's lines (inside the region, between the bounds, not furniture or link lists), and
    every other line with the reason it is not article text."""
    chosen = set(in_region[start:end])
    if how != "page":  # prose that a <main>/<article> puts before its headline (a standfirst) is the article's
        chosen |= {in_region[i] for i in range(start) if is_prose(blocks[in_region[i]])}
    region = set(in_region)
    first = in_region[start] if start < len(in_region) else len(blocks)
    kept: list[VisibleBlock] = []
    outside: list[tuple[int, str]] = []
    removals: list[tuple[int, Removal]] = []
    links = {i for i in chosen if _link_list(blocks[i]) and not blocks[i].heading
             and match_key(blocks[i].text) not in title_keys}
    for index, block in enumerate(blocks):
        if index not in chosen:
            where = "outside-article" if index not in region else "before-article" if index < first else "after-article"
            outside.append((index, _removal_reason(block, where)))
        elif block.furniture:
            removals.append((index, Removal(block.furniture, block.text)))
        elif index in links or (index + 1 in links and _heads_a_list(block, title_keys)):
            removals.append((index, Removal("links", block.text)))  # a list of links, or its heading
        else:
            kept.append(block)
    kept = _without_trailing_labels(kept, blocks, removals)
    kept_keys = {match_key(block.text) for block in kept}
    for index, reason in outside:
        text = blocks[index].text
        if reason.endswith("-article") and match_key(text) in kept_keys and word_count(text) >= 4:
            reason = "duplicate-body"
        removals.append((index, Removal(reason, text)))
    removals.sort(key=lambda item: item[0])
    return kept, removals


def _rejoin_lines(source: str, kept) -> str:
    """Kept lines back as text: lines that were one paragraph (one newline apart) stay one paragraph."""
    text = ""
    for index, block in enumerate(kept):
        if index:
            text += "\n" if source[kept[index - 1].end:block.start] == "\n" else "\n\n"
        text += block.text
    return text


def parse_html(data: bytes, declared: str | None = None) -> Parsed:
    """Parse a saved web page's bytes. Nothing is fetched or read: only `data` is used."""
    raw, encoding = decode(data, declared=declared or declared_charset(data))
    check_text(raw)
    root = parse(raw)
    meta = read_meta(root)
    left_open = reopen_unclosed(root, raw, html_parser(), swallows_text)
    boxes = prune_boxes(root)
    prune_hidden(root)
    body = root.find("body") if root.find("body") is not None else root
    blocks = visible_blocks(root)
    region, how = article_region(body, left_open)
    h1 = _headline_h1(region) or _headline_h1(body)
    visible = _prose_distances(blocks)
    title, known_titles = choose_title(meta, h1, visible)
    title_keys = {match_key(t) for t in known_titles} - {""}
    region_nodes = set(region.iter()) if how != "page" else None
    in_region = [i for i, block in enumerate(blocks) if region_nodes is None or block.owner in region_nodes]
    region_blocks = [blocks[i] for i in in_region]
    start, end, headline = _bounds(root, region_blocks, how, title_keys)
    kept, removals = _split(blocks, in_region, start, end, title_keys, how)
    extracted = _paragraphs(kept)
    cleaned = clean(extracted, split_blocks(extracted, line_per_paragraph=True), known_titles=known_titles)
    if not cleaned.kept:
        raise Rejected("has no article text (the page has only navigation, boilerplate or scripts)")
    text = _rejoin_lines(extracted, cleaned.kept)
    date_lines = [block.text for block in region_blocks[max(0, (headline or start) - 3):(headline or start) + 8]]
    removed = boxes + _group(removals) + list(cleaned.removed)
    published, published_from = _published(meta, removed, date_lines)
    return Parsed(
        title=title or cleaned.headline, text=text, raw_text=raw, encoding=encoding,
        removed=tuple(removed), source_url=meta.url,
        published=published, published_from=published_from, site=site_of(meta, title or cleaned.headline),
        author=meta.author or _byline_author(removed), language=meta.language,
    )


_BYLINE_LABEL = re.compile(r"(?:^|\s)(?:بقلم|كتب|كتبت|كتبه|إعداد|اعداد|تحرير|author|by)\s*[:,،-]?\s*(.+)$",
                           re.I)


def _byline_author(removed: list[Removal]) -> str | None:
    """The author named by a byline removed from the text («بقلم: سارة محمود» → «سارة محمود»)."""
    for removal in removed:
        if removal.reason == "byline":
            match = _BYLINE_LABEL.search(removal.text.split("\n")[0])
            name = re.split(r"\s+Role\s*,", match.group(1))[0].strip() if match else ""
            if name:
                return name
    return None


def _published(meta, removed: list[Removal], lines: list[str]) -> tuple[str | None, str | None]:
    """The publication date and where it came from: the page's metadata, else a date line (one removed as a
    date or byline line, or a visible line near the headline)."""
    if meta.published:
        return meta.published, "metadata"
    candidates = [r.text.split("\n")[0] for r in removed if r.reason in ("date-line", "byline")]
    found = date_from_lines(lines) or next((date_in_text(t) for t in candidates if date_in_text(t)), None)
    return found, ("page" if found else None)
