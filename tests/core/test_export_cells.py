"""Spreadsheet cells: formula-like text is neutralised in CSV and XLSX, also behind invisible characters, spaces
or a full-width sign; cells holding bidi controls are flagged in a column."""

from __future__ import annotations

import csv

import openpyxl
import pytest

from desktop.core.exchange.exporting import export
from desktop.core.exchange.exporting.cells import neutralize, starts_like_formula

HIDERS = ["", " ", "\u00a0", "\u3000", "\u200b", "\u200e", "\u200f", "\u2066", "\u202e", "\ufeff", "\u00ad",
          "\u2060", " \u200f\u00a0", "\n", "\x0b", "\x0c", "\x85", "\r\n"]
SIGNS = ["=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20", "\ufe66", "\u2212"]


@pytest.mark.parametrize("hider", HIDERS)
@pytest.mark.parametrize("sign", SIGNS)
def test_a_sign_behind_invisible_characters_is_neutralised(hider, sign):
    cell = f"{hider}{sign}HYPERLINK(\"http://evil.invalid\")"
    assert starts_like_formula(cell) and neutralize(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["مليار يورو", "a=b", "1.3 مليار", "\u200fنص", "", "  ", "\nنص", "'=1"])
def test_ordinary_text_is_left_alone(cell):
    assert neutralize(cell) == cell


TEXT = "قالت الشركة إن الحصة 11% من الأسهم."


@pytest.fixture
def exported(store, tmp_path):
    article, _ = store.add_article(title="\u200f=cmd|' /C calc'!A0", text=TEXT)
    start = TEXT.index("11%")
    store.add_annotation(article.id, start, start + 3, "stake", note="\u3000\uff1d1+1", unit="\u202e%")
    store.add_annotation(article.id, 0, 4, "other", note="عادي")
    return export(store, "csv", tmp_path / "x.csv").path, export(store, "xlsx", tmp_path / "x.xlsx").path


def test_csv_cells_are_neutralised_and_bidi_controls_flagged(exported):
    with open(exported[0], encoding="utf-8-sig", newline="") as fh:
        rows = {r["quote"]: r for r in csv.DictReader(fh)}
    hit = rows["11%"]
    assert hit["article_title"].startswith("'\u200f=") and hit["note"] == "'\u3000\uff1d1+1"
    assert hit["bidi_controls"] == "article_title, unit"
    assert rows["قالت"]["bidi_controls"] == "article_title" and rows["قالت"]["note"] == "عادي"


def test_xlsx_cells_are_neutralised_and_bidi_controls_flagged(exported):
    sheet = openpyxl.load_workbook(exported[1])["Claims"]
    header = [c.value for c in sheet[1]]
    rows = {r[1]: dict(zip(header, r)) for r in sheet.iter_rows(min_row=2, values_only=True)}
    hit = rows["11%"]
    assert hit["Note"] == "'\u3000\uff1d1+1" and hit["Article"].startswith("'\u200f=")
    assert hit["Bidi controls"] == "Article, Unit" and rows["قالت"]["Bidi controls"] == "Article"


def test_the_fast_row_check_misses_no_unsafe_cell():
    """maybe_unsafe (a fast check per row) flags every cell that neutralize would change or that holds a bidi
    control, whatever character it starts with, behind plain spaces, and in any place of the row."""
    from desktop.core.exchange.exporting.cells import BIDI_CONTROLS, maybe_unsafe

    missed = []
    for code in range(0x30000):
        ch = chr(code)
        if 0xD800 <= code <= 0xDFFF:
            continue
        for cell in (ch + "=1", " \u00a0" + ch + "x", ch):
            unsafe = neutralize(cell) != cell or bool(BIDI_CONTROLS.intersection(cell))
            if unsafe and not (maybe_unsafe(["abc", cell, "def"]) and maybe_unsafe([cell])):
                missed.append(cell)
    assert missed == []
    assert not maybe_unsafe(["مليار يورو", " خلال العام", ".\n\nوختم", "", "2026-01-01T00:00:00Z"])
