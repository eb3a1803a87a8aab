"""Import .txt, .html, .mhtml, .md, .docx and .pdf files (one by one, a folder, or the clipboard's content) as
canonical article text with an import report."""

from __future__ import annotations

import datetime
import os
import stat
from pathlib import Path
from typing import Callable

from desktop.core.canonical import canonicalize
from desktop.core.importing.document import ImportedDocument, ImportFailure, Parsed, Rejected, Removal, detect_language, direction_of
from desktop.core.importing.titles import fallback_title

__all__ = [
    "MAX_BYTES", "SUPPORTED_SUFFIXES", "ImportFailure", "Removal", "ImportedDocument",
    "import_file", "import_bytes", "import_clipboard", "files_in_folder",
]

MAX_BYTES = 50 * 1024 * 1024
_FORMATS = {".txt": "txt", ".html": "html", ".htm": "html", ".xhtml": "html", ".mhtml": "mhtml", ".mht": "mhtml",
            ".md": "md", ".markdown": "md", ".docx": "docx", ".pdf": "pdf"}
SUPPORTED_SUFFIXES = tuple(_FORMATS)


def _parser(fmt: str) -> Callable[[bytes], Parsed]:
    """The parser of a format, imported on first use (trafilatura and python-docx are slow to load)."""
    if fmt == "txt":
        from desktop.core.importing.plain import parse_plain
        return parse_plain
    if fmt == "html":
        from desktop.core.importing.html import parse_html
        return parse_html
    if fmt == "mhtml":
        from desktop.core.importing.mhtml import parse_mhtml
        return parse_mhtml
    if fmt == "md":
        from desktop.core.importing.markdown import parse_markdown
        return parse_markdown
    from desktop.core.importing.docx import parse_docx
    return parse_docx


def _format_of(name: str) -> str:
    suffix = Path(name).suffix.lower()
    if not suffix:
        raise Rejected("has no file extension; supported types are " + ", ".join(SUPPORTED_SUFFIXES))
    if suffix not in _FORMATS:
        raise Rejected(f"unsupported file type {suffix!r}; supported types are " + ", ".join(SUPPORTED_SUFFIXES))
    return _FORMATS[suffix]


def _check_size(size: int) -> None:
    """Reject a document over MAX_BYTES, saying how big it is."""
    if size > MAX_BYTES:
        raise Rejected(f"is {size / (1024 * 1024):.1f} MB, over the {MAX_BYTES // (1024 * 1024)} MB import limit")


def _build(data: bytes, name: str, source: str, file_date: str | None = None, password: str | None = None,
           ocr=None) -> ImportedDocument:
    fmt = _format_of(name)
    if not data:
        raise Rejected("is empty (0 bytes)")
    _check_size(len(data))
    if fmt == "pdf":  # PDFs carry their file, glyph map and page report: desktop/core/importing/pdf
        from desktop.core.importing.pdf import build_pdf
        return build_pdf(data, name, source, password=password, ocr=ocr, file_date=file_date)
    parsed = _parser(fmt)(data)
    canonical = canonicalize(parsed.text)
    if not canonical.text:
        raise Rejected("has no article text left after removing boilerplate")
    stem = Path(name).stem or name
    title = " ".join(canonicalize(parsed.title or "").text.split()) or fallback_title(canonical.text, stem)
    detected = detect_language(canonical.text)
    language = parsed.language if parsed.language and detected in (parsed.language, "und") else detected
    published, published_from = parsed.published, parsed.published_from
    if published is None and file_date is not None:
        published, published_from = file_date, "file"
    return ImportedDocument(
        title=title, text=canonical.text, raw_text=parsed.raw_text, source=source,
        source_url=parsed.source_url, format=fmt, encoding=parsed.encoding, language=language,
        direction=direction_of(detected), removed=parsed.removed, bidi_controls=canonical.bidi_controls,
        published=published, published_from=published_from, site=parsed.site, author=parsed.author,
    )


def _guarded(path: str, work: Callable[[], ImportedDocument]) -> ImportedDocument:
    """Run `work`, turning every failure into an ImportFailure naming `path`."""
    try:
        return work()
    except ImportFailure:
        raise
    except Rejected as error:
        failure = ImportFailure(path, error.reason)
        failure.rejection = error  # e.g. importing.pdf.PasswordNeeded, so the GUI can ask for a password
        raise failure from None
    except MemoryError:
        raise ImportFailure(path, "is too large to import in the memory available") from None
    except RecursionError:
        raise ImportFailure(path, "is nested too deeply to import") from None
    except Exception as error:  # a parser's own failure must never escape as a traceback
        raise ImportFailure(path, f"could not be read ({type(error).__name__}: {error})") from error


def import_bytes(data: bytes, name: str, *, password: str | None = None, ocr=None) -> ImportedDocument:
    """Import a document given as bytes; `name` (a file name) gives its type. Raises ImportFailure.
    `password` opens an encrypted PDF; `ocr` reads PDF pages with no usable text (see importing.pdf)."""
    return _guarded(name, lambda: _build(bytes(data), name, name, None, password, ocr))


def _file_date(path: str) -> str | None:
    """The file's modification date (YYYY-MM-DD, local time): the last resort for a publication date."""
    try:
        return datetime.date.fromtimestamp(os.stat(path).st_mtime).isoformat()
    except (OSError, ValueError, OverflowError):
        return None


def _read(path: str) -> bytes:
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise Rejected("file not found") from None
    except PermissionError:
        raise Rejected("permission denied") from None
    except ValueError:
        raise Rejected("is not a valid file path (it contains a NUL character)") from None
    except OSError as error:
        raise Rejected(f"cannot be opened ({error.strerror or error})") from None
    if stat.S_ISDIR(info.st_mode):
        raise Rejected("is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise Rejected("is not a regular file (a device, pipe or socket cannot be imported)")
    _format_of(path)
    _check_size(info.st_size)
    try:
        with open(path, "rb") as handle:
            return handle.read(MAX_BYTES + 1)  # +1: a file that grew since stat() is still caught
    except PermissionError:
        raise Rejected("permission denied") from None
    except OSError as error:
        raise Rejected(f"cannot be read ({error.strerror or error})") from None


def import_file(path: str | os.PathLike, *, password: str | None = None, ocr=None) -> ImportedDocument:
    """Import the document at `path` (checked by size before it is read). Raises ImportFailure."""
    try:
        source = os.path.abspath(os.fspath(path))
    except (TypeError, ValueError) as error:
        raise ImportFailure(str(path), f"is not a usable file path ({error})") from None
    return _guarded(source, lambda: _build(_read(source), source, source, _file_date(source), password, ocr))


def import_clipboard(html: str | None, text: str | None) -> ImportedDocument:
    """Import what the clipboard holds as a new article: its HTML if any (through the HTML importer), else
    its plain text; the same limits as a file. Raises ImportFailure."""
    if html and html.strip():
        return _guarded("clipboard", lambda: _build(html.encode("utf-8"), "clipboard.html", "clipboard"))
    if text and text.strip():
        return _guarded("clipboard", lambda: _build(text.encode("utf-8"), "clipboard.txt", "clipboard"))
    raise ImportFailure("clipboard", "holds no text to import")


MAX_FOLDER_FILES = 100_000


def files_in_folder(folder: str | os.PathLike) -> list[str]:
    """Every importable file under `folder` (recursively; hidden files and folders and symbolic links to
    folders skipped), in a stable order. Raises ImportFailure for a path that is not a readable folder."""
    root = os.path.abspath(os.fspath(folder))
    if not os.path.isdir(root):
        raise ImportFailure(root, "is not a folder")
    found: list[str] = []
    errors: list[OSError] = []
    for current, folders, files in os.walk(root, onerror=errors.append, followlinks=False):
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and Path(name).suffix.lower() in _FORMATS:
                found.append(os.path.join(current, name))
        if len(found) > MAX_FOLDER_FILES:
            raise ImportFailure(root, f"holds more than {MAX_FOLDER_FILES:,} importable files; import a smaller folder")
    if errors and not found and errors[0].filename == root:
        raise ImportFailure(root, f"cannot be read ({errors[0].strerror or errors[0]})")
    return found
