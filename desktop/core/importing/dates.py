"""Publication dates in saved pages: ISO metadata values and visible Arabic date lines (Hijri included)."""

from __future__ import annotations

import datetime as _dt
import math
import re
from functools import lru_cache

from desktop.core.importing.matching import match_key

# Month names as written across the Arab world, folded like match_key (hamza, alef maqsura) so one
# spelling matches all. Gregorian: Egypt/Gulf, the Levant (Syriac names), the Maghreb (French-derived).
_GREGORIAN = {
    1: "يناير كانون الثاني جانفي january jan",
    2: "فبراير شباط فيفري february feb",
    3: "مارس اذار march mar",
    4: "ابريل نيسان افريل april apr",
    5: "مايو ايار ماي may",
    6: "يونيو يونيه حزيران جوان june jun",
    7: "يوليو يوليه تموز جويلية يوليوز july jul",
    8: "اغسطس اب اوت غشت august aug",
    9: "سبتمبر ايلول شتنبر september sep sept",
    10: "اكتوبر تشرين الاول october oct",
    11: "نوفمبر تشرين الثاني نونبر november nov",
    12: "ديسمبر كانون الاول دجنبر december dec",
}
# Two-word names first, so «تشرين الاول» is not read as a one-word name.
_TWO_WORD = {"كانون الثاني": 1, "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الاول": 12}
_HIJRI = {
    "محرم": 1, "صفر": 2, "ربيع الاول": 3, "ربيع اول": 3, "ربيع الاخر": 4, "ربيع الثاني": 4, "ربيع ثاني": 4,
    "جمادي الاولي": 5, "جمادي الاول": 5, "جمادي الاخره": 6, "جمادي الاخرة": 6, "جمادي الثانيه": 6,
    "جمادي الثانية": 6, "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10, "ذو القعده": 11, "ذو القعدة": 11,
    "ذي القعدة": 11, "ذي القعده": 11, "ذو الحجه": 12, "ذو الحجة": 12, "ذي الحجة": 12, "ذي الحجه": 12,
}


def _gregorian_names() -> dict[str, int]:
    names = dict(_TWO_WORD)
    for month, words in _GREGORIAN.items():
        for word in words.split():
            if word not in {"كانون", "تشرين", "الاول", "الثاني"}:
                names[word] = month
    return names


_GREGORIAN_NAMES = _gregorian_names()


def _alternation(names) -> str:
    return "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))


# day, month name (optionally a second name after «/» as in «أيار/مايو»), year; in folded text.
_NAMED = re.compile(
    rf"(?<!\d)(\d{{1,2}})\s*(?:من\s+)?(?P<g>{_alternation(_GREGORIAN_NAMES)})"
    rf"(?:\s*[/(-]\s*(?:{_alternation(_GREGORIAN_NAMES)})\)?)?\s*,?\s*(\d{{4}})(?!\d)"
)
_NAMED_EN = re.compile(rf"(?P<g>{_alternation(_GREGORIAN_NAMES)})\s+(\d{{1,2}}),?\s+(\d{{4}})(?!\d)")
_HIJRI_DATE = re.compile(rf"(?<!\d)(\d{{1,2}})\s*(?P<h>{_alternation(_HIJRI)})\s*(\d{{4}})\s*(?:ه|هجري|هجريه|هجرية)?(?!\w)")
_YMD = re.compile(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_DMY = re.compile(r"(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)")
_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")


def _date(year: int, month: int, day: int) -> str | None:
    try:
        return _dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def hijri_to_gregorian(year: int, month: int, day: int) -> str | None:
    """The Gregorian date (ISO) of a date of the tabular Islamic calendar; may differ by a day from a
    sighting-based calendar such as Umm al-Qura."""
    if not (1 <= month <= 12 and 1 <= day <= 30 and 1 <= year <= 9999):
        return None
    julian_day = day + math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + (3 + 11 * year) // 30 + 1948438.5
    ordinal = int(julian_day - 1721424.5)
    try:
        return _dt.date.fromordinal(ordinal).isoformat()
    except (ValueError, OverflowError):
        return None


def iso_date(value: str | None) -> str | None:
    """The date (YYYY-MM-DD) of an ISO 8601 metadata value, or of a date written in words."""
    if not value:
        return None
    match = _ISO.match(value)
    if match:
        return _date(int(match[1]), int(match[2]), int(match[3]))
    return date_in_text(value)


def date_in_text(text: str) -> str | None:
    """The first Gregorian date written in `text` (Arabic or English month names, or digits), else
    its first Hijri date converted to Gregorian; None when it holds no date."""
    # the boilerplate, date-line and metadata checks ask about the same lines: short ones are remembered
    return _cached_date(text) if len(text) <= 2000 else _date_in_text(text)


def _date_in_text(text: str) -> str | None:
    """The first Gregorian date written in `text` (Arabic or English month names, or digits), else
    its first Hijri date converted to Gregorian; None when it holds no date."""
    if not any(char.isdigit() for char in text):
        return None
    key = match_key(text).lower()
    for pattern in (_NAMED, _NAMED_EN):
        match = pattern.search(key)
        if match:
            month = _GREGORIAN_NAMES[match["g"]]
            numbers = [int(g) for g in match.groups() if g and g.isdigit()]
            day, year = (numbers[0], numbers[1])
            found = _date(year, month, day)
            if found:
                return found
    match = _YMD.search(key)
    if match and 1900 <= int(match[1]) <= 2100:
        found = _date(int(match[1]), int(match[2]), int(match[3]))
        if found:
            return found
    match = _DMY.search(key)
    if match and 1900 <= int(match[3]) <= 2100:
        found = _date(int(match[3]), int(match[2]), int(match[1]))  # day first, as Arab sites write it
        if found:
            return found
    match = _HIJRI_DATE.search(key)
    if match and 1300 <= int(match[3]) <= 1600:
        return hijri_to_gregorian(int(match[3]), _HIJRI[match["h"]], int(match[1]))
    return None


_cached_date = lru_cache(maxsize=4096)(_date_in_text)


def without_dates(key: str) -> str:
    """A match key with its written dates (day, month name, year; Hijri; numeric) blanked out."""
    for pattern in (_NAMED, _NAMED_EN, _HIJRI_DATE, _YMD, _DMY):
        key = pattern.sub(" ", key)
    return key


_DATE_WORDS = re.compile(
    r"(?<!\w)(?:نشر|نشرت|تاريخ|النشر|اخر|تحديث|محدث|published|updated|posted|last|الساعه|الساعة|صباحا|مساء|ص|م|ه|"
    r"هجري|هجريه|هجرية|ميلادي|ميلاديه|ميلادية|الموافق|الموافقه|السبت|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|"
    r"الجمعه|الجمعة|في|بتوقيت|gmt|utc|am|pm|on|at|مكه|مكة|المكرمه|المكرمة|القاهرة|القاهره|غرينتش|جرينتش)(?!\w)"
    r"|\d+|[:/.,|()،\-–—]"
)


_MONTH_WORD = re.compile(rf"(?<!\w)(?:{_alternation(_GREGORIAN_NAMES)})(?!\w)")


def strip_date_words(text: str) -> str:
    """`text`'s match key without its dates, times, weekdays and words like «نشر في» (what is left beside them)."""
    key = match_key(text).lower()
    for pattern in (_NAMED, _HIJRI_DATE, _NAMED_EN, _MONTH_WORD, _DATE_WORDS):
        key = pattern.sub(" ", key)
    return " ".join(key.split())


def is_date_line(text: str) -> bool:
    """A short block that only says when the article was published or updated (and so is no article text)."""
    if len(text) > 160 or len(text.split()) > 16 or date_in_text(text) is None:
        return False
    return not strip_date_words(text)
