"""Dropping files on the window imports them with the core importers."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from ..conftest import SEED_TITLE


from tests.ui.conftest import shown

def _mime(*paths) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def test_drop_files_imports_them(qtbot, store, make_window, seed_path, settings):
    settings.suggest_on_import = False
    window = make_window(store)
    mime = _mime(seed_path)
    enter = QDragEnterEvent(window.rect().center(), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(window.rect().center()), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(drop)
    assert drop.isAccepted()
    qtbot.waitUntil(lambda: window.import_run is None, timeout=20_000)
    assert [a.title for a in store.articles()] == [SEED_TITLE]
    assert window.reader.document().toPlainText() == shown(store.article(store.articles()[0].id).text)


def test_drag_without_files_is_refused(qtbot, store, make_window):
    window = make_window(store)
    mime = QMimeData()
    mime.setText("just text")
    enter = QDragEnterEvent(window.rect().center(), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    enter.ignore()
    window.dragEnterEvent(enter)
    assert not enter.isAccepted()
