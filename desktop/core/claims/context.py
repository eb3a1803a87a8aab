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
                      "customers"})
# After «مقابل N» an index value is followed by punctuation or a preposition, never by its own noun.
_AFTER_COMPARED_RE = re.compile(r" *(?:[^\w\s]|\Z|[لب]\w*|(?:في|الي|علي|خلال|عن|مع|منذ|حتي)(?!\w))")
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
        if G.FREE_AFTER_RE.match(self.t, cand.end) is None:
            if not (p.has_scale and _FROM_AFTER_RE.match(self.t, cand.end)):
                return  # «15 من الشهر» is a date; «300 ألف من دول الخليج» still counts
        lo = max(self.sentence_start(cand.start), self._last_money)
        subject = self._subject(lo, cand.start, p.has_scale)
        last = self._last_count if self._last_count and self._last_count[0] >= lo else None
        if last and p.has_scale and (subject is None or subject.end() < last[0]):
            source_end, cand.unit, cand.noun_category = last  # ellipsis: «10 آلاف موظف … و18 ألفا»
            cand.rule, cand.entry = "elided-noun", f"units.{cand.unit}"
        elif subject is not None:
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
                G.ELLIPSIS_GAP_RE.fullmatch(self.t, last.end, cand.start):
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
        if unit != cand.unit and not G.MONEY_CUE_RE.search(self.t, subject.end(), cand.start):
            cand.unit, cand.noun_category = unit, category
            cand.rule, cand.entry = "metric-subject", f"units.{unit}: {subject.group('noun')}"

    def infer_money(self, cand: Reading) -> None:
        """A bare scaled number repeats the currency of the sentence's last money claim, when no count
        came between: «14 مليار دولار العام الماضي، مقابل 11 مليارا في العام الذي سبقه». A restatement of that
        sum in words («(خمسة مليارات)») is kind number instead."""
        p = cand.phrase
        if cand.time or p.weak_latin or p.definite or not p.has_scale or self._last_money < 0:
            return
        if self._last_money < self.sentence_start(cand.start):
            return
        if self._last_count and self._last_count[0] > self._last_money:
            return
        if G.FREE_AFTER_RE.match(self.t, cand.end) is None:
            return  # an unlisted noun follows: «11 مليون شجرة» is no sum of money
        if abs(p.value - self._last_money_value) <= 0.005 * max(p.value, 1e-12):
            cand.kind, cand.rule = "number", "restatement"
            return
        cand.kind = "money"
        cand.unit, cand.currencies = self._last_money_unit
        cand.rule, cand.entry = "elided-currency", f"currencies.{cand.unit}"
        cand.confidence -= 0.1

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

    def _respectively(self, cand: Reading) -> bool:
        """«… بنحو 10 و 11 على الترتيب»: the number, or a list of numbers it starts, ends in «على التوالي»."""
        more = _MORE_NUMBERS_RE.match(self.t, cand.end)
        return G.RESPECTIVELY_AFTER_RE.match(self.t, more.end() if more else cand.end) is not None

    def infer_index_value(self, cand: Reading) -> None:
        """«قفز مؤشر ثقة المستهلكين إلى 61.7», «وصولا عند 9812»: an index value after an index cue."""
        p = cand.phrase
        if cand.time or p.has_scale or p.definite or not p.has_digits or _is_year(cand) or cand.times:
            return
        lo = self.sentence_start(cand.start)
        before = G.INDEX_VALUE_BEFORE_RE.search(self.t, max(lo, cand.start - 16), cand.start)
        if before is None:
            return
        if before.group().startswith("مقابل") and _AFTER_COMPARED_RE.match(self.t, cand.end) is None:
            return  # «46 ورقة مالية مقابل 13 ورقة مالية»: the number has its own noun
        if not G.INDEX_CUE_RE.search(self.t, lo, cand.start):
            return
        cand.kind, cand.rule = "number", "index-value"



def parse_phrase_digits(cand: Reading, scan: Scan) -> Phrase | None:
    """Re-read an unscaled number that took a currency by ellipsis (its separators may now be decimal)."""
    if not cand.raw_digits:
        return None
    value = read_digits(cand.raw_digits, currency=cand.unit, convention=scan.convention)
    return None if value is None else replace(cand.phrase, value=value)


def _is_year(cand: Reading) -> bool:
    return cand.raw_digits.isdigit() and len(cand.raw_digits) == 4 and not cand.phrase.has_scale and \
        1800 <= cand.phrase.value <= 2100
