"""What the fifth study of real news taught the grammar (PHENOMENA.md, fifth round); every sentence here is our own."""

from __future__ import annotations

import pytest

from desktop.core.claims.suggest import RULES, suggest


def readings(text: str) -> list[tuple[str, str, float, str]]:
    return [(s.text, s.kind, s.value, s.unit) for s in suggest(text)]


CASES = [
    # a compound number without «و» between its groups
    ("بلغ عدد المشتركين 12 مليوناً 300 ألف مشترك بنهاية العام.",
     [("12 مليوناً 300 ألف مشترك", "count", 12_300_000, "subscribers")]),
    ("ارتفعت الاشتراكات إلى 9 ملايين 45 ألفاً و210 اشتراكات في يونيو.",
     [("9 ملايين 45 ألفاً و210 اشتراكات", "count", 9_045_210, "subscriptions")]),
    ("رصدت البلدية 2 مليار 750 مليون درهم للطرق.", [("2 مليار 750 مليون درهم", "money", 2.75e9, "AED")]),
    ("تجاوز عدد الزوار مليوناً 200 ألف زائر.", [("مليوناً 200 ألف زائر", "count", 1_200_000, "visitors")]),
    # «⁒» for %, and digits glued to a word before %
    ("ارتفع عدد الوافدين بنسبة 12,5 ⁒ خلال الربع.", [("12,5 ⁒", "percent", 12.5, "%")]),
    ("زادت الصادرات بنسبة 7,4⁒ في النصف الأول.", [("7,4⁒", "percent", 7.4, "%")]),
    ("سجل المؤشر ارتفاعاً نسبته3ر1% في التعاملات.", [("3ر1%", "percent", 1.3, "%")]),
    # «كمية الأسهم» names the shares a bare scaled number counts
    ("ارتفعت كمية الأسهم المتداولة إلى 180.4 مليون من 162 مليوناً أمس.",
     [("180.4 مليون", "count", 180.4e6, "shares"), ("162 مليوناً", "count", 162e6, "shares")]),
    ("بلغت قيمة التداول 3.1 مليار ريال، وتراجعت كمية الأسهم المتبادلة إلى 95 مليوناً.",
     [("3.1 مليار ريال", "money", 3.1e9, "SAR"), ("95 مليوناً", "count", 95e6, "shares")]),
    # a scaled number never repeats a percentage's unit
    ("زاد عدد السياح الإيطاليين بنسبة 11 في المائة، مقابل 540 ألف للسياح الألمان.",
     [("11 في المائة", "percent", 11, "%"), ("540 ألف", "count", 540_000, "tourists")]),
    # a list joined by «و» whose unit stands once at its end
    ("نمت المبيعات في المدن الثلاث بنسب 14 و9 و6 في المائة على التوالي.",
     [("14", "percent", 14, "%"), ("9", "percent", 9, "%"), ("6 في المائة", "percent", 6, "%")]),
    ("تراجع الإنتاج في البلدين بمقدار 40 ألفا، و25 ألف برميل يوميا على الترتيب.",
     [("40 ألفا", "count", 40_000, "barrels"), ("25 ألف برميل", "count", 25_000, "barrels")]),
    ("خفضت الشركتان العمالة بواقع 3 آلاف و2 آلاف موظف على التوالي.",
     [("3 آلاف", "count", 3000, "employees"), ("2 آلاف موظف", "count", 2000, "employees")]),
    # bare numbers listed after names between two claims of one unit
    ("تصدرت الرياض بعدد 5120 وحدة، تلتها جدة 2210، ثم الدمام 870، والخبر 410، والطائف 190 وحدة.",
     [("5120 وحدة", "count", 5120, "units"), ("2210", "count", 2210, "units"), ("870", "count", 870, "units"),
      ("410", "count", 410, "units"), ("190 وحدة", "count", 190, "units")]),
    ("أغلق سهم الأول عند 24.50 ريال، والثاني 18.20، والثالث 9.75 ريال.",
     [("24.50 ريال", "money", 24.5, "SAR"), ("18.20", "money", 18.2, "SAR"), ("9.75 ريال", "money", 9.75, "SAR")]),
    # «مبايعة» is a deal; plots of land; «وحدة» under «عدد الصفقات» is a deal
    ("سجلت الدائرة 2890 مبايعة لوحدات سكنية و311 مبايعات لأراض.",
     [("2890 مبايعة", "count", 2890, "deals"), ("311 مبايعات", "count", 311, "deals")]),
    ("بيعت في الشهر 3120 قطعة أرض و85 أرضاً زراعية.",
     [("3120 قطعة أرض", "count", 3120, "plots"), ("85 أرضاً", "count", 85, "plots")]),
    ("ارتفع عدد الصفقات العقارية إلى 14200 وحدة عقارية خلال الشهر.",
     [("14200 وحدة", "count", 14200, "deals")]),
    ("باعت الشركة 1200 وحدة سكنية عبر 950 صفقة.",
     [("1200 وحدة سكنية", "count", 1200, "housing units"), ("950 صفقة", "count", 950, "deals")]),
    # nights spent in hotels
    ("بلغت ليالي المبيت 18.4 مليون ليلة في الفنادق المصنفة.", [("18.4 مليون ليلة", "number", 18.4e6, "")]),
    ("استقبلت المدينة زيادة قدرها 640000 ليلة إضافية.", [("640000 ليلة", "number", 640_000, "")]),
    # ticker lines
    ("مؤشر السوق الرئيسي | 7,412.8 | +21.5 نقطة | 0.29%",
     [("7,412.8", "number", 7412.8, ""), ("21.5 نقطة", "number", 21.5, "points"), ("0.29%", "percent", 0.29, "%")]),
    ("تاسي 11290.4 ▼ 38.2 (0.34%)",
     [("11290.4", "number", 11290.4, ""), ("38.2", "number", 38.2, ""), ("0.34%", "percent", 0.34, "%")]),
    # a list that runs across a sentence break
    ("بلغت مبيعات الشركة 4 مليارات ريال في الربع الأول. وفي الربع الثاني 3.6 مليار.",
     [("4 مليارات ريال", "money", 4e9, "SAR"), ("3.6 مليار", "money", 3.6e9, "SAR")]),
    ("باعت المجموعة 1.2 مليون سيارة في 2024. وخلال العام السابق 1.1 مليون.",
     [("1.2 مليون سيارة", "count", 1.2e6, "cars"), ("1.1 مليون", "count", 1.1e6, "cars")]),
    # a change in a metric named right after the number
    ("سجل القطاع 250 ألف زيادة في عدد المشتركين خلال الربع.", [("250 ألف", "count", 250_000, "subscribers")]),
    # a headline line ending in «أشهر» is no rank of the next line's number
    ("استقطبت الشبكة 1.2 مليون اشتراك في 9 أشهر\n14.5 مليون اشتراك بنهاية سبتمبر",
     [("1.2 مليون اشتراك", "count", 1.2e6, "subscriptions"), ("14.5 مليون اشتراك", "count", 14.5e6, "subscriptions")]),
    # dots that group thousands before a decimal dot (Jordanian copy); bus nouns of Egyptian car-market reports
    ("ارتفعت الودائع بمقدار 1.116.8 مليون دينار أردني.", [("1.116.8 مليون دينار أردني", "money", 1116.8e6, "JOD")]),
    ("قفزت مبيعات الحافلات إلى 1862 أتوبيساً مقابل 1186 باصاً.",
     [("1862 أتوبيساً", "count", 1862, "buses"), ("1186 باصاً", "count", 1186, "buses")]),
    # budgeted posts of a Moroccan finance bill are jobs; «قانون المالية» settles the dirham
    ("خصص قانون المالية 12,4 مليار درهم للدعم وأحدث 25 ألفا و120 منصبا ماليا.",
     [("12,4 مليار درهم", "money", 12.4e9, "MAD"), ("25 ألفا و120 منصبا ماليا", "count", 25_120, "jobs")]),
    ("نالت وزارة الصحة 4100 منصب مالي، و6 آلاف لإدارة الأمن، و2200 لوزارة التعليم، و900 منصب لوزارة العدل.",
     [("4100 منصب مالي", "count", 4100, "jobs"), ("6 آلاف", "count", 6000, "jobs"), ("2200", "count", 2200, "jobs"),
      ("900 منصب", "count", 900, "jobs")]),
    ("يقترح المشروع 15 ألف منصب للتعليم، منها 12 ألفا لتوظيف الأساتذة.",
     [("15 ألف منصب", "count", 15_000, "jobs"), ("12 ألفا", "count", 12_000, "jobs")]),
    # a number in parentheses before its percent; a compound ending in 3–10 takes the plural scale
    ("زادت الإيرادات بنسبة (18) بالمئة عن المقدر.", [("(18) بالمئة", "percent", 18, "%")]),
    ("بلغت الإيرادات خمس مئة وثمانية مليارات ريال.", [("خمس مئة وثمانية مليارات ريال", "money", 508e9, "SAR")]),
    ("قُدرت النفقات بمبلغ (612.000.000.000) ست مئة واثني عشر مليار ريال.",
     [("(612.000.000.000) ست مئة واثني عشر مليار ريال", "money", 612e9, "SAR")]),
    # a gold karat is no range's left end; «ما مقداره» before an index value; a money word after a count
    ("ارتفع سعر الذهب عيار 18 إلى 4210 جنيها للجرام.", [("4210 جنيها", "money", 4210, "EGP")]),
    ("بلغ الرقم القياسي لأسعار المستهلك ما مقداره 108.45 مقابل 106.9 قبل عام.",
     [("108.45", "number", 108.45, ""), ("106.9", "number", 106.9, "")]),
    ("جمعت المنصة 40 مليون دولار من ستة مستثمرين، ما رفع قيمة التمويل الإجمالي إلى 95 مليونا.",
     [("40 مليون دولار", "money", 40e6, "USD"), ("ستة مستثمرين", "count", 6, "investors"),
      ("95 مليونا", "money", 95e6, "USD")]),
    # a percentage compared with the day before, «أمس» after it
    ("زاد متوسط سيولة الشراء إلى 54 في المئة من 49 أمس.",
     [("54 في المئة", "percent", 54, "%"), ("49", "percent", 49, "%")]),
]

DISTRACTORS = [
    ("انخفض عدد الشركات الرابحة، وتحسنت ثلاثة من المعايير.", []),  # a small number word counts criteria
    ("قرأ الطفل ألف ليلة وليلة في شهر.", []),  # a title, no nights spent
    # the next sentence speaks of another thing: its bare number takes no currency
    ("بلغت الأرباح 4 مليارات ريال. وزرعت البلدية بعد ذلك أشجاراً في 3 أحياء.", ["4 مليارات ريال"]),
    ("بلغت الأرباح 4 مليارات ريال. وقال المدير إن 3 ملايين زاروا المعرض.", ["4 مليارات ريال", "3 ملايين"]),
    ("مؤشر مديري المشتريات | تحسن كثيرا في 2024", []),  # a year on an index line
    ("يشغلون حتى 30 يونيو 2022 مناصب مالية في الوزارة.", []),  # the year of a date before a counted noun
    # the tail of a compound the grammar cannot read is never a sum of its own («مليار ريال» is no 1e9 here)
    ("تصل الإيرادات إلى ألف ومئة مليار ريال.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_news_lists_and_units(text: str, expected: list[tuple[str, str, float, str]]):
    got = readings(text)
    assert [(t, k, u) for t, k, _v, u in got] == [(t, k, u) for t, k, _v, u in expected]
    for (_t, _k, value, _u), (_t2, _k2, want, _u2) in zip(got, expected):
        assert value == pytest.approx(want, rel=1e-9)


@pytest.mark.parametrize(("text", "claims"), DISTRACTORS)
def test_news_distractors(text: str, claims: list[str]):
    found = suggest(text)
    assert [s.text for s in found] == claims
    assert all(s.kind != "money" for s in found if s.text != "4 مليارات ريال")


def test_new_rules_explain_themselves():
    found = {s.rule for text, _ in CASES for s in suggest(text)}
    for rule in ("list-item", "ticker", "metric-after"):
        assert rule in found and rule in RULES
    item = next(s for text, _ in CASES for s in suggest(text) if s.rule == "list-item")
    assert item.entry == "units.units" and "list" in item.why


def test_a_list_with_a_digit_in_a_gap_is_left_alone():
    # «… 5120 وحدة، تلتها جدة 2210 في 3 أحياء، …»: the gap after 2210 holds another number, so no list
    text = "تصدرت الرياض بعدد 5120 وحدة، تلتها جدة 2210 في 3 أحياء، والطائف 190 وحدة."
    assert [s.text for s in suggest(text)] == ["5120 وحدة", "190 وحدة"]
