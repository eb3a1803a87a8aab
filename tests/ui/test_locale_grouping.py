"""Claim values show with the locale's grouping: the C locale groups like English (US), Arabic keeps its digits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from desktop.ui.claims.table import COL_VALUE, ClaimsTableModel
from desktop.ui.formatting import format_number, format_value, grouping_locale
from desktop.ui.i18n import ui_locale

from .conftest import add_article

ARABIC = QLocale(QLocale.Language.Arabic, QLocale.Country.Egypt)


@pytest.fixture
def default_locale():
    """Set the app's default locale for one test and put the old one back."""
    saved = QLocale()
    yield QLocale.setDefault
    QLocale.setDefault(saved)


def test_c_locale_omits_grouping_by_itself_but_not_in_our_formatting():
    assert QLocale.c().toString(1700000000) == "1700000000"  # the Qt behaviour this guards against
    assert format_number(1.7e9, QLocale.c()) == "1,700,000,000"
    assert format_value(1.7e9, "EUR", QLocale.c()) == "1,700,000,000 EUR"
    assert format_value(1234.5, "%", QLocale.c()) == "1,234.5 %"
    assert grouping_locale(QLocale.c()).name() == "en_US"


def test_an_omitting_locale_gets_its_grouping_back():
    german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    german.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    assert format_number(1234567.25, german) == "1.234.567,25"


def test_arabic_keeps_arabic_indic_digits_and_separators():
    assert format_number(1.7e9, ARABIC) == "١٬٧٠٠٬٠٠٠٬٠٠٠"
    assert format_value(0.25, "%", ARABIC) == "٠٫٢٥ %"


def test_default_c_locale_groups(default_locale):
    default_locale(QLocale.c())
    assert format_value(2e9, "USD") == "2,000,000,000 USD"


def test_ui_locale_never_omits_grouping():
    for language in ("en", "ar"):
        assert not ui_locale(language).numberOptions() & QLocale.NumberOption.OmitGroupSeparator


@pytest.mark.parametrize("locale, shown", [(QLocale.c(), "1,300,000,000"), (ARABIC, "١٬٣٠٠٬٠٠٠٬٠٠٠")])
def test_claims_table_shows_values_in_the_default_locale(store, default_locale, locale, shown):
    text = "استثمرت ASML مبلغ 1.3 مليار يورو في الشركة."
    article = add_article(store, text)
    start = text.index("1.3")
    store.add_annotation(article, start, start + len("1.3 مليار يورو"), "amount", value=1.3e9, unit="EUR")
    default_locale(locale)
    model = ClaimsTableModel(store)
    assert model.data(model.index(0, COL_VALUE)) == shown
