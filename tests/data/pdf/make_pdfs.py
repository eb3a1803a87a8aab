"""Writes the small PDFs the PDF import tests read (run from the checkout: python tests/data/pdf/make_pdfs.py).

The Arabic fixtures need WeasyPrint (pip), Qt, Chromium and LibreOffice (Debian `chromium`,
`libreoffice-writer-nogui`); the encrypted one needs qpdf (Debian `qpdf`). The rest are
written byte by byte here. The files are committed, so the tests need none of these tools.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.benchmarks import bench_pdf_corpus as corpus  # noqa: E402
from tests.benchmarks import bench_pdf_producers as producers  # noqa: E402

PASSWORD = "هامش-2026"


def _pdf(objects: list[bytes]) -> bytes:
    """A PDF from numbered objects (1 is the catalog), with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _stream(data: bytes, extra: bytes = b"", compress: bool = True) -> bytes:
    if compress:
        data = zlib.compress(data, 9)
        extra += b" /Filter /FlateDecode"
    return b"<< /Length %d%s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
_TEXT = b"BT /F1 14 Tf 72 720 Td (Quarterly report: revenue rose 11%) Tj ET"


def latin_page(extra_catalog: bytes = b"", annots: bytes = b"") -> bytes:
    """One page of Latin text (Helvetica) with optional catalog entries and annotations."""
    return _pdf([
        b"<< /Type /Catalog /Pages 2 0 R" + extra_catalog + b" >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R" + annots + b" >>",
        _FONT,
        _stream(_TEXT),
    ])


def active() -> bytes:
    """JavaScript on open, a form field, an embedded file and a web link: none may run, open or be followed."""
    catalog = (b" /OpenAction << /S /JavaScript /JS (app.alert\\('hello'\\);) >>"
               b" /AcroForm << /Fields [] >>"
               b" /Names << /EmbeddedFiles << /Names [(a.txt) << /Type /Filespec /F (a.txt) /EF << /F 6 0 R >> >>] >> >>")
    annots = b" /Annots [<< /Type /Annot /Subtype /Link /Rect [72 700 300 740] /A << /S /URI /URI (https://example.com/) >> >>]"
    body = latin_page(catalog, annots)
    # add object 6 (the embedded file) by rebuilding with it
    return _pdf([
        b"<< /Type /Catalog /Pages 2 0 R" + catalog + b" >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R" + annots + b" >>",
        _FONT,
        _stream(_TEXT),
        _stream(b"attached text", b" /Type /EmbeddedFile", compress=False),
    ]) if body else b""


def bomb() -> bytes:
    """A page whose content stream inflates to 80 MB of spaces from about 80 kB."""
    return _pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        _stream(b" " * (80 * 1024 * 1024)),
    ])


def huge_image() -> bytes:
    """A page that draws an image declaring 30,000 × 30,000 pixels from a few bytes."""
    return _pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> "
        b"/Contents 4 0 R >>",
        _stream(b"q 595 0 0 842 0 0 cm /Im1 Do Q"),
        _stream(b"\xff" * 1000, b" /Type /XObject /Subtype /Image /Width 30000 /Height 30000 /ColorSpace /DeviceGray"
                b" /BitsPerComponent 8"),
    ])


def dense_page() -> bytes:
    """One page that shows 210,000 characters (more than any real page)."""
    line = b"".join(b"BT /F1 1 Tf 0 %d Td (" % (10 * k) + b"a" * 30_000 + b") Tj ET\n" for k in range(7))
    return _pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        _FONT,
        _stream(line),
    ])


def many_pages(count: int = 10_000) -> bytes:
    """A page tree that claims `count` pages (every kid is the same blank page)."""
    kids = b" ".join(b"3 0 R" for _ in range(count))
    return _pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % count,
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
    ])


def damaged() -> bytes:
    """A PDF header followed by bytes that are no PDF structure at all."""
    return b"%PDF-1.7\n" + bytes((i * 7919) % 251 for i in range(4000))


def scan() -> bytes:
    """A page that is only a picture of Arabic text (no text layer), as a scanner makes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QImage, QPageSize, QPainter, QPdfWriter
    app = QGuiApplication.instance() or QGuiApplication([])
    for path in producers.FONT_FILES.values():
        QFontDatabase.addApplicationFont(str(path))
    image = QImage(1240, 600, QImage.Format_Grayscale8)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(QFont("Noto Naskh Arabic", 16))
    painter.setPen(QColor("black"))
    painter.drawText(QRectF(60, 40, 1120, 520), Qt.AlignRight | Qt.TextWordWrap, SCAN_TEXT)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.A4))
    writer.setResolution(150)
    painter = QPainter(writer)
    painter.drawImage(QRectF(0, 0, 1240, 600), image)
    painter.end()
    buffer.close()
    del app
    return bytes(data)


SCAN_TEXT = "قالت الشركة إن إيراداتها بلغت 1.7 مليار يورو في العام الماضي، وإن حصتها في السوق ارتفعت إلى 11%."


EMOJI_TEXT = "أطلقت الشركة 🚀 تطبيقا بلغ مليون تنزيل 😀 خلال أسبوعين"


def emoji() -> bytes:
    """Arabic with emoji (characters beyond the BMP, which PDFium indexes as two UTF-16 halves)."""
    import weasyprint
    faces = "".join(f'@font-face {{ font-family: "{name}"; src: url("{path.as_uri()}"); }}'
                    for name, path in producers.FONT_FILES.items())
    page = (f'<html dir="rtl" lang="ar"><head><meta charset="utf-8"><style>{faces} body {{ font-family: '
            f'"Noto Naskh Arabic"; font-size: 14pt; }}</style></head><body><p>{EMOJI_TEXT}</p></body></html>')
    return weasyprint.HTML(string=page).write_pdf()


def encrypt(source: Path, target: Path) -> None:
    qpdf = shutil.which("qpdf")
    if not qpdf:
        raise SystemExit("qpdf is needed for the encrypted fixture (Debian: apt-get install qpdf)")
    subprocess.run([qpdf, "--encrypt", PASSWORD, PASSWORD + "-owner", "256", "--", str(source), str(target)],
                   check=True)


def main() -> None:
    two = producers.weasyprint(2, "Noto Naskh Arabic", repeat=2)
    (HERE / "arabic_two_columns.pdf").write_bytes(two)
    (HERE / "arabic_two_columns.txt").write_text(corpus.plain_text(2) + "\n", encoding="utf-8")
    (HERE / "claims.txt").write_text("\n".join(corpus.claims()) + "\n", encoding="utf-8")
    (HERE / "arabic_one_column_sans.pdf").write_bytes(producers.weasyprint(1, "Noto Sans Arabic", repeat=2))
    # Chromium draws Arabic words glyph by glyph left to right; LibreOffice maps justification kashidas to «$»
    (HERE / "chromium_two_columns.pdf").write_bytes(producers.chromium(2, "Noto Naskh Arabic", repeat=2))
    (HERE / "libreoffice_two_columns.pdf").write_bytes(producers.libreoffice(2, "Noto Sans Arabic", repeat=2))
    (HERE / "qt_unmapped_ligatures.pdf").write_bytes(producers.qt(1, "Noto Naskh Arabic", repeat=1))
    (HERE / "scan.pdf").write_bytes(scan())
    (HERE / "scan.txt").write_text(SCAN_TEXT + "\n", encoding="utf-8")
    (HERE / "active_content.pdf").write_bytes(active())
    (HERE / "bomb.pdf").write_bytes(bomb())
    (HERE / "ten_thousand_pages.pdf").write_bytes(many_pages())
    (HERE / "huge_image.pdf").write_bytes(huge_image())
    (HERE / "dense_page.pdf").write_bytes(dense_page())
    (HERE / "emoji.pdf").write_bytes(emoji())
    (HERE / "damaged.pdf").write_bytes(damaged())
    (HERE / "truncated.pdf").write_bytes(two[: len(two) // 3])
    with tempfile.TemporaryDirectory() as tmp:
        plain = Path(tmp) / "plain.pdf"
        plain.write_bytes(two)
        encrypt(plain, HERE / "encrypted.pdf")
    (HERE / "encrypted.password").write_text(PASSWORD + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
