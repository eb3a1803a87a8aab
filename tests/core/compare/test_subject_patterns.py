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
