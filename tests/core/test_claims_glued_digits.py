"""Digits glued to an Arabic word belong to a name; digits after clitics alone are still read."""

import pytest

from desktop.core.claims.suggest import suggest


@pytest.mark.parametrize("text", ["افتتح مركز «هب71» فرعاً جديداً بقيمة", "صاروخ ق7 و«نيوم2030»"])
def test_digits_inside_a_name_are_not_claims(text):
    assert [s.text for s in suggest(text) if s.text[0].isdigit()] == []


@pytest.mark.parametrize(
    "text, span, value",
    [
        ("استحوذت بـ300 مليون دولار على الشركة", "300 مليون دولار", 3e8),
        ("ورفعت حصتها و20% من الأسهم", "20%", 20.0),
        ("وب5 ملايين دولار أطلقت المنصة", "5 ملايين دولار", 5e6),
        ("في «هب71» ارتفع عدد الشركات بـ7 ملايين دولار", "7 ملايين دولار", 7e6),
    ],
)
def test_digits_after_clitics_are_read(text, span, value):
    found = [s for s in suggest(text) if s.text == span]
    assert len(found) == 1 and found[0].value == value
