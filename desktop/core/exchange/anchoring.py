"""W3C text selectors for claims, and re-anchoring a claim by its quote and context after Arabic folding.

A claim carries two W3C selectors: a ``TextPositionSelector`` (code-point offsets, end exclusive) and a
``TextQuoteSelector`` (the exact quote with up to 32 code points of prefix and suffix). When the offsets
no longer hold (the article was re-imported with an edited paragraph), :func:`anchor` looks for the quote
in the article after folding both (``desktop.core.text.fold_with_map``, with runs of white space made one
space), scores each place by how much of the prefix and suffix agree, and maps the best back to
canonical offsets. Two or more equally good places make the result ``ambiguous``: it is never placed
silently. No place at all makes it an ``orphan``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.core import text as textmod

__all__ = [
    "ARTICLE_URN",
    "Placement",
    "FoldedText",
    "article_uri",
    "hash_from_uri",
    "selectors",
    "selectors_for",
    "read_selectors",
    "anchor",
    "fold_collapsed",
]

ARTICLE_URN = "urn:hamish:article:"
EXACT, REANCHORED, AMBIGUOUS, ORPHAN = "exact", "reanchored", "ambiguous", "orphan"


def article_uri(content_hash: str) -> str:
    """The stable URI of an article: ``urn:hamish:article:sha256:<hex>``."""
    return ARTICLE_URN + content_hash


def hash_from_uri(uri: object) -> str | None:
    """The content hash named by an article URI, or None when ``uri`` is not one."""
    if isinstance(uri, str) and uri.startswith(ARTICLE_URN + "sha256:"):
        return uri[len(ARTICLE_URN):]
    return None


def selectors(quote: str, prefix: str, suffix: str, start: int, end: int) -> list[dict]:
    """The TextQuoteSelector and TextPositionSelector of a quote, its context and its offsets."""
    return [
        {"type": "TextQuoteSelector", "exact": quote, "prefix": prefix, "suffix": suffix},
        {"type": "TextPositionSelector", "start": start, "end": end},
    ]


def selectors_for(text: str, start: int, end: int) -> list[dict]:
    """The TextQuoteSelector and TextPositionSelector of ``text[start:end]``."""
    prefix, suffix = textmod.context(text, start, end)
    return selectors(text[start:end], prefix, suffix, start, end)


@dataclass(frozen=True)
class Selection:
    """What a W3C target's selectors say: the quote and its context, and the offsets if given."""

    quote: str
    prefix: str = ""
    suffix: str = ""
    start: int | None = None
    end: int | None = None


def read_selectors(selectors: object) -> Selection:
    """Read a selector or a list of selectors; raises ValueError when there is no usable quote."""
    items = selectors if isinstance(selectors, list) else [selectors]
    quote = position = None
    for item in items:
        if not isinstance(item, dict):
            continue
        if item.get("type") == "TextQuoteSelector" and isinstance(item.get("exact"), str) and item["exact"]:
            quote = item
        elif item.get("type") == "TextPositionSelector":
            s, e = item.get("start"), item.get("end")
            if isinstance(s, int) and isinstance(e, int) and not isinstance(s, bool) and 0 <= s < e:
                position = (s, e)
    if quote is None:
        raise ValueError("the target has no TextQuoteSelector with a non-empty exact quote")
    prefix, suffix = quote.get("prefix", ""), quote.get("suffix", "")
    return Selection(
        quote=quote["exact"],
        prefix=prefix if isinstance(prefix, str) else "",
        suffix=suffix if isinstance(suffix, str) else "",
        start=position[0] if position else None,
        end=position[1] if position else None,
    )


@dataclass(frozen=True)
class Placement:
    """Where a claim lands: outcome ``exact``, ``reanchored``, ``ambiguous`` or ``orphan``."""

    outcome: str
    start: int | None = None
    end: int | None = None
    candidates: tuple[tuple[int, int], ...] = field(default_factory=tuple)
    reason: str = ""

    @property
    def placed(self) -> bool:
        return self.outcome in (EXACT, REANCHORED)


def fold_collapsed(text: str) -> tuple[str, list[int]]:
    """Folded text with each run of white space made one space, and each folded char's source offset."""
    folded, where = textmod.fold_with_map(text)
    out: list[str] = []
    out_where: list[int] = []
    previous_space = False
    for ch, src in zip(folded, where):
        if ch.isspace():
            if previous_space:
                continue
            ch, previous_space = " ", True
        else:
            previous_space = False
        out.append(ch)
        out_where.append(src)
    out_where.append(len(text))
    return "".join(out), out_where


class FoldedText:
    """An article's text folded once, for anchoring many claims to it."""

    def __init__(self, text: str):
        self.text = text
        self.folded, self.where = fold_collapsed(text)

    def occurrences(self, folded_quote: str) -> list[int]:
        found, i = [], self.folded.find(folded_quote)
        while i != -1:
            found.append(i)
            i = self.folded.find(folded_quote, i + 1)
        return found

    def to_source(self, i: int, j: int) -> tuple[int, int]:
        """Canonical offsets of folded span ``i``–``j``, widened to whole grapheme clusters."""
        start, end = self.where[i], self.where[j - 1] + 1
        while start > 0 and not textmod.is_grapheme_boundary(self.text, start):
            start -= 1
        while end < len(self.text) and not textmod.is_grapheme_boundary(self.text, end):
            end += 1
        return start, end


def _common_tail(a: str, b: str) -> int:
    n = 0
    for x, y in zip(reversed(a), reversed(b)):
        if x != y:
            break
        n += 1
    return n


def _common_head(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def anchor(
    text: str | FoldedText,
    quote: str,
    prefix: str = "",
    suffix: str = "",
    start: int | None = None,
    end: int | None = None,
) -> Placement:
    """Place a claim in ``text``: at its offsets if quote and context still agree there, else by quote + context."""
    target = text if isinstance(text, FoldedText) else FoldedText(text)
    body = target.text
    if start is not None and end is not None and 0 <= start < end <= len(body) and body[start:end] == quote:
        if textmod.context(body, start, end) == (prefix, suffix):
            return Placement(EXACT, start, end)
    folded_quote = fold_collapsed(quote)[0]
    if not folded_quote.strip():
        return Placement(ORPHAN, reason="the quote is empty after folding")
    hits = target.occurrences(folded_quote)
    if not hits:
        return Placement(ORPHAN, reason="the quote is not in the article text, even after Arabic folding")
    folded_prefix, folded_suffix = fold_collapsed(prefix)[0], fold_collapsed(suffix)[0]
    scored = []
    for i in hits:
        j = i + len(folded_quote)
        before = target.folded[max(0, i - len(folded_prefix)) : i]
        after = target.folded[j : j + len(folded_suffix)]
        scored.append((_common_tail(folded_prefix, before) + _common_head(folded_suffix, after), i, j))
    best = max(score for score, _, _ in scored)
    winners = [target.to_source(i, j) for score, i, j in scored if score == best]
    if len(winners) > 1:
        places = ", ".join(f"{s}–{e}" for s, e in winners[:5])
        return Placement(
            AMBIGUOUS, candidates=tuple(winners),
            reason=f"{len(winners)} equally good places for the quote (at {places}); choose one by hand",
        )
    s, e = winners[0]
    try:
        textmod.check_span(body, s, e)
    except textmod.OffsetError as exc:
        return Placement(ORPHAN, reason=f"the re-anchored span is not valid: {exc}")
    outcome = EXACT if (s, e) == (start, end) and body[s:e] == quote else REANCHORED
    return Placement(outcome, s, e, candidates=((s, e),))
