"""Helpers for the importer tests: fixture paths and binary files built in code (not a conftest)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data" / "import"
from tests.conftest import SEED, SEED_TITLE  # noqa: F401 (re-exported for the importer tests)

ARABIC_ARTICLE = (
    "أعلنت شركة الواحة للطاقة أنها جمعت 250 مليون دولار من مستثمرين في الخليج لتمويل مشروعات "
    "الطاقة الشمسية في المغرب والأردن.\n"
    "وقال المدير المالي للشركة إن الجولة رفعت تقييمها إلى ملياري دولار، وإن الشركة تملك الآن "
    "حصة تبلغ 30% في مشروع ورزازات.\n"
    "وأضاف أن عدد عملاء الشركة تجاوز مليون عميل في المنطقة العربية خلال العام الماضي.\n"
)

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/></Relationships>'
)
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def document_xml(body: str, doctype: str = "") -> str:
    """A minimal word/document.xml around `body` (w:p elements), optionally after a DOCTYPE."""
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' + doctype
        + f'<w:document xmlns:w="{W_NS}"><w:body>{body}<w:sectPr/></w:body></w:document>'
    )


def paragraph_xml(text: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def raw_docx(document: str, extra: dict[str, bytes] | None = None) -> bytes:
    """A DOCX package written by hand, so tests control every byte of every part."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("word/document.xml", document)
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return buffer.getvalue()


def docx_bytes(paragraphs: list[str], title: str | None = None, heading: str | None = None) -> bytes:
    """A real DOCX written by python-docx."""
    import docx

    document = docx.Document()
    if title:
        document.core_properties.title = title
    if heading:
        document.add_heading(heading, level=1)
    for text in paragraphs:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def zip_bomb_docx(part_size: int) -> bytes:
    """A DOCX whose extra part inflates to `part_size` bytes of zeros (tiny once compressed)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("word/document.xml", document_xml(paragraph_xml("نص قصير")))
        with archive.open("word/media/bomb.bin", "w", force_zip64=True) as part:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(part_size // len(chunk)):
                part.write(chunk)
    return buffer.getvalue()


class AccessLog:
    """Records file opens and network calls made by Python code while active (a real audit hook).

    Audit hooks cannot be removed, so one hook is installed per process and only records while a
    log is active.
    """

    _active: AccessLog | None = None
    _installed = False
    _EVENTS = ("open", "socket.connect", "socket.getaddrinfo", "urllib.Request", "subprocess.Popen", "os.system")

    def __init__(self) -> None:
        self.events: list[tuple[str, str]] = []

    @classmethod
    def _hook(cls, event: str, args: tuple) -> None:
        log = cls._active
        if log is not None and event in cls._EVENTS:
            log.events.append((event, str(args[0]) if args else ""))

    def __enter__(self) -> AccessLog:
        import sys

        if not AccessLog._installed:
            sys.addaudithook(AccessLog._hook)
            AccessLog._installed = True
        AccessLog._active = self
        return self

    def __exit__(self, *exc: object) -> None:
        AccessLog._active = None


def with_declared_sizes(package: bytes, name: str, compressed: int, uncompressed: int) -> bytes:
    """`package` with the central-directory sizes of part `name` rewritten (nothing is inflated)."""
    import struct

    data = bytearray(package)
    encoded = name.encode()
    offset = data.find(b"PK\x01\x02")
    while offset != -1:
        name_length = struct.unpack_from("<H", data, offset + 28)[0]
        if bytes(data[offset + 46:offset + 46 + name_length]) == encoded:
            struct.pack_into("<II", data, offset + 20, compressed, uncompressed)
            return bytes(data)
        offset = data.find(b"PK\x01\x02", offset + 4)
    raise KeyError(name)
