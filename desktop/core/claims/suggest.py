"""The suggester's public face: suggest() and parse_quantity(), each suggestion's explanation, and saving them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from desktop.core.claims.lexicon import CATEGORIES, Lexicon, active_lexicon
from desktop.core.claims.scan import Reading, Scan
from desktop.core.store.models import KINDS

if TYPE_CHECKING:
    from desktop.core.store.database import Store
    from desktop.core.store.models import Annotation

__all__ = ["Suggestion", "suggest", "parse_quantity", "explain_span", "RULES", "CATEGORIES", "KINDS",
           "suggestion_items", "save_suggestions"]

# Every rule of the grammar, as the explanation shows it. scan.py names the rule of each reading.
RULES: dict[str, str] = {
    "currency-after": "a currency name after the number",
    "currency-sign": "a currency sign or ISO code beside the number",
    "currency-dual": "a dual currency name stands for two («ديناران» = 2)",
    "currency-one": "a currency name followed by «واحد» is one of it",
    "minor-unit": "a currency sub-unit: the number divided by how many make one",
    "major-minor": "a sum in a currency and its sub-unit («ديناران و125 فلساً» = 2.125)",
    "split-sum": "one sum whose parts each name the currency («3 مليارات درهم و150 مليون درهم»)",
    "percent": "a percent sign or «في المئة» after the number",
    "percentage-points": "«نقطة مئوية»: percentage points, kind percent",
    "noun-after": "a counted noun after the number",
    "noun-partitive": "«من» and a definite plural after the number",
    "metric-subject": "the sentence names the metric («عدد …») the number counts",
    "metric-after": "a change in a metric named right after the number («250 ألفاً زيادة في عدد المشتركين»)",
    "elided-noun": "repeats the counted noun of the claim just before («بينهم 400», «41 منها»)",
    "elided-currency": "repeats the currency of the sum just before («كانت 200 فقط» after a price)",
    "use-verb": "people who use a product («يستخدمه 3 ملايين شخص») are its users",
    "compared": "a value compared («مقابل N») with the claim before it takes its kind and unit",
    "parallel": "the next item of a list («… في A و N في B») takes the kind and unit of the item before it",
    "range-left": "left end of a range takes the right end's scale and unit",
    "list-item": "a bare number listed after a name between two claims of one unit takes that unit («… جدة 2210 وحدة، "
                 "ثم الدمام 870، والطائف 190 وحدة»)",
    "times-download": "«مرة» in a download context → downloads",
    "multiple": "a multiple («N مرات» after a cue or «بـ», «أضعاف», «ضعفين», «هو ضعف»): kind number",
    "rating": "a rating in stars, or a score «من 5» where the sentence rates: kind number",
    "frequency": "a number of times in a period («21 مرة يومياً»): kind number",
    "time-spent": "a large number of hours or minutes, or of years or days spent («أمضوا 19 مليون سنة»): kind number",
    "index-points": "«نقطة» after a market cue: an index level or move in points",
    "index-value": "an index or survey value after an index cue: kind number",
    "ticker": "on a short line naming an index, a number set off by «|», «:» or an arrow: kind number",
    "scaled-number": "a number with a scale word and no unit: kind number",
    "grouped-number": "a large number written with thousands separators: kind number",
    "restatement": "restates the sum before it in words: kind number",
}


@dataclass(frozen=True, slots=True)
class Suggestion:
    """One proposed claim: its span in the source text (code points, end exclusive), its reading and why."""

    start: int
    end: int
    text: str
    category: str  # amount|valuation|stake|downloads|users|other
    kind: str  # money|percent|count|number
    value: float
    unit: str  # ISO 4217, "%", an English count unit from the lexicon, "points" (an index level), or ""
    approx: bool
    confidence: float
    rule: str = ""  # a key of RULES
    entry: str = ""  # the lexicon entry used, e.g. "units.downloads: مره" (folded spelling)

    @property
    def why(self) -> str:
        """The explanation an analyst reads: the rule, then the lexicon entry it used."""
        text = RULES.get(self.rule, self.rule)
        return f"{text} [{self.rule}]" + (f"; lexicon {self.entry}" if self.entry else "")

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["why"] = self.why
        return d


def _tidy(value: float) -> float:
    """Round away binary noise (1.7 * 1e9 → 1700000000.0)."""
    return float(f"{value:.12g}")


def _suggestion(scan: Scan, r: Reading) -> Suggestion:
    start = scan.folded.to_source(r.start)
    end = scan.folded.source_end(r.end)
    return Suggestion(start=start, end=end, text=scan.folded.source[start:end], category=r.category, kind=r.kind,
                      value=_tidy(r.phrase.value), unit=r.unit, approx=r.approx, confidence=r.confidence,
                      rule=r.rule, entry=r.entry)


def _run(text: str, eager: bool, lexicon: Lexicon | None) -> list[Suggestion]:
    scan = Scan(text, eager, lexicon if lexicon is not None else active_lexicon()[0])
    return [_suggestion(scan, r) for r in scan.readings()]


def suggest(text: str, lexicon: Lexicon | None = None) -> list[Suggestion]:
    """Every quantity claim in ``text``, sorted by start and non-overlapping; never raises on a str.

    ``lexicon`` defaults to the active one: the built-in lexicon plus the analyst's file (see lexicon.py).
    """
    if not isinstance(text, str):
        raise TypeError(f"suggest() needs the article text as str, not {type(text).__name__}")
    return _run(text, False, lexicon)


def parse_quantity(text: str, lexicon: Lexicon | None = None) -> Suggestion | None:
    """Parse an analyst's own selection (e.g. «11.7 مليار يورو», «بنسبة 11%», «مليون تنزيل»).

    Prefills value, unit, kind and category; offsets are relative to ``text``. A bare number is read as
    kind "number". None when the selection holds no quantity.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_quantity() needs the selected text as str, not {type(text).__name__}")
    found = _run(text, True, lexicon)
    if not found:
        return None
    with_unit = [s for s in found if s.kind != "number"]
    return (with_unit or found)[0]


@lru_cache(maxsize=8)
def _cached(text: str, lexicon_id: int) -> tuple[Suggestion, ...]:
    return tuple(suggest(text))


def explain_span(text: str, start: int, end: int) -> str:
    """Why the suggester proposes the claim at ``start``–``end`` of an article ("" when it proposes none
    there): for the claims panel's tooltip. Results are cached per article text."""
    for s in _cached(text, id(active_lexicon()[0])):
        if s.start == start and s.end == end:
            return s.why
    return ""


# ---------------------------------------------------------------- suggestions in the store


def suggestion_items(store: Store, article_id: int, found: Sequence[Suggestion] | None = None) -> list[dict]:
    """New-claim fields (origin suggested, status unreviewed) for each proposal whose span carries no claim
    yet, so saving twice adds nothing twice and a rejected suggestion is never proposed again."""
    if found is None:
        found = suggest(store.article(article_id).text)
    taken = {(a.start, a.end) for a in store.annotations(article_id)}
    return [
        dict(start=s.start, end=s.end, category=s.category, kind=s.kind, value=s.value, unit=s.unit,
             origin="suggested", status="unreviewed")
        for s in found
        if (s.start, s.end) not in taken
    ]


def save_suggestions(store: Store, article_id: int, found: Sequence[Suggestion] | None = None) -> list[Annotation]:
    """Store the new proposals for an article in one transaction; returns the claims added."""
    items = suggestion_items(store, article_id, found)
    return store.add_annotations(article_id, items) if items else []
