"""Every key sequence a window's actions hold, where each is active, and the clashes Qt would call ambiguous."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar, QWidget

_WINDOW_WIDE = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)


@dataclass(frozen=True)
class Binding:
    """One key sequence of one action, and the widgets in which it is active (None: the whole window)."""

    keys: str
    action: QAction
    scope: tuple[QWidget, ...] | None

    @property
    def label(self) -> str:
        return self.action.text().replace("&", "")


def _hosts(action: QAction) -> tuple[QWidget, ...]:
    """The widgets an action is added to, leaving out menus, menu bars and toolbars (they only show it)."""
    return tuple(w for w in action.associatedObjects()
                 if isinstance(w, QWidget) and not isinstance(w, (QMenu, QMenuBar, QToolBar)))


def bindings(window: QWidget) -> list[Binding]:
    """Every (key sequence, action) pair among the actions that belong to ``window`` (parented anywhere below it)."""
    out = []
    for action in window.findChildren(QAction):
        owner = action.parent()
        if action.isSeparator() or action.menu() is not None or (isinstance(owner, QWidget) and owner.window() is not window):
            continue
        wide = action.shortcutContext() in _WINDOW_WIDE
        for sequence in action.shortcuts():
            if sequence.isEmpty():
                continue
            keys = sequence.toString(QKeySequence.SequenceFormat.PortableText)
            out.append(Binding(keys, action, None if wide else _hosts(action)))
    return out


def _within(inner: QWidget, outer: QWidget) -> bool:
    return inner is outer or outer.isAncestorOf(inner)


def _overlap(a: Binding, b: Binding) -> bool:
    """True when some widget with focus would make both bindings active at once."""
    if a.scope is None or b.scope is None:
        return True
    return any(_within(x, y) or _within(y, x) for x in a.scope for y in b.scope)


def clashes(window: QWidget) -> list[tuple[str, str, str]]:
    """(keys, first action, second action) for every key sequence two bindings hold where both are active.

    The same sequence listed twice on one action counts too: Qt reports it as an ambiguous overload.
    """
    found = []
    items = bindings(window)
    for i, a in enumerate(items):
        for b in items[i + 1:]:
            if a.keys == b.keys and _overlap(a, b):
                found.append((a.keys, a.label, b.label))
    return found


def unique(sequences) -> list[QKeySequence]:
    """Key sequences (strings, standard keys or QKeySequence) without empties or repeats, in order."""
    out: list[QKeySequence] = []
    for s in sequences:
        seq = s if isinstance(s, QKeySequence) else QKeySequence(s)
        if not seq.isEmpty() and seq not in out:
            out.append(seq)
    return out
