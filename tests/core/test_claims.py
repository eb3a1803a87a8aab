"""The claim suggester on the seed article and on each point of the Arabic quantity grammar."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.claims.suggest import Suggestion, parse_quantity, suggest

ROOT = Path(__file__).resolve().parents[2]
SEED_TITLE = "تعاونت Mistral AI مع ASML لجمع 1.7 مليار يورو"


def readings(text: str) -> list[tuple[str, str, float, str, str]]:
    return [(s.text, s.kind, s.value, s.unit, s.category) for s in suggest(text)]


def one(text: str) -> Suggestion:
    found = suggest(text)
    assert len(found) == 1, f"expected one claim in {text!r}, got {found}"
    return found[0]


# ---------------------------------------------------------------- the seed article


def test_seed_body_has_exactly_the_seven_claims(seed_path: Path):
    body = "\n".join(seed_path.read_text(encoding="utf-8").split("\n")[:8])
    assert readings(body) == [
        ("1.7 مليار يورو", "money", 1_700_000_000, "EUR", "amount"),
        ("$2 billion", "money", 2_000_000_000, "USD", "amount"),
        ("1.3 مليار يورو", "money", 1_300_000_000, "EUR", "amount"),
        ("11%", "percent", 11, "%", "stake"),
        ("11.7 مليار يورو", "money", 11_700_000_000, "EUR", "valuation"),
        ("مليون تنزيل", "count", 1_000_000, "downloads", "downloads"),
        ("1.7 مليار يورو", "money", 1_700_000_000, "EUR", "amount"),
    ]
    for s in suggest(body):
        assert body[s.start : s.end] == s.text
        assert not s.approx
    assert "أسبوعين" not in {s.text for s in suggest(body)}


def test_seed_title():
    assert readings(SEED_TITLE) == [("1.7 مليار يورو", "money", 1_700_000_000, "EUR", "amount")]
    s = one(SEED_TITLE)
    assert SEED_TITLE[s.start : s.end] == "1.7 مليار يورو" and s.start == SEED_TITLE.index("1.7")


def test_to_dict_keys_and_values():
    d = one("بنسبة 11%").to_dict()
    assert d == {"start": 6, "end": 9, "text": "11%", "category": "other", "kind": "percent", "value": 11.0,
                 "unit": "%", "approx": False, "confidence": d["confidence"], "rule": "percent", "entry": "",
                 "why": d["why"]}
    assert 0 < d["confidence"] <= 1


# ---------------------------------------------------------------- digits and separators


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("بلغت 1.7 مليار يورو", 1.7e9),
        ("بلغت ١٫٧ مليار يورو", 1.7e9),
        ("بلغت ۱٫۷ مليار يورو", 1.7e9),
        ("بلغت 1,5 مليار يورو", 1.5e9),
        ("بلغت 2،5 مليون يورو", 2.5e6),
        ("بلغت 1,500 يورو", 1500),
        ("بلغت ١٬٥٠٠ يورو", 1500),
        ("بلغت 1.234.567 يورو", 1_234_567),
        ("بلغت 1 500 000 يورو", 1_500_000),
        ("بلغت 1,234,567.5 يورو", 1_234_567.5),
        ("بلغت 1.234.567,5 يورو", 1_234_567.5),
        ("بلغت 5ر2 مليار يورو", 2.5e9),
        ("بلغت 25ر1 مليار يورو", 1.25e9),
        ("بلغت 1.250 مليار يورو", 1.25e9),
    ],
)
def test_digit_conventions(text: str, value: float):
    assert one(text).value == pytest.approx(value)


def test_decimal_comma_document_reads_ambiguous_groups_as_decimals():
    text = "بلغت الإيرادات 12,5 مليون درهم، ثم 1,250 مليار درهم."
    assert [s.value for s in suggest(text)] == pytest.approx([12.5e6, 1.25e9])
    assert one("بلغ الدين 1,250 مليار دولار").value == pytest.approx(1.25e12)


# ---------------------------------------------------------------- number words and scales


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("جمعت ألف دولار", 1e3),
        ("جمعت ثلاثة آلاف دولار", 3e3),
        ("جمعت ألفين دولار", 2e3),
        ("جمعت أحد عشر ألفا دولار", 11e3),
        ("جمعت مليون دولار", 1e6),
        ("جمعت خمسة ملايين دولار", 5e6),
        ("جمعت مليونين دولار", 2e6),
        ("جمعت عشرين مليونا من الدولارات", 20e6),
        ("جمعت مليار دولار", 1e9),
        ("جمعت خمسة مليارات دولار", 5e9),
        ("جمعت ملياري دولار", 2e9),
        ("جمعت مليارين دولار", 2e9),
        ("جمعت بليون دولار", 1e9),
        ("جمعت تريليون دولار", 1e12),
        ("جمعت نصف مليار دولار", 0.5e9),
        ("جمعت ربع مليون دولار", 0.25e6),
        ("جمعت مليون ونصف دولار", 1.5e6),
        ("جمعت مليار ونصف المليار دولار", 1.5e9),
        ("جمعت واحد مليون دولار", 1e6),
        ("جمعت عشرة آلاف دولار", 1e4),
        ("جمعت اثنا عشر مليون دولار", 12e6),
        ("جمعت خمسة وعشرين مليون دولار", 25e6),
        ("جمعت عشرون مليون دولار", 20e6),
        ("جمعت مئة مليون دولار", 100e6),
        ("جمعت مائة مليون دولار", 100e6),
        ("جمعت مئتين مليون دولار", 200e6),
        ("جمعت ثلاثمائة ألف دولار", 300e3),
        ("جمعت ثلاث مئة ألف دولار", 300e3),
        ("جمعت ثلاثة ملايين وخمسمائة ألف دولار", 3.5e6),
        ("جمعت مليار و700 مليون دولار", 1.7e9),
        ("جمعت 2 مليون و500 ألف دولار", 2.5e6),
        ("جمعت ألف مليار دولار", 1e12),
    ],
)
def test_number_words_and_scales(text: str, value: float):
    s = one(text)
    assert (s.value, s.unit, s.kind) == (pytest.approx(value), "USD", "money")
    assert text[s.start : s.end] == s.text == text[len("جمعت "):]


def test_bare_scale_word_means_one():
    assert readings("حقق التطبيق مليون تنزيل") == [("مليون تنزيل", "count", 1e6, "downloads", "downloads")]


def test_two_phrases_joined_by_wa_stay_apart():
    assert [s.value for s in suggest("خسرت 5 ملايين دولار و3 ملايين يورو")] == [5e6, 3e6]
    assert [s.text for s in suggest("بلغت مليون و3 ملايين دولار")][-1] == "3 ملايين دولار"


# ---------------------------------------------------------------- currencies


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("دفعت 5 ملايين يورو", 5e6, "EUR"),
        ("دفعت 5 ملايين دولار أمريكي", 5e6, "USD"),
        ("دفعت 5 ملايين دولار كندي", 5e6, "CAD"),
        ("دفعت 5 ملايين جنيه مصري", 5e6, "EGP"),
        ("دفعت 5 ملايين جنيه إسترليني", 5e6, "GBP"),
        ("دفعت 5 ملايين ريال سعودي", 5e6, "SAR"),
        ("دفعت 5 ملايين ريال قطري", 5e6, "QAR"),
        ("دفعت 5 ملايين درهم إماراتي", 5e6, "AED"),
        ("دفعت 5 ملايين درهم مغربي", 5e6, "MAD"),
        ("دفعت 5 ملايين دينار كويتي", 5e6, "KWD"),
        ("دفعت 5 ملايين دينار أردني", 5e6, "JOD"),
        ("دفعت 5 ملايين ليرة تركية", 5e6, "TRY"),
        ("دفعت 5 ملايين ين", 5e6, "JPY"),
        ("دفعت 5 ملايين يوان", 5e6, "CNY"),
        ("دفعت $5 million", 5e6, "USD"),
        ("دفعت 5$", 5, "USD"),
        ("دفعت € 5 ملايين", 5e6, "EUR"),
        ("دفعت £5m", 5e6, "GBP"),
        ("دفعت ¥500", 500, "JPY"),
        ("دفعت USD 5 million", 5e6, "USD"),
        ("دفعت 5 ملايين EUR", 5e6, "EUR"),
        ("دفعت 5 million dollars", 5e6, "USD"),
        ("دفعت 5 ملايين دولارات", 5e6, "USD"),
    ],
)
def test_currencies(text: str, value: float, unit: str):
    s = one(text)
    assert (s.kind, s.value, s.unit, s.category) == ("money", value, unit, "amount")
    assert s.text == text[len("دفعت "):]


def test_ambiguous_currency_names_default_and_context():
    assert one("دفعت 100 مليون ريال").unit == "SAR"
    assert one("دفعت 100 مليون درهم").unit == "AED"
    assert one("دفعت 100 مليون جنيه").unit == "EGP"
    assert one("دفعت 100 مليون دينار").unit == "KWD"
    assert one("في المغرب، دفعت الشركة 100 مليون درهم").unit == "MAD"
    assert one("أعلنت الحكومة الأردنية تخصيص 20 مليون دينار").unit == "JOD"
    assert one("دفعت 100 مليون درهم").confidence < one("دفعت 100 مليون درهم إماراتي").confidence


def test_dual_currency_word_is_two():
    assert readings("بسعر دولارين للسهم") == [("دولارين", "money", 2, "USD", "amount")]
    assert one("جمعت مليونا دولار").value == 2e6


def test_latin_forms():
    assert readings("رفعت 2bn يورو و€1.5bn") == [("2bn يورو", "money", 2e9, "EUR", "amount"),
                                                ("€1.5bn", "money", 1.5e9, "EUR", "amount")]


# ---------------------------------------------------------------- percentages, counts, categories


@pytest.mark.parametrize("text", ["بنسبة 11%", "بنسبة 11 %", "بنسبة ١١٪", "بنسبة 11 بالمئة", "بنسبة 11 بالمائة",
                                  "بنسبة 11 في المئة", "بنسبة 11 في المائة", "بنسبة %11"])
def test_percentages(text: str):
    s = one(text)
    assert (s.kind, s.value, s.unit) == ("percent", 11, "%")
    assert s.text == text[len("بنسبة "):]


@pytest.mark.parametrize(
    ("text", "unit", "category"),
    [
        ("مليون تنزيل", "downloads", "downloads"),
        ("3 ملايين تحميل", "downloads", "downloads"),
        ("5 ملايين مستخدم", "users", "users"),
        ("مليون مشترك", "subscribers", "users"),
        ("1200 موظف", "employees", "other"),
        ("5 ملايين سهم", "shares", "other"),
        ("خمسة موظفين", "employees", "other"),
    ],
)
def test_counts(text: str, unit: str, category: str):
    s = one("وصلت إلى " + text)
    assert (s.kind, s.unit, s.category, s.text) == ("count", unit, category, text)


def test_categories_from_context():
    text = "جمعت الشركة 500 مليون دولار بتقييم 6 مليارات دولار، واستحوذت على حصة 30% ونمت 12%."
    assert [(s.text, s.category) for s in suggest(text)] == [
        ("500 مليون دولار", "amount"), ("6 مليارات دولار", "valuation"), ("30%", "stake"), ("12%", "other")]
    assert one("بلغت القيمة السوقية للشركة 3 تريليونات دولار").category == "valuation"
    assert one("اشترت 20% من أسهم المصرف").category == "stake"


# ---------------------------------------------------------------- spans, clitics, cue words, ranges


def test_spans_drop_clitics_and_prepositions():
    assert one("بـ5 ملايين دولار").text == "5 ملايين دولار"
    assert one("بخمسة ملايين دولار").text == "خمسة ملايين دولار"
    assert one("وبـ٣ مليارات يورو").text == "٣ مليارات يورو"
    assert one("لـ11%").text == "11%"
    assert one("ارتفع إلى مليـــار دولارٍ اليوم").text == "مليـــار دولارٍ"
    assert one("بِخَمْسَةِ مَلايينِ دولارٍ").text == "خَمْسَةِ مَلايينِ دولارٍ"


@pytest.mark.parametrize("cue", ["نحو", "حوالي", "أكثر من", "قرابة", "ما يقارب", "أقل من", "زهاء", "بنحو", "بأكثر من",
                                 "ما يزيد على", "ما لا يقل عن"])
def test_cue_words_set_approx_and_stay_out_of_the_span(cue: str):
    s = one(f"جمعت {cue} 5 ملايين دولار")
    assert s.approx and s.text == "5 ملايين دولار"
    assert one("جمعت 5 ملايين دولار تقريبا").approx
    assert not one("جمعت 5 ملايين دولار").approx


def test_ranges_give_one_claim_per_end():
    assert readings("بين 2 و3 مليارات دولار") == [("2", "money", 2e9, "USD", "amount"),
                                                  ("3 مليارات دولار", "money", 3e9, "USD", "amount")]
    assert [(s.value, s.unit) for s in suggest("ما بين 10 و15 في المئة")] == [(10, "%"), (15, "%")]
    assert [s.value for s in suggest("من 500 مليون إلى 700 مليون دولار")] == [5e8, 7e8]
    assert [s.value for s in suggest("2-3 ملايين مستخدم")] == [2e6, 3e6]
    assert suggest("بين عامي 2019 و2023") == []


def test_two_claims_in_the_seed_parenthesis():
    assert [s.text for s in suggest("بقيمة 1.7 مليار يورو ($2 billion)")] == ["1.7 مليار يورو", "$2 billion"]


# ---------------------------------------------------------------- not claims


@pytest.mark.parametrize(
    "text",
    [
        "في عام 2024 تغير كل شيء", "تأسست عام 1999", "في 2023 أعلنت الشركة", "في 15/3/2024 صدر القرار",
        "صدر في 2024-03-15", "الساعة 10:30 صباحا", "اتصلوا على +971 4 123 4567", "اتصل بالرقم 0100 123 4567",
        "جاء في المركز الثالث", "finished 3rd", "أطلقت GPT-4 الجديد", "نموذج Mistral 7B مفتوح", "هاتف iPhone 15",
        "الإصدار v2.1 متاح", "الإصدار 3.0 متاح", "خلال أسبوعين", "منذ 3 سنوات", "خلال خمسة أيام", "يبلغ 35 عاما",
        "شارك 12 لاعبا", "أحد الموظفين قال", "آلاف الموظفين تظاهروا", "ملايين الدولارات ضاعت", "منذ مليون سنة",
        "اشترى 4K و5G", "القرن التاسع عشر", "ألف ليلة وليلة", "COVID-19 انتشر",
    ],
)
def test_distractors_are_not_claims(text: str):
    assert suggest(text) == []


# ---------------------------------------------------------------- parse_quantity and bad input


@pytest.mark.parametrize(
    ("selection", "expected"),
    [
        ("11.7 مليار يورو", ("11.7 مليار يورو", "money", 11.7e9, "EUR")),
        ("بنسبة 11%", ("11%", "percent", 11, "%")),
        ("مليون تنزيل", ("مليون تنزيل", "count", 1e6, "downloads")),
        ("250", ("250", "number", 250, "")),
        ("خمسة", ("خمسة", "number", 5, "")),
    ],
)
def test_parse_quantity(selection: str, expected: tuple):
    s = parse_quantity(selection)
    assert s is not None and (s.text, s.kind, s.value, s.unit) == expected
    assert selection[s.start : s.end] == s.text


def test_parse_quantity_keeps_category_and_approx():
    s = parse_quantity("بتقييم يقارب 11.7 مليار يورو")
    assert s is not None and s.category == "valuation" and s.approx and s.start == 13


@pytest.mark.parametrize("selection", ["", "   ", "الذكاء الاصطناعي", "Mistral AI", "نصف"])
def test_parse_quantity_none_without_a_quantity(selection: str):
    assert parse_quantity(selection) is None


@pytest.mark.parametrize("bad", [None, 42, b"1.7 \xd9\x85", ["1%"]])
def test_non_text_input_is_a_clear_type_error(bad):
    with pytest.raises(TypeError, match="str"):
        suggest(bad)
    with pytest.raises(TypeError, match="str"):
        parse_quantity(bad)


def test_core_module_does_not_import_qt():
    code = "import sys, desktop.core.claims.suggest, desktop.core.claims.evaluation; print('PySide6' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "False"
