"""Recognizers for site boilerplate in scraped Arabic and English pages, one line at a time."""

from __future__ import annotations

import re

from desktop.core.importing.matching import match_key, starts_with_phrase, word_count


def _keys(*phrases: str) -> frozenset[str]:
    return frozenset(match_key(phrase) for phrase in phrases)


# Short lines linking back to the site ("view original", "read more"), possibly with a site name.
LINK_PHRASES = _keys(
    "شاهد النسخة الأصلية", "عرض النسخة الأصلية", "اطلع على النسخة الأصلية", "اقرأ المزيد",
    "اقرأ الخبر كاملا", "اقرأ المقال كاملا", "اقرأ التفاصيل", "view original", "view the original",
    "read more", "read the full article", "continue reading", "see original",
)
# The same, but only as the whole line ("المزيد من الشركات…" is prose).
LINK_LINES = _keys("النسخة الأصلية", "المزيد", "اضغط هنا", "للمزيد اضغط هنا", "تابع القراءة", "click here")
# The heading of an inline box of links to other articles.
READ_ALSO_PHRASES = _keys(
    "اقرأ أيضا", "اقرأ أيضاً", "إقرأ أيضا", "طالع أيضا", "اقرأ كذلك", "مواضيع ذات صلة", "أخبار ذات صلة",
    "ذات صلة", "read also", "see also", "related", "related articles", "related stories",
    "اقرأ المزيد", "read more",
)
# Social buttons and follow prompts.
SHARE_PHRASES = _keys(
    "شارك", "شارك المقال", "شارك الخبر", "شارك هذا المقال", "شارك على فيسبوك", "شارك على تويتر",
    "تابعنا على", "تابعونا على", "انشر", "share", "share this article", "share on facebook",
    "tweet", "follow us on",
)
SOURCE_PHRASES = _keys("المصدر", "المصادر", "مصدر الخبر", "source", "sources")
DISCLAIMER_OPENERS = _keys("إخلاء المسؤولية", "إخلاء مسؤولية", "تنويه", "disclaimer")
# Phrases typical of a site's legal disclaimer; two of them in one paragraph make it one.
DISCLAIMER_MARKERS = _keys(
    "قد تحتوي هذه الصفحة", "جهات خارجية", "لأغراض إعلامية", "إخلاء المسؤولية", "لا ينبغي اعتباره",
    "نصيحة مالية", "نصيحة استثمارية", "مشورة مالية", "على مسؤوليتك", "لا تتحمل", "لا يعبر عن رأي",
    "وليس كإقرارات", "this page may contain", "third-party", "third party", "informational purposes",
    "financial advice", "investment advice", "disclaimer", "does not endorse", "at your own risk",
    "do your own research", "not be construed",
)

MAX_LINK_WORDS = 6
MAX_SOURCE_WORDS = 8
MAX_READ_ALSO_WORDS = 25
_NAV_SEPARATORS = re.compile(r"\s+[>|»›/•·]\s+")


def _is_nav(line: str) -> bool:
    """A breadcrumb or menu: three or more short labels joined by separators."""
    parts = _NAV_SEPARATORS.split(line.strip())
    return (
        len(parts) >= 3
        and all(1 <= word_count(part) <= 3 for part in parts)
        and all(any(char.isalpha() for char in part) for part in parts)
    )


def _is_disclaimer(key: str) -> bool:
    if starts_with_phrase(key, DISCLAIMER_OPENERS):
        return True
    return sum(marker in key for marker in DISCLAIMER_MARKERS) >= 2


def boilerplate_reason(line: str) -> str | None:
    """The removal tag for a block of site boilerplate, or None if it may be article text."""
    key = match_key(line)
    words = word_count(line)
    if not key:
        return None
    if key in LINK_LINES or (words <= MAX_LINK_WORDS and starts_with_phrase(key, LINK_PHRASES)):
        return "boilerplate-link"
    if words <= MAX_LINK_WORDS and key in SHARE_PHRASES:
        return "share"
    if words <= MAX_READ_ALSO_WORDS and starts_with_phrase(key, READ_ALSO_PHRASES):
        return "read-also"
    if (words <= MAX_SOURCE_WORDS and starts_with_phrase(key, SOURCE_PHRASES) and ":" in line
            and not line.rstrip().endswith(tuple("!?؟…"))):
        return "source-line"
    if _is_disclaimer(key):
        return "disclaimer"
    if _is_nav(line):
        return "nav"
    return None


def is_read_also_heading(line: str) -> bool:
    """True for a bare «اقرأ أيضا» heading whose links follow on the next lines."""
    return match_key(line) in READ_ALSO_PHRASES
