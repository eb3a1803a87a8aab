"""Opening an untrusted PDF: a password if it needs one, limits against bombs and huge files, active content noted."""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from desktop.core.importing.document import Rejected

MAX_PAGES = 2_000
MAX_STREAM_BYTES = 64 * 1024 * 1024  # one content stream, font or object stream inflated
MAX_INFLATED_BYTES = 1024 * 1024 * 1024  # all of them together (time, not memory: chunks are dropped)
MAX_IMAGE_PIXELS = 400_000_000  # an image's declared width × height (20,000 × 20,000)
MAX_RATIO = 1_000  # content streams deflate 3–20×; far beyond that is a bomb
RATIO_FLOOR = 4 * 1024 * 1024  # ratios are judged only for streams that inflate past this
_CHUNK = 1024 * 1024
_STREAM = re.compile(rb"stream\r?\n")
_ACTIVE = {
    "JavaScript": re.compile(rb"/(?:JavaScript|JS)\b"),
    "links": re.compile(rb"/Subtype\s*/Link\b"),
    "launch actions": re.compile(rb"/S\s*/(?:Launch|URI|SubmitForm|ImportData|GoToR)\b"),
    "attachments": re.compile(rb"/(?:EmbeddedFile|EmbeddedFiles)\b"),
    "a form": re.compile(rb"/AcroForm\b|/XFA\b"),
}


class PasswordNeeded(Rejected):
    """The PDF is encrypted and no password, or a wrong one, was given."""

    def __init__(self, reason: str, wrong: bool) -> None:
        super().__init__(reason)
        self.wrong = wrong


@dataclass(frozen=True)
class Scan:
    """What a pass over the raw bytes found: active content (never run) and how much the streams inflate."""

    active: tuple[str, ...]
    inflated: int


def scan(data: bytes) -> Scan:
    """Inflate every Flate stream in bounded chunks, refusing bombs, and note JavaScript, forms, attachments, links."""
    found = {name for name, pattern in _ACTIVE.items() if pattern.search(data)}
    total = 0
    for match in _STREAM.finditer(data):
        start = match.end()
        head = data[max(0, match.start() - 400):match.start()]
        if b"/Image" in head:
            _check_image(head)
            continue  # PDFium decodes an image only to its declared size, and only when a page is drawn
        if b"/FlateDecode" not in head and b"/Fl" not in head:
            continue
        inflater = zlib.decompressobj()
        size = 0
        source = data[start:start + 16 * _CHUNK]
        sample = b""
        try:
            chunk = inflater.decompress(source, _CHUNK)
            while True:
                size += len(chunk)
                if len(sample) < 65536:
                    sample += chunk[:65536]
                if size > MAX_STREAM_BYTES:
                    raise Rejected(f"has a compressed stream that inflates past {MAX_STREAM_BYTES // 2**20} MB "
                                   "(a decompression bomb?); refused")
                if not inflater.unconsumed_tail or inflater.eof:
                    break
                chunk = inflater.decompress(inflater.unconsumed_tail, _CHUNK)
        except zlib.error:
            continue  # encrypted or another filter first: PDFium will judge it
        used = len(source) - len(inflater.unused_data) - len(inflater.unconsumed_tail)
        if size > RATIO_FLOOR and size > MAX_RATIO * max(used, 1):
            raise Rejected(f"has a stream that inflates {size // max(used, 1):,} times its size "
                           "(a decompression bomb); refused")
        total += size
        if total > MAX_INFLATED_BYTES:
            raise Rejected(f"inflates past {MAX_INFLATED_BYTES // 2**20} MB in all (a decompression bomb?); refused")
        if b"/ObjStm" in head:  # dictionaries hidden in object streams
            found |= {name for name, pattern in _ACTIVE.items() if pattern.search(sample)}
    return Scan(tuple(sorted(found)), total)


_DIMENSION = re.compile(rb"/(Width|Height)\s+(\d{1,12})")


def _check_image(head: bytes) -> None:
    sizes = dict(_DIMENSION.findall(head[head.rfind(b"<<"):] if b"<<" in head else head))
    width, height = int(sizes.get(b"Width", 0)), int(sizes.get(b"Height", 0))
    if width * height > MAX_IMAGE_PIXELS:
        raise Rejected(f"has an image of {width:,} × {height:,} pixels, over the "
                       f"{MAX_IMAGE_PIXELS // 1_000_000:,} million pixel limit (a decompression bomb?); refused")


def open_pdf(data: bytes, password: str | None = None) -> pdfium.PdfDocument:
    """Open `data` with PDFium (forms and JavaScript never initialised), or raise Rejected with a clear reason."""
    if b"%PDF-" not in data[:1024]:
        raise Rejected("is not a PDF file (no %PDF- header at its start)")
    try:
        document = pdfium.PdfDocument(data, password=password)
    except pdfium.PdfiumError as error:
        code = getattr(error, "err_code", None)
        if code == pdfium_c.FPDF_ERR_PASSWORD:
            if password:
                raise PasswordNeeded("is encrypted and the password given is wrong", wrong=True) from None
            raise PasswordNeeded("is encrypted; give its password (hamish import --password-stdin)",
                                 wrong=False) from None
        if code == pdfium_c.FPDF_ERR_SECURITY:
            raise Rejected("is encrypted with a security handler PDFium does not support") from None
        raise Rejected("is damaged: PDFium cannot read its structure (not a complete PDF file)") from None
    pages = len(document)
    if pages > MAX_PAGES:
        document.close()
        raise Rejected(f"has {pages:,} pages, over the {MAX_PAGES:,}-page import limit")
    if pages == 0:
        document.close()
        raise Rejected("has no pages")
    return document
