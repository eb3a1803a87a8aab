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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number said of the count just named: «بينهم», «منها», «ليرتفع العدد إلى»
        ("سرّحت المجموعة 9 آلاف عامل، بينهم 350 في مصانعها بطنجة.",
         [("9 آلاف عامل", "count", 9000, "workers"), ("350", "count", 350, "workers")]),
        ("أدرجت السوق 64 شركة، تراجعت أسهم 29 منها.",
         [("64 شركة", "count", 64, "companies"), ("29", "count", 29, "companies")]),
        ("اشترت الناقلة 8 طائرات جديدة ليصل العدد إلى 35.",
         [("8 طائرات", "count", 8, "aircraft"), ("35", "count", 35, "aircraft")]),
        # an unscaled price repeats the currency of the price before it; never across another number
        ("طُرح السهم بسعر 24 ريالاً، وأغلق في أولى جلساته عند 27.90.",
         [("24 ريالاً", "money", 24, "SAR"), ("27.90", "money", 27.9, "SAR")]),
        ("صار سعر الكيلو 900 ليرة سورية بعد أن كان 650 فقط.",
         [("900 ليرة سورية", "money", 900, "SYP"), ("650", "money", 650, "SYP")]),
        ("أغلق السهم على 110 بيسات، وتراجعت 30 ورقة مقابل 12 ورقة.", [("110 بيسات", "money", 0.11, "OMR")]),
        # people who use a product are its users
        ("يستخدم المنصة شهرياً 75 مليون شخص.", [("75 مليون شخص", "count", 75e6, "users")]),
        ("زار المعرض 75 ألف شخص.", [("75 ألف شخص", "count", 75000, "people")]),
        # multiples, frequencies, ratings out of 5, and time spent
        ("تضاعفت صادرات الشركة ضعفين في ثلاث سنوات.", [("ضعفين", "number", 2, "")]),
        ("يتحقق المستخدم من بريده 15 مرة يومياً.", [("15 مرة", "number", 15, "")]),
        ("تكررت الأعطال 4 مرات هذا الشهر.", []),
        ("نال الفندق 4.2 من 5 في تقييمات النزلاء.", [("4.2 من 5", "number", 4.2, "")]),
        ("فاز 3 من 5 مرشحين في الانتخابات.", []),
        ("افتُتح منتجع من فئة 5 نجوم على الساحل.", []),
        ("شاهد الجمهور 250 مليون ساعة من البث المباشر.", [("250 مليون ساعة", "number", 250e6, "")]),
        ("استغرق بناء الجسر 3 سنوات و9 ساعات من العمل الليلي.", []),
        # a sub-unit with one of its currency, and the currency its sentence names
        ("يباع الرغيف في عمّان بنحو دينار و150 فلساً.", [("دينار و150 فلساً", "money", 1.15, "JOD")]),
        ("تراجع سهم المصرف الفرنسي 40 سنتاً ليغلق عند 52.10 يورو.",
         [("40 سنتاً", "money", 0.4, "EUR"), ("52.10 يورو", "money", 52.1, "EUR")]),
        # number words: an accusative unit in a compound, a range whose ends stand in parentheses, a signed percent
        ("صنّع المعمل ثلاثمئة واثنين وعشرين ألفاً و مئة وخمساً وأربعين سيارة.",
         [("ثلاثمئة واثنين وعشرين ألفاً و مئة وخمساً وأربعين سيارة", "count", 322145, "cars")]),
        ("حُدد النطاق السعري بين (18) – (21) ريالاً للسهم.",
         [("18", "money", 18, "SAR"), ("(21) ريالاً", "money", 21, "SAR")]),
        ("أنهى السهم الجلسة على +3.5% بعد الإعلان.", [("3.5%", "percent", 3.5, "%")]),
        # a share of a total: «من إجمالي», «من العدد الإجمالي لـ»
        ("ذهبت 4.5 مليون من العدد الإجمالي للزيارات إلى المتحف الوطني.",
         [("4.5 مليون", "count", 4.5e6, "visits")]),
    ],
)
def test_counted_by_the_count_before_by_price_by_use_and_other_real_text_forms(text, expected):
    assert readings(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number between slashes (agency copy), never a date
        ("نمت الحركة بنسبة /4ر12/ بالمائة مقابل /7ر9/ بالمائة.",
         [("4ر12/ بالمائة", "percent", 12.4, "%"), ("7ر9/ بالمائة", "percent", 9.7, "%")]),
        ("صدر القرار في 21/4/2019 بعد مشاورات.", []),
        # a number in parentheses keeps the scale word after it
        ("استقبلت المنطقة نحو (2.4) مليون زائر في الموسم.", [("(2.4) مليون زائر", "count", 2.4e6, "visitors")]),
        # a lone «ضعف» is twice only after a copula or comparison
        ("سجلت الشركة مبيعات قياسية، وهي ضعف مبيعات العام الأول.", [("ضعف", "number", 2, "")]),
        ("أدى ضعف الطلب إلى تراجع الأسعار.", []),
        # years or days spent where the sentence spends them; «بـ» on a number of «مرات»
        ("أمضى المشاهدون 2.5 مليون سنة في متابعة المسلسل.", [("2.5 مليون سنة", "number", 2.5e6, "")]),
        ("تكونت هذه الصخور قبل 300 مليون سنة.", []),
        ("صار القطار أسرع بأربع مرات من الحافلة.", [("أربع مرات", "number", 4, "")]),
        # a partitive after a demonstrative, a noun in quotes
        ("ذهب 120 ألفاً من هؤلاء الزوار إلى المتحف.", [("120 ألفاً", "count", 120000, "visitors")]),
        ("باعت الشركة 3 ملايين سيارة، ويعيش في البلد 40 مليون «مواطن» آخر.",
         [("3 ملايين سيارة", "count", 3e6, "cars"), ("40 مليون", "number", 40e6, "")]),
    ],
)
def test_slashes_parentheses_doubles_time_spent_and_quoted_nouns(text, expected):
    assert readings(text) == expected


def test_a_sum_whose_parts_each_name_the_currency_is_one_claim():
    assert readings("سجلت أبوظبي 2 مليار درهم و450 مليون درهم من الصفقات.") == [
        ("2 مليار درهم و450 مليون درهم", "money", 2.45e9, "AED")]
    assert [s.rule for s in suggest("سجلت أبوظبي 2 مليار درهم و450 مليون درهم.")] == ["split-sum"]
    # two sums in a list stay two: another word stands between, or the second is not the lower part
    assert len(suggest("أنفقت 3 مليارات دولار في مصر و700 مليون دولار في تونس.")) == 2
    assert len(suggest("بلغت الإيرادات 4 ملايين دولار و2 مليون دولار على التوالي.")) == 2
