"""Charts in the PDF report: the core's SVG charts drawn by QtSvg as vector paths inside the QTextDocument.

The core writes a marker paragraph where each chart goes (report_subjects.CHART_MARKER); :func:`embed_charts`
replaces each marker with a custom text object whose drawing is the SVG rendered through QSvgRenderer, so the
PDF holds paths and text, never a raster image. QTextDocument.print_ copies the object handlers to the copy it
paginates, so the objects print.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSizeF
from PySide6.QtGui import QPyTextObject, QTextCharFormat, QTextDocument, QTextFormat
from PySide6.QtSvg import QSvgRenderer

from desktop.core.exchange.exporting.report_subjects import CHART_MARKER

__all__ = ["embed_charts", "CHART_OBJECT"]

CHART_OBJECT = QTextFormat.ObjectTypes.UserObject + 1
_SVG = QTextFormat.Property.UserProperty + 1
_WIDTH_PT = 460.0  # the chart's width in the document; its height keeps the SVG's proportions


class _SvgChart(QPyTextObject):
    """Draws the SVG held in the character format as vector paths at the object's place."""

    def intrinsicSize(self, doc, pos, fmt):  # noqa: N802 (Qt's name)
        size = QSvgRenderer(QByteArray(fmt.property(_SVG).encode("utf-8"))).defaultSize()
        device = doc.documentLayout().paintDevice()
        width = _WIDTH_PT * (device.logicalDpiX() if device is not None else 96) / 72  # points → device pixels
        return QSizeF(width, width * size.height() / max(size.width(), 1))

    def drawObject(self, painter, rect, doc, pos, fmt):  # noqa: N802 (Qt's name)
        QSvgRenderer(QByteArray(fmt.property(_SVG).encode("utf-8"))).render(painter, rect)


def embed_charts(doc: QTextDocument, charts: list[str]) -> int:
    """Replace each chart marker in ``doc`` by its SVG chart; returns how many were placed."""
    handler = _SvgChart(doc)
    doc.documentLayout().registerHandler(CHART_OBJECT, handler)
    placed = 0
    for n, svg in enumerate(charts):
        cursor = doc.find(CHART_MARKER.format(n))
        if cursor.isNull():
            continue
        fmt = QTextCharFormat()
        fmt.setObjectType(CHART_OBJECT)
        fmt.setProperty(_SVG, svg)
        cursor.insertText("\ufffc", fmt)
        placed += 1
    return placed
