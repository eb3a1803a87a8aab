"""Rules that link a bare number to a claim or metric around it (issue 10, fourth round); our own sentences."""

from __future__ import annotations

import pytest

from desktop.core.claims.suggest import suggest


def readings(text: str) -> list[tuple[str, str, float, str]]:
    return [(s.text, s.kind, s.value, s.unit) for s in suggest(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a value compared with «مقابل» takes the kind and unit of the claim before it, whatever stands between
        ("صعد مؤشر الثقة إلى 98.2 نقطة في نوفمبر، مقابل 95.6 في أكتوبر.",
         [("98.2 نقطة", "number", 98.2, "points"), ("95.6", "number", 95.6, "points")]),
        ("نال المتجر تقييم 4.3 نجمة لدى المشترين مقابل 3.9 لدى البائعين.",
         [("4.3 نجمة", "number", 4.3, ""), ("3.9", "number", 3.9, "")]),
        ("ضم المؤتمر 640 مشاركاً دولياً مقابل 510 في الدورة السابقة.",
         [("640 مشاركاً", "count", 640, "participants"), ("510", "count", 510, "participants")]),
        # a scaled number after a percent is no percent: it repeats the metric's count
        ("نزّل المستخدمون اللعبة 36 مليون تنزيل بزيادة 20 في المئة، مقارنة بـ 30 مليوناً قبل عام.",
         [("36 مليون تنزيل", "count", 36e6, "downloads"), ("20 في المئة", "percent", 20, "%"),
          ("30 مليوناً", "count", 30e6, "downloads")]),
        # the next item of a list followed by the same preposition
        ("تراجعت المبيعات ثمانية بالمئة في جدة و خمسة عشر في الدمام.",
         [("ثمانية بالمئة", "percent", 8, "%"), ("خمسة عشر", "percent", 15, "%")]),
        ("حصلت اللعبة على 4.1 نجوم على أندرويد و3.7 على آيفون.",
         [("4.1 نجوم", "number", 4.1, ""), ("3.7", "number", 3.7, "")]),
        ("افتتح البنك 14 فرعاً في الشارقة و6 في عجمان.",
         [("14 فرعاً", "count", 14, "branches"), ("6", "count", 6, "branches")]),
        # a number restated in parentheses between the number and its unit
        ("استقطبت المنصة 450 ألف (أربعمئة وخمسين ألف) مشترك.", [("450 ألف (أربعمئة وخمسين ألف) مشترك", "count", 450000,
                                                           "subscribers")]),
        ("أصدر الصندوق خمسة ملايين (5,000,000) وحدة استثمارية.", [("خمسة ملايين (5,000,000) وحدة", "count", 5e6,
                                                              "units")]),
        # an index value without «نقطة»: after «من», never before its own noun, never a day of a month
        ("ارتفع مؤشر مديري المشتريات من 51.2 في يوليو إلى 53.9 في أغسطس.",
         [("51.2", "number", 51.2, ""), ("53.9", "number", 53.9, "")]),
        ("يقوم المؤشر على 7 محاور رئيسة.", []),
        ("يغطي تقرير المؤشر الفترة من 1 يناير حتى آخر مارس.", []),
        ("خسرت سوق الأسهم أمس 83 نقطة لتستقر عند 10250.",
         [("83 نقطة", "number", 83, "points"), ("10250", "number", 10250, "")]),
    ],
)
def test_links_to_the_claim_before(text, expected):
    assert readings(text) == expected


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # a generic noun yields to the metric; a specific one keeps its own unit
        ("بلغ عدد زوار المهرجان 2.3 مليون شخص.", "visitors"),
        ("بلغ عدد الأسر المستفيدة من الدعم 40 ألف أسرة.", "families"),
        ("وصل عدد موظفي المجموعة إلى 18 ألف موظف.", "employees"),
        ("توقع المحللون أن يبلغ عدد المكتتبين مليون مكتتب، وأن يحصل كل منهم على 40 سهما.", "shares"),
        # the nouns of one service's base stand for one another
        ("بلغ عدد عملاء المحفظة الرقمية 3 ملايين مستخدم.", "customers"),
        # a population counts people
        ("قدّر الجهاز عدد سكان المدينة بنحو 2.1 مليون نسمة.", "people"),
        # a clause that turns away ends the metric's reach
        ("لم تعلن الشركة عدد المستخدمين، لكنها قالت إن لديها 90 مليون مشترك.", "subscribers"),
    ],
)
def test_a_literal_noun_yields_to_the_metric_only_within_one_population(text, unit):
    assert [s.unit for s in suggest(text) if s.kind == "count"][-1] == unit


def test_the_definite_download_construct_names_downloads():
    text = "قال التقرير إن عدد مرات التحميل تجاوز 12 مليونا منذ الإطلاق."
    assert readings(text) == [("12 مليونا", "count", 12e6, "downloads")]


def test_a_country_after_li_and_a_plural_nisba_settle_the_currency():
    assert readings("بلغ عجز الموازنة للأردن 1.9 مليار دينار.")[-1][-1] == "JOD"
    assert readings("حوّل العمال التونسيون في الخارج 3 مليارات دينار.")[-1][-1] == "TND"


def test_calls_are_no_messages_and_a_video_is_a_video():
    assert readings("أجرى المشتركون 1.5 مليار مكالمة في رمضان.") == [("1.5 مليار", "number", 1.5e9, "")]
    assert readings("رفعت القناة 20 ألف فيديو.") == [("20 ألف فيديو", "count", 20000, "videos")]
