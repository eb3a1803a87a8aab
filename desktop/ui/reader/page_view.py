"""The original PDF page beside (or instead of) the text: rendered by PDFium, claims drawn in their colours."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QImage, QPainter, QPen
from PySide6.QtWidgets import (QButtonGroup, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QMenu, QSizePolicy,
                               QSpinBox, QSplitter, QToolButton, QVBoxLayout, QWidget)

from desktop.core.store.models import Annotation, Category

if TYPE_CHECKING:  # PDFium and the PDF package load when a PDF article is first shown, not at start-up
    from desktop.core.importing.pdf.boxes import Box, GlyphBoxes

SELECTION = QColor(40, 110, 230, 70)
FALLBACK = "#b9b9b9"


def _stored_pdf(store, article_id: int):
    """The PDF kept for an article, or None; a store that keeps no PDF at all is answered without importing the
    PDF package (its import costs a tenth of a second of start-up)."""
    if not store.conn.execute("SELECT EXISTS (SELECT 1 FROM article_pdfs)").fetchone()[0]:
        return None
    from desktop.core.importing.pdf.stored import load_pdf

    return load_pdf(store, article_id)


def render_page(pdf: bytes, page: int, width_px: int) -> tuple[QImage, float]:
    """Page `page` (1-based) rendered by PDFium `width_px` wide, and its scale (pixels per point)."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    document = pdfium.PdfDocument(pdf)
    try:
        handle = document[page - 1]
        scale = max(width_px, 50) / handle.get_width()
        bitmap = handle.render(scale=scale, may_draw_forms=False, force_bitmap_format=pdfium_c.FPDFBitmap_BGRA)
        image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_ARGB32).copy()
        handle.close()
    finally:
        document.close()
    return image, scale


class PageCanvas(QWidget):
    """One rendered page with claim rectangles and the selection; a drag over it selects the text under it."""

    spanDragged = Signal(int, int)  # code-point offsets of the characters under a dragged rectangle
    claimClicked = Signal(str)  # uuid of the claim under a click

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumWidth(200)
        self.boxes: GlyphBoxes | None = None
        self.page = 1
        self.image: QImage | None = None
        self.scale = 1.0
        self.claim_rects: list[tuple[Box, str]] = []
        self.claim_uuids: list[str] = []  # the claim of each rectangle
        self.selection: list[Box] = []
        self._drag_from: QPointF | None = None
        self._drag_to: QPointF | None = None

    def sizeHint(self) -> QSize:
        return QSize(420, 600)

    def set_boxes(self, boxes: GlyphBoxes | None) -> None:
        self.boxes, self.page, self.image = boxes, 1, None
        self.claim_rects, self.selection = [], []
        self.update()

    def show_page(self, page: int) -> None:
        if self.boxes is None:
            return
        self.page = min(max(page, 1), len(self.boxes.sizes))
        self.image = None
        self.update()

    def _ensure_image(self) -> None:
        if self.boxes is not None and (self.image is None or self.image.width() != self.width()):
            self.image, self.scale = render_page(self.boxes.stored.pdf, self.page, self.width())

    def to_widget(self, box: Box) -> QRectF:
        return QRectF(box.left * self.scale, box.top * self.scale, box.width * self.scale, box.height * self.scale)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#e8e8e8"))
        if self.boxes is None:
            return
        self._ensure_image()
        painter.drawImage(0, 0, self.image)
        for box, colour in self.claim_rects:
            if box.page == self.page:
                fill = QColor(colour)
                fill.setAlpha(90)
                painter.fillRect(self.to_widget(box), fill)
                painter.setPen(QPen(QColor(colour).darker(140), 1))
                painter.drawRect(self.to_widget(box))
        for box in self.selection:
            if box.page == self.page:
                painter.fillRect(self.to_widget(box), SELECTION)
        if self._drag_from is not None and self._drag_to is not None:
            painter.setPen(QPen(QColor(40, 110, 230), 1, Qt.PenStyle.DashLine))
            painter.drawRect(QRectF(self._drag_from, self._drag_to).normalized())

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag_from = self._drag_to = event.position()

    def mouseMoveEvent(self, event) -> None:
        if self._drag_from is not None:
            self._drag_to = event.position()
            self.update()

    def mouseReleaseEvent(self, event) -> None:
        if self._drag_from is None:
            return
        rect = QRectF(self._drag_from, event.position()).normalized()
        self._drag_from = self._drag_to = None
        self.update()
        if rect.width() < 3 and rect.height() < 3:
            self.click(rect.center())
        else:
            self.drag_select(rect)

    def click(self, point: QPointF) -> str | None:
        """Emit claimClicked for the claim drawn under `point` (widget pixels), if any."""
        for (box, _), uuid in zip(self.claim_rects, self.claim_uuids):
            if box.page == self.page and self.to_widget(box).contains(point):
                self.claimClicked.emit(uuid)
                return uuid
        return None

    def drag_select(self, rect: QRectF) -> tuple[int, int] | None:
        """Select the characters whose glyphs lie under `rect` (widget pixels); emits spanDragged."""
        if self.boxes is None or self.scale <= 0:
            return None
        s = self.scale
        span = self.boxes.offsets_in(self.page, rect.left() / s, rect.top() / s, rect.right() / s, rect.bottom() / s)
        if span is not None:
            self.spanDragged.emit(*span)
        return span


class PagePane(QWidget):
    """The reader's text, the page, or both side by side, for an article that was imported from a PDF."""

    spanDragged = Signal(int, int)
    claimClicked = Signal(str)
    MODES = ("text", "both", "page")

    def __init__(self, reader: QWidget, store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.reader = reader
        self.canvas = PageCanvas(self)
        self.mode = "text"
        self.boxes: GlyphBoxes | None = None
        self._claims: list[tuple[Annotation, str]] = []
        self.bar = QWidget(self)
        bar = QHBoxLayout(self.bar)
        bar.setContentsMargins(4, 2, 4, 2)
        self.buttons = QButtonGroup(self)
        self.article = None
        for mode in self.MODES:
            button = QToolButton(self.bar)
            button.setCheckable(True)
            button.setChecked(mode == self.mode)
            button.clicked.connect(lambda _=False, m=mode: self.set_mode(m))
            self.buttons.addButton(button)
            bar.addWidget(button)
        self.page_box = QSpinBox(self.bar)
        self.page_box.setMinimum(1)
        self.page_box.valueChanged.connect(self.canvas.show_page)
        bar.addWidget(self.page_box)
        self.notice = QLabel(self.bar)
        self.notice.setStyleSheet("color:#8a5300")
        self.notice.setWordWrap(True)
        bar.addWidget(self.notice, 1)
        self.split = QSplitter(Qt.Orientation.Horizontal, self)
        self.split.setChildrenCollapsible(False)
        self.split.addWidget(reader)
        self.split.addWidget(self.canvas)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.split)
        self.canvas.spanDragged.connect(self.spanDragged)
        self.canvas.claimClicked.connect(self.claimClicked)
        self.retranslate()
        self.set_article(None)

    def retranslate(self) -> None:
        """Label the controls in the UI language (again after a language switch)."""
        for button, label in zip(self.buttons.buttons(), (self.tr("Text"), self.tr("Text and page"), self.tr("Page"))):
            button.setText(label)
        self.page_box.setPrefix(self.tr("Page "))
        self.page_box.setAccessibleName(self.tr("PDF page"))
        self.notice.setText(self._notice(self.article) if self.article is not None else "")

    def set_article(self, article) -> None:
        """Show the page controls if `article` (an Article or None) was imported from a kept PDF."""
        self.article = article
        stored = _stored_pdf(self.store, article.id) if article is not None else None
        if stored is not None:
            from desktop.core.importing.pdf.boxes import GlyphBoxes

            self.boxes = GlyphBoxes(stored)
        else:
            self.boxes = None
        self.canvas.set_boxes(self.boxes)
        self.bar.setVisible(self.boxes is not None)
        if self.boxes is not None:
            self.page_box.setMaximum(len(self.boxes.sizes))
            self.page_box.setValue(1)
            self.notice.setText(self._notice(article))
        self._apply_mode()

    def _notice(self, article) -> str:
        report = getattr(article, "import_report", None) or {}
        pages = [str(item.get("page")) for item in report.get("unreliable_pages", [])
                 if item.get("page") not in report.get("ocr_pages", [])]
        ocr = [str(page) for page in report.get("ocr_pages", [])]
        parts = []
        if pages:
            parts.append(self.tr("Text layer not to be trusted on page(s) %1; compare with the page.")
                         .replace("%1", "\u2068" + ", ".join(pages) + "\u2069"))
        if ocr:
            parts.append(self.tr("Read by OCR: page(s) %1; check its claims.").replace("%1", "\u2068" + ", ".join(ocr) + "\u2069"))
        return " ".join(parts)

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        for button, name in zip(self.buttons.buttons(), self.MODES):
            button.setChecked(name == mode)
        self._apply_mode()

    def _apply_mode(self) -> None:
        has_pdf = self.boxes is not None
        self.reader.setVisible(not has_pdf or self.mode != "page")
        self.canvas.setVisible(has_pdf and self.mode != "text")

    def set_claims(self, claims: list[Annotation], categories: list[Category]) -> None:
        colours = {c.name: c.colour for c in categories}
        rects, uuids = [], []
        if self.boxes is not None:
            for a in claims:
                for box in self.boxes.rects(a.start, a.end):
                    rects.append((box, colours.get(a.category, FALLBACK)))
                    uuids.append(a.uuid)
        self.canvas.claim_rects, self.canvas.claim_uuids = rects, uuids
        self.canvas.update()

    def show_span(self, span: tuple[int, int] | None) -> None:
        """Mark the reader's selection on the page, turning to its page."""
        if self.boxes is None:
            return
        self.canvas.selection = self.boxes.rects(*span) if span else []
        if self.canvas.selection and self.canvas.selection[0].page != self.canvas.page:
            self.page_box.setValue(self.canvas.selection[0].page)
        self.canvas.update()


def ask_password(parent: QWidget, path: str, reason: str, then) -> QInputDialog:
    """Ask (without blocking) for an encrypted PDF's password; `then(path, password)` runs on OK."""
    import os
    dialog = QInputDialog(parent)
    dialog.setObjectName("pdfPassword")
    dialog.setWindowTitle(QCoreApplication.translate("PagePane", "PDF password"))
    dialog.setLabelText(QCoreApplication.translate("PagePane", "%1 is encrypted. Its password:")
                        .replace("%1", "\u2068" + os.path.basename(path) + "\u2069")
                        + ("\n" + QCoreApplication.translate("PagePane", "The password given was wrong.")
                           if "wrong" in reason else ""))
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
    dialog.textValueSelected.connect(lambda password: then(path, password) if password else None)
    dialog.open()
    return dialog


def mark_menu(parent: QWidget, actions: dict) -> QMenu:
    """The categories to mark a span dragged over the page as, popped up at the mouse (the Claims menu's actions)."""
    menu = QMenu(parent)
    menu.setObjectName("pageMarkMenu")
    for name in [k for k in actions if k.startswith("mark_")]:
        menu.addAction(actions[name])
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    menu.popup(QCursor.pos())
    return menu
