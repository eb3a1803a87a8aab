"""The Compare view's table: every claim about one subject and category, with its comparable value and source."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt,
)
from PySide6.QtGui import QBrush, QColor

from desktop.core.compare.figures import Contradiction, Point
from desktop.core.display import isolate_latin
from desktop.ui.claims.panel import status_icon
from desktop.ui.compare.badges import badge_icon, badge_tooltip, format_day
from desktop.ui.formatting import compact_value, format_value, status_label
from desktop.ui.i18n import isolate, ui_locale

COLUMNS = (
    QT_TRANSLATE_NOOP("CompareModel", "Value"), QT_TRANSLATE_NOOP("CompareModel", "Original"),
    QT_TRANSLATE_NOOP("CompareModel", "Source"), QT_TRANSLATE_NOOP("CompareModel", "Published"),
    QT_TRANSLATE_NOOP("CompareModel", "Article"), QT_TRANSLATE_NOOP("CompareModel", "Status"),
    QT_TRANSLATE_NOOP("CompareModel", "Quote"),
)
COL_VALUE, COL_ORIGINAL, COL_SOURCE, COL_PUBLISHED, COL_ARTICLE, COL_STATUS, COL_QUOTE = range(len(COLUMNS))
UUID_ROLE = int(Qt.ItemDataRole.UserRole) + 1  # str: the claim's uuid
ARTICLE_ROLE = int(Qt.ItemDataRole.UserRole) + 2  # int: its article's id
CONTRADICTS_ROLE = int(Qt.ItemDataRole.UserRole) + 3  # bool: in an unresolved contradiction shown here


class CompareModel(QAbstractTableModel):
    """Rows are :class:`~desktop.core.compare.figures.Point` s, oldest first; set them with :meth:`set_points`."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.language = "en"
        self.locale = ui_locale("en")
        self.points: list[Point] = []
        self.others: dict[str, tuple[Point, ...]] = {}  # uuid → the points it contradicts (unresolved)
        self._shown: dict[tuple[int, int], str] = {}  # (row, column) → its text, formatted once

    def set_points(self, points: list[Point], contradictions: list[Contradiction]) -> None:
        self.beginResetModel()
        self.points = list(points)
        others: dict[str, list[Point]] = {}
        for c in contradictions:
            if not c.resolved:
                others.setdefault(c.a.uuid, []).append(c.b)
                others.setdefault(c.b.uuid, []).append(c.a)
        self.others = {uuid: tuple(ps) for uuid, ps in others.items()}
        self._shown: dict[tuple[int, int], str] = {}
        self.endResetModel()

    def row_of(self, uuid: str) -> int | None:
        return next((row for row, p in enumerate(self.points) if p.uuid == uuid), None)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.points)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate("CompareModel", COLUMNS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.points):
            return None
        p, col = self.points[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            text = self._shown.get((index.row(), col))
            if text is None:
                text = self._shown[(index.row(), col)] = self._display(p, col)
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_VALUE and p.uuid in self.others:
                return badge_tooltip(self.others[p.uuid], self.language, self.locale)
            if col in (COL_VALUE, COL_ORIGINAL):
                return isolate(format_value(p.value, p.unit, self.locale, self.language))
            return self._display(p, col) or None
        if role == Qt.ItemDataRole.DecorationRole:
            if col == COL_VALUE and p.uuid in self.others:
                return badge_icon()
            if col == COL_STATUS:
                return status_icon(p.status)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and p.status == "rejected":
            return QBrush(QColor("#8a8a8a"))
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_VALUE, COL_ORIGINAL):
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        if role == UUID_ROLE:
            return p.uuid
        if role == ARTICLE_ROLE:
            return p.article
        if role == CONTRADICTS_ROLE:
            return p.uuid in self.others
        return None

    def _display(self, p: Point, col: int) -> str:
        if col == COL_VALUE:
            if p.compared is None:
                return QCoreApplication.translate("CompareModel", "no rate")
            return compact_value(p.compared, p.compared_unit, self.locale, self.language)
        if col == COL_ORIGINAL:
            return compact_value(p.value, p.unit, self.locale, self.language)
        if col == COL_SOURCE:
            return isolate(isolate_latin(p.source))
        if col == COL_PUBLISHED:
            return format_day(p.published, self.locale)
        if col == COL_ARTICLE:
            return isolate(isolate_latin(p.title))
        if col == COL_STATUS:
            return status_label(p.status, self.language)
        return isolate(isolate_latin(p.quote))
