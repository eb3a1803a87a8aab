"""Exports carry a claim's subject (CSV, XLSX, JSONL, W3C as an `identifying` body); imports and merges keep it."""

from __future__ import annotations

import csv
import json

import openpyxl
import pytest

from desktop.core.exchange.annotation_import import import_annotations
from desktop.core.exchange.exporting import export
from desktop.core.exchange.merge import merge
from desktop.core.store.database import Store

TEXT = "😀 بلغت قيمة ميسترال 11.7 مليار يورو، وجمعت ASML مبلغ 1.3 مليار يورو."


@pytest.fixture
def filled(store):
    article, _ = store.add_article(title="ميسترال", text=TEXT, site="الخليج اليوم", published="2025-09-05")
    store.ensure_subject("ميسترال", ["Mistral AI"])
    for quote, subject in (("11.7 مليار يورو", "Mistral AI"), ("1.3 مليار يورو", None)):
        start = TEXT.index(quote)
        store.add_annotation(article.id, start, start + len(quote), "valuation", kind="money",
                             value=11.7e9 if subject else 1.3e9, unit="EUR", subject=subject)
    return store


def test_csv_and_xlsx_carry_the_subject(filled, tmp_path):
    export(filled, "csv", tmp_path / "c.csv")
    rows = list(csv.DictReader((tmp_path / "c.csv").open(encoding="utf-8-sig")))
    assert [r["subject"] for r in rows] == ["ميسترال", ""]
    export(filled, "xlsx", tmp_path / "c.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "c.xlsx")["Claims"]
    header = [c.value for c in sheet[1]]
    col = header.index("Subject")
    assert "ميسترال" in (sheet.cell(row=2, column=col + 1).value or "")


def test_w3c_carries_an_identifying_body(filled, tmp_path):
    export(filled, "w3c", tmp_path / "c.json")
    items = json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))["first"]["items"]
    bodies = [b for item in items for b in item["body"] if b["purpose"] == "identifying"]
    assert [b["value"] for b in bodies] == ["ميسترال"]


@pytest.mark.parametrize("fmt, name", [("jsonl", "c.jsonl"), ("w3c", "c.json")])
def test_an_import_into_a_fresh_store_keeps_the_subject(filled, tmp_path, fmt, name):
    export(filled, fmt, tmp_path / name)
    fresh = Store.open(tmp_path / f"fresh-{fmt}.db", author="other")
    try:
        import_annotations(fresh, tmp_path / name)
        assert sorted((a.quote, a.subject) for a in fresh.annotations()) == [
            ("1.3 مليار يورو", None), ("11.7 مليار يورو", "ميسترال")]
        assert [s.name for s in fresh.subjects()] == ["ميسترال"]
    finally:
        fresh.close()


def test_a_merge_keeps_subjects_and_their_aliases(filled, tmp_path):
    other = Store.open(tmp_path / "other.db", author="other")
    try:
        other.ensure_subject("Mistral AI", ["ميسترال للذكاء الاصطناعي"])
        merge(other, filled.path)
        assert {a.quote: a.subject for a in other.annotations()}["11.7 مليار يورو"] == "Mistral AI"
        kept = other.subject("ميسترال")  # their canonical name is an alias of ours: one subject, all names
        assert kept.name == "Mistral AI" and "ميسترال للذكاء الاصطناعي" in kept.aliases
    finally:
        other.close()
