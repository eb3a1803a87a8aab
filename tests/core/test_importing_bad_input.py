"""Bad input: every failure is an ImportFailure with a specific reason, never a traceback or a hang."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.importing import MAX_BYTES, SUPPORTED_SUFFIXES, ImportFailure, import_bytes, import_file
from tests.core.conftest_import import ARABIC_ARTICLE, AccessLog

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"


def _reason(path: Path) -> str:
    with pytest.raises(ImportFailure) as caught:
        import_file(path)
    assert caught.value.path == str(path)
    assert str(caught.value) == f"{path}: {caught.value.reason}"
    return caught.value.reason


@pytest.mark.parametrize("suffix", [".txt", ".html", ".htm", ".md", ".markdown", ".docx"])
def test_empty_file(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"empty{suffix}"
    path.write_bytes(b"")
    assert _reason(path) == "is empty (0 bytes)"


@pytest.mark.parametrize("suffix", [".txt", ".html", ".md"])
def test_whitespace_only(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"blank{suffix}"
    path.write_bytes(" \n\t\r\n   \n".encode())
    assert _reason(path) == "contains only whitespace"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (PNG, "is a PNG image, not a text document"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "is a JPEG image, not a text document"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "is a PDF document, not a text document"),
        (b"MZ\x90\x00\x03\x00\x00\x00", "is a Windows executable, not a text document"),
        (b"abc\x00def" * 10, "contains NUL bytes: it is binary data (or UTF-16 without a byte-order mark), not a text document"),
        (b"\x01\x02\x03\x04\x05\x06 abc" * 20, "contains 120 control characters: it is binary data, not a text document"),
    ],
    ids=["png", "jpeg", "pdf", "exe", "nul", "controls"],
)
@pytest.mark.parametrize("suffix", [".txt", ".html", ".md"])
def test_binary_content_under_a_text_name(tmp_path: Path, data: bytes, reason: str, suffix: str) -> None:
    path = tmp_path / f"file{suffix}"
    path.write_bytes(data)
    assert _reason(path) == reason


@pytest.mark.parametrize("name", ["report.epub", "setup.exe", "image.PNG", "archive.zip", "notes.rtf"])
def test_unsupported_type(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(ARABIC_ARTICLE.encode())
    suffix = os.path.splitext(name)[1].lower()
    assert _reason(path) == f"unsupported file type {suffix!r}; supported types are " + ", ".join(SUPPORTED_SUFFIXES)


def test_no_extension(tmp_path: Path) -> None:
    path = tmp_path / "README"
    path.write_bytes(ARABIC_ARTICLE.encode())
    assert _reason(path).startswith("has no file extension")


def test_uppercase_suffix_is_supported(tmp_path: Path) -> None:
    path = tmp_path / "NEWS.TXT"
    path.write_bytes(ARABIC_ARTICLE.encode())
    assert import_file(path).format == "txt"


def test_over_the_size_limit_is_refused_without_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:
        handle.truncate(MAX_BYTES + 1)  # sparse: no 50 MB written, only the size
    with AccessLog() as log:
        reason = _reason(path)
    assert reason == "is 50.0 MB, over the 50 MB import limit"
    assert not [event for event in log.events if event[0] == "open" and "huge.txt" in event[1]]


def test_import_bytes_over_the_size_limit() -> None:
    with pytest.raises(ImportFailure, match="over the 50 MB import limit"):
        import_bytes(b" " * (MAX_BYTES + 1), "big.txt")


def test_missing_file_folder_and_pipe(tmp_path: Path) -> None:
    assert _reason(tmp_path / "missing.txt") == "file not found"
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    assert _reason(folder) == "is a folder, not a file"
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    assert _reason(pipe) == "is not a regular file (a device, pipe or socket cannot be imported)"


def test_unusable_path() -> None:
    with pytest.raises(ImportFailure, match="NUL character"):
        import_file("bad\x00name.txt")
    with pytest.raises(ImportFailure, match="not a usable file path"):
        import_file(42)  # type: ignore[arg-type]


def test_relative_path_gives_absolute_source(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text(ARABIC_ARTICLE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert import_file("a.txt").source == str(tmp_path / "a.txt")


def test_boilerplate_only_page_is_rejected() -> None:
    with pytest.raises(ImportFailure, match="no article text left after removing boilerplate"):
        import_bytes("شاهد النسخة الأصلية\nاقرأ المزيد\n".encode(), "only.txt")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=400), suffix=st.sampled_from(SUPPORTED_SUFFIXES))
def test_arbitrary_bytes_give_a_document_or_an_import_failure(data: bytes, suffix: str) -> None:
    try:
        document = import_bytes(data, "fuzz" + suffix)
    except ImportFailure as failure:
        assert failure.reason and failure.path == "fuzz" + suffix
    else:
        assert document.text and document.text == document.text.strip()


@settings(max_examples=60, deadline=None)
@given(text=st.text(max_size=200), suffix=st.sampled_from([".txt", ".html", ".md"]))
def test_arbitrary_text_gives_a_document_or_an_import_failure(text: str, suffix: str) -> None:
    try:
        import_bytes(text.encode("utf-8", errors="surrogatepass"), "fuzz" + suffix)
    except ImportFailure as failure:
        assert failure.reason
