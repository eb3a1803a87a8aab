"""The suggester's context rules: what a bare number counts or costs, from the claims and metrics before it."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from desktop.core.claims import grammar as G
from desktop.core.claims.numerals import Phrase, read_digits

if TYPE_CHECKING:
    from desktop.core.claims.scan import Reading, Scan

__all__ = ["ContextRules"]

_FROM_AFTER_RE = re.compile(r" *من(?!\w)")
# Plural metrics that name what a later scaled bare number counts even without «عدد» («تنزيلات المتجر»).
_METRICS = frozenset({"downloads", "users", "subscribers", "subscriptions", "followers", "visitors", "visits", "views",
                      "customers", "tourists"})
# After «مقابل N» an index value is followed by punctuation or a preposition, never by its own noun.
# A count's literal noun yields to the metric its sentence names only where the two can be one population: a
# generic noun («شخص», «شركة», «أسرة») takes any metric but a population's own (سكان, نازحين), and the nouns of
# a service's base (users, subscribers, customers…) or of an audience (visitors, visits, views…) stand for one
# another; «50 سهما» never becomes investors, «46 ألف موظف» never workers.
_GENERIC_UNITS = frozenset({"people", "companies", "families"})
_POPULATION_METRICS = frozenset({"people", "residents", "migrants", "refugees", "citizens"})
_FAMILIES = (frozenset({"users", "subscribers", "customers", "subscriptions", "accounts", "members", "followers"}),
             frozenset({"visitors", "visits", "views", "viewers", "tourists"}),
             # «عدد الصفقات … 14200 وحدة عقارية»: in a property market a unit sold is one deal
             frozenset({"deals", "units"}))
# A clause that turns away from the metric («… عدد المستخدمين، لكنه ذكر …») ends its reach.
_CLAUSE_TURN_RE = re.compile(r"(?<![^\W\d_])(?:لكن|ولكن|غير ان|الا ان|بينما|في حين)")
_AFTER_COMPARED_RE = re.compile(r" *(?:[^\w\s]|\Z|[لب]\w*|(?:في|الي|علي|خلال|عن|مع|منذ|حتي|قبل)(?!\w))")
# «116.4 نقطة في الربع الثالث، مقابل 112.9»: a value compared with the claim before it takes its unit.
_COMPARED_BEFORE_RE = re.compile(r"(?<![^\W\d_])(?:مقابل|مقارنه (?:ب|مع) ?|بالمقارنه مع )(?:ال)? *\Z")
# «4.8 نجوم على متجر آبل و4.5 على متجر غوغل»: a list of values each followed by the same preposition.
_PARALLEL_PREP_RE = re.compile(r" *(?P<prep>في|علي|لدي|عند)(?!\w)")
_WA_BEFORE_RE = re.compile(r"(?<![^\W\d_])و ?\Z")
_LINKABLE_NUMBERS = frozenset({"index-points", "index-value", "rating", "multiple", "compared", "parallel"})
# A word after a number that is neither a verb in the imperfect nor a prepositional phrase: its own noun.
_OWN_NOUN_AFTER_RE = re.compile(r" +(?![يتبفلكس])[^\W\d_]{2,}")
_INDEX_WORD_RE = re.compile(r"مؤشر|نقطه|نقاط")
_DIGIT_RE = re.compile(r"[0-9]")
_NON_YEAR_DIGIT_RE = re.compile(r"(?<![0-9])(?!(?:19|20)[0-9]{2}(?![0-9]))[0-9]")
_CONTINUING_OPENING_RE = re.compile(r" *[وف](?:في|خلال|بعد|مقابل|ب|ل|ال)")
_QUOTED_WORD_AFTER_RE = re.compile(r" *[«\"“]\w")
_MORE_NUMBERS_RE = re.compile(r"(?: *و *[0-9][0-9.,ر٫٬]*)+")


class ContextRules:
    """Mixed into :class:`desktop.core.claims.scan.Scan`: the rules that read a bare number from its context."""

    def infer_count(self, cand: Reading) -> None:
        """A bare number counts the metric of «عدد <noun>» (or a plural metric) before it, or repeats the
        sentence's last count. The nearer of the two wins; a money claim or a money word (أرباح، إيرادات،
        قيمة…) between that source and the number breaks the link, and so does an unlisted noun after it."""
        p = cand.phrase
        if cand.time or p.weak_latin or p.definite or p.value < 2 or _is_year(cand):  # «عام واحد»
            return
        after = self.g.metric_after.match(self.t, cand.end) if p.has_scale else None
        if after is not None:  # «250 ألفاً زيادة في عدد المشتركين»: the metric named right after
            cand.unit, cand.noun_category = self.lex.counted_noun(after.group("noun"))
            cand.kind, cand.rule, cand.entry = "count", "metric-after", f"units.{cand.unit}: {after.group('noun')}"
            cand.confidence -= 0.1
            return
        if G.FREE_AFTER_RE.match(self.t, cand.end) is None:
            if not (p.has_scale and (_FROM_AFTER_RE.match(self.t, cand.end) or G.LAM_AFTER_RE.match(self.t, cand.end))):
                return  # «15 من الشهر» is a date; «300 ألف من دول الخليج» still counts
        if _QUOTED_WORD_AFTER_RE.match(self.t, cand.end):
            return  # «80 مليون «مصري»»: a noun in quotes is the number's own
        lo = max(self.sentence_start(cand.start), self._last_money)
        subject = self._subject(lo, cand.start, p.has_scale)
        last = self._last_count if self._last_count and (self._last_count[0] >= lo or (
            self._last_count[0] > self._last_money and self._continues_sentence(cand, self._last_count[0]))) else None
        if last and p.has_scale and (subject is None or subject.end() < last[0]):
            source_end, cand.unit, cand.noun_category = last  # ellipsis: «10 آلاف موظف … و18 ألفا»
            cand.rule, cand.entry = "elided-noun", f"units.{cand.unit}"
        elif subject is not None:
            if not p.has_scale and not p.has_digits and p.value <= 10:
                return  # «انخفض عدد الشركات الرابحة … تحسنت ثلاثة»: a small number word counts something else
            source_end = subject.end()
            cand.unit, cand.noun_category = self.lex.counted_noun(subject.group("noun"))
            cand.rule, cand.entry = "metric-subject", f"units.{cand.unit}: {subject.group('noun')}"
        else:
            return
        if G.MONEY_CUE_RE.search(self.t, source_end, cand.start):
            cand.unit = cand.noun_category = cand.rule = cand.entry = ""
            return
        cand.kind = "count"
        cand.confidence -= 0.1

    def _subject(self, lo: int, hi: int, scaled: bool) -> re.Match[str] | None:
        """The last «عدد <plural>» between ``lo`` and ``hi``; a plural metric without «عدد» («تنزيلات
        المتجر», «الزيارات») only for a scaled number and only for the metrics of _METRICS."""
        subject = None
        for m in self.g.count_subject.finditer(self.t, lo, hi):
            if m.group("adad") or (scaled and self.lex.counted_noun(m.group("noun"))[0] in _METRICS):
                subject = m
        return subject

    def metric_overrides(self, cand: Reading) -> None:
        """«عدد المستخدمين … 6.5 ملايين شخص», «عدد المشتركين … 35 مليون مستخدم»: the metric named by «عدد»
        earlier in the sentence, with no count or sum between (a percent change of the metric keeps the link), is
        the unit; the noun after the number is a container."""
        last = self._last
        lo = max(self.sentence_start(cand.start), self._last_unit_end)
        if last is not None and last.rule == "metric-subject" and last.kind == "count" and last.end >= lo and \
                _may_stand_for(cand.unit, last.unit) and G.ELLIPSIS_GAP_RE.fullmatch(self.t, last.end, cand.start):
            cand.unit, cand.noun_category, cand.rule, cand.entry = last.unit, last.noun_category, last.rule, last.entry
            return  # «عدد المستخدمين … 76.4 مليون فرد مقابل 59 مليون فرد»: the compared count keeps the metric
        if "عدد" not in self.t[lo:cand.start]:
            return
        subject = None
        for m in self.g.count_subject.finditer(self.t, lo, cand.start):
            if m.group("adad"):
                subject = m
        if subject is None:
            return
        unit, category = self.lex.counted_noun(subject.group("noun"))
        if unit != cand.unit and _may_stand_for(cand.unit, unit) and \
                not G.MONEY_CUE_RE.search(self.t, subject.end(), cand.start) and \
                not _CLAUSE_TURN_RE.search(self.t, subject.end(), cand.start):
            cand.unit, cand.noun_category = unit, category
            cand.rule, cand.entry = "metric-subject", f"units.{unit}: {subject.group('noun')}"

    def infer_money(self, cand: Reading) -> None:
        """A bare scaled number repeats the currency of the sentence's last money claim, when no count
        came between: «14 مليار دولار العام الماضي، مقابل 11 مليارا في العام الذي سبقه». A restatement of that
        sum in words («(خمسة مليارات)») is kind number instead."""
        p = cand.phrase
        if cand.time or p.weak_latin or p.definite or not p.has_scale or self._last_money < 0:
            return
        if self._last_money < self.sentence_start(cand.start) and not self._continues_sentence(cand, self._last_money):
            return
        if self._last_count and self._last_count[0] > self._last_money and \
                not G.MONEY_CUE_RE.search(self.t, self._last_count[0], cand.start):
            return  # «… من ستة مستثمرين، ما رفع قيمة التمويل إلى 95 مليونا»: a money word after the count
        if G.FREE_AFTER_RE.match(self.t, cand.end) is None:
            return  # an unlisted noun follows: «11 مليون شجرة» is no sum of money
        if abs(p.value - self._last_money_value) <= 0.005 * max(p.value, 1e-12):
            cand.kind, cand.rule = "number", "restatement"
            return
        cand.kind = "money"
        cand.unit, cand.currencies = self._last_money_unit
        cand.rule, cand.entry = "elided-currency", f"currencies.{cand.unit}"
        cand.confidence -= 0.1

    def _continues_sentence(self, cand: Reading, source_end: int) -> bool:
        """«… 4 مليارات ريال في الربع الأول. وفي الربع الثاني 3.6 مليار»: a short sentence that opens with «و»
        right after the sentence of ``source_end`` and holds no other number continues its list."""
        lo = self.sentence_start(cand.start)
        return 0 < lo - source_end <= 40 and _CONTINUING_OPENING_RE.match(self.t, lo) is not None and \
            cand.start - lo <= 40 and not _NON_YEAR_DIGIT_RE.search(self.t, source_end, cand.start) and \
            self.t.find("\n", source_end, cand.start) < 0

    def infer_ellipsis(self, cand: Reading) -> None:
        """A bare number right after a claim, joined by «و», «مقابل», «إلى»…, repeats its unit even unscaled:
        «95 مليارديراً مقابل 80», «125.25 ريالا و98.75»; and «… 10 و11 على الترتيب» repeats the sentence's."""
        last = self._last
        p = cand.phrase
        if last is None or last.kind not in ("money", "count", "percent") or cand.time or p.definite:
            return
        if _is_year(cand) or last.end < self.sentence_start(cand.start):
            return
        if G.ELLIPSIS_GAP_RE.fullmatch(self.t, last.end, cand.start) is None and not self._respectively(cand):
            return
        if last.kind == "count" and p.value < 2:
            return
        if last.kind == "percent" and p.has_scale:
            return  # «بنسبة 11 في المائة، مقابل 540 ألف للسياح»: a scaled number is no percentage
        if last.phrase.has_scale and not p.has_scale and last.kind != "percent" and not self._respectively(cand):
            compared = "مقابل" in self.t[last.end:cand.start]
            if not compared or p.value < 100:
                return  # «6 آلاف موظف و500 في المصنع»; but «12 ألف موظف مقابل 9500» repeats the noun
        if G.FREE_AFTER_RE.match(self.t, cand.end) is None:
            return
        cand.kind, cand.unit, cand.noun_category, cand.currencies = last.kind, last.unit, last.noun_category, \
            last.currencies
        cand.rule = "elided-currency" if last.kind == "money" else "elided-noun"
        cand.entry = last.entry.split(": ")[0] if last.entry else ""
        if last.kind == "money" and not p.has_scale:
            reread = parse_phrase_digits(cand, self)
            if reread is not None:
                cand.phrase = reread
        cand.confidence -= 0.1

    def infer_compared(self, cand: Reading) -> None:
        """«مقابل 112.9» after «116.4 نقطة», «مقابل 80» after «95 مليارديراً عربياً»: a bare number compared
        with the sentence's last claim repeats its kind and unit."""
        last = self._linkable(cand)
        if last is None:
            return
        lo = max(self.sentence_start(cand.start), cand.start - 24)
        if G.RESPECTIVELY_AFTER_RE.match(self.t, cand.end) or not _COMPARED_BEFORE_RE.search(self.t, lo, cand.start):
            return
        if _AFTER_COMPARED_RE.match(self.t, cand.end) is not None:
            self._repeat(cand, last, "compared")

    def infer_parallel(self, cand: Reading) -> None:
        """«… بالمائة في المركبات الخفيفة و تسعة وسبعين في الجرارات»: a bare number after «و» followed by the
        preposition that followed the sentence's last claim is the next item of the same list."""
        last = self._linkable(cand)
        if last is None or cand.start - last.end > 60 or not _WA_BEFORE_RE.search(self.t, cand.start - 2, cand.start):
            return
        a, b = _PARALLEL_PREP_RE.match(self.t, last.end), _PARALLEL_PREP_RE.match(self.t, cand.end)
        if a is not None and b is not None and a.group("prep") == b.group("prep"):
            self._repeat(cand, last, "parallel")

    def _linkable(self, cand: Reading) -> Reading | None:
        """The sentence's last claim, when a bare number may take its unit by comparison or a parallel list."""
        last, p = self._last, cand.phrase
        if last is None or cand.time or cand.times or p.definite or p.weak_latin or _is_year(cand) or \
                G.MONTH_AFTER_RE.match(self.t, cand.end):
            return None
        if last.end < self.sentence_start(cand.start) or self.t.find("\n", last.end, cand.start) >= 0:
            return None
        if last.kind == "number" and last.rule not in _LINKABLE_NUMBERS:
            return None
        if last.kind == "count" and p.value < 2:
            return None
        if last.kind == "percent" and p.has_scale:
            return None  # «بزيادة 61 في المئة، مقارنة بـ 133 مليوناً»: the scaled number is the metric's
        if last.kind in ("money", "count") and last.phrase.has_scale and not p.has_scale and p.value < 100:
            return None  # «6 آلاف موظف … و5 في …» is no count of thousands
        return last

    def _repeat(self, cand: Reading, last: Reading, rule: str) -> None:
        cand.kind, cand.unit, cand.noun_category, cand.currencies = last.kind, last.unit, last.noun_category, \
            last.currencies
        cand.rule, cand.entry = rule, last.entry.split(": ")[0] if last.entry else ""
        if last.kind == "money" and not cand.phrase.has_scale:
            reread = parse_phrase_digits(cand, self)
            if reread is not None:
                cand.phrase = reread
        cand.confidence -= 0.1

    def infer_of_them(self, cand: Reading) -> None:
        """«18 ألف موظف حول العالم، بينهم 400 في دبي», «76 شركة، ارتفعت أسهم 41 منها», «ليرتفع العدد إلى 47»:
        a bare number said of the count just named is a count of the same unit."""
        p = cand.phrase
        if cand.time or cand.times or p.definite or p.weak_latin or p.value < 2 or _is_year(cand):
            return
        lo = self.sentence_start(cand.start)
        last = self._last_count if self._last_count and self._last_count[0] >= lo else None
        if last is None or G.MONEY_CUE_RE.search(self.t, last[0], cand.start):
            return
        if not (G.OF_THEM_BEFORE_RE.search(self.t, max(lo, cand.start - 30), cand.start)
                or G.OF_THEM_AFTER_RE.match(self.t, cand.end)):
            return
        if G.FREE_AFTER_RE.match(self.t, cand.end) is None and not G.OF_THEM_AFTER_RE.match(self.t, cand.end) and \
                not G.LAM_AFTER_RE.match(self.t, cand.end):
            return
        _end, cand.unit, cand.noun_category = last
        cand.kind, cand.rule, cand.entry = "count", "elided-noun", f"units.{cand.unit}"
        cand.confidence -= 0.1

    def infer_price(self, cand: Reading) -> None:
        """«سعر السهم 32 ريالاً … أغلق عند 38.50», «400 ليرة، بعد أن كانت 200 فقط»: an unscaled number where a
        price stands repeats the currency of the sentence's last (unscaled) sum."""
        p = cand.phrase
        if cand.time or cand.times or p.has_scale or p.definite or not p.has_digits or _is_year(cand):
            return
        if self._last_money < max(self.sentence_start(cand.start), self._last_unit_end) or \
                self._last_money_value >= 1e5:
            return
        if not G.PRICE_BEFORE_RE.search(self.t, max(self._last_money, cand.start - 12), cand.start):
            return
        between = self.t[self._last_money:cand.start]
        if G.MONTH_AFTER_RE.match(self.t, cand.end) or _INDEX_WORD_RE.search(between) or _DIGIT_RE.search(between):
            return  # another number between: «… 125 بيسة، … 46 ورقة مقابل 13 ورقة»
        if G.FREE_AFTER_RE.match(self.t, cand.end) is None and _OWN_NOUN_AFTER_RE.match(self.t, cand.end):
            return
        cand.kind = "money"
        cand.unit, cand.currencies = self._last_money_unit
        cand.rule, cand.entry = "elided-currency", f"currencies.{cand.unit}"
        reread = parse_phrase_digits(cand, self)
        if reread is not None:
            cand.phrase = reread
        cand.confidence -= 0.1

    def users_by_use(self, cand: Reading) -> None:
        """«ويستخدمه يومياً 3 ملايين شخص»: people who use a product, in the clause of the count, are its users."""
        lo = max(self.sentence_start(cand.start), self._last_unit_end)
        verb = G.USE_VERB_RE.search(self.t, lo, cand.start) or G.USE_VERB_RE.match(self.t, cand.end + 1)
        if verb is not None:
            cand.unit, cand.noun_category = "users", self.lex.units["users"].category
            cand.rule, cand.entry = "use-verb", f"units.users: {verb.group()}"

    def _respectively(self, cand: Reading) -> bool:
        """«… بنحو 10 و 11 على الترتيب»: the number, or a list of numbers it starts, ends in «على التوالي»."""
        more = _MORE_NUMBERS_RE.match(self.t, cand.end)
        return G.RESPECTIVELY_AFTER_RE.match(self.t, more.end() if more else cand.end) is not None

    def infer_index_value(self, cand: Reading) -> None:
        """«قفز مؤشر ثقة المستهلكين إلى 61.7», «وصولا عند 9812»: an index value after an index cue."""
        p = cand.phrase
        if cand.time or p.has_scale or p.definite or not p.has_digits or _is_year(cand) or cand.times or \
                G.MONTH_AFTER_RE.match(self.t, cand.end):
            return
        lo = self.sentence_start(cand.start)
        before = G.INDEX_VALUE_BEFORE_RE.search(self.t, max(lo, cand.start - 16), cand.start)
        if before is None:
            if self._ticker(cand):
                cand.kind, cand.rule = "number", "ticker"
            return
        if before.group().startswith("مقابل") and _AFTER_COMPARED_RE.match(self.t, cand.end) is None:
            return  # «46 ورقة مالية مقابل 13 ورقة مالية»: the number has its own noun
        if not G.INDEX_CUE_RE.search(self.t, lo, cand.start):
            return
        if G.FREE_AFTER_RE.match(self.t, cand.end) is None and _OWN_NOUN_AFTER_RE.match(self.t, cand.end):
            return  # «يستند المؤشر على 5 ركائز»: the number has its own noun (a verb, «بدعم» may follow)
        cand.kind, cand.rule = "number", "index-value"


    def _ticker(self, cand: Reading) -> bool:
        """«مؤشر دبي العام | 4,215.6 | +18.4 نقطة», «تاسي 11842.3 ▲ 52.6 (0.45%)»: on a short line that names an
        index, a number set off by a bar, a colon or an arrow is the index's level or move."""
        line_start = self.t.rfind("\n", 0, cand.start) + 1
        line_end = self.t.find("\n", cand.end)
        line_end = len(self.t) if line_end < 0 else line_end
        if line_end - line_start > _TICKER_LINE or not _TICKER_CUE_RE.search(self.t, line_start, cand.start):
            return False
        return bool(_TICKER_BEFORE_RE.search(self.t, max(line_start, cand.start - 4), cand.start)
                    or _TICKER_AFTER_RE.match(self.t, cand.end))


_TICKER_LINE = 120
_TICKER_CUE_RE = re.compile(r"مؤشر|تاسي|ناسداك|داو جونز|نيكاي|فوتسي|داكس|(?i:egx|tasi|dfm|adx|nasdaq|dow|s&p)")
_TICKER_BEFORE_RE = re.compile(r"[|:▲▼↑↓] *[+-]? *\Z")
_TICKER_AFTER_RE = re.compile(r" *(?:[|▲▼↑↓]|\([+-]?[0-9])")


def _may_stand_for(literal: str, metric: str) -> bool:
    """Whether a count's literal noun (unit ``literal``) may be read as the metric its sentence names."""
    if literal in _GENERIC_UNITS:
        return metric not in _POPULATION_METRICS
    return any(literal in family and metric in family for family in _FAMILIES)


def parse_phrase_digits(cand: Reading, scan: Scan) -> Phrase | None:
    """Re-read an unscaled number that took a currency by ellipsis (its separators may now be decimal)."""
    if not cand.raw_digits:
        return None
    value = read_digits(cand.raw_digits, currency=cand.unit, convention=scan.convention)
    return None if value is None else replace(cand.phrase, value=value)


def _is_year(cand: Reading) -> bool:
    return cand.raw_digits.isdigit() and len(cand.raw_digits) == 4 and not cand.phrase.has_scale and \
        1800 <= cand.phrase.value <= 2100
