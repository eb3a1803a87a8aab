"""The claim suggester: finds every quantity claim in an Arabic article and normalizes it.

A claim is a number expression (digits in any Arabic script, or number words, with their scale words)
together with its currency, percent sign or counted noun. Bare small numbers, years, dates, times,
phone numbers, versions, model names and durations are not claims.

Counts whose noun is not right after the number: «خمسة ملايين من المستخدمين» and «ألفان من موظفيها» count
the definite (or pronoun-suffixed) plural after «من»; a bare number counts the noun of an earlier
«عدد <plural>» in its sentence («بلغ عدد المشتركين في الخدمة ثلاثة ملايين»); and a bare scaled number
repeats the sentence's last count («10 آلاف موظف … و18 ألفا»). In all three the span is the number alone.
Index levels «<number> نقطة» after a market cue (مؤشر، أغلق عند…) are kind "number" in unit "points", span
with «نقطة»; «X نقطة مئوية» (percentage points) is kind "percent" in unit "%", like a percent change.

Defaults for bare ambiguous currency names, used when no qualifier follows the name and no country or
city that settles it is named earlier (or, failing that, later) in the text: دولار → USD, جنيه → EGP,
ريال → SAR, درهم → AED, دينار → KWD, ليرة → TRY, روبية → INR, ¥ → JPY. Such guesses get a lower
confidence.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import asdict, dataclass, replace
from typing import Any, Iterator

from desktop.core.claims.numerals import (
    LATIN_SCALES,
    SCALE_FORMS,
    WEAK_LATIN_SCALES,
    WORD_VALUES,
    Folded,
    Phrase,
    Token,
    decimal_convention,
    fold,
    parse_phrase,
    read_digits,
)
from desktop.core.store.models import KINDS
from desktop.core.claims.quantities import (
    APPROX_AFTER_RE,
    APPROX_BEFORE_RE,
    ATOM_RE,
    BETWEEN_BEFORE_RE,
    COUNT_SUBJECT_RE,
    COUNTRY_CUE_RE,
    DATE_TIME_AFTER_RE,
    DUAL_CURRENCIES,
    FREE_AFTER_RE,
    INDEX_CUE_RE,
    LATIN_AFTER_RE,
    MARKET_SHARE_AFTER_RE,
    MARKET_SHARE_BEFORE_RE,
    MONEY_CUE_RE,
    NEXT_ATOM_RE,
    PREFIX_CURRENCY_RE,
    PREFIX_PERCENT_RE,
    RANGE_JOIN_RE,
    SENTENCE_END_RE,
    STAKE_AFTER_RE,
    STAKE_BEFORE_RE,
    SUFFIX_RE,
    VALUATION_RE,
    counted_noun,
    country_code,
    currency_code,
    symbol_currency,
)

__all__ = ["Suggestion", "suggest", "parse_quantity", "CATEGORIES", "KINDS"]

CATEGORIES = ("amount", "valuation", "stake", "downloads", "users", "other")
_MAX_ATOMS = 12  # no number phrase is longer; bounds the work per match
_CATEGORY_WINDOW = 100
_CONTEXT_WINDOW = 200  # how far back a sentence's count subject or index cue is looked for


@dataclass(frozen=True, slots=True)
class Suggestion:
    """One proposed claim: its span in the source text (code points, end exclusive) and its reading."""

    start: int
    end: int
    text: str
    category: str  # amount|valuation|stake|downloads|users|other
    kind: str  # money|percent|count|number
    value: float
    unit: str  # ISO 4217, "%", an English counted noun, "points" (an index level), or ""
    approx: bool
    confidence: float

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class _Candidate:
    """A number phrase found in the folded text, with what follows and precedes it (folded offsets)."""

    start: int
    end: int
    num_start: int
    num_end: int
    phrase: Phrase
    raw_digits: str
    kind: str = ""
    unit: str = ""
    noun_category: str = ""
    currencies: tuple[str, ...] = ()
    time: bool = False
    confidence: float = 0.0
    ranged: bool = False


def _token(m: re.Match[str], wa: bool, text: str) -> list[Token]:
    word = m.group("word")
    if word is not None:
        if word in DUAL_CURRENCIES:
            return [Token("dualcur", word, m.start("word"), m.end("word"), wa)]
        kind, value = WORD_VALUES[word]
        form = SCALE_FORMS.get(word, "")
        return [Token(kind, word, m.start("word"), m.end("word"), wa, value, form)]
    digits = Token("digits", m.group("digits"), m.start("digits"), m.end("digits"), wa)
    latin = m.group("latin")
    if latin is not None:
        form = "weak" if latin.lower() in WEAK_LATIN_SCALES else "latin"
        scale = Token("scale", latin, m.start("latin"), m.end("latin"), False, LATIN_SCALES[latin.lower()], form)
        return [digits, scale]
    end = digits.end
    if LATIN_AFTER_RE.match(text, end) or DATE_TIME_AFTER_RE.match(text, end):
        return [Token("bad", digits.text, digits.start, end, wa)]  # 5G, 3rd, 10:30, 15/3
    return [digits]


class _Scan:
    """One pass over one text: candidates, ranges, units, categories."""

    def __init__(self, text: str, eager: bool):
        self.folded: Folded = fold(text)
        self.t = self.folded.text
        self.eager = eager
        self._convention: str | None = None
        self._cues: tuple[list[int], list[str]] | None = None
        self._last_count: tuple[int, str, str] | None = None  # folded end, unit and category of the last count
        self._last_money = -1  # folded end of the last money claim
        self._last_money_unit: tuple[str, tuple[str, ...]] = ("", ())  # its currency and candidate codes

    # ------------------------------------------------------------ lazy context
    def convention(self) -> str:
        if self._convention is None:
            self._convention = decimal_convention(self.t)
        return self._convention

    def currency_from_context(self, pos: int, codes: tuple[str, ...]) -> tuple[str, bool]:
        """(code, settled) for an ambiguous currency name at ``pos``: the nearest country named before it."""
        if self._cues is None:
            found = [(m.start(), country_code(m.group("cue"))) for m in COUNTRY_CUE_RE.finditer(self.t)]
            self._cues = ([p for p, _ in found], [c for _, c in found])
        positions, cue_codes = self._cues
        k = bisect.bisect_left(positions, pos)
        for i in range(k - 1, -1, -1):
            if cue_codes[i] in codes:
                return cue_codes[i], True
        for i in range(k, len(positions)):
            if cue_codes[i] in codes:
                return cue_codes[i], True
        if "MAD" in codes and self.convention() == "comma":
            return "MAD", False  # a decimal comma is the Maghreb's (French) convention
        return codes[0], False

    # ------------------------------------------------------------ candidates
    def candidates(self) -> Iterator[_Candidate]:
        """Every number phrase in order, bare ones included (a bare one may be a range's left end)."""
        t = self.t
        pos = 0
        prev_end = 0
        while True:
            m = ATOM_RE.search(t, pos)
            if m is None:
                break
            tokens = _token(m, False, t)
            end = m.end()
            while len(tokens) < _MAX_ATOMS and tokens[-1].kind not in ("bad", "dualcur"):
                n = NEXT_ATOM_RE.match(t, end)
                if n is None:
                    break
                tokens.extend(_token(n, bool(n.group("wa")), t))
                end = n.end()
            cand = self._candidate(tokens, prev_end)
            if cand is None:
                pos = m.end()
                continue
            yield cand
            pos = prev_end = cand.end

    def _candidate(self, tokens: list[Token], prev_end: int) -> _Candidate | None:
        first = tokens[0]
        if first.kind == "dualcur":
            phrase = Phrase(used=1, value=2.0, top_scale=1.0, has_scale=False, has_digits=False, bare_scale=False,
                            definite=False, weak_latin=False)
        else:
            phrase = parse_phrase(tokens, lambda raw, scaled: read_digits(raw, scaled=scaled, percent=True))
            if phrase is None:
                return None
        used = tokens[: phrase.used]
        raw = used[0].text if used[0].kind == "digits" else ""
        num_end = used[-1].end
        cand = _Candidate(first.start, num_end, first.start, num_end, phrase, raw)
        if first.kind == "dualcur":
            code, codes = currency_code(first.text, None)
            cand.kind, cand.unit, cand.currencies = "money", code, codes
        else:
            self._read_suffix(cand)
            if cand.end == cand.num_end:  # no suffix, or «من الموظفين» that a prefixed «$» overrides
                self._read_prefix(cand, prev_end)
            value_phrase = parse_phrase(used, self._digit_reader(cand))
            if value_phrase is None:
                return None
            lone_alif_scale = len(used) == 1 and first.kind == "scale" and first.text.endswith("ا")
            if lone_alif_scale and cand.kind in ("money", "count") and cand.end > cand.num_end:
                value_phrase = replace(value_phrase, value=2 * value_phrase.value)  # مليونا دولار: a dual construct
            cand.phrase = value_phrase
        return cand

    def _digit_reader(self, cand: _Candidate):
        def read(raw: str, scaled: bool) -> float | None:
            return read_digits(raw, scaled=scaled, percent=cand.kind == "percent",
                               currency=cand.unit if cand.kind == "money" else "", convention=self.convention)

        return read

    def _read_suffix(self, cand: _Candidate) -> None:
        s = SUFFIX_RE.match(self.t, cand.num_end)
        if s is None:
            return
        if s.group("time"):
            cand.time = True
            return
        if s.group("of"):  # «عشرون ألفا من الموظفين»: the span stays the number; «واحدة من» is no count
            if cand.phrase.value < 3:
                return
            unit, category = counted_noun(s.group("of"))
            cand.kind, cand.unit, cand.noun_category = "count", unit, category
            return
        if s.group("points"):
            if INDEX_CUE_RE.search(self.t, self.sentence_start(cand.num_start), cand.num_start):
                cand.end, cand.kind, cand.unit, cand.confidence = s.end(), "number", "points", 0.2
            return
        cand.end = s.end()
        if s.group("pct") or s.group("pctw") or s.group("pp"):
            cand.kind, cand.unit = "percent", "%"
        elif s.group("noun"):
            unit, category = counted_noun(s.group("noun"))
            cand.kind, cand.unit, cand.noun_category = "count", unit, category
        elif s.group("cur"):
            code, codes = currency_code(s.group("cur"), s.group("qual"))
            cand.kind, cand.unit, cand.currencies = "money", code, codes
        else:
            symbol = s.group("sym") or s.group("iso") or s.group("latcur")
            cand.kind, cand.unit = "money", symbol_currency(symbol)

    def _read_prefix(self, cand: _Candidate, prev_end: int) -> None:
        lo = max(prev_end, cand.num_start - 5)
        p = PREFIX_CURRENCY_RE.search(self.t, lo, cand.num_start)
        if p is not None:
            cand.start, cand.kind, cand.unit = p.start(), "money", symbol_currency(p.group("sym"))
            return
        p = PREFIX_PERCENT_RE.search(self.t, lo, cand.num_start)
        if p is not None:
            cand.start, cand.kind, cand.unit = p.start(), "percent", "%"

    def sentence_start(self, pos: int, window: int = _CONTEXT_WINDOW, floor: int = 0) -> int:
        """Folded start of the sentence holding ``pos``, looking back at most ``window`` characters
        and never before ``floor``."""
        lo = max(floor, pos - window)
        for m in SENTENCE_END_RE.finditer(self.t, lo, pos):
            lo = m.end()
        return lo

    def infer_count(self, cand: _Candidate) -> None:
        """A bare number counts the noun of «عدد <noun>» before it, or repeats the sentence's last count.

        The nearer of the two wins; a money claim or a money word (أرباح، إيرادات، قيمة…) between that
        source and the number breaks the link, and so does an unlisted noun right after the number.
        """
        p = cand.phrase
        if cand.time or p.weak_latin or p.definite or p.value < 2 or _is_year(cand):  # «عام واحد»
            return
        if FREE_AFTER_RE.match(self.t, cand.end) is None:
            if not (p.has_scale and _FROM_AFTER_RE.match(self.t, cand.end)):
                return  # «15 من الشهر» is a date; «300 ألف من دول الخليج» still counts
        lo = max(self.sentence_start(cand.start), self._last_money)
        subject = None
        for subject in COUNT_SUBJECT_RE.finditer(self.t, lo, cand.start):
            pass
        last = self._last_count if self._last_count and self._last_count[0] >= lo else None
        if last and p.has_scale and (subject is None or subject.end() < last[0]):
            source_end, cand.unit, cand.noun_category = last  # ellipsis: «10 آلاف موظف … و18 ألفا»
        elif subject is not None:
            source_end = subject.end()
            cand.unit, cand.noun_category = counted_noun(subject.group("noun"))
        else:
            return
        if MONEY_CUE_RE.search(self.t, source_end, cand.start):
            cand.unit = cand.noun_category = ""
            return
        cand.kind = "count"
        cand.confidence -= 0.1

    def infer_money(self, cand: _Candidate) -> None:
        """A bare scaled number repeats the currency of the sentence's last money claim, when no count
        came between: «14 مليار دولار العام الماضي، مقابل 11 مليارا في العام الذي سبقه»."""
        p = cand.phrase
        if cand.time or p.weak_latin or p.definite or not p.has_scale or self._last_money < 0:
            return
        if self._last_money < self.sentence_start(cand.start):
            return
        if self._last_count and self._last_count[0] > self._last_money:
            return
        if FREE_AFTER_RE.match(self.t, cand.end) is None:
            return  # an unlisted noun follows: «11 مليون شجرة» is no sum of money
        cand.kind = "money"
        cand.unit, cand.currencies = self._last_money_unit
        cand.confidence -= 0.1

    # ------------------------------------------------------------ ranges, claims, categories
    def link_range(self, a: _Candidate, b: _Candidate) -> None:
        """«بين 2 و3 مليارات دولار»: the left end ``a`` takes the right end's scale and unit."""
        t = self.t
        if a.kind or a.time or not (b.kind or b.phrase.has_scale) or a.phrase.weak_latin:
            return
        gap = RANGE_JOIN_RE.fullmatch(t, a.end, b.start)
        if gap is None or _looks_like_year(a):
            return
        if gap.group("wa") and BETWEEN_BEFORE_RE.search(t, max(0, a.start - 12), a.start) is None:
            return
        if not a.phrase.has_scale and b.phrase.has_scale:
            a.phrase = _scaled(a.phrase, b.phrase.top_scale)
        a.kind, a.unit, a.noun_category, a.currencies = b.kind, b.unit, b.noun_category, b.currencies
        a.ranged = True

    def accept(self, cand: _Candidate) -> bool:
        p = cand.phrase
        if cand.time and not self.eager:
            return False
        if p.weak_latin and cand.kind != "money":
            return False
        if cand.kind:
            return True
        if p.definite:
            return False
        if self.eager or (p.has_scale and not p.bare_scale) or (p.bare_scale and p.top_scale >= 1e6):
            cand.kind = "number"
            return True
        if _grouped(cand.raw_digits) and p.value >= 1000:
            cand.kind = "number"
            return True
        return False

    def finish(self, cand: _Candidate, prev_end: int) -> Suggestion:
        t = self.t
        if cand.kind == "money" and len(cand.currencies) > 1:
            cand.unit, settled = self.currency_from_context(cand.start, cand.currencies)
            cand.confidence -= 0.0 if settled else 0.1
        cue_lo = max(prev_end, cand.start - 30)
        approx = bool(APPROX_BEFORE_RE.search(t, cue_lo, cand.start) or APPROX_AFTER_RE.match(t, cand.end))
        confidence = _BASE_CONFIDENCE[cand.kind] + cand.confidence
        if cand.kind == "number" and not cand.phrase.has_scale and not cand.unit:
            confidence = 0.4
        if not cand.phrase.has_digits:
            confidence -= 0.05
        if cand.ranged:
            confidence -= 0.1
        start = self.folded.to_source(cand.start)
        end = self.folded.source_end(cand.end)
        return Suggestion(
            start=start,
            end=end,
            text=self.folded.source[start:end],
            category=self._category(cand, prev_end),
            kind=cand.kind,
            value=_tidy(cand.phrase.value),
            unit=cand.unit,
            approx=approx,
            confidence=round(max(0.05, min(1.0, confidence)), 2),
        )

    def _category(self, cand: _Candidate, prev_end: int) -> str:
        if cand.kind == "count":
            return cand.noun_category
        if cand.kind not in ("money", "percent"):
            return "other"
        lo = self.sentence_start(cand.start, _CATEGORY_WINDOW, floor=prev_end)
        if cand.kind == "money":
            return "valuation" if VALUATION_RE.search(self.t, lo, cand.start) else "amount"
        if MARKET_SHARE_BEFORE_RE.search(self.t, lo, cand.start) or MARKET_SHARE_AFTER_RE.match(self.t, cand.end):
            return "other"  # a market share is no ownership stake
        if STAKE_BEFORE_RE.search(self.t, lo, cand.start) or STAKE_AFTER_RE.match(self.t, cand.end):
            return "stake"
        return "other"

    def suggestions(self) -> list[Suggestion]:
        """Streams the candidates, holding back one so that a range's right end can complete its left."""
        out: list[Suggestion] = []
        prev_end = 0
        held: _Candidate | None = None
        for cand in self.candidates():
            if held is not None:
                self.link_range(held, cand)
                prev_end = self._emit(held, prev_end, out)
            held = cand
        if held is not None:
            self._emit(held, prev_end, out)
        return out

    def _emit(self, cand: _Candidate, prev_end: int, out: list[Suggestion]) -> int:
        if cand.start < prev_end:
            return prev_end
        if not cand.kind:
            self.infer_count(cand)
        if not cand.kind:
            self.infer_money(cand)
        if not self.accept(cand):
            return prev_end
        out.append(self.finish(cand, prev_end))
        if cand.kind == "count":
            self._last_count = (cand.end, cand.unit, cand.noun_category)
        elif cand.kind == "money":
            self._last_money = cand.end
            self._last_money_unit = (cand.unit, cand.currencies)
        return cand.end


_FROM_AFTER_RE = re.compile(r" *من(?!\w)")
_BASE_CONFIDENCE = {"money": 0.95, "percent": 0.95, "count": 0.85, "number": 0.6}
_GROUPED = re.compile(r"^[0-9]{1,3}(?:(?:,[0-9]{3})+|(?:٬[0-9]{3})+|(?:\.[0-9]{3}){2,})$")


def _grouped(raw: str) -> bool:
    """True for digits written with thousands separators (1,500,000 or ١٬٥٠٠)."""
    return bool(raw) and _GROUPED.match(raw) is not None


def _looks_like_year(cand: _Candidate) -> bool:
    return cand.raw_digits.isdigit() and len(cand.raw_digits) == 4 and not cand.phrase.has_scale


def _is_year(cand: _Candidate) -> bool:
    return _looks_like_year(cand) and 1800 <= cand.phrase.value <= 2100


def _scaled(phrase: Phrase, scale: float) -> Phrase:
    return replace(phrase, value=phrase.value * scale, top_scale=scale, has_scale=True, bare_scale=False)


def _tidy(value: float) -> float:
    """Round away binary noise (1.7 * 1e9 → 1700000000.0)."""
    return float(f"{value:.12g}")


def suggest(text: str) -> list[Suggestion]:
    """Every quantity claim in ``text``, sorted by start and non-overlapping; never raises on a str."""
    if not isinstance(text, str):
        raise TypeError(f"suggest() needs the article text as str, not {type(text).__name__}")
    return _Scan(text, eager=False).suggestions()


def parse_quantity(text: str) -> Suggestion | None:
    """Parse an analyst's own selection (e.g. «11.7 مليار يورو», «بنسبة 11%», «مليون تنزيل»).

    Prefills value, unit, kind and category; offsets are relative to ``text``. A bare number is read as
    kind "number". None when the selection holds no quantity.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_quantity() needs the selected text as str, not {type(text).__name__}")
    found = _Scan(text, eager=True).suggestions()
    if not found:
        return None
    with_unit = [s for s in found if s.kind != "number"]
    return (with_unit or found)[0]
