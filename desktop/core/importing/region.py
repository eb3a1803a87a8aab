"""Where the article is on a page: its <main> or <article>, and where it starts and ends among the blocks."""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from desktop.core.importing.boilerplate import boilerplate_reason, is_copyright_line, is_more_news_heading
from desktop.core.importing.htmltree import VisibleBlock
from desktop.core.importing.matching import match_key, word_count

MIN_REGION_SHARE = 0.15  # a <main>/<article> with less of the page's text than this does not bound it
MAIN_ARTICLE_SHARE = 0.5  # one <article> among several bounds the text when it holds this much of theirs
PROSE_WORDS = 4  # a block this long, ending like a sentence and not a link, reads as article prose
ARTICLE_OWN_TEXT_SHARE = 0.4  # ...and at least this much of the page's text outside links
LIST_OF_POSTS = 2  # an <article> with this many <article> siblings is one post of a list
INLINE_BOX_REACH = 4  # a «more news» heading followed this closely by prose is an inline box, not the end
INLINE_BOX_PROSE_WORDS = 8


def _text_size(element: etree._Element) -> int:
    return sum(len(piece.strip()) for piece in element.itertext())


def _own_text_size(element: etree._Element) -> int:
    """Characters of text outside links (a related-article card is mostly its link)."""
    links = sum(_text_size(link) for link in element.iter("a"))
    return _text_size(element) - links


def _outermost(elements: list[etree._Element]) -> list[etree._Element]:
    chosen = set(elements)
    return [e for e in elements if not any(a in chosen for a in e.iterancestors())]


def article_region(body: etree._Element, left_open: set = frozenset()) -> tuple[etree._Element, str]:
    """The element that bounds the article, and how it was chosen ("main", "article" or "page").

    One <main> (or role=main) bounds it; inside it (or the page), one <article> bounds it when it holds
    most of the text of all <article>s (related-article cards written as <article> are not merged in).
    An element in `left_open` (never closed in the source) bounds nothing.
    """
    total = max(1, _text_size(body))
    scope, how = body, "page"
    mains = _outermost([e for e in body.iter() if e.tag == "main" or e.get("role") == "main"])
    if len(mains) == 1 and mains[0] not in left_open and _text_size(mains[0]) >= MIN_REGION_SHARE * total:
        scope, how = mains[0], "main"
    articles = [a for a in _outermost(list(scope.iter("article"))) if a not in left_open]
    with_h1 = [a for a in articles if next(a.iter("h1"), None) is not None]
    if (len(with_h1) == 1 and _text_size(with_h1[0]) >= MIN_REGION_SHARE * total
            and _own_text_size(with_h1[0]) >= ARTICLE_OWN_TEXT_SHARE * _own_text_size(scope)):
        return with_h1[0], "article"  # the article that carries the page's headline (and most of its text)
    if articles:
        sizes = sorted(((_own_text_size(a), index) for index, a in enumerate(articles)), reverse=True)
        biggest, index = sizes[0]
        second = sizes[1][0] if len(sizes) > 1 else 0
        chosen = articles[index]
        siblings = sum(1 for a in articles if a.getparent() is chosen.getparent()) - 1
        if (biggest >= MAIN_ARTICLE_SHARE * sum(size for size, _ in sizes) and biggest >= 2 * second
                and biggest >= ARTICLE_OWN_TEXT_SHARE * _own_text_size(scope)
                and siblings < LIST_OF_POSTS):  # one post of a live blog's list is not the article
            return chosen, "article"
    return scope, how


def is_prose(block: VisibleBlock) -> bool:
    text = block.text.rstrip()
    return (word_count(text) >= PROSE_WORDS and block.link_share < 0.3 and block.furniture is None
            and text.endswith(tuple(".!?؟…\"»”)")) and boilerplate_reason(text) is None)


def _opens_inline_box(blocks: list[VisibleBlock], index: int) -> bool:
    """A «read also» heading with article prose close after it sits inside the article."""
    for block in blocks[index + 1:index + 1 + INLINE_BOX_REACH]:
        if word_count(block.text) >= INLINE_BOX_PROSE_WORDS and is_prose(block) and block.link_share < 0.2:
            return True
    return False


@dataclass(frozen=True)
class Bounds:
    """Blocks [start, end) are the article; `headline` is the index of its in-body headline, if any."""

    start: int
    end: int
    headline: int | None
    end_marker: bool


def find_bounds(blocks: list[VisibleBlock], title_keys: set[str]) -> Bounds:
    """The in-body headline starts the article; a «more news» heading or a copyright line ends it."""
    headline = next((i for i, block in enumerate(blocks) if match_key(block.text) in title_keys), None)
    start = headline if headline is not None else 0
    for index in range(start + 1, len(blocks)):
        text = blocks[index].text
        if is_copyright_line(text) and word_count(text) <= 20 and not _opens_inline_box(blocks, index):
            return Bounds(start, index, headline, True)  # (a photo credit «© …» has the article after it)
        if is_more_news_heading(text) and not _opens_inline_box(blocks, index):
            return Bounds(start, index, headline, True)
    return Bounds(start, len(blocks), headline, False)


def extend_over_prose(blocks: list[VisibleBlock], start: int, end: int, limit: int) -> tuple[int, int]:
    """Widen [start, end) over adjacent article prose, so no paragraph next to the article is lost."""
    while start > 0 and is_prose(blocks[start - 1]):
        start -= 1
    while end < limit and is_prose(blocks[end]):
        end += 1
    return start, end
