"""PySide6 6.12.0 drops a reference to None on every QTextCursor.setPosition() and then aborts the interpreter."""

from __future__ import annotations

import sys

from PySide6.QtGui import QTextCursor, QTextDocument


def test_set_position_keeps_none_refcount(qapp):
    doc = QTextDocument()
    doc.setPlainText("نص عربي قصير " * 100)
    cursor = QTextCursor(doc)
    before = sys.getrefcount(None)
    for i in range(1000):
        cursor.setPosition(i % 1000)
        cursor.setPosition((i + 5) % 1000, QTextCursor.MoveMode.KeepAnchor)
    after = sys.getrefcount(None)
    assert after >= before - 10, f"None lost {before - after} references over 2,000 setPosition calls"
