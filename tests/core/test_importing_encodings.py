"""Decoding: BOMs, UTF-8, legacy Arabic code pages, declared charsets, and refusing to guess."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from desktop.core.importing import ImportFailure, import_bytes, import_file
from tests.core.conftest_import import ARABIC_ARTICLE

EXPECTED = ARABIC_ARTICLE.strip().replace("\n", "\n\n")


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (ARABIC_ARTICLE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + ARABIC_ARTICLE.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + ARABIC_ARTICLE.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + ARABIC_ARTICLE.encode("utf-16-be"), "utf-16"),
        (codecs.BOM_UTF32_LE + ARABIC_ARTICLE.encode("utf-32-le"), "utf-32"),
        (ARABIC_ARTICLE.encode("cp1256"), "cp1256"),
        (ARABIC_ARTICLE.encode("iso8859_6"), "iso8859_6"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "utf-32-le-bom", "windows-1256", "iso-8859-6"],
)
def test_encodings_decode_to_the_same_text(tmp_path: Path, data: bytes, encoding: str) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    document = import_file(path)
    assert document.encoding == encoding
    assert document.text == EXPECTED
    assert "\ufeff" not in document.raw_text
    assert document.raw_text.replace("\r\n", "\n") == ARABIC_ARTICLE


def test_raw_text_is_the_decoded_bytes_unchanged() -> None:
    source = "سطر أول  \r\nسطر\tثان\r\n\r\n\r\n"
    document = import_bytes(source.encode(), "x.txt")
    assert document.raw_text == source


@pytest.mark.parametrize(
    ("meta", "encoding"),
    [
        ('<meta charset="windows-1256">', "cp1256"),
        ('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-6">', "iso8859_6"),
    ],
)
def test_html_declared_charset(meta: str, encoding: str) -> None:
    page = (
        f"<html><head>{meta}<title>عنوان الخبر - موقع</title></head><body>"
        + "".join(f"<p>{line}</p>" for line in ARABIC_ARTICLE.strip().split("\n"))
        + "</body></html>"
    )
    document = import_bytes(page.encode(encoding), "page.html")
    assert document.encoding == encoding
    assert document.text == EXPECTED


def test_valid_utf8_wins_over_a_stale_declaration() -> None:
    page = '<html><head><meta charset="windows-1256"></head><body><p>' + ARABIC_ARTICLE + "</p></body></html>"
    assert import_bytes(page.encode("utf-8"), "page.html").encoding == "utf-8"


def test_declared_charset_that_does_not_fit_is_rejected() -> None:
    page = '<html><head><meta charset="iso-8859-6"></head><body><p>' + ARABIC_ARTICLE + "</p></body></html>"
    with pytest.raises(ImportFailure, match="declares charset 'iso-8859-6' but its bytes are not valid"):
        import_bytes(page.encode("cp1256"), "page.html")


def test_declared_latin1_for_arabic_bytes_is_mojibake_and_rejected() -> None:
    page = '<html><head><meta charset="iso-8859-1"></head><body><p>' + ARABIC_ARTICLE + "</p></body></html>"
    with pytest.raises(ImportFailure, match="looks like mojibake"):
        import_bytes(page.encode("cp1256"), "page.html")


def test_unknown_declared_charset() -> None:
    page = b'<html><head><meta charset="x-klingon"></head><body><p>\xe1\xe1</p></body></html>'
    with pytest.raises(ImportFailure, match="unknown charset 'x-klingon'"):
        import_bytes(page, "page.html")


@pytest.mark.parametrize("text", ["مليار يورو جمع", "حصة 11%", "جمع"])
@pytest.mark.parametrize("encoding", ["cp1256", "iso8859_6"])
def test_very_short_legacy_arabic_is_ambiguous_not_mojibake(text: str, encoding: str) -> None:
    data = text.encode(encoding)
    assert len(data) <= 15
    with pytest.raises(ImportFailure) as caught:
        import_bytes(data, "short.txt")
    assert "not valid UTF-8" in caught.value.reason
    assert "save it as UTF-8" in caught.value.reason


def test_damaged_utf8_is_rejected_not_read_as_legacy() -> None:
    data = ARABIC_ARTICLE.encode("utf-8")
    cut = data.index("مليون".encode()) + 1
    broken = data[:cut] + data[cut + 1:]  # half of the letter م is gone
    with pytest.raises(ImportFailure) as caught:
        import_bytes(broken, "broken.txt")
    assert caught.value.reason == (
        f"is damaged UTF-8: 1 invalid byte sequence(s), the first at byte {cut - 1} (line 1); "
        "it was not read with a guessed encoding"
    )


def test_windows_1252_english_and_french_are_read_as_windows_1252() -> None:
    english = "The company’s shares rose 5% — a “record” day for the café chain, which raised €12 million.\n"
    french = "La société a levé 12 millions d’euros auprès d’investisseurs émiratis, a annoncé son président.\n"
    for text in (english, french):
        document = import_bytes((text * 3).encode("cp1252"), "western.txt")
        assert document.encoding == "cp1252"
        assert document.raw_text == text * 3


def test_other_legacy_code_pages_are_rejected_not_guessed() -> None:
    data = "Компания привлекла 12 миллионов долларов от инвесторов из Дубая.\n".encode("cp1251") * 3
    with pytest.raises(ImportFailure, match="not valid UTF-8 and is not text in windows-1256"):
        import_bytes(data, "cyrillic.txt")


def test_random_high_bytes_are_rejected() -> None:
    data = bytes(range(0x80, 0x100)) * 8
    with pytest.raises(ImportFailure, match="not valid UTF-8"):
        import_bytes(data, "noise.txt")


def test_bad_utf16_after_bom_is_rejected() -> None:
    data = codecs.BOM_UTF16_LE + "نص".encode("utf-16-le") + b"\x00\xd8"  # unpaired surrogate
    with pytest.raises(ImportFailure, match="UTF-16 byte-order mark but is not valid UTF-16"):
        import_bytes(data, "bad16.txt")


def test_utf16_without_bom_is_binary() -> None:
    with pytest.raises(ImportFailure, match="NUL bytes"):
        import_bytes("Cedar Pay raised $12 million".encode("utf-16-le"), "nobom.txt")
