"""A bare scaled number repeats the currency of the sentence's last money claim (money ellipsis)."""

import pytest

from desktop.core.claims.suggest import suggest


def claims(text):
    return [(s.text, s.kind, s.value, s.unit) for s in suggest(text)]


def test_a_bare_scaled_number_after_a_sum_takes_its_currency():
    text = "ارتفعت إيرادات الميناء إلى 3 مليارات درهم إماراتي هذا العام، بعد 2.4 مليار في العام السابق."
    assert claims(text) == [
        ("3 مليارات درهم إماراتي", "money", 3e9, "AED"),
        ("2.4 مليار", "money", 2.4e9, "AED"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a new sentence starts: the currency does not carry over
        "بلغت الإيرادات 5 مليارات دولار. وزار المعرض 2 مليون في أسبوعه الأول.",
        # an unlisted noun follows the number: it is not a sum of money
        "خصصت البلدية 40 مليون يورو لزراعة 3 ملايين شجيرة زينة في الحدائق.",
    ],
)
def test_no_money_without_a_sum_in_the_same_sentence(text):
    money = [c for c in claims(text) if c[1] == "money"]
    assert len(money) == 1


def test_a_count_between_breaks_the_link():
    text = "جمعت المنصة 20 مليون دولار، ويستخدمها 4 ملايين مستخدم، مقابل 3 ملايين العام الماضي."
    found = claims(text)
    assert found[0][3] == "USD"
    assert found[-1][:2] == ("3 ملايين", "count") and found[-1][3] == "users"
