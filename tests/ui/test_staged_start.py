"""Start-up in two stages: the first paint shows the library and the last article with its highlights on the
store's bare connection; right after it the store's checks run and the claims panel, menus, toolbar, write queue
and team parts come up. A store that needs migrating is migrated before the window, as before."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence

from desktop.core.store.backups import automatic_backups
from desktop.core.store.database import SCHEMA_VERSION, Store
from desktop.core.store.migrations import migrations
from desktop.ui.help.tour import DONE_KEY
from desktop.ui.settings import AppSettings

ROOT = Path(__file__).resolve().parents[2]
TEXT = "قالت الوزارة إن الإنفاق بلغ 12 مليار دينار 🙂 في العام الماضي، وارتفع عدد المستفيدين إلى 300 ألف."


def status(path: Path, article_id: int) -> str:
    store = Store.open(path, read_only=True)
    try:
        return store.annotations(article_id)[0].status
    finally:
        store.close()


def make_store(path: Path, articles: int = 3) -> list[int]:
    store = Store.open(path, daily_backup=False)
    ids = []
    for n in range(articles):
        article, _ = store.add_article(title=f"تقرير {n}", text=f"{TEXT} ({n})")
        store.add_annotation(article.id, 28, 43, "amount", value=12e9, unit="JOD")
        ids.append(article.id)
    store.close()
    return ids


def toolbar(window):
    from PySide6.QtWidgets import QToolBar

    return window.findChild(QToolBar, "claimsToolbar")


def start(path: Path, tmp_path: Path):
    from desktop.ui.app import open_window

    settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.language = "en"
    settings.qs.setValue(DONE_KEY, True)  # no tour over the window
    return open_window(path, settings)


def test_the_first_paint_needs_neither_sqlite_utils_nor_the_claims_panel_nor_the_menus(tmp_path):
    """In a fresh process (as `hamish gui` starts): what is loaded when the reader is first painted, then after."""
    path = tmp_path / "lib.db"
    make_store(path)
    code = f"""
import json, sys
from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtWidgets import QApplication
from desktop.ui.app import configure_app, create_app, open_window
from desktop.ui.help.tour import DONE_KEY
from desktop.ui.settings import AppSettings
app = create_app(["hamish"])
settings = AppSettings(QSettings({str(tmp_path / "s.ini")!r}, QSettings.Format.IniFormat))
settings.qs.setValue(DONE_KEY, True)
configure_app(app, "en")
window = open_window({str(path)!r}, settings)
seen = {{}}
class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not seen:
            seen.update(modules=[m for m in ("sqlite_utils", "desktop.ui.claims.panel", "desktop.ui.menus",
                                             "desktop.ui.team", "desktop.core.store.backups") if m in sys.modules],
                        text=window.reader.toPlainText(), highlights=len(window.reader.extraSelections()),
                        listed=window.library.model.rowCount(), complete=window.is_complete,
                        menus=len(window.menuBar().actions()))
        return False
watch = Watch()
window.reader.viewport().installEventFilter(watch)
while not getattr(window, "started", False):
    app.processEvents()
seen["after"] = dict(complete=window.is_complete, menus=len(window.menuBar().actions()),
                     sqlite_utils="sqlite_utils" in sys.modules, claims=window.claims_model.rowCount())
print(json.dumps(seen))
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120, cwd=ROOT)
    assert out.returncode == 0, out.stderr[-2000:]
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["modules"] == [] and not seen["complete"] and seen["menus"] == 0
    assert "12 مليار دينار" in seen["text"] and seen["highlights"] == 1 and seen["listed"] == 3
    assert seen["after"] == {"complete": True, "menus": 6, "sqlite_utils": True, "claims": 1}


def test_after_start_the_window_has_every_menu_dock_shortcut_and_the_open_articles_claims(qtbot, tmp_path):
    path = tmp_path / "lib.db"
    ids = make_store(path)
    window = start(path, tmp_path)
    qtbot.addWidget(window)
    assert not window.is_complete and window.article_id == ids[0]  # staged: the article first
    assert window.reader.extraSelections() and window.claims_panel is None and window.actions_by_name == {}
    qtbot.waitUntil(lambda: getattr(window, "started", False), timeout=10000)
    assert window.is_complete and window.store.checked
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles == ["File", "Edit", "Claims", "View", "Tools", "Help"]
    assert window.claims_dock.widget() is window.claims_panel and window.claims_panel.isVisible()
    assert window.claims_model.rowCount() == 1 and window.claims_model.article_id == ids[0]
    assert window.actions_by_name["undo"].shortcut() == QKeySequence("Ctrl+Z")
    assert window.actions_by_name["claims_dock"].shortcut() == QKeySequence("Ctrl+Shift+C")
    assert window.menuBar().isVisible() and toolbar(window).isVisible()  # made after the show, shown all the same
    assert window.writes is not None and window.team is not None
    # a gesture now goes through the full store: accepting the claim is saved and undoable
    window.claims_panel.select_uuid(window.claims_model.annotation_at(0).uuid)
    window.accept_claim()
    assert status(path, ids[0]) == "confirmed"
    window.undo_stack.undo()
    assert status(path, ids[0]) == "unreviewed"
    window.close()


def old_store(path: Path) -> str:
    """A store as the previous Hamish left it: every migration but the last, marked at that schema, one article."""
    from desktop.core.store.opening import APPLICATION_ID
    from desktop.core.store.sqlite import Database

    last = migrations.names[-1]
    conn = sqlite3.connect(path)
    migrations.apply(Database(conn), stop_before=last)
    conn.execute("INSERT INTO articles (title, text, raw_text, content_hash, imported) VALUES (?, ?, ?, ?, ?)",
                 ["تقرير قديم", TEXT, TEXT, "sha256:old", "2025-01-01T00:00:00Z"])
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    conn.commit()
    conn.close()
    return last


def test_a_store_that_needs_a_migration_is_migrated_before_the_window_shows(qtbot, tmp_path):
    path = tmp_path / "old.db"
    last = old_store(path)
    window = start(path, tmp_path)
    qtbot.addWidget(window)
    assert window.is_complete and window.store.checked  # opened and checked fully, before the first paint
    assert window.store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert [m.name for m in migrations.applied(window.store.db)][-1] == last
    assert [p.name for p in automatic_backups(path) if p.name.endswith(f"-before-{last}.db")]  # as before
    assert window.reader.article.title == "تقرير قديم"
    window.close()


def test_a_store_of_an_unknown_migration_found_after_the_paint_turns_read_only_before_any_write(qtbot, tmp_path):
    path = tmp_path / "fork.db"
    ids = make_store(path)
    conn = sqlite3.connect(path)  # same schema number, but a migration this Hamish does not know (a newer fork)
    conn.execute("UPDATE _sqlite_migrations SET name = 'm999_elsewhere' WHERE name = ?", [migrations.names[-1]])
    conn.commit()
    conn.close()
    before = path.read_bytes()
    window = start(path, tmp_path)
    qtbot.addWidget(window)
    assert not window.is_complete and window.article_id == ids[0]
    qtbot.waitUntil(lambda: getattr(window, "started", False), timeout=10000)
    assert window.store.read_only and "schema" in window.store.notice
    window.claims_panel.select_uuid(window.claims_model.annotation_at(0).uuid)
    window.accept_claim()  # refused: nothing is written
    assert status(path, ids[0]) == "unreviewed"
    window.close()
    assert path.read_bytes() == before


def test_files_handed_over_during_start_up_wait_until_the_window_is_complete(qtbot, tmp_path):
    from desktop.ui.launch.files import FileOpener

    path = tmp_path / "lib.db"
    make_store(path)
    window = start(path, tmp_path)
    qtbot.addWidget(window)
    page = tmp_path / "new.txt"
    page.write_text("نص مقال جديد عن الموازنة العامة وارتفاع الإنفاق بنسبة 5٪.", encoding="utf-8")
    assert not window.is_complete
    FileOpener(window).open([str(page)])  # before the window is complete: queued, not lost
    qtbot.waitUntil(lambda: getattr(window, "started", False), timeout=10000)
    qtbot.waitUntil(lambda: window.last_outcome is not None, timeout=20000)
    assert len(window.library.article_ids()) == 4
    window.close()


def test_keys_typed_before_the_window_is_complete_act_once_it_is(qtbot, tmp_path):
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    path = tmp_path / "lib.db"
    make_store(path)
    window = start(path, tmp_path)
    qtbot.addWidget(window)
    assert not window.is_complete and window.windowHandle() is not None
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):  # Ctrl+F, as typed the moment the window shows
        QApplication.sendEvent(window.windowHandle(), QKeyEvent(kind, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier))
    assert not window.find_bar.isVisible()  # no action yet: the keys wait
    qtbot.waitUntil(lambda: getattr(window, "started", False), timeout=10000)
    qtbot.waitUntil(window.find_bar.isVisible, timeout=5000)
    window.close()


def test_the_toolbar_keeps_the_place_and_visibility_the_analyst_left_it_in(qtbot, tmp_path):
    path = tmp_path / "lib.db"
    make_store(path)
    first = start(path, tmp_path)
    qtbot.addWidget(first)
    qtbot.waitUntil(lambda: getattr(first, "started", False), timeout=10000)
    toolbar(first).hide()
    first.close()  # saves the layout
    again = start(path, tmp_path)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: getattr(again, "started", False), timeout=10000)
    assert again.menuBar().isVisible() and not toolbar(again).isVisible()
    assert again.claims_dock.isVisible() and again.library_dock.isVisible()
    again.close()
