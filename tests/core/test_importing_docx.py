"""Word documents: paragraphs in order, titles, and refusing zip bombs and XML entities."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest

from desktop.core.importing import ImportFailure, import_bytes, import_file
from tests.core.conftest_import import (
    AccessLog, docx_bytes, document_xml, paragraph_xml, raw_docx, with_declared_sizes, zip_bomb_docx,
)

PARAGRAPHS = [
    "أعلنت شركة الواحة للطاقة أنها جمعت 250 مليون دولار من مستثمرين في الخليج.",
    "وقال المدير المالي إن الجولة رفعت تقييم الشركة إلى ملياري دولار.",
    "وتملك الشركة حصة تبلغ 30% في مشروع ورزازات.",
]


def test_paragraphs_in_order_with_heading_and_table(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_heading("الواحة للطاقة تجمع 250 مليون دولار", level=1)
    document.add_paragraph(PARAGRAPHS[0])
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "المستثمر", "الحصة"
    table.cell(1, 0).text, table.cell(1, 1).text = "صندوق الخليج", "20%"
    document.add_paragraph("")
    paragraph = document.add_paragraph(PARAGRAPHS[1])
    paragraph.add_run().add_break()
    paragraph.add_run("سطر ثان في الفقرة نفسها")
    path = tmp_path / "تقرير.docx"
    document.save(path)

    imported = import_file(path)
    assert imported.title == "الواحة للطاقة تجمع 250 مليون دولار"
    assert imported.text == "\n\n".join([
        "الواحة للطاقة تجمع 250 مليون دولار", PARAGRAPHS[0], "المستثمر\tالحصة", "صندوق الخليج\t20%",
        PARAGRAPHS[1] + "\nسطر ثان في الفقرة نفسها",
    ])
    assert (imported.format, imported.language, imported.direction) == ("docx", "ar", "rtl")
    assert imported.source == str(path)


def test_title_from_document_properties() -> None:
    data = docx_bytes(PARAGRAPHS, title="عنوان من خصائص الملف")
    assert import_bytes(data, "a.docx").title == "عنوان من خصائص الملف"


def test_title_falls_back_to_first_line() -> None:
    data = docx_bytes(["خبر قصير بلا عنوان", *PARAGRAPHS])
    document = import_bytes(data, "a.docx")
    assert document.title == "خبر قصير بلا عنوان"
    assert document.text.split("\n\n")[1:] == PARAGRAPHS


def test_hand_written_package_with_presentation_forms_is_canonical() -> None:
    body = paragraph_xml("\ufee3\ufee0\ufef4\ufe8e\ufead \ufefb") + paragraph_xml("فقرة ثانية&#x200F;")
    document = import_bytes(raw_docx(document_xml(body)), "forms.docx")
    assert document.text == "مليار لا\n\nفقرة ثانية\u200f"
    assert document.bidi_controls == 1


def test_zip_bomb_part_over_the_limit_is_rejected_before_inflating() -> None:
    bomb = zip_bomb_docx(64 * 1024 * 1024)
    assert len(bomb) < 1024 * 1024
    tracemalloc.start()
    try:
        with pytest.raises(ImportFailure, match=r"word/media/bomb.bin\) of 64 MB uncompressed, over the 50 MB limit"):
            import_bytes(bomb, "bomb.docx")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 8 * 1024 * 1024  # the 64 MB part was never inflated


def test_absurd_compression_ratio_is_rejected() -> None:
    with pytest.raises(ImportFailure, match=r"inflates \d+ times its compressed size: a zip bomb"):
        import_bytes(zip_bomb_docx(8 * 1024 * 1024), "ratio.docx")


def test_total_uncompressed_size_over_the_limit_is_rejected() -> None:
    parts = {f"word/media/image{i}.png": b"\x89PNG" + bytes(60) for i in range(5)}
    package = raw_docx(document_xml(paragraph_xml("نص")), parts)
    for name in parts:
        package = with_declared_sizes(package, name, 40 * 1024 * 1024, 45 * 1024 * 1024)
    with pytest.raises(ImportFailure, match="inflates to 225 MB, over the 200 MB limit"):
        import_bytes(package, "total.docx")


def test_external_entity_is_refused_and_never_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-TOKEN-42", encoding="utf-8")
    doctype = f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://{secret}">]>'
    package = raw_docx(document_xml(paragraph_xml("&xxe;") + paragraph_xml("نص الخبر"), doctype))
    with AccessLog() as log, pytest.raises(ImportFailure) as caught:
        import_bytes(package, "xxe.docx")
    assert "declares a DTD or XML entities in word/document.xml" in caught.value.reason
    assert not [event for event in log.events if "secret" in event[1]]


def test_billion_laughs_in_content_types_is_refused() -> None:
    laughs = '<!DOCTYPE t [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    package = raw_docx(document_xml(paragraph_xml("نص")), {"customXml/item1.xml": f"<?xml version='1.0'?>{laughs}<t>&b;</t>".encode()})
    with pytest.raises(ImportFailure, match="declares a DTD or XML entities in customXml/item1.xml"):
        import_bytes(package, "laughs.docx")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"this is plain text, not a zip package", "is not a valid DOCX file"),
        (raw_docx(document_xml("")), "no text in its body"),
    ],
)
def test_broken_docx(data: bytes, reason: str) -> None:
    with pytest.raises(ImportFailure, match=reason):
        import_bytes(data, "broken.docx")


def test_zip_without_a_word_document() -> None:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "ليس مستند وورد")
    with pytest.raises(ImportFailure, match="is not a Word document"):
        import_bytes(buffer.getvalue(), "notword.docx")
