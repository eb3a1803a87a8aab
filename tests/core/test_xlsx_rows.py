"""RowSheet writes whole rows byte for byte as XlsxWriter's own per-cell calls write the same cells."""

from __future__ import annotations

import zipfile
from datetime import datetime

import openpyxl
import pytest
import xlsxwriter

from xlsxwriter.utility import _preserve_whitespace
from xlsxwriter.worksheet import Worksheet

from desktop.core.exchange.exporting.xlsx_rows import NUMBER, TEXT, RowSheet, needs_care

KINDS = [TEXT, NUMBER, TEXT, TEXT, NUMBER]


def _book(path, sheet_class):
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_formulas": False,
                                           "strings_to_numbers": False, "strings_to_urls": False})
    book.set_properties({"created": datetime(2026, 1, 2, 3, 4, 5)})  # the one part that would differ
    sheet = book.add_worksheet("Claims", worksheet_class=sheet_class)
    header = book.add_format({"bold": True})
    for col in range(len(KINDS)):
        sheet.write_string(0, col, f"h{col}", header)
    return book, sheet


def _write_both(tmp_path, rows):
    """The same rows through RowSheet.write_cells and through XlsxWriter's write_string/write_number."""
    fast_book, fast = _book(tmp_path / "fast.xlsx", RowSheet)
    number, wrap = fast_book.add_format({"num_format": "#,##0.##"}), fast_book.add_format({"text_wrap": True})
    fast.set_row_layout(KINDS, [None, number, wrap, None, None])
    plain_book, plain = _book(tmp_path / "plain.xlsx", None)
    formats = [None, plain_book.add_format({"num_format": "#,##0.##"}), plain_book.add_format({"text_wrap": True}),
               None, None]
    for n, cells in enumerate(rows, 1):
        fast.write_cells(n, cells)
        for col, (value, kind, fmt) in enumerate(zip(cells, KINDS, formats)):
            if kind == TEXT:
                plain.write_string(n, col, value, fmt)
            elif value is not None:
                plain.write_number(n, col, value, fmt)
    fast.autofilter(0, 0, len(rows), len(KINDS) - 1)
    plain.autofilter(0, 0, len(rows), len(KINDS) - 1)
    fast_book.close()
    plain_book.close()
    return tmp_path / "fast.xlsx", tmp_path / "plain.xlsx"


def _parts(path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {name: z.read(name) for name in z.namelist()}


def _assert_same(tmp_path, rows):
    fast, plain = _write_both(tmp_path, rows)
    fast_parts, plain_parts = _parts(fast), _parts(plain)
    assert fast_parts.keys() == plain_parts.keys()
    for name in plain_parts:
        assert fast_parts[name] == plain_parts[name], name
    return fast


TRICKY = ["", " ", "بداية ", " نهاية", "\nسطر", "سطر\n", "a & b", "<b>عريض</b>", "x > y", "_x0041_", "a_x00e9_b",
          "_x", "cr\r\nlf", "\x0b", "\x00", "\x1f", "\ufffe", "\uffff", "تاب\tداخل", "\t", "quote \"x\"",
          "🚀 صاروخ 𝔸", "\u2066ASML\u2069 مع", "\u00a0nbsp", "nbsp\u00a0", "\u3000", "=1+1", "'=1+1"]


def test_tricky_text_and_numbers_are_written_as_xlsxwriter_writes_them(tmp_path):
    numbers = [0, 1, -1, 12.5, 0.1, 1.7e9, 1e20, 123456789012345678, -0.0, 2**53 + 1, None]
    rows = []
    for n, text in enumerate(TRICKY):
        rows.append([text, numbers[n % len(numbers)], "عادي", f"{text} و {text}", n])
    rows.append(["x" * 20000, None, "طويل", "y" * 17000 + "🚀" * 8000, 1])  # longer than half a cell: XlsxWriter cuts
    path = _assert_same(tmp_path, rows)
    sheet = openpyxl.load_workbook(path)["Claims"]
    assert sheet.cell(2 + TRICKY.index("a & b"), 1).value == "a & b"
    # A literal "_x0041_" is kept by Excel's escape of its underscore (openpyxl does not undo that escape).
    assert b"<t>_x005F_x0041_</t>" in _parts(path)["xl/worksheets/sheet1.xml"]
    assert sheet.cell(2 + TRICKY.index("=1+1"), 1).data_type == "s"
    assert sheet.cell(2, 2).value == 0 and sheet.cell(2, 2).number_format == "#,##0.##"


def test_characters_up_to_u3100_at_a_cell_edge_and_inside(tmp_path):
    """Controls, whitespace of every width, XML's specials: alone, at either end of a cell and inside it."""
    rows = [[chr(cp) + "ع", cp, "ع" + chr(cp), "ع" + chr(cp) + "ع", cp]
            for cp in range(0x3100) if not 0xD800 <= cp <= 0xDFFF]
    _assert_same(tmp_path, rows)


def test_the_quick_decisions_agree_with_xlsxwriter_for_every_code_point():
    """For every code point up to U+2FFFF: whitespace at a cell's edge as XlsxWriter sees it (its regular
    expressions) is what strip() strips, and every character XlsxWriter's escaping changes sends the row to the
    exact path."""
    for cp in range(0x30000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        c = chr(cp)
        for text in (c + "ع", "ع" + c):
            assert bool(_preserve_whitespace(text)) == (text.strip() != text), hex(cp)
        escaped = Worksheet._escape_control_characters(c).replace("&", "&amp;").replace("<", "&lt;")
        if escaped.replace(">", "&gt;") != c:
            assert needs_care(c), hex(cp)
    assert needs_care("a_x0041_b") and not needs_care("a_b x")


def test_rows_written_out_of_order_or_with_a_nan_go_through_xlsxwriter(tmp_path):
    fast_book, fast = _book(tmp_path / "fast.xlsx", RowSheet)
    fast.set_row_layout(KINDS)
    fast.write_cells(2, ["ب", 2, "", "", 2])
    fast.write_cells(1, ["أ", 1, "", "", 1])  # before a row already written: dropped, as XlsxWriter drops it
    with pytest.raises(TypeError):  # XlsxWriter's own answer to NaN without nan_inf_to_errors
        fast.write_cells(3, ["ج", float("nan"), "", "", 3])
    fast_book.close()
    sheet = openpyxl.load_workbook(tmp_path / "fast.xlsx")["Claims"]
    assert [c.value for c in sheet[3]] == ["ب", 2, "", "", 2] and sheet.max_row == 4
    assert sheet.cell(2, 1).value is None
