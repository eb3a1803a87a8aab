"""Opening and creating stores from the File menu, with a list of recent stores."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from desktop.core.store.database import Store

from .conftest import add_article


def test_open_another_store_switches_everything(qtbot, store, make_window, tmp_path, settings):
    add_article(store, "مقال في المخزن الأول", title="الأول")
    other_path = tmp_path / "other.db"
    other = Store.open(other_path, author="tester")
    add_article(other, "مقال في المخزن الثاني", title="الثاني")
    other.close()
    window = make_window(store)
    assert window.open_store(str(other_path))
    assert window.store.path == str(other_path.resolve())
    assert [a.title for a in window.store.articles()] == ["الثاني"]
    assert window.reader.document().toPlainText() == "مقال في المخزن الثاني"
    assert settings.recent_stores()[0] == str(other_path.resolve())
    assert [a.text() for a in window.recent_menu.actions()] == [str(other_path.resolve())]
    window.store.close()


def test_new_store_gets_the_sample(qtbot, store, make_window, tmp_path):
    window = make_window(store)
    assert window.open_store(str(tmp_path / "fresh.db"))
    assert len(window.store.articles()) == 1 and window.article_id is not None
    window.store.close()


def test_a_file_that_is_not_a_store_is_refused_clearly(qtbot, store, make_window, tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_text("not sqlite at all", encoding="utf-8")
    window = make_window(store)
    assert not window.open_store(str(junk))
    assert window.store is store
    box = window.findChild(QMessageBox, "errorBox")
    assert box is not None and "not a SQLite database" in box.text()
