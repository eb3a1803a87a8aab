"""Starting the app: run_app opens the store in a window and returns when the window closes."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from desktop.core.store.database import Store
from desktop.ui.app import run_app
from desktop.ui.main_window import MainWindow


def test_run_app_opens_store_shows_sample_and_quits(qtbot, qapp, tmp_path):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "config"))
    path = tmp_path / "app.db"
    seen = []

    def close_window() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        seen.extend((w.store.path, w.article_id) for w in windows)
        for w in windows:
            w.close()  # closing the last window ends run_app's event loop

    QTimer.singleShot(200, close_window)
    try:
        assert run_app(path) == 0
    finally:
        QSettings.setDefaultFormat(QSettings.Format.NativeFormat)
    assert len(seen) == 1 and seen[0][0] == str(path) and seen[0][1] is not None
    assert (tmp_path / "config").exists()  # settings went to the isolated folder
    store = Store.open(path)
    assert len(store.articles()) == 1  # the sample, imported on first run
    store.close()
