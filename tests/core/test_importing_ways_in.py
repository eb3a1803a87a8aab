"""More ways in: .mhtml/.mht files, folders (recursively) and the clipboard, through the same importers and limits."""

from __future__ import annotations

import quopri
from pathlib import Path

import pytest

from desktop.core import importing
from desktop.core.importing import ImportFailure, files_in_folder, import_bytes, import_clipboard, import_file

CLAIM = "قالت الشركة إنها باعت 40 ألف جهاز في الربع الأول من العام، بزيادة 12% على العام الماضي."
PAGE = (f"<!DOCTYPE html><html lang='ar'><head><meta charset='utf-8'><title>مبيعات قياسية | موقع التقنية</title>"
        f"</head><body><nav><a href='/'>الرئيسية</a> <a href='/t'>تقنية</a></nav><main><h1>مبيعات قياسية</h1>"
        f"<p>{CLAIM}</p></main></body></html>")


def chrome_mhtml(page: str, *, charset: str = "utf-8") -> bytes:
    """A page saved as Chrome's "single file": multipart/related, the HTML quoted-printable, then a CSS part."""
    boundary = "----MultipartBoundary--a1b2c3----"
    html = quopri.encodestring(page.encode(charset)).decode("ascii")
    return (
        "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://tech.example/news/1\r\n"
        "Subject: =?utf-8?Q?x?=\r\nDate: Tue, 14 May 2024 10:00:00 -0000\r\nMIME-Version: 1.0\r\n"
        f'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="{boundary}"\r\n\r\n\r\n'
        f"--{boundary}\r\nContent-Type: text/html\r\nContent-ID: <frame-1@mhtml.blink>\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\nContent-Location: https://tech.example/news/1\r\n\r\n"
        f"{html}\r\n--{boundary}\r\nContent-Type: text/css\r\nContent-Transfer-Encoding: quoted-printable\r\n"
        f"Content-Location: https://tech.example/a.css\r\n\r\nbody {{ color: red; }}\r\n--{boundary}--\r\n"
    ).encode("ascii")


@pytest.mark.parametrize("suffix", [".mhtml", ".mht"])
def test_a_page_saved_as_a_single_file(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"page{suffix}"
    path.write_bytes(chrome_mhtml(PAGE))
    document = import_file(path)
    assert (document.title, document.text, document.format) == ("مبيعات قياسية", CLAIM, "mhtml")
    assert document.source_url == "https://tech.example/news/1"
    assert "color" not in document.text and "الرئيسية" not in document.text
    assert document.text == import_bytes(PAGE.encode(), "page.html").text  # the same importer


def test_an_mhtml_page_in_a_legacy_charset() -> None:
    page = PAGE.replace("charset='utf-8'", "charset='windows-1256'")
    assert import_bytes(chrome_mhtml(page, charset="cp1256"), "p.mht").text == CLAIM


@pytest.mark.parametrize(("data", "reason"), [
    (b"<html><body>not mime</body></html>", "is not an MHTML file"),
    (b"MIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nhello", "holds no HTML page"),
    (b"MIME-Version: 1.0\r\nContent-Type: text/html\r\n\r\n   ", "holds an empty HTML page"),
])
def test_bad_mhtml_files_are_refused_clearly(data: bytes, reason: str) -> None:
    with pytest.raises(ImportFailure, match=reason):
        import_bytes(data, "bad.mhtml")


def test_a_folder_is_walked_recursively_in_a_stable_order(tmp_path: Path) -> None:
    (tmp_path / "b" / "deep").mkdir(parents=True)
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "a.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "b" / "deep" / "c.TXT").write_text(CLAIM, encoding="utf-8")
    (tmp_path / "b" / "page.mht").write_bytes(chrome_mhtml(PAGE))
    (tmp_path / "b" / "image.png").write_bytes(b"\x89PNG")
    (tmp_path / ".hidden" / "x.txt").write_text(CLAIM, encoding="utf-8")
    (tmp_path / "link").symlink_to(tmp_path / "b", target_is_directory=True)
    assert files_in_folder(tmp_path) == [str(tmp_path / "a.html"), str(tmp_path / "b" / "page.mht"),
                                         str(tmp_path / "b" / "deep" / "c.TXT")]
    with pytest.raises(ImportFailure, match="is not a folder"):
        files_in_folder(tmp_path / "a.html")


def test_the_clipboard_imports_html_first_then_text() -> None:
    document = import_clipboard(PAGE, "نص بديل")
    assert (document.title, document.text, document.source, document.format) == ("مبيعات قياسية", CLAIM,
                                                                                  "clipboard", "html")
    plain = import_clipboard(None, f"\n{CLAIM}\n")
    assert (plain.text, plain.format) == (CLAIM, "txt")
    with pytest.raises(ImportFailure, match="holds no text to import"):
        import_clipboard("  ", "")


def test_the_clipboard_has_the_same_size_limit(monkeypatch) -> None:
    monkeypatch.setattr(importing, "MAX_BYTES", 100)
    with pytest.raises(ImportFailure, match="over the 0 MB import limit"):
        import_clipboard(None, CLAIM * 5)
