"""The PDF review report: our own escaped HTML report laid out by QTextDocument and written by QPdfWriter.

Qt shapes the Arabic (HarfBuzz) and embeds the fonts it used. The HTML is the core's report in Qt's
rich-text subset (``build_report(for_qt=True)``): no images and no external resources, and the
document's resource loader is never asked for anything, so nothing is fetched. Works headless: when
no Qt application exists yet, one is created on the ``offscreen`` platform.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTextOption,
)

from desktop.core.exchange.exporting import ExportResult, check_output_path, select
from desktop.core.exchange.exporting.common import category_records
from desktop.core.exchange.exporting.report_html import build_report
from desktop.core.exchange.exporting.report_subjects import subject_sections
from desktop.core.store.database import Store, StoreError

from desktop.ui.exchange.pdf_charts import embed_charts
from desktop.ui.fonts import register_bundled_fonts

__all__ = ["ensure_gui_application", "report_document", "write_pdf", "export_pdf", "first_page_image"]

FONT_FAMILIES = ["Noto Naskh Arabic", "Amiri", "Noto Sans Arabic", "DejaVu Sans"]
_MARGINS_MM = 15.0
_app: QGuiApplication | None = None


class _ClosedDocument(QTextDocument):
    """A QTextDocument that loads no resource of any kind (the report has none; a stray one stays unloaded)."""

    def loadResource(self, kind: int, name) -> object:  # noqa: N802 (Qt's name)
        return None


def ensure_gui_application() -> QGuiApplication:
    """The running Qt application, or a new offscreen one (so the CLI can write PDFs without a display)."""
    global _app
    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QGuiApplication(["hamish", "-platform", os.environ["QT_QPA_PLATFORM"]])
        app = _app
    return app


def report_document(html: str, page_width_pt: float | None = None) -> QTextDocument:
    """A right-to-left QTextDocument holding the report HTML."""
    ensure_gui_application()
    register_bundled_fonts()
    doc = _ClosedDocument()
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(10.5)
    doc.setDefaultFont(font)
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    doc.setDefaultTextOption(option)
    doc.setDefaultStyleSheet("table { border-collapse: collapse; } th { background-color: #e8e8e8; }")
    doc.setHtml(html)
    if page_width_pt:
        doc.setPageSize(QSizeF(page_width_pt, page_width_pt * 1.414))
    return doc


def write_pdf(
    store: Store,
    path: str | os.PathLike,
    *,
    article_ids: list[int] | None = None,
    status: str | None = None,
    category: str | None = None,
    subjects: list[str] | None = None,
    subject_choice: str = "suggested",
) -> ExportResult:
    """Write the review report of the chosen claims as an A4 PDF (``subjects``, ``subject_choice``: which subjects
    get a chart, as in desktop.core.exchange.exporting.report_subjects)."""
    out = check_output_path(path)
    selection = select(store, article_ids, status, category)
    tail, charts = subject_sections(store, selection.ids, category=category, for_qt=True, subjects=subjects,
                                    choice=subject_choice)
    html = build_report(selection, category_records(store), for_qt=True, tail=tail)
    doc = report_document(html)
    embed_charts(doc, charts)
    tmp = out.with_name(out.name + ".part")
    writer = QPdfWriter(str(tmp))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(*[_MARGINS_MM] * 4), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle("Hamish claims report")
    writer.setCreator("Hamish")
    doc.print_(writer)
    del writer  # finishes the file
    if not tmp.exists() or tmp.stat().st_size == 0:
        tmp.unlink(missing_ok=True)
        raise StoreError(f"{out}: the PDF could not be written")
    os.replace(tmp, out)
    claims = sum(len(item.claims) for item in selection)
    return ExportResult("pdf", Path(out), len(selection), claims, out.stat().st_size)


# The name the export dialog calls; the same function.
export_pdf = write_pdf


def first_page_image(html: str, width_px: int = 900) -> QImage:
    """The first A4 page of the report as the PDF lays it out, for a look (tests, previews)."""
    doc = report_document(html)
    page = QPageSize(QPageSize.PageSizeId.A4).size(QPageSize.Unit.Point)
    margin_pt = _MARGINS_MM * 72 / 25.4
    content = QSizeF(page.width() - 2 * margin_pt, page.height() - 2 * margin_pt)
    doc.setPageSize(content)
    scale = width_px / page.width()
    image = QImage(int(page.width() * scale), int(page.height() * scale), QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.scale(scale, scale)
    painter.translate(margin_pt, margin_pt)
    doc.drawContents(painter, QRectF(0, 0, content.width(), content.height()))
    painter.end()
    return image
