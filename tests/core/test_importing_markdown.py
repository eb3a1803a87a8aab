"""Markdown: a CommonMark parse rendered to plain paragraphs with no markup left."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop.core.importing import ImportFailure, import_bytes, import_file
from tests.core.conftest_import import DATA


@pytest.fixture
def roundup(tmp_path: Path):
    return import_file(shutil.copy(DATA / "funding_roundup.md", tmp_path))


def test_title_from_first_h1_without_markup(roundup) -> None:
    assert roundup.title == 'جولات التمويل: "نخيل" تجمع 30 مليون دولار'
    assert (roundup.format, roundup.language, roundup.direction) == ("md", "ar", "rtl")


def test_paragraphs_in_order(roundup) -> None:
    assert roundup.text.split("\n\n") == [
        'جولات التمويل: "نخيل" تجمع 30 مليون دولار',
        "أعلنت شركة نخيل الإماراتية للزراعة الذكية أنها جمعت 30 مليون دولار\n"
        "في جولة تمويل من الفئة (أ)، بحسب بيان صدر الأحد.",
        "أبرز الأرقام",
        "التقييم بعد الجولة: 150 مليون دولار",
        "عدد المزارع المتعاقدة: 1,200 مزرعة",
        "منها 400 في السعودية",
        "وقال الرئيس التنفيذي إن الشركة تستهدف 5 ملايين مستخدم بحلول 2026.",
        "المستثمر\tالحصة",
        "صندوق الخليج\t20%",
        "مستثمرون أفراد\t5%",
        "شعار الشركة",
        "النص فيه وسم HTML داخل السطر و& رمز.",
        "صندوق HTML",
        "قيمة الصفقة = 30 مليون دولار",
    ]


@pytest.mark.parametrize("markup", ["#", "**", "*", "`", "[", "](", "|", "---", "> ", "![", "<span", "<div", "&amp;"])
def test_no_markup_characters_left(roundup, markup: str) -> None:
    assert markup not in roundup.text


def test_raw_text_is_the_markdown_source(roundup) -> None:
    assert roundup.raw_text == (DATA / "funding_roundup.md").read_text(encoding="utf-8")


def test_markdown_suffix_and_windows_1256() -> None:
    source = "# عنوان الخبر\n\nأعلنت الشركة أنها جمعت 80 مليون دولار في جولة تمويل جديدة قادها مستثمرون من الخليج.\n"
    document = import_bytes(source.encode("cp1256"), "news.markdown")
    assert (document.format, document.encoding, document.title) == ("md", "cp1256", "عنوان الخبر")


def test_markup_only_file_is_rejected() -> None:
    with pytest.raises(ImportFailure, match="Markdown with no text"):
        import_bytes(b"---\n\n***\n\n<!-- comment -->\n", "empty.md")


def test_nested_quotes_keep_their_text() -> None:
    assert import_bytes(("> " * 60 + "نص عميق").encode(), "deep.md").text == "نص عميق"


def test_absurd_nesting_is_rejected_not_a_traceback() -> None:
    with pytest.raises(ImportFailure, match="nested deeper than 100 levels"):
        import_bytes(("> " * 5000 + "نص عميق").encode(), "deeper.md")
