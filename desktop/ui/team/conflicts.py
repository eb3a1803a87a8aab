"""Conflicts from the team hub in the claims panel: the badge, its tooltip (the other version, who and when), and
marking one reviewed from the row's context menu: keep the current version, or take the other one."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter
from PySide6.QtWidgets import QMenu

from desktop.core.hub import status as hub
from desktop.core.store.database import StoreError
from desktop.core.store.models import Annotation
from desktop.core.store.revisions import Version, describe_changes, record_of
from desktop.ui.i18n import isolate
from desktop.ui.widgets import drawn_icon

def _draw_badge(painter: QPainter, size: int) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#d35400"))
    painter.drawEllipse(QRectF(1, 1, size - 2, size - 2))
    painter.setPen(QColor("white"))
    font = QFont()
    font.setPixelSize(11)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(QRectF(QPointF(0, 0), QPointF(size, size)), Qt.AlignmentFlag.AlignCenter, "⇄")


def badge_icon() -> QIcon:
    """A small orange disc with two crossed arrows' worth of meaning: "⇄", drawn (no font or file needed)."""
    return drawn_icon(_draw_badge)


def _when(iso: str) -> str:
    try:
        return _dt.datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso


def tooltip(current: Annotation, versions: list[Version]) -> str:
    """Who else changed the claim at the same time, when, and how their version differs from the one shown."""
    lines = [QCoreApplication.translate(
        "TeamConflicts", "Edited elsewhere at the same time: the other version is kept in the history. Right-click to keep one.")]
    for v in versions:
        what = (QCoreApplication.translate("TeamConflicts", "deleted it") if v.deleted
                else describe_changes(record_of(current), v.record))
        lines.append(QCoreApplication.translate("TeamConflicts", "%1 at %2: %3").replace("%1", isolate(v.by or "?")).replace("%2", isolate(_when(v.made)))
                     .replace("%3", isolate(what)))
    return "\n".join(lines)


def add_actions(window, menu: QMenu, uuid: str) -> bool:
    """Add the review actions of a conflicted claim to ``menu``; False when the claim has no conflict."""
    lost = hub.conflicted(window.store, uuid=uuid).get(uuid, [])
    if not lost:
        return False
    menu.addAction(QCoreApplication.translate("TeamConflicts", "Keep the current version"), lambda: keep_current(window, uuid))
    for v in lost:
        label = QCoreApplication.translate("TeamConflicts", "Take the version of %1 (%2)").replace("%1", isolate(v.by or "?")).replace("%2", isolate(_when(v.made)))
        menu.addAction(label, lambda v=v: take_other(window, uuid, v))
    return True


def keep_current(window, uuid: str) -> bool:
    """Mark the claim's conflicts reviewed, keeping the version shown (shared at the next sync)."""
    try:
        done = window.writes.submit(QCoreApplication.translate("TeamConflicts", "Keep the current version"), lambda: hub.keep_current(window.store, uuid))
    except StoreError as exc:
        window.show_error(str(exc))
        return False
    window.refresh_all()
    return bool(done)


def take_other(window, uuid: str, version: Version) -> bool:
    """Put the other version over the current one, as an undoable step ("keep theirs" of the history)."""
    from desktop.ui.claims.commands import KeepVersion

    try:
        other, current = hub.as_annotation(window.store, version), window.store.annotation(uuid)
    except StoreError as exc:
        window.show_error(str(exc))
        return False
    done = window.push(KeepVersion(window.store, uuid, other, current, window.events))
    window.refresh_all()
    return done


def install(window) -> None:
    """Right-click on a row of the claims panel: the review actions when its claim is flagged as a conflict."""
    table = window.claims_panel.table
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def show(pos) -> None:
        index = table.indexAt(pos)
        if not index.isValid():
            return
        table.setCurrentIndex(index)
        uuid = window.claims_panel.current_uuid()
        menu = QMenu(table)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if uuid and add_actions(window, menu, uuid):
            menu.popup(table.viewport().mapToGlobal(pos))
        else:
            menu.deleteLater()

    table.customContextMenuRequested.connect(show)
