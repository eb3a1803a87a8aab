"""Recognizers for site boilerplate in scraped Arabic and English pages, one line at a time."""

from __future__ import annotations

import re
from functools import lru_cache

from desktop.core.importing.dates import date_in_text, is_date_line, strip_date_words, without_dates
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
    "شارك", "شارك المقال", "شارك الخبر", "شارك هذا", "شارك هذا المقال", "شارك على فيسبوك", "شارك على تويتر",
    "تابعنا على", "تابعونا على", "انشر", "share", "share this", "share this article", "share on facebook",
    "tweet", "follow us on", "تويتر", "فيسبوك", "فيس بوك", "واتساب", "واتس اب", "تيليجرام", "تلغرام", "لينكدإن",
    "انستغرام", "إنستغرام", "يوتيوب", "البريد الإلكتروني", "twitter", "facebook", "whatsapp", "telegram",
    "linkedin", "instagram", "youtube", "email", "x", "نسخ الرابط", "copy link",
)
# Photo credits and captions that sit alone on a line.
CAPTION_OPENERS = _keys("صورة", "صوره", "الصورة", "صور", "أرشيفية", "ارشيفيه", "photo", "image", "getty images",
                        "رويترز", "أ ف ب", "ا ف ب", "afp", "reuters", "epa")
# A post's category line, as blogs print it under the article.
CATEGORY_OPENERS = _keys("نشرت في", "نشر في", "نشر تحت", "تحت تصنيف", "التصنيف", "التصنيفات", "posted in",
                         "filed under", "categories")
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

# A media box «شاهد أيضاً» over a video: the heading and the video's caption go.
WATCH_ALSO_PHRASES = _keys(
    "شاهد أيضا", "شاهد أيضاً", "شاهد ايضا", "شاهد كذلك", "شاهد أيضا بالفيديو", "شاهد بالفيديو", "شاهد الفيديو",
    "فيديو ذو صلة", "فيديوهات ذات صلة", "شاهد", "watch also", "watch", "related video", "related videos",
)
# Headings that start what comes after the article on a page: more news, comments, the copyright line.
MORE_NEWS_PHRASES = _keys(
    "مواضيع أخرى", "أخبار أخرى", "اقرأ أيضا", "اقرأ أيضاً", "إقرأ أيضا", "أخبار ذات صلة", "مواضيع ذات صلة",
    "المزيد من الأخبار", "المزيد من", "الأكثر قراءة", "الأكثر مشاهدة", "الأكثر تداولا", "أخبار متعلقة",
    "مقالات ذات صلة", "قد يعجبك أيضا", "قد يهمك أيضا", "قد يهمك", "آخر الأخبار", "أحدث الأخبار", "التعليقات",
    "تعليقات", "أضف تعليق", "أضف تعليقك", "اترك تعليقا", "عناوين أخرى", "في نفس القسم", "من نفس القسم",
    "more news", "more stories", "related", "related articles", "related stories", "most read", "comments",
    "you may also like", "latest news",
)
COPYRIGHT_MARKERS = _keys("جميع الحقوق محفوظة", "كل الحقوق محفوظة", "حقوق النشر محفوظة", "all rights reserved",
                          "copyright")
# Tool links joined by «|»: print, e-mail to a friend, back, font size, comment, share.
TOOL_PHRASES = _keys(
    "طباعة", "اطبع", "أرسل", "ارسل", "أرسل هذا المقال لصديق", "أرسل لصديق", "ارسل لصديق", "رجوع", "عودة",
    "تكبير الخط", "تصغير الخط", "حجم الخط", "أضف تعليق", "تعليق", "شارك", "حفظ", "نسخ الرابط", "print", "email",
    "e-mail", "back", "share", "comment", "save",
)
# One-sentence notices that a page adds under an article without a heading.
NOTICE_MARKERS = _keys(
    "لا يمثل هذا المحتوى", "لا تمثل هذه المادة", "ليس نصيحة", "ليست نصيحة", "لا يعد نصيحة", "لا تعد نصيحة",
    "نصيحة بالشراء", "توصية بالشراء", "نصيحة استثمارية", "نصيحة مالية", "مشورة استثمارية", "مشورة مالية",
    "لا يعبر بالضرورة عن", "لا تعبر بالضرورة عن", "تعبر عن رأي كاتبها", "يعبر عن رأي كاتبه",
    "not financial advice", "not investment advice", "does not constitute", "views expressed",
)
# Byline openers, including labels that screen readers read out ("Author,", "Role,").
BYLINE_OPENERS = _keys(
    "بقلم", "كتب", "كتبت", "كتبه", "كتبته", "إعداد", "اعداد", "تحرير", "تقرير", "مراسل", "مراسلة", "الكاتب",
    "المحرر", "author", "role", "by", "written by", "reporting by",
)
# Labels that sit alone on a line: a live blog's badge, a breaking-news tag.
LABEL_LINES = _keys("مباشر", "بث مباشر", "تغطية مباشرة", "عاجل", "حصري", "خاص", "live", "breaking", "exclusive",
                    "تحديث", "محدث", "updated")
# A line of tags, or a prompt to subscribe.
TAG_OPENERS = _keys("وسوم", "الوسوم", "كلمات مفتاحية", "الكلمات المفتاحية", "الكلمات الدلالية", "تاغ", "tags",
                    "topics", "مواضيع")
SUBSCRIBE_PHRASES = _keys("اشترك في نشرتنا", "اشترك في النشرة", "اشترك في نشرتنا البريدية", "سجل بريدك",
                          "اشترك الآن", "subscribe to our newsletter", "sign up for our newsletter", "subscribe",
                          "تابعوا", "تابعونا", "تابع", "تابعوا آخر الأخبار", "follow")
# Where a «follow us» prompt sends the reader: a line starting «تابعوا» is a prompt only if it names one.
_CHANNELS = ("تيليجرام", "تلغرام", "تويتر", "فيسبوك", "واتساب", "يوتيوب", "انستغرام", "قناتنا", "قناة", "حسابنا",
             "حساب", "صفحتنا", "تطبيق", "نشرتنا", "البريد", "telegram", "twitter", "facebook", "whatsapp",
             "youtube", "instagram", "newsletter", "channel")
MAX_BYLINE_WORDS = 9
MAX_NOTICE_WORDS = 30
MAX_TOOL_PART_WORDS = 8
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


_TOOL_SEPARATOR = re.compile(r"\s*[|¦]\s*")
_EXCLUSIVE = re.compile(r"^\S.{0,40}?\s[-–—]\s*خاص$|^خاص\s*[-–—:]\s*\S.{0,40}$")
_QUANTITY_WORDS = re.compile(
    r"%|٪|\bبالمئه\b|\bبالمائه\b|\bالمئه\b|\bمليون|\bمليار|\bملايين|\bمليارات|\bالف\b|\bالاف\b|\bترليون"
    r"|\bpercent\b|\bmillion\b|\bbillion\b"
)
_DATE_OR_YEAR = re.compile(r"\b(?:19|20)\d\d\b|\d{1,2}:\d\d|\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}")


def holds_quantity(sentence: str) -> bool:
    """Whether a sentence states a quantity (a number other than a date, year or time, or a number word)."""
    key = without_dates(match_key(sentence).lower())
    if _QUANTITY_WORDS.search(key):
        return True
    return any(char.isdigit() for char in _DATE_OR_YEAR.sub(" ", key))


def is_tool_line(line: str) -> bool:
    """Tool links joined by «|» («طباعة | أرسل هذا المقال لصديق | رجوع»), whatever each part's length."""
    parts = [part for part in _TOOL_SEPARATOR.split(line.strip()) if part]
    if len(parts) < 2 or line.count("|") + line.count("¦") < 1:
        return False
    if any(part.rstrip().endswith(tuple(".!?؟")) or word_count(part) > MAX_TOOL_PART_WORDS for part in parts):
        return False
    tools = sum(bool(starts_with_phrase(match_key(part), TOOL_PHRASES)) for part in parts)
    return tools >= 1 or (len(parts) >= 3 and all(word_count(part) <= 4 for part in parts))


_LABEL_COMMA = re.compile(r"^(\w+)\s*[,،:]\s*")


def is_byline(line: str) -> bool:
    """A byline: «بقلم: …», "Author, …", «اسم الموقع – خاص»."""
    key = _LABEL_COMMA.sub(r"\1 ", match_key(line).lower())
    if word_count(line) > MAX_BYLINE_WORDS or line.rstrip().endswith(tuple(".!?؟")):
        return False
    return bool(starts_with_phrase(key, BYLINE_OPENERS)) or bool(_EXCLUSIVE.match(" ".join(line.split())))


def is_notice(line: str) -> bool:
    """A one-sentence notice without a heading («لا يمثل هذا المحتوى نصيحة بالشراء»)."""
    key = match_key(line).lower()
    return word_count(line) <= MAX_NOTICE_WORDS and any(marker in key for marker in NOTICE_MARKERS)


def is_copyright_line(line: str) -> bool:
    key = match_key(line).lower()
    return word_count(line) <= 20 and ("©" in line or any(marker in key for marker in COPYRIGHT_MARKERS))


def is_more_news_heading(line: str) -> bool:
    """A heading that opens the page's list of other articles or its comments."""
    key = match_key(line).lower()
    return word_count(line) <= 6 and bool(starts_with_phrase(key, MORE_NEWS_PHRASES))


def is_watch_also(line: str) -> bool:
    key = match_key(line).lower()
    return word_count(line) <= 25 and bool(starts_with_phrase(key, WATCH_ALSO_PHRASES)) and key != "شاهد"


def _is_disclaimer(key: str) -> bool:
    if starts_with_phrase(key, DISCLAIMER_OPENERS):
        return True
    if word_count(key) <= 12 and any(opener in key for opener in DISCLAIMER_OPENERS if word_count(opener) > 1):
        return True  # «انظر إلى إخلاء المسؤولية للحصول على التفاصيل»
    return sum(marker in key for marker in DISCLAIMER_MARKERS) >= 2


CACHED_LINE_CHARS = 2000  # lines up to this long are remembered (a few thousand of them): memory stays bounded


def boilerplate_reason(line: str) -> str | None:
    """The removal tag for a block of site boilerplate, or None if it may be article text."""
    # cleanup, the article's bounds and the prose checks ask about the same lines several times a page
    return _cached_reason(line) if len(line) <= CACHED_LINE_CHARS else _reason(line)


def _reason(line: str) -> str | None:
    key = match_key(line)
    words = word_count(line)
    if not key:
        return None
    if key in LINK_LINES or (words <= MAX_LINK_WORDS and starts_with_phrase(key, LINK_PHRASES)):
        return "boilerplate-link"
    if words <= MAX_LINK_WORDS and (key.lower() in SHARE_PHRASES or all(
            part.lower() in SHARE_PHRASES for part in key.split(" ") if part)):
        return "share"
    if words <= MAX_READ_ALSO_WORDS and starts_with_phrase(key, READ_ALSO_PHRASES):
        return "read-also"
    if (words <= MAX_SOURCE_WORDS and starts_with_phrase(key, SOURCE_PHRASES) and ":" in line
            and not line.rstrip().endswith(tuple("!?؟…"))):
        return "source-line"
    if _is_disclaimer(key) or is_notice(line):
        return "disclaimer"
    if _is_nav(line) or is_tool_line(line):
        return "nav"
    if is_copyright_line(line):
        return "copyright"
    if is_byline(line):
        return "byline"
    if is_watch_also(line):
        return "watch-also"
    if key.lower() in LABEL_LINES:
        return "label"
    if words <= 12 and starts_with_phrase(_LABEL_COMMA.sub(r"\1 ", key.lower()), TAG_OPENERS) and ":" in line:
        return "tags"
    if words <= 14 and starts_with_phrase(key.lower(), SUBSCRIBE_PHRASES) and (
            not key.lower().startswith(("تابع", "follow")) or any(channel in key.lower() for channel in _CHANNELS)):
        return "subscribe"
    if is_date_line(line) or _TIME_ONLY.match(key):
        return "date-line"
    if words <= 6 and starts_with_phrase(key.lower(), CAPTION_OPENERS) and not holds_quantity(line):
        return "caption"
    if words <= 8 and starts_with_phrase(key.lower(), CATEGORY_OPENERS) and not any(c.isdigit() for c in line):
        return "tags"
    return _meta_line(line)


_cached_reason = lru_cache(maxsize=4096)(_reason)


def _meta_line(line: str) -> str | None:
    """A short line giving a date and a byline together («١٤ مايو ٢٠٢٤ 08:15 م كتب فلان»)."""
    if word_count(line) > 16 or not any(char.isdigit() for char in line):
        return None
    rest = strip_date_words(line)
    if not rest or rest == match_key(line) or date_in_text(line) is None:
        return None
    if is_byline(rest):
        return "byline"
    if word_count(rest) <= 6 and not holds_quantity(rest) and not line.rstrip().endswith(tuple(".!?؟")):
        return "date-line"  # «الموقع - أبوظبي، نشر في 4 ديسمبر 2023»: where and when, no sentence
    return None


_TIME_ONLY = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:ص|م|am|pm|gmt|utc|بتوقيت \S+))?$", re.I)


# Reasons given by the text of a sentence (not by where it sits): removed per sentence, never when the
# sentence holds a quantity.
SENTENCE_REASONS = frozenset({"disclaimer", "source-line", "byline", "copyright", "watch-also", "date-line",
                              "subscribe"})
_SENTENCE_END = re.compile(r"(?<=[.!?؟…])[\s\u00a0]+(?=\S)")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences of `text` (ended by . ! ? ؟ … and a space)."""
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def sentence_reason(sentence: str) -> str | None:
    """Why one sentence is boilerplate by its own text, or None; a sentence holding a quantity never is."""
    reason = boilerplate_reason(sentence)
    if reason in SENTENCE_REASONS and holds_quantity(sentence) and reason != "copyright":
        return None
    return reason


def is_read_also_heading(line: str) -> bool:
    """True for a bare «اقرأ أيضا» heading whose links follow on the next lines."""
    return match_key(line) in READ_ALSO_PHRASES
