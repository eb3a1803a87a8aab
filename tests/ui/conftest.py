"""Fixtures for GUI tests: isolated settings, a main window on a real store, and article builders."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from desktop.core.store.database import Store
from desktop.ui.settings import AppSettings


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    """Settings in an INI file under tmp_path, never the user's."""
    s = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    s.language = "en"
    return s


@pytest.fixture
def make_window(qtbot, settings):
    """Build a MainWindow on a store; windows are closed (and their import threads joined) in teardown."""
    from desktop.ui.main_window import MainWindow

    made = []

    def make(store: Store, *, load_sample: bool = False, show: bool = True, resize: bool = True) -> MainWindow:
        window = MainWindow(store, settings, load_sample=load_sample)
        qtbot.addWidget(window)
        if resize:
            window.resize(1200, 800)
        if show:
            window.show()
            window.activateWindow()
            qtbot.waitUntil(window.isActiveWindow)
        made.append(window)
        return window

    yield make
    for window in made:
        if window.import_run is not None:
            window.import_run.cancel()
            window.import_run.wait()


def add_article(store: Store, text: str, *, title: str = "مقال", direction: str = "rtl") -> int:
    article, _new = store.add_article(title=title, text=text, direction=direction, language="ar" if direction == "rtl" else "en")
    return article.id


def shown(text: str) -> str:
    """What the reader's document holds for an RTL article: ``text`` with its Latin runs isolated."""
    from desktop.core.text import OffsetMap

    return OffsetMap(text, isolate=True).display
