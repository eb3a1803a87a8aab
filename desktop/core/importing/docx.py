"""Word documents (.docx): checked against zip bombs and entities, then paragraphs in order."""

from __future__ import annotations

import io
import zipfile

from desktop.core.importing.document import Parsed, Rejected

MAX_PART_BYTES = 50 * 1024 * 1024  # uncompressed size of any one part
MAX_TOTAL_BYTES = 200 * 1024 * 1024  # uncompressed size of the whole package
MAX_PARTS = 10_000
MAX_RATIO = 200  # XML deflates 10–30×; a part that inflates 200× more is a bomb
RATIO_FLOOR = 1024 * 1024  # ratios are only judged for parts bigger than this
_ENTITY_MARKERS = (b"<!DOCTYPE", b"<!ENTITY")


def _check_sizes(archive: zipfile.ZipFile) -> None:
    """Reject absurd parts before anything is inflated, from the sizes the zip directory declares.

    zipfile never inflates a part past its declared size (it stops and reports a CRC error), so
    checking the declared sizes bounds the memory any later read can take.
    """
    parts = archive.infolist()
    if len(parts) > MAX_PARTS:
        raise Rejected(f"is a ZIP package with {len(parts)} parts, more than any Word document has")
    total = 0
    for part in parts:
        total += part.file_size
        if part.file_size > MAX_PART_BYTES:
            raise Rejected(f"has a part ({part.filename}) of {part.file_size // (1024 * 1024)} MB uncompressed, "
                           f"over the {MAX_PART_BYTES // (1024 * 1024)} MB limit (a zip bomb?)")
        if part.file_size > RATIO_FLOOR and part.file_size > MAX_RATIO * max(part.compress_size, 1):
            raise Rejected(f"has a part ({part.filename}) that inflates {part.file_size // max(part.compress_size, 1)}"
                           " times its compressed size: a zip bomb, not a Word document")
    if total > MAX_TOTAL_BYTES:
        raise Rejected(f"inflates to {total // (1024 * 1024)} MB, over the {MAX_TOTAL_BYTES // (1024 * 1024)} MB "
                       "limit for a whole document (a zip bomb?)")


def _check_entities(archive: zipfile.ZipFile) -> None:
    """Reject XML parts that declare a DTD or entities: Word never writes them; XXE payloads do."""
    for part in archive.infolist():
        if not part.filename.lower().endswith((".xml", ".rels")):
            continue
        data = archive.read(part)
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            data = data.decode("utf-16", errors="ignore").encode("utf-8")
        if any(marker in data.upper() for marker in _ENTITY_MARKERS):
            raise Rejected(f"declares a DTD or XML entities in {part.filename}; Word never does, "
                           "so the file was refused (external entities are never resolved)")


def _open_checked(data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            _check_sizes(archive)
            _check_entities(archive)
    except zipfile.BadZipFile as error:
        raise Rejected(f"is not a valid DOCX file (not a readable ZIP package: {error})") from None


def _row_text(row) -> str:
    """A table row as one line: distinct cell texts joined by tabs (merged cells repeat in python-docx)."""
    cells: list[str] = []
    for cell in row.cells:
        text = " ".join(cell.text.split())
        if text and (not cells or cells[-1] != text):
            cells.append(text)
    return "\t".join(cells)


def parse_docx(data: bytes) -> Parsed:
    """Parse a .docx: body paragraphs and table rows in document order, title from the properties."""
    _open_checked(data)
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError) as error:
        raise Rejected(f"is not a Word document ({error or type(error).__name__})") from None
    paragraphs: list[str] = []
    heading: str | None = None
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            paragraphs.extend(text for text in (_row_text(row) for row in item.rows) if text)
            continue
        text = item.text.strip()
        if not text:
            continue
        paragraphs.append(text)
        style = item.style.name if item.style is not None else ""
        if heading is None and style in {"Title", "Heading 1"}:
            heading = text
    if not paragraphs:
        raise Rejected("is a Word document with no text in its body")
    title = (document.core_properties.title or "").strip() or heading
    text = "\n\n".join(paragraphs)
    return Parsed(title=title, text=text, raw_text="\n".join(paragraphs), encoding="utf-8")
