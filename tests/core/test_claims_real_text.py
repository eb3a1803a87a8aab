"""The grammar real Arabic news needs (issue 10); every sentence here is our own, written from PHENOMENA.md."""

from __future__ import annotations

import pytest

from desktop.core.claims.suggest import RULES, suggest


def readings(text: str) -> list[tuple[str, str, float, str]]:
    return [(s.text, s.kind, s.value, s.unit) for s in suggest(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «مرة» after a large number where the sentence downloads
        ("حمّل المستخدمون اللعبة 20 مليون مرة خلال عام.", [("20 مليون مرة", "count", 2e7, "downloads")]),
        ("نُزّل التطبيق ۲۰ مليون مرة منذ إطلاقه.", [("۲۰ مليون مرة", "count", 2e7, "downloads")]),
        ("بلغ عدد مرات تحميل المنصة 4.2 مليون مرة في الربع الأول.", [("4.2 مليون مرة", "count", 4.2e6, "downloads")]),
        # multiples and ratings are kind number
        ("غُطّي الاكتتاب 9 مرات في يومه الأخير.", [("9 مرات", "number", 9, "")]),
        ("يتداول السهم عند مضاعف ربحية 14 مرة.", [("14 مرة", "number", 14, "")]),
        ("ارتفعت أرباح المصرف ثلاثة أضعاف.", [("ثلاثة أضعاف", "number", 3, "")]),
        ("يحمل التطبيق تقييم 4.6 نجمة في المتجر.", [("4.6 نجمة", "number", 4.6, "")]),
        ("تكررت الأعطال 5 مرات هذا الشهر.", []),
        # an index value after an index cue without «نقطة»
        ("قفز مؤشر ثقة المستهلكين إلى 61.7 في مارس.", [("61.7", "number", 61.7, "")]),
        ("أغلق المؤشر العام وصولا عند 10412، بعد جلسة هادئة.", [("10412", "number", 10412, "")]),
        # an elided noun or currency repeats for unscaled numbers, and after a closing parenthesis
        ("ضمت القائمة 95 مليارديراً مقابل 80 العام الماضي.",
         [("95 مليارديراً", "count", 95, "billionaires"), ("80", "count", 80, "billionaires")]),
        ("وظفت الشركة 12 ألف عامل مقابل 9500 قبل عامين.",
         [("12 ألف عامل", "count", 12000, "workers"), ("9500", "count", 9500, "workers")]),
        ("بلغت حصة الصندوق الخمسة والعشرين بالمئة.", [("الخمسة والعشرين بالمئة", "percent", 25, "%")]),
        ("أغلق السهمان على 12.40 ريالا و9.85 على التوالي.",
         [("12.40 ريالا", "money", 12.4, "SAR"), ("9.85", "money", 9.85, "SAR")]),
        ("خصصت الشركة (750,000) سهم لموظفيها.", [("(750,000) سهم", "count", 750000, "shares")]),
        # definite number words, the article before digits, glued digits, a line break, ملايير, K and M
        ("ارتفعت الحصة إلى الخمسين بالمئة.", [("الخمسين بالمئة", "percent", 50, "%")]),
        ("باعت الدار الأربعة ملايين نسخة الأولى في شهر.", [("الأربعة ملايين نسخة", "count", 4e6, "copies")]),
        ("تجاوزت الإيرادات حاجز الـ300 مليون ريال.", [("300 مليون ريال", "money", 3e8, "SAR")]),
        ("خصصت الحكومة12 مليار درهم للطرق.", [("12 مليار درهم", "money", 1.2e10, "AED")]),
        ("رصدت الوزارة 3\nمليار دولار للبرنامج.", [("3\nمليار دولار", "money", 3e9, "USD")]),
        ("استثمر المغرب 8 ملايير درهم في الموانئ.", [("8 ملايير درهم", "money", 8e9, "MAD")]),
        ("وصلت المنصة إلى 1.4M مستخدم و800K متابع.",
         [("1.4M مستخدم", "count", 1.4e6, "users"), ("800K متابع", "count", 8e5, "followers")]),
        # a scale word is never one when digits stand right before it
        ("عرضت الشركة هاتف S24 مليون وحدة في أسبوع.", []),
        # currency grammar
        ("بلغ سعر التذكرة ريال واحد فقط.", [("ريال واحد", "money", 1, "SAR")]),
        ("ارتفع سهم البنك في بورصة الكويت 15 فلساً.", [("15 فلساً", "money", 0.015, "KWD")]),
        ("بلغ سعر السهم ديناران و125 فلساً.", [("ديناران و125 فلساً", "money", 2.125, "KWD")]),
        ("بيعت القطعة بسعر 7.250 دولارات.", [("7.250 دولارات", "money", 7.25, "USD")]),
        ("تبلغ قيمة الورقة 50 هللة.", [("50 هللة", "money", 0.5, "SAR")]),
        ("في بورصة مسقط صعد السهم بيستين، ووحدة المزايدة بيسة واحدة.",
         [("بيستين", "money", 0.002, "OMR"), ("بيسة واحدة", "money", 0.001, "OMR")]),
        ("انخفض الرقم القياسي لأسعار المنتجين إلى 131.2 مقابل 134.9 في الشهر السابق.",
         [("131.2", "number", 131.2, ""), ("134.9", "number", 134.9, "")]),
        ("تداول المستثمرون في المؤشر 52 ورقة مالية مقابل 17 ورقة مالية أمس.", []),
        # a range joined by و, مليون مليون, a restatement in words
        ("تراوحت حصص المستثمرين 31 و19 في المئة.", [("31", "percent", 31, "%"), ("19 في المئة", "percent", 19, "%")]),
        ("قدّر الصندوق الثروة بمليون مليون دولار.", [("مليون مليون دولار", "money", 1e12, "USD")]),
        ("بلغت المبيعات 5,000,000,000 دولار (خمسة مليارات) في السنة.",
         [("5,000,000,000 دولار", "money", 5e9, "USD"), ("خمسة مليارات", "number", 5e9, "")]),
        # rank and top-N phrases are distractors
        ("دخل المنتجع ضمن أفضل 10 فنادق في المنطقة.", []),
        ("يقيس المؤشر أداء أكبر 30 شركة مدرجة.", []),
    ],
)
def test_real_text_phenomena(text, expected):
    assert readings(text) == expected


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("أبرمت الشركة 3 آلاف صفقة في السوق.", "deals"),
        ("بلغ العدد الإجمالي للمشتركين 12.4 مليون زبون.", "subscribers"),
        ("يضم السوق 4 آلاف تاجر.", "merchants"),
        ("سجل الطرح 120 ألف مكتتب.", "investors"),
        ("تجاوز عدد لاعبي اللعبة 30 مليون لاعب.", "users"),
        ("بلغ عدد المستخدمين في المنصة 6.5 ملايين شخص.", "users"),
        ("وصل عدد عملائها إلى 2,300 شركة.", "customers"),
        ("أنتج المصنع 4 ملايين طن من الإسمنت.", "tons"),
        ("نشر الموقع 12 ألف مراجعة للمنتج.", "reviews"),
    ],
)
def test_one_vocabulary_synonyms_and_the_metric_a_sentence_names(text, unit):
    found = [s for s in suggest(text) if s.kind == "count"]
    assert [s.unit for s in found] == [unit]


def test_a_percent_change_keeps_the_metric_and_a_compared_count_repeats_it():
    text = "ارتفع عدد مستخدمي الإنترنت بنحو 6% ليبلغ 31 مليون فرد مقابل 29 مليون فرد قبل عام."
    assert [(s.text, s.unit) for s in suggest(text) if s.kind == "count"] == [
        ("31 مليون فرد", "users"), ("29 مليون فرد", "users")]


def test_a_ratio_base_and_a_metric_without_adad_after_a_scaled_number():
    assert [s.text for s in suggest("بلغ عدد الاشتراكات لكل 100 نسمة 140 اشتراكا.")] == ["140 اشتراكا"]
    found = suggest("ونمت الاشتراكات المدفوعة إلى 700 مليون عبر الخدمات.")
    assert [(s.text, s.kind, s.unit) for s in found] == [("700 مليون", "count", "subscriptions")]


def test_a_players_count_needs_a_game_in_its_sentence():
    assert suggest("ضم الفريق 23 لاعبا.") == []


def test_every_suggestion_names_its_rule_and_lexicon_entry():
    found = suggest("حمّل المستخدمون اللعبة 20 مليون مرة، وبلغت الإيرادات 3 مليارات دولار، بنسبة 12%.")
    assert [s.rule for s in found] == ["times-download", "currency-after", "percent"]
    assert all(s.rule in RULES for s in found)
    assert found[0].entry == "units.downloads: مره"
    assert found[0].why.startswith("«مرة» in a download context → downloads")
    assert "currencies.USD" in found[1].why


def test_fils_without_a_country_is_kuwaiti_and_a_country_settles_it():
    assert [(s.value, s.unit) for s in suggest("ارتفع السهم 15 فلساً.")] == [(0.015, "KWD")]
    assert [(s.value, s.unit) for s in suggest("في الإمارات بلغ السعر 50 فلساً.")] == [(0.5, "AED")]
