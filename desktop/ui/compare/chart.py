"""The Compare view's timeline chart (pyqtgraph): value against publication date, one marker shape per source.

pyqtgraph draws every label through Qt's own text engine, so Arabic shapes and runs right to left like any Qt label;
it needs only numpy beside Qt. This module is imported when the Compare view first opens (start-up never pays for it).
In a right-to-left UI time runs from right to left: the date axis is mirrored and the value axis stands on the right.
"""

from __future__ import annotations

import datetime as _dt
import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.core.compare.figures import Contradiction, Point
from desktop.ui.compare.badges import BADGE_COLOUR, format_day
from desktop.ui.fonts import arabic_font_family
from desktop.ui.formatting import compact_value, status_label
from desktop.ui.i18n import isolate

# One shape per source, in the order sources first appear; past ten, shapes repeat.
SYMBOLS = ("o", "s", "t1", "d", "star", "t", "p", "h", "+", "x")
# status → (fill or None for hollow, outline, outline width); the same colours as the claims panel's status icons
STATUS_STYLES = {
    "confirmed": ("#2e8b57", "#1d5c39", 1.2),
    "disputed": ("#d98300", "#7a4a00", 1.2),
    "unreviewed": ("#ffffff", "#3f6fb5", 1.8),
    "rejected": (None, "#c0392b", 2.0),
}
SIZE = 12
_DAY = 86400.0
_SCALES = ((1e12, "tn"), (1e9, "bn"), (1e6, "mn"), (1e3, "k"))


def day_seconds(day: str) -> float | None:
    """Seconds since 1970 at UTC midnight of an ISO day (the chart's x); None when the day cannot be read."""
    try:
        d = _dt.date.fromisoformat(day[:10])
    except (TypeError, ValueError):
        return None
    return (d - _dt.date(1970, 1, 1)).days * _DAY


def value_scale(values: list[float]) -> tuple[float, str]:
    """(divisor, word) so the largest value reads in units, thousands, millions, billions or trillions."""
    top = max((abs(v) for v in values), default=0.0)
    for size, word in _SCALES:
        if top >= size:
            return size, word
    return 1.0, ""


_STYLES: dict[str, tuple[QBrush, QPen]] = {}


def style(status: str) -> tuple[QBrush, QPen]:
    """The fill and outline of a status's markers: shared objects, so pyqtgraph renders each marker kind once."""
    found = _STYLES.get(status)
    if found is None:
        found = _STYLES[status] = _make_style(status)
    return found


def _make_style(status: str) -> tuple[QBrush, QPen]:
    fill, outline, width = STATUS_STYLES.get(status, STATUS_STYLES["unreviewed"])
    brush = QBrush(QColor(fill)) if fill else QBrush(Qt.BrushStyle.NoBrush)
    pen = QPen(QColor(outline), width)
    pen.setCosmetic(True)  # Qt 6 pens scale with the symbol's path otherwise; pyqtgraph draws symbols scaled
    if status == "rejected":
        pen.setStyle(Qt.PenStyle.DashLine)
    return brush, pen


def marker_pixmap(symbol: str, status: str | None, size: int = 14) -> QPixmap:
    """A legend swatch drawn with the chart's own symbol path (a grey shape for a source, a circle for a status)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if status is None:
        brush, pen = QBrush(QColor("#6b6b6b")), QPen(QColor("#3a3a3a"), 1.0)
        pen.setCosmetic(True)
    else:
        brush, pen = style(status)
    painter.translate(size / 2, size / 2)
    painter.scale(size - 3, size - 3)
    painter.setPen(pen)
    painter.setBrush(brush)
    painter.drawPath(pg.graphicsItems.ScatterPlotItem.Symbols[symbol])
    painter.end()
    return pixmap


class DateAxis(pg.DateAxisItem):
    """Dates in the UI's locale (Arabic month names and digits in the Arabic UI), at pyqtgraph's tick places."""

    def __init__(self, locale: QLocale, **kwargs):
        super().__init__(orientation="bottom", utcOffset=0, **kwargs)
        self.locale = locale

    def tickValues(self, minVal, maxVal, size):
        # A mirrored (right-to-left) axis hands its range over high to low; DateAxisItem then finds no ticks.
        return super().tickValues(min(minVal, maxVal), max(minVal, maxVal), size)

    def tickStrings(self, values, scale, spacing):
        level = getattr(self, "zoomLevel", None)  # set by tickValues(); absent before the first layout
        spec = next((s for s in level.tickSpecs if s.spacing == spacing), None) if level is not None else None
        pattern = getattr(spec, "format", "%d")
        qt = "yyyy" if "%Y" in pattern else "MMM yyyy" if "%b" in pattern else "d MMM"
        out = []
        for v in values:
            date = QDate(1970, 1, 1).addDays(int(math.floor(v / _DAY)))
            out.append(self.locale.toString(date, qt))
        if self.locale.textDirection() == Qt.LayoutDirection.RightToLeft:  # «مايو ٢٠٢٥» laid out right to left
            out = ["\u2067" + text.replace(" ", "\u2002") + "\u2069" for text in out]  # an en space: Qt's narrow one vanished
        return out


class ValueAxis(pg.AxisItem):
    """Values in the UI's locale (Arabic-Indic digits in the Arabic UI), without pyqtgraph's SI prefixes."""

    def __init__(self, locale: QLocale, orientation: str):
        super().__init__(orientation=orientation)
        self.locale = locale
        self.enableAutoSIPrefix(False)

    def tickStrings(self, values, scale, spacing):
        places = max(0, int(math.ceil(-math.log10(spacing * scale)))) if spacing * scale > 0 else 0
        return [self.locale.toString(float(v * scale), "f", min(places, 6)) for v in values]


class TimelineChart(QWidget):
    """The chart and its legend. ``set_points`` draws; ``pointClicked(article, uuid)`` when a marker is clicked."""

    pointClicked = Signal(int, str)

    def __init__(self, language: str = "en", locale: QLocale | None = None, parent=None):
        super().__init__(parent)
        self.language = language
        self.locale = locale or QLocale()
        self.rtl = False
        pg.setConfigOptions(antialias=True, background="w", foreground="#333333")
        self.date_axis = DateAxis(self.locale)
        self.value_axes = {side: ValueAxis(self.locale, side) for side in ("left", "right")}
        self.plot = pg.PlotWidget(self, axisItems={"bottom": self.date_axis, **self.value_axes})
        self.plot.setObjectName("compareChart")
        # The scene's layout would mirror itself in a right-to-left UI, moving the axes but not the data; the chart
        # mirrors time itself (see _axes), so its own layout stays left to right.
        self.plot.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.plot.getPlotItem().setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.plot.setMenuEnabled(False)
        self.plot.showGrid(x=True, y=True, alpha=0.15)
        self.item = self.plot.getPlotItem()
        self.scatters: dict[str, pg.ScatterPlotItem] = {}  # source → its markers
        self.symbols: dict[str, str] = {}  # source → its marker shape
        self.lines = pg.PlotDataItem(pen=pg.mkPen(BADGE_COLOUR, width=1.5, style=Qt.PenStyle.DashLine), connect="pairs")
        self.lines.setZValue(-1)
        self.points: dict[str, Point] = {}
        self.pairs: list[tuple[str, str]] = []
        self.scale, self.scale_word = 1.0, ""
        self.legend = QWidget(self)
        self.legend.setObjectName("compareLegend")
        self.legend_layout = QHBoxLayout(self.legend)
        self.legend_layout.setContentsMargins(4, 0, 4, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.legend)

    # --- drawing -------------------------------------------------------------------------------
    def set_points(self, points: list[Point], contradictions: list[Contradiction], unit: str = "",
                   rtl: bool = False) -> None:
        """Draw ``points`` (those with a comparable value) and a dashed line between each contradicting pair."""
        self.rtl = rtl
        self.item.clear()
        self.scatters, self.symbols, self.points = {}, {}, {}
        shown = [p for p in points if p.compared is not None and day_seconds(p.published) is not None]
        self.scale, self.scale_word = value_scale([p.compared for p in shown])
        by_source: dict[str, list[Point]] = {}
        for p in shown:
            by_source.setdefault(p.source, []).append(p)
            self.points[p.uuid] = p
        for n, (source, members) in enumerate(by_source.items()):
            symbol = self.symbols[source] = SYMBOLS[n % len(SYMBOLS)]
            scatter = pg.ScatterPlotItem(hoverable=True, tip=self._tip, hoverSize=SIZE + 4, name=source)
            scatter.addPoints([self._spot(p, symbol) for p in members])
            scatter.sigClicked.connect(self._clicked)
            self.item.addItem(scatter)
            self.scatters[source] = scatter
        xs, ys = [], []
        self.pairs = []  # (uuid, uuid) of each contradiction drawn as a dashed line
        at = {uuid: (day_seconds(p.published), p.compared / self.scale) for uuid, p in self.points.items()}
        for c in contradictions:
            if c.resolved or c.a.uuid not in at or c.b.uuid not in at:
                continue
            self.pairs.append((c.a.uuid, c.b.uuid))
            for uuid in (c.a.uuid, c.b.uuid):
                xs.append(at[uuid][0])
                ys.append(at[uuid][1])
        self.lines.setData(np.array(xs, dtype=float), np.array(ys, dtype=float))
        self.item.addItem(self.lines)
        self._axes(unit)
        self._legend(by_source, {p.status for p in shown})
        self._fit(shown)

    def _spot(self, p: Point, symbol: str) -> dict:
        brush, pen = style(p.status)
        return dict(pos=(day_seconds(p.published), p.compared / self.scale), data=p.uuid, symbol=symbol,
                    brush=brush, pen=pen, size=SIZE)

    def _axes(self, unit: str) -> None:
        value_side, other = ("right", "left") if self.rtl else ("left", "right")
        self.item.showAxis(value_side)
        self.item.hideAxis(other)
        self.item.getViewBox().invertX(self.rtl)
        word = QCoreApplication.translate("Units", self.scale_word) if self.scale_word else ""
        label = " ".join(part for part in (word, unit) if part)
        self.item.setLabel(value_side, label)
        self.item.setLabel("bottom", QCoreApplication.translate("Compare", "Publication date"))
        font = QFont(self.font())
        family = arabic_font_family() if self.rtl else None
        if family:  # Arabic month names and digits in the reader's Arabic font, not a fallback's narrow spaces
            font.setFamily(family)
        for axis in (*self.value_axes.values(), self.date_axis):
            axis.locale = self.locale
            axis.setStyle(tickFont=font)

    def _fit(self, shown: list[Point]) -> None:
        if not shown:
            self.item.getViewBox().setRange(xRange=(0, 30 * _DAY), yRange=(0, 1))
            return
        xs = [day_seconds(p.published) for p in shown]
        ys = [p.compared / self.scale for p in shown]
        span = max(max(xs) - min(xs), 20 * _DAY)
        low, high = min(0.0, min(ys)), max(ys)
        self.item.getViewBox().setRange(xRange=(min(xs) - span * 0.06, max(xs) + span * 0.06),
                                        yRange=(low, high * 1.12 if high > 0 else 1), padding=0)

    def _legend(self, by_source: dict[str, list[Point]], statuses: set[str]) -> None:
        while self.legend_layout.count():
            item = self.legend_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()
                item.widget().deleteLater()
        entries = [(marker_pixmap(self.symbols[s], None), s) for s in by_source]
        entries += [(marker_pixmap("o", st), status_label(st, self.language)) for st in STATUS_STYLES if st in statuses]
        for pixmap, text in entries:
            swatch = QLabel(self.legend)
            swatch.setPixmap(pixmap)
            label = QLabel(isolate(text), self.legend)
            label.setObjectName("legendEntry")
            self.legend_layout.addWidget(swatch)
            self.legend_layout.addWidget(label)
            self.legend_layout.addSpacing(10)
        if self.pairs:
            line = QLabel("- - -", self.legend)
            line.setStyleSheet(f"color:{BADGE_COLOUR}; font-weight:bold")
            self.legend_layout.addWidget(line)
            label = QLabel(QCoreApplication.translate("Compare", "contradiction"), self.legend)
            label.setObjectName("legendEntry")
            self.legend_layout.addWidget(label)
        self.legend_layout.addStretch(1)

    # --- hover and click -----------------------------------------------------------------------
    def tip(self, uuid: str) -> str:
        """The hover text of a marker: the source, the date, the original value and the quote."""
        p = self.points.get(uuid)
        if p is None:
            return ""
        value = compact_value(p.value, p.unit, self.locale, self.language)
        return f"{isolate(p.source)} · {isolate(format_day(p.published, self.locale))} · {isolate(value)}\n«{isolate(p.quote)}»"

    def _tip(self, x=None, y=None, data=None) -> str:
        return self.tip(data)

    def _clicked(self, _item, spots, _event) -> None:
        if len(spots):
            uuid = spots[0].data()
            p = self.points.get(uuid)
            if p is not None:
                self.pointClicked.emit(p.article, uuid)

    def spot_position(self, uuid: str):
        """Where a claim's marker is drawn, in the plot widget's viewport coordinates (for tests and tours)."""
        p = self.points[uuid]
        scene = self.item.getViewBox().mapViewToScene(pg.Point(day_seconds(p.published), p.compared / self.scale))
        return self.plot.mapFromScene(scene)


def spot_data(scatter: pg.ScatterPlotItem) -> list[tuple[float, float, str, str]]:
    """(x, y, uuid, symbol) of every marker of one scatter item, as pyqtgraph holds them."""
    return [(float(s.pos().x()), float(s.pos().y()), s.data(), s.symbol()) for s in scatter.points()]


__all__ = ["TimelineChart", "SYMBOLS", "STATUS_STYLES", "day_seconds", "value_scale", "spot_data"]
