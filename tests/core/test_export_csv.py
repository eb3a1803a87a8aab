"""CSV export: read back with Python's csv module; BOM, one row per claim, formula cells neutralized."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from desktop.core.exchange.exporting import export
from desktop.core.exchange.exporting.csv_export import COLUMNS, neutralize
from desktop.core.store.database import StoreError
from tests.conftest import SEED_TITLE

QUOTES = {"1.7 مليار يورو": ("amount", 1.7e9, "EUR"), "11%": ("stake", 11.0, "%")}


def seed_article(store, seed_path: Path):
    body = "\n".join(seed_path.read_text(encoding="utf-8").split("\n")[:8])
    article, _ = store.add_article(title=SEED_TITLE, text=body, source="seed")
    for quote, (category, value, unit) in QUOTES.items():
        start = body.index(quote)
        store.add_annotation(article.id, start, start + len(quote), category, value=value, unit=unit)
    return article


def read_rows(path: Path) -> list[dict]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Excel needs the UTF-8 BOM to show Arabic"
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def test_one_row_per_claim_with_arabic_intact(store, seed_path, tmp_path):
    article = seed_article(store, seed_path)
    result = export(store, "csv", tmp_path / "claims.csv")
    rows = read_rows(result.path)
    assert result.claims == 2 and result.articles == 1
    assert list(rows[0]) == COLUMNS
    by_quote = {r["quote"]: r for r in rows}
    assert set(by_quote) == set(QUOTES)
    row = by_quote["1.7 مليار يورو"]
    assert row["article_title"] == SEED_TITLE
    assert row["value"] == "1700000000" and row["unit"] == "EUR" and row["category"] == "amount"
    claim = next(a for a in store.annotations(article.id) if a.quote == "1.7 مليار يورو")
    assert (int(row["start"]), int(row["end"])) == (claim.start, claim.end)
    assert row["prefix"] == claim.prefix and row["suffix"] == claim.suffix
    assert row["created"] == claim.created and row["author"] == "tester"


@pytest.mark.parametrize("dangerous", ["=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"])
def test_formula_like_cells_are_neutralized(store, tmp_path, dangerous):
    article, _ = store.add_article(title=dangerous, text="مبلغ 5 يورو في النص")
    store.add_annotation(article.id, 5, 6, "amount", value=-5, note=dangerous, unit="EUR")
    rows = read_rows(export(store, "csv", tmp_path / "x.csv").path)
    assert rows[0]["note"] == "'" + dangerous
    assert rows[0]["article_title"] == "'" + dangerous
    # numeric columns stay plain numbers: a negative value is still -5, a number
    assert rows[0]["value"] == "-5" and float(rows[0]["value"]) == -5
    assert rows[0]["start"] == "5" and rows[0]["end"] == "6"


def test_neutralize_leaves_ordinary_text_alone():
    assert neutralize("مليار يورو") == "مليار يورو"
    assert neutralize("a=b") == "a=b"
    assert neutralize("-") == "'-"


def test_fractional_value_and_empty_value(store, tmp_path):
    article, _ = store.add_article(title="t", text="نسبة 2.5 في المئة وشيء آخر")
    store.add_annotation(article.id, 5, 8, "stake", value=2.5, unit="%")
    store.add_annotation(article.id, 20, 26, "other")
    rows = read_rows(export(store, "csv", tmp_path / "x.csv").path)
    assert [r["value"] for r in rows] == ["2.5", ""]


def test_filters_by_status_and_category(store, seed_path, tmp_path):
    article = seed_article(store, seed_path)
    stake = store.annotations(article.id, category="stake")[0]
    store.update_annotation(stake.uuid, status="confirmed")
    rows = read_rows(export(store, "csv", tmp_path / "a.csv", status="confirmed").path)
    assert [r["quote"] for r in rows] == ["11%"]
    rows = read_rows(export(store, "csv", tmp_path / "b.csv", category="amount").path)
    assert [r["quote"] for r in rows] == ["1.7 مليار يورو"]
    with pytest.raises(StoreError, match="unknown status"):
        export(store, "csv", tmp_path / "c.csv", status="maybe")
    with pytest.raises(StoreError, match="no article with id 99"):
        export(store, "csv", tmp_path / "d.csv", article_ids=[99])
    with pytest.raises(StoreError, match="does not exist"):
        export(store, "csv", tmp_path / "missing" / "e.csv")
