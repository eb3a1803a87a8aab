"""PDF producers for the benchmarks: Qt, WeasyPrint, Chromium and LibreOffice, each used only if available."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from tests.benchmarks import bench_pdf_corpus as corpus

FONTS = Path(__file__).resolve().parents[2] / "resources" / "fonts"
FONT_FILES = {"Noto Naskh Arabic": FONTS / "NotoNaskhArabic-Regular.ttf",
              "Noto Sans Arabic": FONTS / "NotoSansArabic-Regular.ttf"}


class Unavailable(Exception):
    """The producer is not installed here; the message says what is missing."""


def qt(columns: int, font: str, repeat: int = 1) -> bytes:
    """QTextDocument laid out in columns and painted onto QPdfWriter pages, header and footer by QPainter."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, Qt
    from PySide6.QtGui import (QFont, QFontDatabase, QGuiApplication, QPageLayout, QPageSize, QPainter,
                               QPdfWriter, QTextDocument, QTextOption)
    app = QGuiApplication.instance() or QGuiApplication([])
    for path in FONT_FILES.values():
        QFontDatabase.addApplicationFont(str(path))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.A4), QPageLayout.Portrait, QMarginsF(20, 25, 20, 25),
                                     QPageLayout.Millimeter))
    writer.setResolution(300)
    writer.setTitle(corpus.TITLE)
    painter = QPainter(writer)
    area = writer.pageLayout().paintRectPixels(writer.resolution())
    width, height = area.width(), area.height()
    gap = 12 / 25.4 * 300
    col_w = (width - gap * (columns - 1)) / columns
    body = corpus.article_html(columns=1, font=font, repeat=repeat, header_footer=False)
    doc = QTextDocument()
    doc.setDefaultFont(QFont(font, 12))
    option = QTextOption()
    option.setTextDirection(Qt.RightToLeft)
    doc.setDefaultTextOption(option)
    doc.setHtml(body)
    doc.documentLayout().setPaintDevice(writer)
    doc.setTextWidth(col_w)
    doc.size()  # lays the whole document out (layout is lazy)
    placed = []  # (QTextLine, its QTextLayout's position) in document order
    block = doc.begin()
    while block.isValid():
        layout = block.layout()
        for k in range(layout.lineCount()):
            placed.append((layout.lineAt(k), layout.position()))
        block = block.next()
    small = QFont(font, 9)
    sheet, column, top = 0, columns, 0.0
    for line, origin in placed:
        y = origin.y() + line.y()
        if column == columns or y + line.height() - top > height and column + 1 >= columns:
            if sheet:
                writer.newPage()
            sheet += 1
            column, top = 0, y
            painter.setFont(small)
            painter.drawText(QRectF(0, -120, width, 100), Qt.AlignCenter, corpus.HEADER)
            painter.drawText(QRectF(0, height + 20, width, 100), Qt.AlignCenter, str(sheet))
        elif y + line.height() - top > height:
            column, top = column + 1, y
        x = width - (column + 1) * col_w - column * gap  # the first column is the rightmost
        line.draw(painter, QPointF(x + origin.x(), origin.y() - top))
    painter.end()
    buffer.close()
    return bytes(data)


def weasyprint(columns: int, font: str, repeat: int = 1) -> bytes:
    try:
        import weasyprint as wp
    except Exception as error:  # missing module or missing Pango
        raise Unavailable(f"WeasyPrint not importable ({error})") from None
    urls = {name: path.as_uri() for name, path in FONT_FILES.items()}
    page = corpus.article_html(columns=columns, font=font, repeat=repeat, font_urls=urls)
    return wp.HTML(string=page).write_pdf()


def _browser() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(name):
            return shutil.which(name)
    raise Unavailable("Chromium not installed (Debian: apt-get install chromium)")


def chromium(columns: int, font: str, repeat: int = 1) -> bytes:
    browser = _browser()
    urls = {name: path.as_uri() for name, path in FONT_FILES.items()}
    page = corpus.article_html(columns=columns, font=font, repeat=repeat, font_urls=urls)
    with tempfile.TemporaryDirectory() as tmp:
        source, target = Path(tmp) / "a.html", Path(tmp) / "a.pdf"
        source.write_text(page, encoding="utf-8")
        subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--user-data-dir={tmp}/profile", f"--print-to-pdf={target}", source.as_uri()],
                       check=True, capture_output=True, timeout=120)
        return target.read_bytes()


_FODT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>{title}</dc:title></office:meta>
<office:font-face-decls><style:font-face style:name="{font}" svg:font-family="'{font}'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties style:writing-mode="rl-tb" fo:text-align="justify"/>
<style:text-properties style:font-name="{font}" fo:font-size="12pt" style:font-name-complex="{font}" style:font-size-complex="12pt" style:language-complex="ar" style:country-complex="EG"/></style:default-style>
</office:styles>
<office:automatic-styles>
<style:style style:name="H" style:family="paragraph"><style:text-properties fo:font-size="20pt" style:font-size-complex="20pt"/></style:style>
<style:style style:name="HF" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="9pt" style:font-size-complex="9pt"/></style:style>
<style:style style:name="C" style:family="text"><style:text-properties fo:color="#c0392b"/></style:style>
<style:style style:name="S" style:family="section"><style:section-properties style:writing-mode="rl-tb"><style:columns fo:column-count="{columns}" fo:column-gap="12mm"/></style:section-properties></style:style>
<style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="210mm" fo:page-height="297mm" fo:margin-top="15mm" fo:margin-bottom="15mm" fo:margin-left="20mm" fo:margin-right="20mm" style:writing-mode="rl-tb"/>
<style:header-style><style:header-footer-properties fo:min-height="8mm" fo:margin-bottom="4mm"/></style:header-style>
<style:footer-style><style:header-footer-properties fo:min-height="8mm" fo:margin-top="4mm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PL">
<style:header><text:p text:style-name="HF">{header}</text:p></style:header>
<style:footer><text:p text:style-name="HF"><text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
</style:master-page></office:master-styles>
<office:body><office:text><text:p text:style-name="H">{title}</text:p><text:section text:style-name="S" text:name="body">{body}</text:section></office:text></office:body>
</office:document>
"""


def libreoffice(columns: int, font: str, repeat: int = 1) -> bytes:
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if not office:
        raise Unavailable("LibreOffice not installed (Debian: apt-get install libreoffice-writer-nogui)")
    paragraphs = []
    for paragraph in corpus.PARAGRAPHS * repeat:
        text = html.escape(paragraph, quote=False)
        text = re.sub(r"\[\[(.*?)\]\]", r'<text:span text:style-name="C">\1</text:span>', text)
        paragraphs.append(f"<text:p>{text}</text:p>")
    document = _FODT.format(title=html.escape(corpus.TITLE), header=html.escape(corpus.HEADER), font=font,
                            columns=columns, body="".join(paragraphs))
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "a.fodt"
        source.write_text(document, encoding="utf-8")
        fonts = Path(tmp) / "fonts"
        fonts.mkdir()
        for path in FONT_FILES.values():
            shutil.copy(path, fonts / path.name)
        subprocess.run([office, f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to", "pdf",
                        "--outdir", tmp, str(source)], check=True, capture_output=True, timeout=180,
                       env={"PATH": "/usr/bin:/bin", "HOME": tmp, "SAL_USE_VCLPLUGIN": "svp",
                            "FONTCONFIG_FILE": _fontconfig(tmp, fonts)})
        return (Path(tmp) / "a.pdf").read_bytes()


def _fontconfig(tmp: str, fonts: Path) -> str:
    conf = Path(tmp) / "fonts.conf"
    conf.write_text(f'<?xml version="1.0"?><fontconfig><dir>{fonts}</dir><include ignore_missing="yes">'
                    f'/etc/fonts/fonts.conf</include><cachedir>{tmp}/fc</cachedir></fontconfig>')
    return str(conf)


PRODUCERS = {"Chromium": chromium, "WeasyPrint": weasyprint, "LibreOffice": libreoffice, "Qt": qt}
