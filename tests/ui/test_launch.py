"""Files handed to the running app (arguments, a second launch, macOS open events), and the last store reopening."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from desktop.core.store.database import Store
from desktop.ui.app import choose_store
from desktop.ui.launch.files import FileOpener

ARTICLE = "عنوان الخبر\n\nأعلنت الشركة أنها باعت 3 ملايين نسخة من تطبيقها 🚀 هذا العام.\n"


def write_article(folder: Path, name: str = "خبر.txt", text: str = ARTICLE) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_open_with_hamish_imports_into_the_current_store_and_shows_it(qtbot, store, make_window, tmp_path, settings):
    settings.suggest_on_import = False
    window = make_window(store)
    opener = FileOpener(window)
    opener.open([str(write_article(tmp_path))])
    qtbot.waitUntil(lambda: window.import_run is None and window.article_id is not None, timeout=20_000)
    (article,) = store.articles()
    assert article.title == "عنوان الخبر"
    assert window.article_id == article.id and window.reader.article.text.endswith("هذا العام.")


def test_files_arriving_during_an_import_wait_their_turn(qtbot, store, make_window, tmp_path, settings):
    settings.suggest_on_import = False
    window = make_window(store)
    opener = FileOpener(window)
    opener.open([str(write_article(tmp_path, "a.txt"))])
    opener.open([str(write_article(tmp_path, "b.txt", "خبر ثان\n\nنص آخر عن 5 ملايين مستخدم.\n"))])
    qtbot.waitUntil(lambda: len(store.articles()) == 2 and window.import_run is None, timeout=20_000)
    qtbot.waitUntil(lambda: window.article_id == max(a.id for a in store.articles()), timeout=20_000)


def test_a_store_file_opens_as_the_current_store(qtbot, store, make_window, tmp_path):
    other = tmp_path / "other.hamish"
    Store.open(other).close()
    window = make_window(store)
    FileOpener(window).open([str(other)])
    assert Path(window.store.path) == other


def test_macos_file_open_event_imports_the_file(qtbot, store, make_window, tmp_path, settings):
    settings.suggest_on_import = False
    window = make_window(store)
    opener = FileOpener(window)
    app = QApplication.instance()
    app.installEventFilter(opener)
    try:
        QCoreApplication.sendEvent(app, QFileOpenEvent(str(write_article(tmp_path))))
        qtbot.waitUntil(lambda: window.import_run is None and len(store.articles()) == 1, timeout=20_000)
    finally:
        app.removeEventFilter(opener)


def test_a_second_launch_message_opens_its_store_and_files(qtbot, store, make_window, tmp_path, settings):
    settings.suggest_on_import = False
    other = tmp_path / "other.hamish"
    window = make_window(store)
    FileOpener(window).handle_message({"files": [str(write_article(tmp_path))], "store": str(other)})
    qtbot.waitUntil(lambda: window.import_run is None and window.article_id is not None, timeout=20_000)
    assert Path(window.store.path) == other
    assert [a.title for a in window.store.articles()][-1] == "عنوان الخبر"  # after the sample a new store gets


def test_the_last_store_reopens(tmp_path, settings, monkeypatch):
    monkeypatch.delenv("HAMISH_STORE")
    last = tmp_path / "last.hamish"
    Store.open(last).close()
    settings.add_recent_store(str(last))
    assert choose_store(None, settings) == last
    assert choose_store(tmp_path / "explicit.db", settings) == tmp_path / "explicit.db"
    assert choose_store(None, settings, environ={"HAMISH_STORE": str(tmp_path / "env.db")}) == tmp_path / "env.db"
    last.unlink()  # gone since: the default store instead
    assert choose_store(None, settings) == tmp_path / "xdg-data" / "hamish" / "hamish.db"  # platformdirs
