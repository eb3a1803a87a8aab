"""Window geometry, dock layout, claims columns, font and last article are remembered between sessions."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from desktop.ui.preferences import PreferencesDialog
from desktop.ui.settings import AppSettings

from .conftest import add_article


def test_state_is_restored_in_the_next_session(qtbot, store, make_window, settings):
    add_article(store, "المقال الأول", title="أول")
    second = add_article(store, "المقال الثاني", title="ثان")
    window = make_window(store)
    window.resize(760, 560)  # inside the offscreen screen (800×600): restoreGeometry keeps a window on screen
    window.claims_dock.setFloating(True)
    window.claims_panel.set_editor_visible(False)
    header = window.claims_panel.table.horizontalHeader()
    header.showSection(0)  # the position column, hidden by default
    window.open_article(second)
    window.reader.zoom_in()
    window.reader.zoom_in()
    font_size = window.reader.font_size
    window.close()

    again = make_window(store, resize=False)
    assert again.article_id == second
    assert (again.width(), again.height()) == (760, 560)
    assert again.claims_dock.isFloating()
    assert not again.claims_panel.editor.isVisibleTo(again.claims_panel)
    assert not again.claims_panel.table.horizontalHeader().isSectionHidden(0)
    assert again.reader.font_size == font_size


def test_defaults_and_bad_values(tmp_path):
    qs = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    s = AppSettings(qs)
    assert s.snap_words and s.suggest_on_import and s.font_size == 16
    assert s.language in ("en", "ar")
    qs.setValue("reader/font_size", "huge")
    qs.setValue("ui/language", "klingon")
    assert s.font_size == 16 and s.language in ("en", "ar")
    for n in range(12):
        s.add_recent_store(f"/stores/{n}.db")
    assert s.recent_stores()[0] == "/stores/11.db" and len(s.recent_stores()) == 8


def test_preferences_dialog_saves(qtbot, settings):
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("ar"))
    dialog.snap_box.setChecked(False)
    dialog.suggest_box.setChecked(False)
    dialog.font_spin.setValue(22)
    dialog.save()
    assert (settings.language, settings.snap_words, settings.suggest_on_import, settings.font_size) == ("ar", False, False, 22)
