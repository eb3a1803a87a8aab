"""Starting the app: QApplication, translator and layout direction (set once), the store and the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.core.store.database import Store, StoreError
from desktop.paths import resource

from desktop.ui.errors import install_error_handler
from desktop.ui.fonts import register_bundled_fonts
from desktop.ui.i18n import install_language, is_rtl, ui_locale
from desktop.ui.settings import APPLICATION, ORGANISATION, AppSettings


def configure_app(app: QApplication, language: str) -> None:
    """Apply the UI language: its locale for numbers, the layout direction and its translators.

    Called at start-up and again from Preferences: the locale goes first, so that the windows, which
    retranslate themselves on the LanguageChange event the translators send, read the new language.
    """
    QLocale.setDefault(ui_locale(language))
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if is_rtl(language) else Qt.LayoutDirection.LeftToRight)
    install_language(app, language)
    style = resource("styles", "hamish.qss")
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    icon = resource("icons", "hamish.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))


def create_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Hamish")
    register_bundled_fonts()
    return app


def run_app(store_path: Path) -> int:
    """Open the desktop app on ``store_path``; returns the exit status."""
    from desktop.ui.main_window import MainWindow

    app = create_app()
    settings = AppSettings()
    configure_app(app, settings.language)
    try:
        store = Store.open(store_path)
    except StoreError as exc:
        QMessageBox.critical(None, "Hamish", str(exc))
        return 1
    window = MainWindow(store, settings)
    install_error_handler(Path(store_path), lambda: window)
    settings.add_recent_store(str(Path(store_path).resolve()))
    window.rebuild_recent_menu()
    window.show()
    try:
        return app.exec()
    finally:
        window.store.close()
