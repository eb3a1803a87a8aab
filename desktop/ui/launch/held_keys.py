"""Keys typed while the window completes itself after its first paint: held, then replayed in order, so a shortcut
pressed as the window appears (Ctrl+F, a category's number) acts once its action exists instead of being lost."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

_HELD = (QEvent.Type.KeyPress, QEvent.Type.KeyRelease)


class HeldKeys(QObject):
    """Holds the key events that reach ``window``'s native window until :meth:`release` posts them again."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.keys: list[QKeyEvent] = []
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in _HELD and obj is self.window.windowHandle():
            self.keys.append(QKeyEvent(event.type(), event.key(), event.modifiers(), event.text(),
                                       event.isAutoRepeat(), event.count()))
            return True
        return False

    def release(self) -> int:
        """Stop holding; the held keys go to the window again, in the order typed. Returns how many."""
        QApplication.instance().removeEventFilter(self)
        keys, self.keys = self.keys, []
        handle = self.window.windowHandle()
        for event in keys:
            if handle is not None:
                QApplication.postEvent(handle, event)
        self.deleteLater()
        return len(keys)
