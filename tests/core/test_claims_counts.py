"""Counts whose noun is not right after the number, index points, and the wider counted-noun lexicon."""

from __future__ import annotations

import re

import pytest

from desktop.core.claims.suggest import CATEGORIES, Suggestion, parse_quantity, suggest
from desktop.core.claims.lexicon import builtin_lexicon


def readings(text: str) -> list[tuple[str, str, float, str, str]]:
    return [(s.text, s.kind, s.value, s.unit, s.category) for s in suggest(text)]


def one(text: str) -> Suggestion:
    found = suggest(text)
    assert len(found) == 1, f"expected one claim in {text!r}, got {found}"
    return found[0]


# ---------------------------------------------------------------- «عدد <noun> … <number>»


@pytest.mark.parametrize(
    ("text", "span", "value", "unit", "category"),
    [
        ("بلغ عدد المشتركين في الباقة الجديدة أربعة ملايين.", "أربعة ملايين", 4e6, "subscribers", "users"),
        ("وصل عدد زوار المهرجان إلى 75 ألفا خلال أسبوع.", "75 ألفا", 75_000, "visitors", "other"),
        ("تجاوز عدد مستخدميها النشطين 30 مليونا.", "30 مليونا", 3e7, "users", "users"),
        ("ارتفعت أعداد السياح القادمين إلى المدينة لتبلغ 9 ملايين في الصيف.", "9 ملايين", 9e6, "tourists", "other"),
        ("بلغ عدد العاملين في القطاع 640 وفق الإحصاء.", "640", 640, "workers", "other"),
        ("زاد عدد التنزيلات من 3 ملايين إلى 7 ملايين.", "3 ملايين", 3e6, "downloads", "downloads"),
    ],
)
def test_a_bare_number_counts_the_noun_of_an_earlier_adad(text, span, value, unit, category):
    s = suggest(text)[0]
    assert (s.text, s.kind, s.value, s.unit, s.category) == (span, "count", value, unit, category)
    assert text[s.start : s.end] == span  # the span is the number alone


def test_both_ends_of_a_change_in_a_count_are_counts():
    assert readings("زاد عدد التنزيلات من 3 ملايين إلى 7 ملايين.") == [
        ("3 ملايين", "count", 3e6, "downloads", "downloads"),
        ("7 ملايين", "count", 7e6, "downloads", "downloads"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "ارتفع عدد المستخدمين كثيرا في 2024.",  # a year is no count
        "ارتفع عدد المستخدمين خلال عام واحد فقط.",  # «واحد» is an adjective
        "بلغ عدد الزوار في 15 من الشهر الماضي رقما قياسيا.",  # a date
        "بلغ عدد المستخدمين في 12 دولة رقما قياسيا.",  # 12 counts its own noun, دولة
        "قال إن عدد الموظفين سيرتفع. وبلغ الدين 4 ملايين.",  # another sentence
    ],
)
def test_adad_does_not_reach_numbers_that_count_something_else(text):
    assert [s for s in suggest(text) if s.kind == "count"] == []


def test_a_money_word_between_adad_and_the_number_breaks_the_link():
    assert readings("بلغ عدد العملاء 3 ملايين، وارتفعت الأرباح إلى 700 مليون.") == [
        ("3 ملايين", "count", 3e6, "customers", "other"),
        ("700 مليون", "number", 7e8, "", "other"),
    ]


# ---------------------------------------------------------------- «<number> من <plural>»


@pytest.mark.parametrize(
    ("text", "span", "value", "unit", "category"),
    [
        ("انضم إلى النقابة ثلاثون ألفا من العمال.", "ثلاثون ألفا", 30_000, "workers", "other"),
        ("اشترك في الخدمة 4 ملايين من المشتركين الجدد.", "4 ملايين", 4e6, "subscribers", "users"),
        ("استغنت الشركة عن 1500 من موظفيها.", "1500", 1500, "employees", "other"),
        ("حضر المعرض 200 ألف من الزوار.", "200 ألف", 200_000, "visitors", "other"),
        ("خدم المستشفى مليونين من المرضى.", "مليونين", 2e6, "patients", "other"),
        ("يملك الحساب 900 ألف من عملائها.", "900 ألف", 900_000, "customers", "other"),
    ],
)
def test_a_number_counts_the_definite_plural_after_min(text, span, value, unit, category):
    s = one(text)
    assert (s.text, s.kind, s.value, s.unit, s.category) == (span, "count", value, unit, category)


def test_min_with_an_accusative_scale_is_no_dual():
    assert one("وظفت ألفا من الشباب").value == 1000  # «ألفاً من» is one thousand; «ألفا موظف» would be two


@pytest.mark.parametrize(
    "text",
    [
        "تُعد واحدة من الشركات الرائدة.",  # «one of»
        "صدرت النسخة 3.0 من البرنامج.",  # a singular after من
        "تلقت 40 من مستثمرين أجانب عروضا.",  # an indefinite plural after من: a source, no count
    ],
)
def test_min_without_a_definite_plural_or_with_one_counts_nothing(text):
    assert [s for s in suggest(text) if s.kind == "count"] == []


def test_a_currency_before_the_number_wins_over_min():
    assert readings("جمعت $75 million من المستثمرين.") == [("$75 million", "money", 7.5e7, "USD", "amount")]


def test_parse_quantity_reads_a_min_count():
    s = parse_quantity("5 آلاف من الموظفين")
    assert (s.text, s.kind, s.value, s.unit) == ("5 آلاف", "count", 5000, "employees")


# ---------------------------------------------------------------- ellipsis


def test_a_bare_scaled_number_repeats_the_last_count_of_its_sentence():
    assert readings("يعمل في فروعها 6 آلاف موظف في الإمارات و11 ألفا في قطر.") == [
        ("6 آلاف موظف", "count", 6000, "employees", "other"),
        ("11 ألفا", "count", 11_000, "employees", "other"),
    ]
    assert readings("بلغت التنزيلات 2 مليون تنزيل في يناير، و3 ملايين في فبراير.")[1] == (
        "3 ملايين", "count", 3e6, "downloads", "downloads")


@pytest.mark.parametrize(
    "text",
    [
        "وظفت 6 آلاف موظف. وقال المدير إن 11 ألفا تقدموا للعمل.",  # another sentence, about something else
        "وظفت 6 آلاف موظف وجمعت 40 مليون دولار ثم 11 مليونا.",  # a money claim came between
        "وظفت 6 آلاف موظف وبلغت أرباحها 11 مليونا.",  # a money word came between
        "يعمل لديها 6 آلاف موظف وتنتج 40 مليون علبة سنويا.",  # an unlisted noun of its own follows
    ],
)
def test_the_ellipsis_stops_at_a_sentence_end_and_at_money(text):
    assert [s.kind for s in suggest(text)][-1] != "count"


def test_a_scaled_number_followed_by_min_and_an_unlisted_noun_still_takes_the_count():
    assert readings("استقبلت 800 ألف سائح، منهم 300 ألف من دول الخليج.")[1] == (
        "300 ألف", "count", 300_000, "tourists", "other")


def test_the_ellipsis_takes_only_scaled_numbers():
    assert readings("وظفت 6 آلاف موظف و500 في المصنع.") == [("6 آلاف موظف", "count", 6000, "employees", "other")]


# ---------------------------------------------------------------- index points, percentage points


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("أغلق مؤشر السوق عند 12,004.5 نقطة.", "12,004.5 نقطة", 12_004.5),
        ("ليغلق عند 8,100 نقطة.", "8,100 نقطة", 8100),
        ("ارتفع المؤشر 75 نقطة.", "75 نقطة", 75),
        ("صعد ناسداك 5 نقاط.", "5 نقاط", 5),
    ],
)
def test_index_levels_and_moves_are_in_points(text, span, value):
    s = one(text)
    assert (s.text, s.kind, s.value, s.unit, s.category) == (span, "number", value, "points", "other")


def test_points_without_a_market_cue_are_not_claims():
    assert suggest("أحرز الفريق 30 نقطة في الموسم.") == []


def test_percentage_points_are_a_percent_and_basis_points_stay_a_count():
    assert readings("تراجعت البطالة 2.5 نقطة مئوية.") == [("2.5 نقطة مئوية", "percent", 2.5, "%", "other")]
    assert readings("رفع المؤشر الفائدة 50 نقطة أساس.") == [("50 نقطة أساس", "count", 50, "basis points", "other")]


# ---------------------------------------------------------------- the counted-noun lexicon


@pytest.mark.parametrize(
    ("phrase", "unit"),
    [
        ("ألف حاج", "pilgrims"), ("مئة ألف شاب", "youths"), ("3 آلاف شابة", "youths"),
        ("40 مهندسا", "engineers"), ("500 مهندسة", "engineers"), ("مليون طفل", "children"),
        ("120 ألف طالبة", "students"), ("20 ألف تلميذ", "students"), ("300 ممرضة", "nurses"),
        ("900 متطوع", "volunteers"), ("12 ألف مستثمر", "investors"), ("70 ألف مساهم", "shareholders"),
        ("4 آلاف حافلة", "buses"), ("مئتي شاحنة", "trucks"), ("30 طائرة", "aircraft"),
        ("ألف مركبة", "vehicles"), ("ثلاثة ملايين سيارة", "cars"), ("15 سفينة", "ships"),
        ("20 ألف شقة", "apartments"), ("500 فيلا", "villas"), ("ألف وحدة سكنية", "housing units"),
        ("مليون شجرة", "trees"), ("400 سرير", "beds"), ("30 مدرسة", "schools"), ("ثماني جامعات", "universities"),
        ("12 مستشفى", "hospitals"), ("60 عيادة", "clinics"), ("300 فرعا", "branches"), ("40 متجرا", "stores"),
        ("120 محلا", "stores"), ("25 مطعما", "restaurants"), ("80 فندقا", "hotels"), ("3 آلاف غرفة فندقية", "hotel rooms"),
        ("مليوني رحلة", "flights"), ("500 ألف جهاز", "devices"), ("مليون هاتف ذكي", "phones"),
        ("200 مصنع", "factories"), ("3 آلاف شركة ناشئة", "startups"), ("120 شركة", "companies"),
        ("مليون برميل", "barrels"), ("4 ملايين طن", "tons"), ("50 ألف فدان", "feddans"),
        ("مليون وجبة", "meals"), ("5 ملايين مسافر", "passengers"), ("مليون راكب", "passengers"),
        ("ألفي سائح", "tourists"), ("9 آلاف زائرة", "visitors"), ("6 آلاف مريض", "patients"),
        ("120 حالة", "cases"), ("20 ألف وظيفة", "jobs"), ("ألف فرصة عمل", "jobs"), ("300 ألف طلب", "orders"),
        ("مليونا مستخدم", "users"), ("وحدتين", None),
    ],
)
def test_the_lexicon_reads_singular_dual_and_plural_forms(phrase: str, unit: str | None):
    found = suggest("سجلت " + phrase)
    if unit is None:
        assert found == []  # a dual noun alone has no number before it
        return
    s = found[0]
    assert (s.kind, s.unit, s.text) == ("count", unit, phrase)


def test_a_dual_noun_after_a_number_and_a_dual_construct_are_read():
    assert one("افتتحت 2 مصنعين").unit == "factories"
    assert one("بلغ مليونا مستخدم").value == 2e6


@pytest.mark.parametrize("text", ["شاركت 150 دولة", "ضم الفريق 23 لاعبا", "يبلغ ارتفاعه 828 مترا",
                                  "حضر 12 وزيرا", "لمدة 3 سنوات", "تكررت 5 مرات"])
def test_nouns_the_press_counts_without_a_claim_stay_out(text: str):
    assert suggest(text) == []


def test_lexicon_is_wide_well_formed_and_one_lookup():
    lex = builtin_lexicon()
    assert len(lex.units) >= 120 and len(lex.noun_forms) >= 700
    for form, unit in lex.noun_forms.items():
        assert re.fullmatch(r"[a-z][a-z ]*[a-z]", unit), unit
        assert lex.units[unit].category in CATEGORIES
        assert re.fullmatch(r"[\u0621-\u064a]+(?: [\u0621-\u064a]+){0,2}", form), form
        assert "ة" not in form and "ى" not in form and "أ" not in form  # the lexicon is folded on load
        assert lex.counted_noun(form) == (unit, lex.units[unit].category)
    users = {u for u, entry in lex.units.items() if entry.category == "users"}
    assert users == {"users", "subscribers", "subscriptions"}
