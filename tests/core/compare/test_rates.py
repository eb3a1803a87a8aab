"""Exchange rates: shipped as data, converted at the article's date, updated from the analyst's CSV only."""

from __future__ import annotations

import pytest

from desktop.core.compare.rates import import_rates, load_rates, shipped_rates
from desktop.core.store.database import StoreError


def test_shipped_rates_cover_the_currencies_of_the_lexicon_we_compare():
    table = load_rates()
    assert {"USD", "EUR", "SAR", "AED", "EGP", "GBP"} <= set(table.currencies())
    assert len(shipped_rates()) > 500


def test_a_sum_converts_at_the_rate_of_its_date():
    table = load_rates()
    before = table.convert(100, "EGP", "USD", "2024-02-15")  # before the float of March 2024
    after = table.convert(100, "EGP", "USD", "2024-03-15")
    assert before == pytest.approx(100 / 30.9) and after == pytest.approx(100 / 47.5)
    assert table.convert(3.75, "SAR", "EUR", "2024-06-01") == pytest.approx(0.92)
    assert table.convert(5, "XYZ", "USD", "2025-01-01") is None
    assert table.rate("EUR", "1999-01-01")[1] == "2024-01-01"  # older than every row: the earliest


def test_the_analysts_csv_overrides_the_shipped_rate_of_that_day(store, tmp_path):
    f = tmp_path / "rates.csv"
    f.write_text("# my rates\nday,currency,per_usd\n2025-09-01,EUR,0.9\n2025-09-01,KES,129\n", encoding="utf-8")
    assert import_rates(store, f) == 2
    table = load_rates(store)
    assert table.rate("EUR", "2025-09-10") == (0.9, "2025-09-01")
    assert table.convert(129, "KES", "USD", "2025-09-02") == pytest.approx(1)


@pytest.mark.parametrize("body, reason", [
    ("day,currency,per_usd\n2025-13-01,EUR,0.9\n", "line 2: '2025-13-01' is not a date"),
    ("day,currency,per_usd\n2025-01-01,euro,0.9\n", "line 2: 'euro' is not an ISO 4217 currency code"),
    ("day,currency,per_usd\n2025-01-01,EUR,0.9\n2025-02-01,EUR,-1\n", "line 3: the rate '-1' must be a positive"),
    ("date,code,rate\n", "line 1: the first row must be the header"),
    ("", "no rates in the file"),
])
def test_a_bad_rates_file_is_refused_with_its_line_and_nothing_changes(store, tmp_path, body, reason):
    f = tmp_path / "bad.csv"
    f.write_text(body, encoding="utf-8")
    with pytest.raises(StoreError) as err:
        import_rates(store, f)
    assert str(err.value).startswith(f"{f}: ") and reason in str(err.value)
    assert store.db.execute("SELECT count(*) FROM rates").fetchone()[0] == 0
