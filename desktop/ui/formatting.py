"""Showing claim values and summaries: locale grouping, units, and isolates around inserted values."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from desktop.core.store.models import Annotation, Category
from desktop.core.display import isolate_latin
from desktop.core.text import fold

from desktop.ui.i18n import isolate


_GROUPING: dict[tuple[str, str], QLocale] = {}


def grouping_locale(locale: QLocale | None = None) -> QLocale:
    """A copy of ``locale`` (default: the app's) that groups thousands; the C/POSIX locale becomes en_US.

    QLocale.c() sets OmitGroupSeparator, so values would show as 1700000000; Arabic keeps its own digits.
    """
    if locale is None:  # the app's locale, asked for once per cell of large tables: made once per locale
        default = QLocale()
        key = (default.name(), str(default.numberOptions()))
        cached = _GROUPING.get(key)
        if cached is None:
            cached = _GROUPING[key] = grouping_locale(default)
        return cached
    chosen = QLocale(locale)
    if chosen.language() == QLocale.Language.C:
        chosen = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    chosen.setNumberOptions(chosen.numberOptions() & ~QLocale.NumberOption.OmitGroupSeparator)
    return chosen


def format_number(value: float, locale: QLocale | None = None) -> str:
    """``1700000000.0`` → ``1,700,000,000`` with the locale's grouping; fractions keep only needed digits."""
    locale = grouping_locale(locale)
    if float(value).is_integer() and abs(value) < 2**62:
        return locale.toString(int(value))
    text = f"{value:.10f}".rstrip("0")
    decimals = len(text.split(".")[1]) if "." in text else 0
    return locale.toString(float(value), "f", min(decimals, 10))


def format_count(count: int, locale: QLocale | None = None) -> str:
    """A whole count in the locale's digits (``12``, ``١٢``), grouped like values."""
    return grouping_locale(locale).toString(int(count))


def format_percent(percent: float, locale: QLocale | None = None) -> str:
    """A percentage with one decimal in the locale's digits (``12.5``, ``١٢٫٥``), without the sign."""
    return grouping_locale(locale).toString(float(percent), "f", 1)


def format_value(value: float | None, unit: str = "", locale: QLocale | None = None, language: str | None = None) -> str:
    """A value with its unit (``1,700,000,000 EUR``), or an empty string when there is no value.

    With ``language`` the unit is named in that UI language (``١٬٧٠٠٬٠٠٠٬٠٠٠ يورو``); the store and the
    exports always keep the code.
    """
    if value is None:
        return ""
    number = format_number(value, locale)
    shown = unit_label(unit, language) if language else unit
    return f"{number} {shown}" if shown else number


# (from, scale, word): values from 10,000 on are shown in thousands, from a million in millions, and so on
_COMPACT = ((1e12, 1e12, QT_TRANSLATE_NOOP("Units", "tn")), (1e9, 1e9, QT_TRANSLATE_NOOP("Units", "bn")),
            (1e6, 1e6, QT_TRANSLATE_NOOP("Units", "mn")), (1e4, 1e3, QT_TRANSLATE_NOOP("Units", "k")))


def compact_value(value: float | None, unit: str = "", locale: QLocale | None = None, language: str = "en") -> str:
    """A short value for a narrow column: ``1.7 bn EUR``, ``١٫٧ مليار يورو``, ``25,000 users``; the exact
    value is in the tooltip and the editor."""
    if value is None:
        return ""
    for threshold, scale, word in _COMPACT:
        if abs(value) >= threshold:
            number = grouping_locale(locale).toString(round(value / scale, 2), "g", 6)
            number = f"{number} {QCoreApplication.translate('Units', word)}"
            break
    else:
        number = format_number(value, locale)
    shown = unit_label(unit, language)
    return f"{number} {shown}" if shown else number


def unit_label(unit: str, language: str | None) -> str:
    """A unit as the UI shows it: the code in English, its Arabic name from the lexicon in the Arabic UI
    (``EUR`` → «يورو», ``downloads`` → «تنزيل»); the store and every export keep the code."""
    if language != "ar" or not unit:
        return unit
    from desktop.core.claims.lexicon import unit_label as lexicon_unit_label  # lazily: not needed to start

    return lexicon_unit_label(unit, "ar")


def parse_number(text: str) -> float | None:
    """A number typed by the analyst (Arabic-Indic digits, grouping commas allowed); None when empty.

    Raises ValueError with a clear message for anything else.
    """
    cleaned = fold(text).replace(",", "").replace(" ", "").replace("\u00a0", "")
    if not cleaned:
        return None
    try:
        value = float(cleaned)
    except ValueError:
        raise ValueError(QCoreApplication.translate("Claims", "%s is not a number") % isolate(text)) from None
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError(QCoreApplication.translate("Claims", "%s is not a finite number") % isolate(text))
    return value


def category_label(category: Category | None, name: str, language: str) -> str:
    if category is None:
        return name
    return category.label_ar if language == "ar" else category.label_en


STATUS_LABELS_AR = {"unreviewed": "غير مراجع", "confirmed": "مؤكد", "disputed": "موضع خلاف", "rejected": "مرفوض"}


def status_label(status: str, language: str) -> str:
    return STATUS_LABELS_AR.get(status, status) if language == "ar" else status


KIND_LABELS_AR = {"money": "مبلغ مالي", "percent": "نسبة مئوية", "count": "عدد", "number": "رقم"}


def kind_label(kind: str | None, language: str) -> str:
    """The shown name of a claim's kind (``money`` → ``مبلغ مالي`` in the Arabic UI); empty when it has none."""
    if not kind:
        return ""
    return KIND_LABELS_AR.get(kind, kind) if language == "ar" else kind


def claim_tooltip(a: Annotation, category: Category | None, language: str, locale: QLocale | None = None) -> str:
    """Plain-text tooltip lines: category, value and unit, status and note, values isolated."""
    category_word = QCoreApplication.translate("Claims", "Category")
    value_word = QCoreApplication.translate("Claims", "Value")
    unit_word = QCoreApplication.translate("Claims", "Unit")
    status_word = QCoreApplication.translate("Claims", "Status")
    note_word = QCoreApplication.translate("Claims", "Note")
    lines = [f"{category_word}: {isolate(category_label(category, a.category, language))}"]
    value = format_value(a.value, a.unit, locale, language)
    if value:
        lines.append(f"{value_word}: {isolate(value)}")
    elif a.unit:
        lines.append(f"{unit_word}: {isolate(unit_label(a.unit, language))}")
    lines.append(f"{status_word}: {isolate(status_label(a.status, language))}")
    if a.origin == "suggested":
        lines.append(QCoreApplication.translate("Claims", "Suggested automatically"))
    if a.note:
        lines.append(f"{note_word}: {isolate(isolate_latin(a.note))}")
    return "\n".join(lines)
