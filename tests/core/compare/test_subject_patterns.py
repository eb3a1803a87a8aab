"""The subject suggester's rules for the patterns counted in real news (tests/data/compare/SUBJECT_PHENOMENA.md)."""

from __future__ import annotations

from desktop.core.claims import suggest
from desktop.core.compare.subjects import suggest_subject


def _guess(text: str, unit: str | None = None):
    s = next(x for x in suggest(text) if unit is None or x.unit == unit)
    return suggest_subject(text, s.start, s.end)


def test_the_company_named_in_an_earlier_sentence_is_the_subject_of_a_pronoun():
    text = "😀 أطلقت شركة مِرسال خدمة جديدة للدفع. 🚀 وارتفعت إيرادات الشركة إلى 40 مليون دولار."
    guess = _guess(text)
    assert guess.name == "مِرسال" and text[guess.start:guess.end] == "مِرسال" and guess.rule == "earlier"
    text = "تنافس منصة جسور لاعبين أكبر منها. وقد تضاعفت أرباحها إلى 12 مليون دولار."
    assert _guess(text).name == "جسور"


def test_the_noun_of_the_pointer_chooses_among_earlier_names():
    text = "وقع صندوق الغيث السيادي اتفاقا مع شركة نبراس للتقنية. وبلغت أصول الصندوق 90 مليار دولار."
    assert _guess(text).name == "صندوق الغيث السيادي"


def test_no_name_before_and_none_in_the_sentence_gives_none():
    assert _guess("بنسبة 3% فقط.") is None
    far = "أعلنت شركة رواق نتائجها. " + "وتحدث المحللون عن السوق كثيرا. " * 30 + "وارتفعت أرباح الشركة 5%."
    assert _guess(far) is None  # a name too far back is not taken


def test_an_institution_keeps_its_head_noun_and_a_title_is_not_part_of_a_name():
    assert _guess("قدرت وزارة الاقتصاد عجز الميزان التجاري بنحو 9 مليارات دولار.").name == "وزارة الاقتصاد"
    assert _guess("أعلنت الهيئة العامة للموانئ أن عدد الحاويات بلغ 3 ملايين حاوية.").name == \
        "الهيئة العامة للموانئ"
    guess = _guess("قال الرئيس التنفيذي لشركة غيمة ناصر العلي إن المبيعات زادت 14%.")
    assert guess.name == "غيمة"


def test_quoted_names_may_hold_dots_and_digits_and_latin_names_may_start_with_one():
    assert _guess("حققت لعبة «فرسان 3» مبيعات بقيمة 80 مليون دولار.").name == "فرسان 3"
    assert _guess("استحوذت «إس. تي. إم.» على 9% من السوق.").name == "إس. تي. إم."
    assert _guess("رفعت 3M أسعارها بنسبة 4%.").name == "3M"
    assert _guess("قالت noon.com إن طلباتها زادت 30%.").name == "noon.com"


def test_the_verb_after_an_opening_adverbial_names_its_subject():
    assert _guess("وفي الربع الثاني، حققت زمرد أرباحا بلغت 70 مليون ريال.").name == "زمرد"


def test_a_persons_wealth_or_pay_is_the_persons_not_the_estimators_nor_the_employers():
    assert _guess("قدرت نشرة المال ثروة الملياردير القطري حمد الكواري بنحو 4 مليارات دولار.").name == "حمد الكواري"
    assert _guess("بلغت مكافأة رئيس مجلس إدارة شركة وفاق، سلمى العبدالله، 6 ملايين درهم.").name == "سلمى العبدالله"


def test_a_country_is_the_subject_of_its_economy_and_a_reporting_source_is_not():
    guess = _guess("😀 قالت الهيئة إن الدين العام اللبناني بلغ 100 مليار دولار.")
    assert guess.name == "لبنان" and guess.rule == "metric"
    assert _guess("أفاد المكتب الوطني للإحصاء أن عدد المشتركين في العراق بلغ 40 مليون مشترك.").name == "العراق"
    assert _guess("انخفضت الواردات الغذائية للمملكة الأردنية الهاشمية إلى 4 مليارات دينار.").name == "الأردن"


def test_multi_word_names_keep_their_adjectives_and_field_and_stop_at_a_verbal_noun():
    assert _guess("تراجعت أرباح واحة الصحراء القابضة 9% في النصف الأول.").name == "واحة الصحراء القابضة"
    assert _guess("قرر بنك الفجر الوطني تكوين مخصصات بقيمة 5 مليارات جنيه.").name == "بنك الفجر الوطني"
    assert _guess("ارتفعت مبيعات شركة الوطنية للورق 7% في الربع الأول.").name == "الوطنية للورق"


def test_a_possessive_in_what_is_said_points_back_to_the_speaker():
    text = "قالت شركة ركاز إن بيعها وحدة التعدين لشركة صخر سيخفض ديونها بمقدار 300 مليون دولار."
    assert _guess(text).name == "ركاز"
    text = "قال منصور الهاجري، المدير العام لشركة مرجان، إن أسطولها بلغ 40 سفينة."
    assert _guess(text).name == "مرجان"


def test_a_generic_word_is_never_the_subject():
    assert _guess("ارتفعت التحويلات المالية الواردة 12% خلال العام.") is None or \
        _guess("ارتفعت التحويلات المالية الواردة 12% خلال العام.").name != "التحويلات"
    assert _guess("قدم صندوق البركة قروضا للمؤسسات الصغيرة بقيمة 90 مليون دينار.").name == "صندوق البركة"
