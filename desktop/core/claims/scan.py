"""The suggester's rules: one left-to-right pass that finds number phrases, reads their units and settles context.

A claim is a number expression (digits in any Arabic script, or number words, with their scale words)
together with its currency, percent sign or counted noun. Bare small numbers, years, dates, times,
phone numbers, versions, model names, durations and rank phrases («أكبر 30 شركة») are not claims.

Counts whose noun is not right after the number: «خمسة ملايين من المستخدمين» and «ألفان من موظفيها» count
the definite (or pronoun-suffixed) plural after «من»; a bare number counts the metric named earlier in its
sentence («بلغ عدد المشتركين في الخدمة ثلاثة ملايين», «نمت تنزيلات المتجر … إلى 8.6 مليار»), and a count's
literal noun yields to that metric («عدد المستخدمين … 6.5 ملايين شخص» is users); a bare number right after a
claim repeats its unit («95 مليارديراً مقابل 80», «125 ريالا و98.75»). In all these the span is the number.
Index levels «<number> نقطة» after a market cue are kind "number" in unit "points"; an index value without
«نقطة» after an index cue («قفز مؤشر الثقة إلى 61.7») is kind "number" with no unit, and so are multiples
(«غُطّي الاكتتاب 9 مرات», «ثلاثة أضعاف») and ratings («4.6 نجمة»). «مرة» after a large number where the
sentence speaks of downloading counts downloads.

Defaults for bare ambiguous currency names, used when no qualifier follows the name and no country or
city that settles it is named earlier (or, failing that, later) in the text: دولار → USD, جنيه → EGP,
ريال → SAR, درهم → AED, دينار → KWD, ليرة → TRY, روبية → INR, فلس → KWD, ¥ → JPY (resources/lexicon lists
them). Such guesses get a lower confidence.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from typing import Iterator

from desktop.core.claims import grammar as G
from desktop.core.claims.context import ContextRules, parse_phrase_digits
from desktop.core.claims.grammar import Grammar, grammar_for
from desktop.core.claims.lexicon import Lexicon
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

__all__ = ["Scan", "Reading"]

_MAX_ATOMS = 12  # no number phrase is longer; bounds the work per match
_MAX_RUN = 8  # bare numbers held back in one «و» run
_LISTABLE = frozenset({"scaled-number", "grouped-number"})  # readings a list between two claims may complete
_CATEGORY_WINDOW = 100
_CONTEXT_WINDOW = 200  # how far back a sentence's count subject or index cue is looked for
_ONE_WORDS = ("واحد", "واحدا", "واحده")
_BASE_CONFIDENCE = {"money": 0.95, "percent": 0.95, "count": 0.85, "number": 0.6}
# A lone separator before exactly three digits: decimal or thousands depending on the unit (see read_digits).
_AMBIGUOUS_DIGITS = re.compile(r"^[0-9]+[.,،][0-9]{3}$")
_GROUPED = re.compile(r"^[0-9]{1,3}(?:(?:,[0-9]{3})+|(?:٬[0-9]{3})+|(?:\.[0-9]{3}){2,})$")


@dataclass(slots=True)
class Reading:
    """One claim as the pass read it (folded offsets), before it is mapped back to the source text."""

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
    rule: str = ""  # which rule of RULES produced the reading
    entry: str = ""  # the lexicon entry it used («units.downloads: تنزيل»)
    times: bool = False  # «مرة/مرات» followed the number
    category: str = ""
    approx: bool = False


def _token(m: re.Match[str], wa: bool, text: str, duals: frozenset[str] | set[str]) -> list[Token]:
    groups = m.groupdict()
    word = groups.get("word")
    if word is not None:
        definite = bool(groups.get("al"))
        if word == "ضعف" and not definite:
            return [Token("lonemult", word, m.start("word"), m.end("word"), wa)]
        if word in G.DUAL_MULTIPLES:
            return [Token("dualmult", word, m.start("word"), m.end("word"), wa)]
        if word in duals:
            return [Token("dualcur", word, m.start("word"), m.end("word"), wa)]
        kind, value = WORD_VALUES[word]
        form = SCALE_FORMS.get(word, "")
        start = m.start("al") if definite else m.start("word")
        return [Token(kind, word, start, m.end("word"), wa, value, form, definite)]
    name = next(n for n in ("aldigits", "glued", "digits", "slashed") if groups.get(n) is not None)
    digits = Token("digits", m.group(name), m.start(name), m.end(name), wa)
    latin = groups.get("latin")
    if latin is not None:
        form = "weak" if latin.lower() in WEAK_LATIN_SCALES else "latin"
        scale = Token("scale", latin, m.start("latin"), m.end("latin"), False, LATIN_SCALES[latin.lower()], form)
        return [digits, scale]
    end = digits.end
    if G.LATIN_AFTER_RE.match(text, end) or G.DATE_TIME_AFTER_RE.match(text, end):
        return [Token("bad", digits.text, digits.start, end, wa)]  # 5G, 3rd, 10:30, 15/3
    return [digits]


class Scan(ContextRules):
    """One pass over one text: candidates, ranges, units, categories (and the context rules it mixes in)."""

    def __init__(self, text: str, eager: bool, lex: Lexicon):
        self.folded: Folded = fold(text)
        self.t = self.folded.text
        self.eager = eager
        self.lex = lex
        self.g: Grammar = grammar_for(lex)
        self._duals = lex.dual_currency_words | lex.minor_duals
        self._convention: str | None = None
        self._cues: tuple[list[int], list[str]] | None = None
        self._last: Reading | None = None  # the last claim emitted
        self._last_unit_end = 0  # folded end of the last count or sum (a percent does not end a metric's reach)
        self._last_count: tuple[int, str, str] | None = None  # folded end, unit and category of the last count
        self._last_money = -1  # folded end of the last money claim
        self._last_money_unit: tuple[str, tuple[str, ...]] = ("", ())
        self._last_money_value = 0.0
        self._bare: list[Reading] = []  # bare numbers refused, for lists between two claims (_fill_lists)

    # ------------------------------------------------------------ lazy context
    def convention(self) -> str:
        if self._convention is None:
            self._convention = decimal_convention(self.t)
        return self._convention

    def currency_from_context(self, pos: int, codes: tuple[str, ...]) -> tuple[str, bool]:
        """(code, settled) for an ambiguous currency name at ``pos``: the nearest country named before it."""
        if self._cues is None:
            found = [(m.start(), self.lex.country_cues[m.group("cue")]) for m in self.g.country_cue.finditer(self.t)]
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

    def sentence_start(self, pos: int, window: int = _CONTEXT_WINDOW, floor: int = 0) -> int:
        """Folded start of the sentence holding ``pos``, looking back at most ``window`` characters."""
        lo = max(floor, pos - window)
        for m in G.SENTENCE_END_RE.finditer(self.t, lo, pos):
            lo = m.end()
        return lo

    def _currency(self, word: str, qualifier: str | None) -> tuple[str, tuple[str, ...]]:
        if qualifier:
            code = self.lex.qualifiers.get(qualifier.removeprefix("ال"))
            if code:
                return code, (code,)
        codes = self.lex.currency_words[word]
        return codes[0], codes

    # ------------------------------------------------------------ candidates
    def candidates(self) -> Iterator[Reading]:
        """Every number phrase in order, bare ones included (a bare one may be a range's left end)."""
        t, g = self.t, self.g
        pos = 0
        prev_end = 0
        while True:
            m = g.atom.search(t, pos)
            if m is None:
                break
            tokens = _token(m, False, t, self._duals)
            end = m.end()
            while len(tokens) < _MAX_ATOMS and tokens[-1].kind not in ("bad", "dualcur", "dualmult", "lonemult"):
                n = g.next_atom.match(t, end)
                if n is None:
                    break
                more = _token(n, bool(n.group("wa")), t, ())
                if n.group("close") and (more[0].kind != "scale" or n.group("wa") or not
                                         G.OPEN_PAREN_BEFORE_RE.search(t, max(0, tokens[0].start - 3), tokens[0].start)):
                    break  # only «(1.3) مليار» carries a scale over a closing parenthesis
                tokens.extend(more)
                end = n.end()
            cand = self._candidate(tokens, prev_end)
            if cand is None:
                pos = m.end()
                continue
            yield cand
            pos = prev_end = cand.end

    def _candidate(self, tokens: list[Token], prev_end: int) -> Reading | None:
        first = tokens[0]
        t = self.t
        if first.kind == "lonemult" and (first.wa or not G.DOUBLE_CUE_BEFORE_RE.search(t, max(0, first.start - 16),
                                                                                     first.start)):
            return None
        if first.kind in ("dualcur", "dualmult", "lonemult"):
            phrase = Phrase(used=1, value=2.0, top_scale=1.0, has_scale=False, has_digits=False, bare_scale=False,
                            definite=False, weak_latin=False)
        else:
            phrase = parse_phrase(tokens, lambda raw, scaled: read_digits(raw, scaled=scaled, percent=True))
            if phrase is None:
                return None
            if first.kind == "scale" and (re.search(r"[0-9][ )]*\Z", t[max(0, first.start - 5):first.start])
                                          or _NUMBER_WORD_BEFORE_RE.search(t, max(0, first.start - 12), first.start)):
                return None  # «25 مليار» whose digits were refused: never read the scale word as one
            if first.kind in ("hundred", "unit", "ten", "tens") and _BROKEN_COMPOUND_RE.search(t, max(0, first.start - 12),
                                                                                            first.start):
                return None  # «ألف ومئة مليار»: the tail of a compound the grammar cannot read, never a sum of its own
        used = tokens[: phrase.used]
        raw = used[0].text if used[0].kind == "digits" else ""
        num_end = used[-1].end
        cand = Reading(first.start, num_end, first.start, num_end, phrase, raw)
        if ")" in t[first.start:num_end]:  # «(1.3) مليار»: the span opens with its parenthesis
            cand.start = G.OPEN_PAREN_BEFORE_RE.search(t, max(0, first.start - 3), first.start).start()
        if first.kind in ("dualmult", "lonemult"):
            cand.kind, cand.rule = "number", "multiple"
            return cand
        if first.kind == "dualcur" and first.text in self.lex.minor_duals:
            codes = tuple(c for c, _per in self.lex.minor_words[first.text])
            cand.kind, cand.unit, cand.currencies = "money", codes[0], codes
            cand.phrase = replace(phrase, value=2.0 / self._minor_per_of(first.text, codes[0]))
            cand.rule, cand.entry = "minor-unit", f"currencies.{codes[0]}.minor: {first.text}"
            return cand
        if first.kind == "dualcur":
            code, codes = self._currency(first.text, None)
            cand.kind, cand.unit, cand.currencies = "money", code, codes
            cand.rule, cand.entry = "currency-dual", f"currencies.{code}: {first.text}"
            self._read_minor_after(cand)
            return cand
        if raw.isdigit() and len(raw) == 4 and 1800 <= phrase.value <= 2100 and \
                G.MONTH_BEFORE_RE.search(t, max(0, first.start - 12), first.start):
            cand.time = True  # «30 يونيو 2022 مناصب مالية»: the year of a date
            return cand
        if G.GRADE_BEFORE_RE.search(t, max(0, first.start - 10), first.start):
            cand.time, cand.rule = True, "top-n"  # «عيار 18 إلى 4210 جنيها»: the karat is no range's left end
            return cand
        if not used[0].definite and _top_n_before(t, first.start):
            cand.time = True  # «أفضل 10 فنادق»: a rank, never a claim
            cand.rule = "top-n"
            return cand
        self._read_suffix(cand)
        if cand.end == cand.num_end:  # no suffix, or «من الموظفين» that a prefixed «$» overrides
            self._read_prefix(cand, prev_end)
        if not cand.kind and used[0].kind == "unit" and used[0].text in _ONE_WORDS and len(used) == 1:
            self._read_currency_before(cand, prev_end)
        if any(t.kind == "digits" and _AMBIGUOUS_DIGITS.search(t.text) for t in used):
            value_phrase = parse_phrase(used, self._digit_reader(cand))  # the unit settles the separators
            if value_phrase is None:
                return None
        else:
            value_phrase = phrase
        lone_alif_scale = len(used) == 1 and first.kind == "scale" and first.text.endswith("ا")
        if lone_alif_scale and cand.kind in ("money", "count") and cand.end > cand.num_end:
            value_phrase = replace(value_phrase, value=2 * value_phrase.value)  # مليونا دولار: a dual construct
        cand.phrase = value_phrase
        if cand.rule == "minor-unit":
            cand.phrase = replace(value_phrase, value=value_phrase.value / self._minor_per(cand))
        elif cand.rule == "major-minor" and cand.start < cand.num_start:
            cand.phrase = replace(value_phrase, value=1 + value_phrase.value / self._minor_per(cand))
        if cand.kind == "money":
            self._read_minor_after(cand)
        return cand

    def _digit_reader(self, cand: Reading):
        plural = cand.kind == "money" and cand.rule == "currency-after" and cand.entry.split(": ")[-1] in \
            self.lex.plural_currency_words

        def read(raw: str, scaled: bool) -> float | None:
            return read_digits(raw, scaled=scaled, percent=cand.kind == "percent",
                               currency=cand.unit if cand.kind == "money" else "", convention=self.convention,
                               plural_noun=plural)

        return read

    def _read_suffix(self, cand: Reading) -> None:
        s = self.g.suffix.match(self.t, cand.num_end)
        restated = self._restated(cand.num_end)
        if restated is not None:  # «300 ألف (ثلاثمئة ألف) مستخدم»: the unit stands after the restatement
            after = self.g.suffix.match(self.t, restated)
            if after is not None and not after.group("paren") and \
                    (after.group("noun") or after.group("cur") or after.group("pct") or after.group("pctw")):
                s = after
        if s is None:
            return
        if s.group("paren") and not (s.group("noun") or s.group("cur") or s.group("pct") or s.group("pctw")):
            return  # «(18) بالمئة», «(750,000) سهم»: a unit after a closing parenthesis
        if s.group("paren") and not G.OPEN_PAREN_BEFORE_RE.search(self.t, max(0, cand.num_start - 3), cand.num_start):
            return
        if s.group("time"):
            p = cand.phrase
            word = s.group("time")
            if word in G.NIGHT_WORDS:
                spent = p.value >= 1e5  # «ألف ليلة وليلة» is a title
            else:
                spent = word in G.TIME_SPENT_WORDS and p.has_scale and p.value >= 1000
            if not spent and (p.has_scale or p.value >= 1e5) and p.value >= 1000:
                spent = G.SPEND_VERB_RE.search(self.t, self.sentence_start(cand.num_start), cand.num_start) is not None
            if spent:
                cand.end, cand.kind, cand.rule = s.end(), "number", "time-spent"
            else:
                cand.time = True
            return
        if s.group("outof"):
            lo = self.sentence_start(cand.num_start)
            if G.RATING_CUE_RE.search(self.t, lo, min(len(self.t), s.end() + 40)):
                cand.end, cand.kind, cand.rule = s.end(), "number", "rating"
            return
        of = s.group("of") or s.group("of2") or (s.group("ofl") and "ال" + s.group("ofl"))
        if of:  # «عشرون ألفا من الموظفين», «… من إجمالي المشاهدات»: the span stays the number; «واحدة من» is none
            if cand.phrase.value < 3 or not self._noun_fits(of, cand.num_start):
                return
            unit, category = self.lex.counted_noun(of)
            cand.kind, cand.unit, cand.noun_category = "count", unit, category
            cand.rule, cand.entry = "noun-partitive", f"units.{unit}: {of}"
            return
        if s.group("points"):
            if G.INDEX_CUE_RE.search(self.t, self.sentence_start(cand.num_start), cand.num_start):
                cand.end, cand.kind, cand.unit, cand.confidence = s.end(), "number", "points", 0.2
                cand.rule = "index-points"
            return
        if s.group("times"):
            self._read_times(cand, s)
            return
        if s.group("noun") and not self._noun_fits(s.group("noun"), cand.num_start):
            return
        cand.end = s.end()
        if s.group("mult"):
            cand.kind, cand.rule = "number", "multiple"
        elif s.group("stars"):
            if G.STAR_CLASS_BEFORE_RE.search(self.t, max(0, cand.num_start - 12), cand.num_start):
                cand.end, cand.time, cand.rule = cand.num_end, True, "top-n"  # a hotel's class: no claim
                return
            cand.kind, cand.rule = "number", "rating"
        elif s.group("pct") or s.group("pctw") or s.group("pp"):
            cand.kind, cand.unit, cand.rule = "percent", "%", "percentage-points" if s.group("pp") else "percent"
        elif s.group("noun"):
            unit, category = self.lex.counted_noun(s.group("noun"))
            cand.kind, cand.unit, cand.noun_category = "count", unit, category
            cand.rule, cand.entry = "noun-after", f"units.{unit}: {s.group('noun')}"
        elif s.group("cur"):
            code, codes = self._currency(s.group("cur"), s.group("qual"))
            cand.kind, cand.unit, cand.currencies = "money", code, codes
            cand.rule, cand.entry = "currency-after", f"currencies.{code}: {s.group('cur')}"
        elif s.group("minor"):
            codes = tuple(c for c, _per in self.lex.minor_words[s.group("minor")])
            cand.kind, cand.unit, cand.currencies = "money", codes[0], codes
            cand.rule, cand.entry = "minor-unit", f"currencies.{codes[0]}.minor: {s.group('minor')}"
            self._read_major_before(cand, s.group("minor"))
        else:
            symbol = s.group("sym") or s.group("iso") or s.group("latcur")
            cand.kind, cand.unit = "money", self._symbol(symbol)
            cand.rule, cand.entry = "currency-sign", f"currencies.{cand.unit}: {symbol}"
        if s.group("paren"):
            cand.start = G.OPEN_PAREN_BEFORE_RE.search(self.t, max(0, cand.num_start - 3), cand.num_start).start()

    def _restated(self, pos: int) -> int | None:
        """End of a number restated in parentheses right at ``pos`` («(12,000)», «(ثلاثمئة ألف)»), else None."""
        m = G.RESTATED_RE.match(self.t, pos)
        if m is None:
            return None
        inner = m.group("inner").strip()
        if G.DIGITS_ONLY_RE.fullmatch(inner) or all(w.removeprefix("و") in WORD_VALUES for w in inner.split()):
            return m.end()
        return None

    def _noun_fits(self, form: str, pos: int) -> bool:
        """A noun with a context («لاعب» counts users in a game) counts only where its sentence has one."""
        context = self.lex.noun_context.get(form)
        if not context:
            return True
        before = self.t[self.sentence_start(pos):pos]
        return any(word in before for word in context)

    def _read_times(self, cand: Reading, s: re.Match[str]) -> None:
        """«20 مليون مرة» where the sentence downloads is a count of downloads; after a multiple's cue a
        number of «مرات» is a multiple; otherwise «تكررت 5 مرات» is no claim."""
        lo = self.sentence_start(cand.num_start)
        if cand.phrase.has_scale and G.DOWNLOAD_CUE_RE.search(self.t, lo, cand.num_start):
            cand.end, cand.kind, cand.unit, cand.noun_category = s.end(), "count", "downloads", \
                self.lex.units["downloads"].category
            cand.rule, cand.entry = "times-download", f"units.downloads: {s.group('times')}"
            return
        cand.times = True
        if cand.phrase.value >= 2 and G.BI_BEFORE_RE.search(self.t, max(0, cand.num_start - 3), cand.num_start):
            cand.end, cand.kind, cand.rule = s.end(), "number", "multiple"  # «أطول بثلاث مرات»
            return
        if cand.phrase.value >= 2 and G.PER_PERIOD_AFTER_RE.match(self.t, s.end()):
            cand.end, cand.kind, cand.rule = s.end(), "number", "frequency"
            return
        if cand.phrase.value >= 2 and G.MULTIPLE_CUE_RE.search(self.t, max(lo, cand.num_start - 80), cand.num_start):
            cand.end, cand.kind, cand.rule = s.end(), "number", "multiple"

    def _symbol(self, symbol: str) -> str:
        lex = self.lex
        return lex.signs.get(symbol) or lex.abbreviations.get(symbol) or lex.latin_words.get(symbol.lower()) \
            or symbol.upper()

    def _minor_per(self, cand: Reading) -> int:
        return self._minor_per_of(cand.entry.split(": ")[-1], cand.unit)

    def _minor_per_of(self, word: str, code: str) -> int:
        return dict(self.lex.minor_words[word]).get(code, 100)

    def _read_minor_after(self, cand: Reading) -> None:
        """«ديناران و125 فلساً», «5 دنانير و250 فلسا»: add the sub-unit to the sum."""
        m = self.g.minor_after.match(self.t, cand.end)
        if m is None:
            return
        per = dict(self.lex.minor_words[m.group("minor")])
        codes = [c for c in cand.currencies or (cand.unit,) if c in per]
        if not codes:
            return
        raw = m.group("n")
        minor = WORD_VALUES[raw][1] if raw in WORD_VALUES else read_digits(raw)
        if minor is None:
            return
        cand.unit, cand.currencies = codes[0], tuple(codes)
        cand.phrase = replace(cand.phrase, value=cand.phrase.value + minor / per[codes[0]])
        cand.end, cand.rule = m.end(), "major-minor"
        cand.entry += f" + {m.group('minor')}"

    def _joins_sum(self, last: Reading | None, cand: Reading) -> bool:
        """Whether ``cand`` («و150 مليون درهم») is the lower part of the sum ``last`` («3 مليارات درهم»)."""
        return last is not None and last.kind == cand.kind == "money" and last.unit == cand.unit and \
            last.rule == cand.rule == "currency-after" and last.phrase.has_scale and cand.phrase.has_scale and \
            cand.phrase.top_scale < last.phrase.top_scale and cand.phrase.value < last.phrase.top_scale and \
            _SUM_JOIN_RE.fullmatch(self.t, last.end, cand.start) is not None

    def _currency_in_sentence(self, cand: Reading) -> str | None:
        """«85 سنتاً ليغلق عند 11.40 يورو»: the nearest currency of the sentence that has this sub-unit."""
        lo, hi = self.sentence_start(cand.start), _sentence_end(self.t, cand.end)
        found = [(abs(m.start() - cand.start), m.group("cur")) for m in self.g.currency_word.finditer(self.t, lo, hi)
                 if not cand.start <= m.start() < cand.end]
        for _distance, word in sorted(found):
            codes = tuple(c for c in self.lex.currency_words[word] if c in cand.currencies)
            if codes:  # «4 فلوس إلى 1.120 دينار» in Bahrain: the country settles which dinar
                return codes[0] if len(codes) == 1 else self.currency_from_context(cand.start, codes)[0]
        return None

    def _read_major_before(self, cand: Reading, minor: str) -> None:
        """«بنحو دينار و250 فلساً»: one of the currency named right before, plus the sub-unit."""
        m = self.g.major_before.search(self.t, max(0, cand.num_start - 20), cand.num_start)
        if m is None:
            return
        per = dict(self.lex.minor_words[minor])
        codes = tuple(c for c in self.lex.currency_words[m.group("cur")] if c in per)
        if not codes:
            return
        cand.start, cand.unit, cand.currencies, cand.rule = m.start(), codes[0], codes, "major-minor"
        cand.entry = f"currencies.{codes[0]}.minor: {minor}"  # _candidate adds the one

    def _read_prefix(self, cand: Reading, prev_end: int) -> None:
        lo = max(prev_end, cand.num_start - 5)
        p = self.g.prefix_currency.search(self.t, lo, cand.num_start)
        if p is not None:
            cand.start, cand.kind, cand.unit = p.start(), "money", self._symbol(p.group("sym"))
            cand.rule, cand.entry = "currency-sign", f"currencies.{cand.unit}: {p.group('sym')}"
            return
        p = G.PREFIX_PERCENT_RE.search(self.t, lo, cand.num_start)
        if p is not None:
            cand.start, cand.kind, cand.unit, cand.rule = p.start(), "percent", "%", "percent"

    def _read_currency_before(self, cand: Reading, prev_end: int) -> None:
        """«ريال واحد», «دولار واحد»: one of the currency named right before."""
        p = self.g.currency_before.search(self.t, max(prev_end, cand.num_start - 30), cand.num_start)
        if p is None:
            return
        if p.group("minor"):  # «بيسة واحدة»: one of the sub-unit
            codes = tuple(c for c, _per in self.lex.minor_words[p.group("minor")])
            cand.start, cand.kind, cand.unit, cand.currencies = p.start(), "money", codes[0], codes
            cand.rule, cand.entry = "minor-unit", f"currencies.{codes[0]}.minor: {p.group('minor')}"
            return
        code, codes = self._currency(p.group("cur"), p.group("qual"))
        cand.start, cand.kind, cand.unit, cand.currencies = p.start(), "money", code, codes
        cand.rule, cand.entry = "currency-one", f"currencies.{code}: {p.group('cur')}"

    # ------------------------------------------------------------ ranges, claims, categories
    def link_range(self, a: Reading, b: Reading) -> None:
        """«بين 2 و3 مليارات دولار», «31 و19 في المئة»: the left end ``a`` takes the right end's scale and unit."""
        t = self.t
        if a.kind or a.time or not (b.kind or b.phrase.has_scale) or a.phrase.weak_latin or b.time or a.phrase.definite:
            return
        if _is_year(a):
            return
        gap = G.RANGE_JOIN_RE.fullmatch(t, a.end, b.start)
        respectively = b.kind in ("count", "money") and self._respectively_after(b)
        if gap is None and not (respectively and G.LIST_JOIN_RE.fullmatch(t, a.end, b.start)):
            return
        wa = gap is None or gap.group("wa") is not None
        between = G.BETWEEN_BEFORE_RE.search(t, max(0, a.start - 12), a.start) is not None
        if wa and not between and not respectively and (a.phrase.has_scale or not (b.kind or a.phrase.has_digits)):
            return
        if not a.phrase.has_scale and b.phrase.has_scale:
            a.phrase = _scaled(a.phrase, b.phrase.top_scale)
        a.kind, a.unit, a.noun_category, a.currencies = b.kind, b.unit, b.noun_category, b.currencies
        a.rule, a.entry, a.ranged = "range-left", b.entry, True

    def _respectively_after(self, b: Reading) -> bool:
        """«… و25 ألف برميل يوميا على الترتيب»: the list that ``b`` ends is read item by item."""
        per = G.PER_PERIOD_AFTER_RE.match(self.t, b.end)
        return G.RESPECTIVELY_AFTER_RE.match(self.t, per.end() if per else b.end) is not None

    def accept(self, cand: Reading) -> bool:
        p = cand.phrase
        if cand.time and (not self.eager or cand.rule == "top-n"):
            return False
        if p.weak_latin and cand.kind not in ("money", "count"):
            return False
        if cand.kind:
            return True
        if p.definite or cand.times:
            return False
        if self.eager or (p.has_scale and not p.bare_scale) or (p.bare_scale and p.top_scale >= 1e6):
            cand.kind, cand.rule = "number", cand.rule or "scaled-number"
            return True
        if _grouped(cand.raw_digits) and p.value >= 1000:
            cand.kind, cand.rule = "number", "grouped-number"
            return True
        return False

    def finish(self, cand: Reading, prev_end: int) -> Reading:
        t = self.t
        if cand.kind == "money" and len(cand.currencies) > 1:
            cand.unit, settled = self.currency_from_context(cand.start, cand.currencies)
            cand.confidence -= 0.0 if settled else 0.1
        cue_lo = max(prev_end, cand.start - 30)
        cand.approx = bool(G.APPROX_BEFORE_RE.search(t, cue_lo, cand.start) or G.APPROX_AFTER_RE.match(t, cand.end))
        confidence = _BASE_CONFIDENCE[cand.kind] + cand.confidence
        if cand.kind == "number" and not cand.phrase.has_scale and not cand.unit:
            confidence = 0.4
        if not cand.phrase.has_digits:
            confidence -= 0.05
        if cand.ranged:
            confidence -= 0.1
        cand.confidence = round(max(0.05, min(1.0, confidence)), 2)
        cand.category = self._category(cand, prev_end)
        return cand

    def _category(self, cand: Reading, prev_end: int) -> str:
        if cand.kind == "count":
            return cand.noun_category
        if cand.kind not in ("money", "percent"):
            return "other"
        lo = self.sentence_start(cand.start, _CATEGORY_WINDOW, floor=prev_end)
        if cand.kind == "money":
            return "valuation" if G.VALUATION_RE.search(self.t, lo, cand.start) else "amount"
        if G.MARKET_SHARE_BEFORE_RE.search(self.t, lo, cand.start) or G.MARKET_SHARE_AFTER_RE.match(self.t, cand.end):
            return "other"  # a market share is no ownership stake
        if G.STAKE_BEFORE_RE.search(self.t, lo, cand.start) or G.STAKE_AFTER_RE.match(self.t, cand.end):
            return "stake"
        return "other"

    def readings(self) -> list[Reading]:
        """Streams the candidates, holding back a run of bare numbers joined by «و» so that the claim ending the
        run («14 و9 و6 و3 في المائة») can complete each of them, then fills lists between two claims."""
        out: list[Reading] = []
        prev_end = 0
        run: list[Reading] = []
        for cand in self.candidates():
            if run and len(run) < _MAX_RUN and self._continues_run(run[-1], cand):
                run.append(cand)
                continue
            if run:
                self.link_range(run[-1], cand)
                for i in range(len(run) - 2, -1, -1):
                    self.link_range(run[i], run[i + 1])
                for r in run:
                    prev_end = self._emit(r, prev_end, out)
            run = [cand]
        for r in run:
            prev_end = self._emit(r, prev_end, out)
        return self._fill_lists(out) if self._bare else out

    def _continues_run(self, last: Reading, cand: Reading) -> bool:
        """Whether ``cand`` is one more bare number of a run joined by «و» («14 و9 و6 …»)."""
        if last.kind or last.time or cand.kind or cand.time or cand.phrase.has_scale or last.phrase.has_scale:
            return False
        gap = G.RANGE_JOIN_RE.fullmatch(self.t, last.end, cand.start)
        return gap is not None and gap.group("wa") is not None and not _looks_like_year(last)

    def _fill_lists(self, out: list[Reading]) -> list[Reading]:
        """«الرياض 5120 وحدة، تلتها جدة 2210، ثم الدمام 870، … والطائف 190 وحدة»: bare numbers
        listed, each after a name and a comma, between two claims of one unit take that unit."""
        added: list[Reading] = []
        bare = sorted(self._bare, key=lambda r: r.start)
        starts = [r.start for r in bare]
        anchors = [(i, r) for i, r in enumerate(out) if r.kind in ("count", "money")]
        for (i, a), (j, b) in zip(anchors, anchors[1:]):
            if (b.kind, b.unit) != (a.kind, a.unit) or any(r.rule not in _LISTABLE for r in out[i + 1:j]):
                continue
            lo, hi = bisect.bisect_left(starts, a.end), bisect.bisect_left(starts, b.start)
            items = sorted([r for r in bare[lo:hi] if r.end <= b.start] + out[i + 1:j], key=lambda r: r.start)
            if not items or self.t.find("\n", a.end, b.start) >= 0 or \
                    G.SENTENCE_END_RE.search(self.t, a.end, b.start) is not None:
                continue
            chain = [a, *items, b]
            if not all(G.LIST_ITEM_GAP_RE.fullmatch(self.t, x.end, y.start) for x, y in zip(chain, chain[1:])):
                continue
            for r in items:
                r.kind, r.unit, r.noun_category, r.currencies = a.kind, a.unit, a.noun_category, a.currencies
                r.rule, r.entry = "list-item", a.entry.split(": ")[0] if a.entry else ""
                if a.kind == "money":
                    reread = parse_phrase_digits(r, self)
                    if reread is not None:
                        r.phrase = reread
                r.confidence -= 0.15
                if all(r is not x for x in out):
                    added.append(self.finish(r, a.end))
                else:
                    r.category = self._category(r, a.end)
        return sorted(out + added, key=lambda r: r.start) if added else out

    def _emit(self, cand: Reading, prev_end: int, out: list[Reading]) -> int:
        if cand.start < prev_end:
            return prev_end
        if cand.kind == "count" and cand.rule in ("noun-after", "noun-partitive"):
            self.metric_overrides(cand)
        if cand.kind == "count" and cand.unit == "people" and cand.rule == "noun-after":
            self.users_by_use(cand)
        if cand.kind == "money" and ".minor: " in cand.entry and len(cand.currencies) > 1:
            code = self._currency_in_sentence(cand) or self.currency_from_context(cand.start, cand.currencies)[0]
            per = dict(self.lex.minor_words[cand.entry.split(": ")[-1]])
            if cand.rule == "minor-unit":
                cand.phrase = replace(cand.phrase, value=cand.phrase.value * per[cand.unit] / per[code])
            cand.unit, cand.currencies = code, (code,)
            cand.entry = f"currencies.{code}.minor: {cand.entry.split(': ')[-1]}"
        if not cand.kind:
            self.infer_ellipsis(cand)
        if not cand.kind:
            self.infer_compared(cand)
        if not cand.kind:
            self.infer_parallel(cand)
        if not cand.kind:
            self.infer_of_them(cand)
        if not cand.kind:
            self.infer_price(cand)
        if not cand.kind:
            self.infer_count(cand)
        if not cand.kind:
            self.infer_money(cand)
        if not cand.kind:
            self.infer_index_value(cand)
        if not self.accept(cand):
            if not (cand.kind or cand.time or cand.times or cand.phrase.has_scale or cand.phrase.definite) and \
                    cand.phrase.has_digits and cand.phrase.value >= 2 and not _is_year(cand) and \
                    not G.MONTH_AFTER_RE.match(self.t, cand.end):
                self._bare.append(cand)
            return prev_end
        if self._joins_sum(out[-1] if out else None, cand):
            last = out[-1]  # «3 مليارات درهم و150 مليون درهم»: one sum whose parts each name the currency
            last.end, last.rule = cand.end, "split-sum"
            last.phrase = replace(last.phrase, value=last.phrase.value + cand.phrase.value)
            self._last_money, self._last_money_value = last.end, last.phrase.value
            return last.end
        if out and cand.kind == "money" and not cand.phrase.has_digits and out[-1].rule == "grouped-number" and \
                abs(out[-1].phrase.value - cand.phrase.value) <= 0.005 * cand.phrase.value and \
                self.t[out[-1].start - 1:out[-1].start] == "(" and _PAREN_CLOSE_GAP_RE.fullmatch(self.t, out[-1].end, cand.start):
            cand.start = out.pop().start - 1  # «(612.000.000.000) ست مئة واثني عشر مليار ريال»: one sum, said twice
        out.append(self.finish(cand, prev_end))
        self._last = cand
        if cand.kind != "percent":
            self._last_unit_end = cand.end
        if cand.kind == "count":
            self._last_count = (cand.end, cand.unit, cand.noun_category)
        elif cand.kind == "money":
            self._last_money = cand.end
            self._last_money_unit = (cand.unit, cand.currencies)
            self._last_money_value = cand.phrase.value
        return cand.end


_SUM_JOIN_RE = re.compile(r" *و ?")
_NUMBER_WORD_BEFORE_RE = re.compile(r"(?<![^\W\d_])[و]?(?:مئه|مائه|الف|عشره|عشر|خمس|ست|سبع|ثمان|تسع|ثلاث|اربع) \Z")
_BROKEN_COMPOUND_RE = re.compile(r"(?<![^\W\d_])(?:الف|مليون|مليار|ترليون|تريليون) و\Z")
_PAREN_CLOSE_GAP_RE = re.compile(r" *\) *")


def _sentence_end(t: str, pos: int, window: int = 200) -> int:
    m = G.SENTENCE_END_RE.search(t, pos, min(len(t), pos + window))
    return m.start() if m else min(len(t), pos + window)


def _top_n_before(t: str, pos: int) -> bool:
    """Whether a rank word («أفضل», «أكبر 30») stands right before ``pos`` (a cheap look at the last word)."""
    before = t[max(0, pos - 14):pos].rstrip(" ")
    if before.endswith("\n"):
        return False  # «… في 9 أشهر» ending a headline line is no rank of the number on the next line
    word = before[before.rfind(" ") + 1:]
    return bool(word) and (word in G.TOP_N_WORDS or (word[0] in "وفب" and word[1:] in G.TOP_N_WORDS))


def _grouped(raw: str) -> bool:
    """True for digits written with thousands separators (1,500,000 or ١٬٥٠٠)."""
    return bool(raw) and _GROUPED.match(raw) is not None


def _looks_like_year(cand: Reading) -> bool:
    return cand.raw_digits.isdigit() and len(cand.raw_digits) == 4 and not cand.phrase.has_scale


def _is_year(cand: Reading) -> bool:
    return _looks_like_year(cand) and 1800 <= cand.phrase.value <= 2100


def _scaled(phrase: Phrase, scale: float) -> Phrase:
    return replace(phrase, value=phrase.value * scale, top_scale=scale, has_scale=True, bare_scale=False)
