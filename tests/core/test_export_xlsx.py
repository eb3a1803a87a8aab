"""XLSX export read back with openpyxl: RTL sheets, frozen header, autofilter, numbers, no formulas, safe text."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from desktop.core.exchange.exporting import export
from desktop.core.exchange.exporting.xlsx_export import CLAIM_COLUMNS, xml_safe
from desktop.core.display import isolate_latin
from tests.conftest import SEED_TITLE


def seed_article(store, seed_path: Path):
    body = "\n".join(seed_path.read_text(encoding="utf-8").split("\n")[:8])
    article, _ = store.add_article(title=SEED_TITLE, text=body, source="seed", source_url="https://example.invalid/a")
    start = body.index("1.7 مليار يورو")
    store.add_annotation(article.id, start, start + 14, "amount", value=1.7e9, unit="EUR", kind="money")
    start = body.index("11%")
    store.add_annotation(article.id, start, start + 3, "stake", value=11, unit="%", kind="percent")
    return article


def test_sheets_are_rtl_with_frozen_header_filter_and_numbers(store, seed_path, tmp_path):
    article = seed_article(store, seed_path)
    result = export(store, "xlsx", tmp_path / "claims.xlsx")
    book = openpyxl.load_workbook(result.path)
    assert book.sheetnames == ["Claims", "Articles"]
    claims = book["Claims"]
    assert claims.sheet_view.rightToLeft is True
    assert claims.freeze_panes == "A2"
    assert claims.auto_filter.ref is not None and claims.auto_filter.ref.startswith("A1:")
    assert [c.value for c in claims[1]] == [title for title, _ in CLAIM_COLUMNS]
    rows = {r[1].value: r for r in claims.iter_rows(min_row=2)}
    value = rows["1.7 مليار يورو"][6]
    assert value.data_type == "n" and value.value == 1.7e9 and value.number_format == "#,##0.##"
    assert rows["11%"][6].value == 11
    # Text cells isolate their Latin runs, as the reader does; without the isolates they are the stored text.
    assert rows["11%"][0].value == "تعاونت \u2066Mistral AI\u2069 مع \u2066ASML\u2069 لجمع 1.7 مليار يورو"
    assert rows["11%"][0].value.replace("\u2066", "").replace("\u2069", "") == SEED_TITLE
    assert claims.column_dimensions["A"].width > 20  # sensible widths, not Excel's default 8.43
    start_cell = rows["11%"][13]
    assert start_cell.data_type == "n" and start_cell.value == article.text.index("11%")
    sheet = book["Articles"]
    assert sheet.sheet_view.rightToLeft is True
    assert [c.value for c in sheet[2]] == [
        article.id, isolate_latin(SEED_TITLE), "https://example.invalid/a", article.content_hash, article.imported, 2
    ]


def test_no_string_ever_becomes_a_formula_or_number_or_link(store, tmp_path):
    text = "القيمة =1+1 هنا و 123 و http://x.invalid"
    article, _ = store.add_article(title="=SUM(A1:A9)", text=text)
    store.add_annotation(article.id, 7, 11, "other", note="=HYPERLINK(\"http://evil.invalid\")")
    store.add_annotation(article.id, 18, 21, "other", note="123")
    store.add_annotation(article.id, 24, 40, "other", note="http://x.invalid")
    book = openpyxl.load_workbook(export(store, "xlsx", tmp_path / "x.xlsx").path)
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{sheet.title}!{cell.coordinate} became a formula"
                assert cell.hyperlink is None
    rows = list(book["Claims"].iter_rows(min_row=2, values_only=True))
    assert rows[0][0] == "'=SUM(A1:A9)" and rows[0][1] == "'=1+1"  # text, and neutralised as in the CSV
    assert rows[0][9] == "'=HYPERLINK(\"http://evil.invalid\")"
    assert rows[1][9] == "123" and isinstance(rows[1][9], str)


def test_control_characters_do_not_break_the_export(store, tmp_path):
    text = "نص\x0bفيه\x1bحروف تحكم و\x00صفر وأرقام 5"
    article, _ = store.add_article(title="عنوان\x07مع جرس", text=text)
    store.add_annotation(article.id, 0, 6, "other", note="ملاحظة\x01\x02 _x0041_ \ufffe end")
    book = openpyxl.load_workbook(export(store, "xlsx", tmp_path / "x.xlsx").path)
    row = next(book["Claims"].iter_rows(min_row=2, values_only=True))
    assert row[0] == "عنوان\ufffdمع جرس"
    assert row[1] == "نص\ufffdفيه"
    assert row[9] == "ملاحظة\ufffd\ufffd _\u2066x0041\u2069_ \ufffd \u2066end\u2069"  # escape-like text survives as written  # a literal escape-like text survives as written


def test_xml_safe_cuts_at_the_cell_limit():
    assert len(xml_safe("ا" * 40000)) == 32767
    assert xml_safe(None) == ""


def test_a_latin_amount_in_a_quote_cell_is_one_left_to_right_unit(store, tmp_path):
    text = "جمعت الشركة 1.7 مليار يورو ($2 billion) في جولة واحدة"
    article, _ = store.add_article(title="جولة", text=text)
    start = text.index("$2 billion")
    store.add_annotation(article.id, start, start + 10, "amount", value=2e9, unit="USD", kind="money",
                         note="قالت Le Chat إن GPT-4o أبطأ")
    row = next(openpyxl.load_workbook(export(store, "xlsx", tmp_path / "x.xlsx").path)["Claims"].iter_rows(min_row=2))
    assert row[1].value == "$2 billion"  # an all-Latin cell takes its direction from its letters
    assert row[2].value.endswith("1.7 مليار يورو (")  # the prefix: no Latin run, nothing added
    assert row[9].value == "قالت \u2066Le Chat\u2069 إن \u2066GPT-4o\u2069 أبطأ"
