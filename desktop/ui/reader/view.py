"""The article reader: plain text, right to left for Arabic, with painted claim highlights over the unchanged text."""

from __future__ import annotations

import bisect
import html

from PySide6.QtCore import QEvent, QMimeData, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor, QFont, QFontMetrics, QFontMetricsF, QPainter, QTextBlockFormat, QTextCursor, QTextDocument, QTextOption,
)
from PySide6.QtWidgets import QTextEdit, QToolTip, QWidget

from desktop.core.store.models import Annotation, Article, Category
from desktop.core.text import OffsetMap

from desktop.ui.formatting import claim_tooltip
from desktop.ui.reader.hidden_chars import hidden_labels, hidden_positions
from desktop.ui.i18n import ui_locale
from desktop.ui.settings import MAX_FONT_SIZE, MIN_FONT_SIZE
from desktop.ui.reader.find import match_format
from desktop.ui.reader.highlights import HighlightIndex, flash_format, hidden_char_format, make_selections

LINE_HEIGHT_PERCENT = 150
BLANK_LINE_PERCENT = 45  # an empty line between paragraphs is a small gap, not a full 150 % line
LABEL_POINT_SIZE = 7  # the small painted names of revealed hidden characters
VISIBLE_MARGIN = 400  # code points beyond the viewport that get highlights too
FLASH_MS = 700
# Long texts go into the document in pieces, one per turn of the event loop: Qt lays out an appended piece
# at once, but a whole 1 MB text in background steps of up to 200,000 characters (about 100 ms each).
OPEN_PIECE_CHARS = 30_000


class ReaderView(QTextEdit):
    """Shows one article's canonical text read-only but selectable; offsets in and out are code points."""

    claimClicked = Signal(str)  # uuid
    fontSizeChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setAcceptRichText(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setAcceptDrops(False)  # files dropped here go to the window
        self.setAccessibleName(self.tr("Article text"))
        self.article: Article | None = None
        self.ready = False
        self.offsets = OffsetMap("")
        self.index = HighlightIndex([], [])
        self.categories: dict[str, Category] = {}
        self.language = "en"
        self.locale = ui_locale("en")
        self.show_hidden = False
        self.isolate_latin = True  # show each Latin run inside RTL text as one left-to-right unit
        self._next_offsets = OffsetMap("")
        self._hidden: list[int] = []
        self._labels: list[tuple[int, str]] = []  # hidden characters in the visible range, with their names
        self._flash: tuple[int, int] | None = None
        self._matches: list[tuple[int, int]] = []  # find-in-article hits, sorted code-point spans
        self._current_match = -1
        self._family = ""
        self._size = 16
        self._pieces: list[str] = []
        self._refresh_timer = QTimer(self, singleShot=True, interval=0)
        self._refresh_timer.timeout.connect(self.refresh_highlights)
        self.verticalScrollBar().valueChanged.connect(self._schedule_refresh)
        self.horizontalScrollBar().valueChanged.connect(self._schedule_refresh)
        self.set_article(None)

    # --- content ---------------------------------------------------------------------------------
    def set_article(self, article: Article | None, annotations: list[Annotation] = (),
                    categories: list[Category] = ()) -> None:
        """Show ``article`` (or nothing) with its claims highlighted, all at once."""
        self.begin_article(article)
        self.prepare_offsets()
        self.finish_text()
        self.set_claims(list(annotations), list(categories))

    def begin_article(self, article: Article | None) -> int:
        """First step of showing an article: the start of its text, ready to paint.

        Returns how many more pieces of text :meth:`append_piece` must add (0 for most articles);
        the offsets and claims come after them.
        """
        self.article = article
        text = article.text if article is not None else ""
        rtl = article is None or article.direction != "ltr"
        self.ready = False
        self.offsets = OffsetMap("")
        self.index = HighlightIndex([], [])
        self._hidden = hidden_positions(text)
        self._flash = None
        self._matches, self._current_match = [], -1
        # Isolates go into the displayed text of a right-to-left article only, and not while hidden
        # characters are revealed: then every mark on screen is a character of the stored text.
        isolate = rtl and self.isolate_latin and not self.show_hidden
        self._next_offsets = OffsetMap(text, isolate=isolate)
        first, *self._pieces = split_pieces(self._next_offsets.display)
        self.setDocument(self._build_document(first, rtl))  # the old document, our child, is deleted by Qt
        return len(self._pieces)

    def append_piece(self) -> bool:
        """Add the next piece of a long article's text at the end; False when none was left."""
        if not self._pieces:
            return False
        piece = self._pieces.pop(0)
        doc = self.document()
        first_block = doc.blockCount()  # the piece starts with "\n": its lines are the blocks from here on
        cursor = QTextCursor(doc)
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(piece)
        shrink_blank_lines(doc, piece[1:], first_block)
        return True

    def prepare_offsets(self) -> None:
        """The code-point ↔ Qt position map of the whole text; the pieces not yet in the document are
        simply not painted until they arrive."""
        self.offsets = self._next_offsets

    def finish_text(self) -> None:
        """Last step: any pieces still missing go in; selections and clicks work from here on."""
        while self.append_piece():
            pass
        self.ready = True
        self._schedule_refresh()

    def _build_document(self, text: str, rtl: bool) -> QTextDocument:
        doc = QTextDocument(self)
        doc.setUndoRedoEnabled(False)
        doc.setDocumentMargin(24)
        doc.setDefaultFont(self._font())
        doc.setPlainText(text)  # plain text only: never HTML
        doc.setDefaultCursorMoveStyle(Qt.CursorMoveStyle.VisualMoveStyle)  # arrows move the way the text runs
        align = (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignAbsolute
        option = QTextOption()
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        option.setTextDirection(direction)
        option.setAlignment(align)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        doc.setDefaultTextOption(_showing_hidden(option, self.show_hidden))
        block = QTextBlockFormat()
        block.setLineHeight(LINE_HEIGHT_PERCENT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        block.setLayoutDirection(direction)
        block.setAlignment(align)
        cursor = QTextCursor(doc)
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.mergeBlockFormat(block)
        # Before the first layout: shrinking the blank lines of a laid-out 1 MB article made later scrolls 6x slower.
        shrink_blank_lines(doc, text)
        return doc

    def set_claims(self, annotations: list[Annotation], categories: list[Category]) -> None:
        """Rebuild the highlight index (once per change) and repaint the visible highlights."""
        self.categories = {c.name: c for c in categories}
        self.index = HighlightIndex(annotations, categories)
        self.refresh_highlights()

    # --- font and zoom ---------------------------------------------------------------------------
    def _font(self) -> QFont:
        font = QFont(self._family) if self._family else QFont()
        font.setPointSize(self._size)
        return font

    def set_base_font(self, family: str | None, size: int) -> None:
        self._family = family or ""
        self._size = min(max(int(size), MIN_FONT_SIZE), MAX_FONT_SIZE)
        self.document().setDefaultFont(self._font())
        self.fontSizeChanged.emit(self._size)
        self._schedule_refresh()

    @property
    def font_size(self) -> int:
        return self._size

    @property
    def font_family(self) -> str:
        return self._family

    def zoom_in(self) -> None:
        self.set_base_font(self._family, self._size + 1)

    def zoom_out(self) -> None:
        self.set_base_font(self._family, self._size - 1)

    # --- hidden characters -----------------------------------------------------------------------
    def set_show_hidden(self, show: bool) -> None:
        """Reveal bidi controls and zero-width characters as marks; the stored text and its offsets stay the same.

        While they are revealed the Latin runs are not isolated, so the order shown is the raw Unicode order.
        """
        if bool(show) == self.show_hidden:
            return
        self.show_hidden = bool(show)
        if self.offsets.isolated or (self.isolate_latin and self.article is not None and self.ready):
            self.reload_text()
        self.document().setDefaultTextOption(_showing_hidden(self.document().defaultTextOption(), self.show_hidden))
        self.refresh_highlights()

    def set_isolate_latin(self, isolate: bool) -> None:
        """Show Latin runs as left-to-right units (True) or in the raw order of the Unicode bidi algorithm."""
        if bool(isolate) != self.isolate_latin:
            self.isolate_latin = bool(isolate)
            self.reload_text()

    def reload_text(self) -> None:
        """Lay the open article out again (after a display setting changed), keeping its claims, the
        selection and the scroll position."""
        if self.article is None or not self.ready:
            return
        span = self.selected_span()
        scroll = self.verticalScrollBar().value()
        annotations, categories = list(self.index.by_uuid.values()), list(self.categories.values())
        matches, current = self._matches, self._current_match
        self.set_article(self.article, annotations, categories)
        self.set_find_matches(matches, current)
        if span is not None:
            self.select_span(*span)
        self.verticalScrollBar().setValue(scroll)

    def createMimeDataFromSelection(self):
        """Copy the stored text of the selection: never the display-only isolates."""
        mime = QMimeData()
        span = self.selected_span()
        if span is not None:
            mime.setText(self.offsets.text[span[0]:span[1]])
        return mime

    @property
    def hidden_positions(self) -> list[int]:
        return list(self._hidden)

    # --- selection, in code points ---------------------------------------------------------------
    def selected_span(self) -> tuple[int, int] | None:
        """The raw selection as code points, or None when nothing is selected."""
        cursor = self.textCursor()
        if not self.ready or not cursor.hasSelection():
            return None
        start = self.offsets.from_qt(cursor.selectionStart(), snap=True)
        end = self.offsets.from_qt(cursor.selectionEnd(), snap=True)
        return (start, end) if end > start else None

    def select_span(self, start: int, end: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.offsets.to_qt(start))
        cursor.setPosition(self.offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def cp_at(self, point: QPoint) -> int:
        """The code point under a viewport point (0 while the article is still being opened)."""
        if not self.ready:
            return 0
        return self.offsets.from_qt(self.cursorForPosition(point).position(), snap=True)

    def claims_at(self, cp: int) -> list[Annotation]:
        return self.index.at(cp)

    # --- highlights ------------------------------------------------------------------------------
    def visible_range(self) -> tuple[int, int]:
        """Code points that can be shown in the viewport, widened by a margin.

        The top comes from the laid-out paragraphs (no hit test, which would force Qt's lazy layout on
        a long article); the end is estimated from how many characters fit, doubled.
        """
        if not self.offsets.cp_length:  # no offset map yet
            return 0, 0
        rect = self.viewport().rect()
        metrics = QFontMetricsF(self.document().defaultFont())
        per_line = rect.width() / max(1.0, metrics.averageCharWidth())
        lines = rect.height() / max(1.0, metrics.lineSpacing())
        capacity = int(2 * per_line * lines) + VISIBLE_MARGIN
        lo = self.offsets.from_qt(min(self._top_position(), self.offsets.utf16_length), snap=True)
        return max(0, lo - VISIBLE_MARGIN), min(self.offsets.cp_length, lo + capacity)

    def _top_position(self) -> int:
        """The Qt position at the top of the viewport, by binary search over laid-out blocks and lines."""
        doc, y = self.document(), self.verticalScrollBar().value()
        lo, hi = 0, doc.blockCount() - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            layout = doc.findBlockByNumber(mid).layout()
            if layout is not None and layout.lineCount() and layout.position().y() <= y:
                lo = mid
            else:
                hi = mid - 1
        block = doc.findBlockByNumber(lo)
        layout = block.layout()
        if layout is None or not layout.lineCount():
            return block.position()
        first, last = 0, layout.lineCount() - 1
        while first < last:
            mid = (first + last + 1) // 2
            if layout.position().y() + layout.lineAt(mid).y() <= y:
                first = mid
            else:
                last = mid - 1
        return block.position() + layout.lineAt(first).textStart()

    def _schedule_refresh(self, *_args) -> None:
        self._refresh_timer.start()

    def refresh_highlights(self) -> None:
        """Extra selections for the claims, hidden characters and flash inside the visible range only."""
        lo, hi = self.visible_range()
        spans = [(h.start, h.end, h.fmt) for h in self.index.in_range(lo, hi)]
        had_labels = bool(self._labels)
        self._labels = hidden_labels(self.offsets.text, lo, hi) if self.show_hidden and self._hidden else []
        if self.show_hidden:
            fmt = hidden_char_format()
            spans += [(p, p + 1, fmt) for p, _name in self._labels]
        if self._matches:
            first = bisect.bisect_left(self._matches, (lo, 0))
            for n in range(max(0, first - 1), len(self._matches)):
                start, end = self._matches[n]
                if start > hi:
                    break
                if end > lo:
                    spans.append((start, end, match_format(n == self._current_match)))
        if self._flash is not None:
            spans.append((*self._flash, flash_format()))
        self.setExtraSelections(make_selections(self.document(), self.offsets, spans))
        if had_labels or self._labels:
            self.viewport().update()  # the painted names move with the text

    # --- names of hidden characters, painted over the viewport -----------------------------------
    def hidden_label_rects(self) -> list[tuple[int, str, QRect]]:
        """Each visible hidden character's code point, short name and label box (viewport coordinates),
        just above the character's mark, inside the line spacing."""
        if not self._labels:
            return []
        font = self._label_font()
        metrics = QFontMetrics(font)
        out = []
        for cp, name in self._labels:
            cursor = QTextCursor(self.document())
            cursor.setPosition(self.offsets.to_qt(cp))
            caret = self.cursorRect(cursor)
            width, height = metrics.horizontalAdvance(name) + 4, metrics.height()
            out.append((cp, name, QRect(caret.center().x() - width // 2, caret.top() - height + 2, width, height)))
        return out

    def _label_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSize(LABEL_POINT_SIZE)
        font.setBold(True)
        return font

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        boxes = self.hidden_label_rects()
        if not boxes:
            return
        painter = QPainter(self.viewport())
        painter.setFont(self._label_font())
        for _cp, name, box in boxes:
            if box.intersects(event.rect()):
                painter.fillRect(box, QColor("#d0302f"))
                painter.setPen(QColor("#ffffff"))
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, name)
        painter.end()

    def scroll_to_span(self, start: int, end: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.offsets.to_qt(end))
        self.setTextCursor(cursor)
        cursor.setPosition(self.offsets.to_qt(start))
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def flash(self, uuid: str) -> bool:
        """Scroll to a claim and flash it briefly; False when it is not in this article."""
        a = self.index.by_uuid.get(uuid)
        if a is None:
            return False
        self.scroll_to_span(a.start, a.end)
        self._flash = (a.start, a.end)
        self.refresh_highlights()
        QTimer.singleShot(FLASH_MS, self._end_flash)
        return True

    def _end_flash(self) -> None:
        self._flash = None
        self.refresh_highlights()

    def set_find_matches(self, spans: list[tuple[int, int]], current: int) -> None:
        """Paint find-in-article matches (code points), the current one stronger."""
        self._matches, self._current_match = list(spans), current
        self.refresh_highlights()

    @property
    def find_matches(self) -> list[tuple[int, int]]:
        return list(self._matches)

    @property
    def flashing(self) -> tuple[int, int] | None:
        return self._flash

    # --- events ----------------------------------------------------------------------------------
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._schedule_refresh()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            claims = self.claims_at(self.cp_at(event.pos()))
            if claims:
                QToolTip.showText(event.globalPos(), self.tooltip_html(claims), self)
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def tooltip_html(self, claims: list[Annotation]) -> str:
        parts = []
        for a in claims:
            text = claim_tooltip(a, self.categories.get(a.category), self.language, self.locale)
            parts.append("<br>".join(html.escape(line) for line in text.split("\n")))
        return "<div>" + "<hr>".join(parts) + "</div>"

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            claims = self.claims_at(self.cp_at(event.position().toPoint()))
            if claims:
                self.claimClicked.emit(claims[0].uuid)


def _showing_hidden(option: QTextOption, show: bool) -> QTextOption:
    """``option`` with Qt's drawing of invisible characters (ShowDefaultIgnorables) turned on or off."""
    flag = QTextOption.Flag.ShowDefaultIgnorables
    option.setFlags(option.flags() | flag if show else option.flags() & ~flag)
    return option


def split_pieces(text: str, size: int = OPEN_PIECE_CHARS) -> list[str]:
    """Cut ``text`` at line ends into pieces of about ``size`` characters; joined, they give ``text`` back.

    Every piece after the first starts with the "\n" that ends the line before it, so appending a piece
    to a document holding the ones before starts a new block.
    """
    pieces, start = [], 0
    while len(text) - start > size:
        cut = text.find("\n", start + size)
        if cut == -1:
            break
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return pieces


def shrink_blank_lines(document: QTextDocument, text: str, first_block: int = 0) -> int:
    """Give each empty paragraph (a blank separator line) a small line height; the text is unchanged.

    Block number ``first_block + n`` is line n of ``text`` (plain text: one block per line). Returns how
    many were shrunk.
    """
    blank = QTextBlockFormat()
    blank.setLineHeight(BLANK_LINE_PERCENT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    empty = [first_block + n for n, line in enumerate(text.split("\n")) if not line]
    if not empty or not text:
        return 0
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    for n in empty:
        cursor.setPosition(document.findBlockByNumber(n).position())
        cursor.mergeBlockFormat(blank)
    cursor.endEditBlock()
    return len(empty)
