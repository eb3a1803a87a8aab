"""Starting the app: QApplication, translator and layout direction (set once), the store and the main window."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox

from desktop.core.store.database import Store, StoreError
from desktop.paths import default_store_path, resource

from desktop.ui.fonts import register_bundled_fonts
from desktop.ui.i18n import install_language, is_rtl, ui_locale
from desktop.ui.settings import APPLICATION, ORGANISATION, AppSettings

if TYPE_CHECKING:
    from desktop.ui.launch.single_instance import InstanceServer


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


def choose_store(explicit: Path | str | None, settings: AppSettings, environ: dict | None = None) -> Path:
    """``--store``, else ``$HAMISH_STORE``, else the last store used (while it exists), else the default store."""
    environ = os.environ if environ is None else environ
    if explicit:
        return Path(explicit)
    if environ.get("HAMISH_STORE"):
        return Path(environ["HAMISH_STORE"]).expanduser()
    for path in settings.recent_stores()[:1]:
        if Path(path).is_file():
            return Path(path)
    return default_store_path()


def report_lexicon_problem(window: QMainWindow) -> QLabel | None:
    """A malformed analyst lexicon is named (file and line) in a lasting status-bar notice, not a dialog;
    the suggester goes on with the built-in lexicon. Returns the notice, or None when the file is sound."""
    from desktop.core.claims.lexicon import active_lexicon  # the suggester's data: not before the first paint

    problem = active_lexicon()[1]
    if problem is None:
        return None
    text = QCoreApplication.translate("App", "Your lexicon file is not used: %1. The built-in lexicon is in use.")
    notice = QLabel(text.replace("%1", "\u2068" + problem + "\u2069"), window)
    notice.setObjectName("lexiconProblem")
    notice.setToolTip(problem)
    window.statusBar().addPermanentWidget(notice)
    return notice


def _single_instance(app: QApplication, message: dict) -> tuple[bool, InstanceServer | None]:
    """(handed off to a running Hamish, our server for later launches or None)."""
    from desktop.ui.launch.single_instance import InstanceServer, hand_off, server_name

    name = server_name()
    if hand_off(name, message):
        return True, None
    server = InstanceServer(name, app)
    if server.listen():
        return False, server
    return hand_off(name, message), None  # another Hamish started at the same moment


def open_window(store_path: Path | str, settings: AppSettings):
    """Open the store and show its window with the last article. What the first paint does not need waits until
    the article is painted: the store's migration check on a store already at this schema (read until then on its
    bare connection), the claims panel, menus, toolbar, write queue and team parts (``MainWindow.complete``), the
    daily backup (in a thread of its own), the recent-stores menu and the tour. A store that needs migrating, a new
    or empty store, or a read-only one is opened and checked fully before the window, as before."""
    import sqlite3

    from desktop.core.store.errors import explain
    from desktop.ui.main_window import MainWindow

    store = Store.open(store_path, daily_backup=False, defer_checks=True)  # raises StoreError
    try:
        staged = not store.checked and store.conn.execute("SELECT EXISTS (SELECT 1 FROM articles)").fetchone()[0]
        window = MainWindow(store, settings, staged=bool(staged))
    except sqlite3.Error as exc:  # a damaged file found while reading the first screen
        store.close()
        raise explain(exc, Path(store_path)) from None
    window.show()
    after_first_paint(window.reader.viewport(), lambda: _after_start(window, settings, Path(store_path)))
    return window


def _after_start(window, settings: AppSettings, store_path: Path) -> None:
    from desktop.ui.help.tour import maybe_start_tour
    from desktop.ui.store.backups import start_daily_backup

    try:
        window.complete()
    except StoreError as exc:  # the deferred check of the store failed: said, and the app ends as it would have
        QMessageBox.critical(window, "Hamish", str(exc))
        window.hide()
        QCoreApplication.exit(1)
        return
    if not window.store.read_only:
        window.daily_backup = start_daily_backup(store_path)
    settings.add_recent_store(str(store_path.resolve()))
    window.rebuild_recent_menu()
    report_lexicon_problem(window)
    maybe_start_tour(window, settings)
    window.started = True  # the start-up work after the first paint is done


class _FirstPaint(QObject):
    """Calls ``action`` once, on the event loop's next turn after ``widget`` was first painted."""

    def __init__(self, widget, action):
        super().__init__(widget)
        self.action = action
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint and self.action is not None:
            action, self.action = self.action, None
            obj.removeEventFilter(self)
            QTimer.singleShot(0, action)
            self.deleteLater()
        return False


def after_first_paint(widget, action) -> None:
    """Run ``action`` after ``widget``'s first paint (start-up work the first screen does not need)."""
    _FirstPaint(widget, action)


def run_app(store_path: Path | str | None = None, files: Sequence[str] = ()) -> int:
    """Open the desktop app (on ``store_path``, else the last store), or hand ``files`` to a running one.

    Files: a store (``.hamish``) opens, articles are imported into the store and the last one shown.
    Returns the exit status."""

    from desktop.integration import is_store_file
    from desktop.ui.errors import install_error_handler
    from desktop.ui.launch.files import FileOpener

    app = create_app()
    files = [str(Path(f).absolute()) for f in files]
    handed, server = _single_instance(app, {"files": files, "store": str(Path(store_path).absolute())
                                            if store_path else None})
    if handed:
        return 0
    settings = AppSettings()
    configure_app(app, settings.language)
    stores = [f for f in files if is_store_file(f)]
    store_path = Path(stores[-1]) if stores else choose_store(store_path, settings)
    try:
        window = open_window(store_path, settings)
    except StoreError as exc:
        QMessageBox.critical(None, "Hamish", str(exc))
        return 1
    install_error_handler(Path(store_path), lambda: window)
    opener = FileOpener(window)
    app.installEventFilter(opener)
    if server is not None:
        server.received.connect(opener.handle_message)
    articles = [f for f in files if not is_store_file(f)]
    if articles:
        QTimer.singleShot(0, lambda: opener.open(articles))
    try:
        return app.exec()
    finally:
        app.removeEventFilter(opener)
        if server is not None:
            server.close()
        window.store.close()
