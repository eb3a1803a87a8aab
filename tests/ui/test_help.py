"""Help › About, Help › Keyboard shortcuts (built from the window's actions) and the first-run tour."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence

from desktop import __version__
from desktop.ui.help.about import AboutDialog, shipped_fonts
from desktop.ui.help.shortcuts import ShortcutsDialog, plain, shortcut_rows
from desktop.ui.help.tour import Tour, maybe_start_tour, tour_done
from desktop.ui.i18n import isolate


def test_about_shows_version_store_and_font_licences(qtbot, store, make_window):
    window = make_window(store)
    window.actions_by_name["about"].trigger()
    dialog = window.findChild(AboutDialog, "aboutDialog")
    qtbot.waitUntil(lambda: dialog.isVisible())
    assert isolate(__version__) in dialog.version_label.text()
    assert dialog.store_label.text() == store.path
    assert "SIL Open Font License 1.1" in dialog.fonts_label.text()
    assert "Noto Naskh Arabic" in dialog.font_list.text() and "Noto Sans Arabic" in dialog.font_list.text()
    assert "NotoSansArabic-Regular.ttf" in dialog.font_list.text()
    assert "licensed under the SIL Open Font License, Version 1.1" in dialog.licence_text.toPlainText()
    assert {name for name, _licence, _text in shipped_fonts()} == {
        "NotoNaskhArabic-Bold.ttf", "NotoNaskhArabic-Regular.ttf", "NotoSansArabic-Regular.ttf"}
    dialog.reject()


def test_shortcuts_dialog_lists_the_window_actions(qtbot, store, make_window):
    window = make_window(store)
    rows = shortcut_rows(window)
    by_action = {(where, text): keys for where, text, keys in rows}
    native = QKeySequence("Ctrl+I").toString(QKeySequence.SequenceFormat.NativeText)
    assert by_action[("File", "Import articles…")] == native
    assert by_action[("Help", "Keyboard shortcuts")] == QKeySequence("Ctrl+/").toString(
        QKeySequence.SequenceFormat.NativeText)
    with_keys = [a for a in window.actions_by_name.values() if a.shortcuts()]
    assert len(rows) >= len(with_keys)
    for action in with_keys:
        assert any(text == plain(action.text()) for _where, text, _keys in rows), action.text()
    window.actions_by_name["shortcuts"].trigger()
    dialog = window.findChild(ShortcutsDialog, "shortcutsDialog")
    qtbot.waitUntil(lambda: dialog.isVisible())
    assert dialog.table.rowCount() == len(rows)
    dialog.reject()


def test_a_new_action_appears_without_editing_a_list(qtbot, store, make_window):
    window = make_window(store)
    extra = QAction("Frobnicate && more", window)
    extra.setShortcut(QKeySequence("Ctrl+Alt+F9"))
    window.addAction(extra)
    rows = shortcut_rows(window)
    assert ("", "Frobnicate & more", QKeySequence("Ctrl+Alt+F9").toString(QKeySequence.SequenceFormat.NativeText)) in rows


def test_first_run_tour_walks_three_panels_and_is_remembered(qtbot, store, make_window, settings):
    window = make_window(store)
    assert not tour_done(settings)
    tour = maybe_start_tour(window, settings)
    assert isinstance(tour, Tour) and tour.isVisible()
    shown = []
    for _ in range(3):
        target = tour.target()
        shown.append(target)
        assert tour.outline.geometry().size() == target.size()
        assert tour.outline.geometry().topLeft() == target.mapTo(window, target.rect().topLeft())
        assert window.rect().contains(tour.geometry())
        qtbot.mouseClick(tour.next_button, qtbot_left())
    assert shown == [window.library, window.reader, window.claims_panel]
    qtbot.waitUntil(lambda: not window.findChildren(Tour))
    assert tour_done(settings)
    assert maybe_start_tour(window, settings) is None


def test_the_tour_can_be_skipped_and_replayed_from_the_help_menu(qtbot, store, make_window, settings):
    window = make_window(store)
    tour = maybe_start_tour(window, settings)
    qtbot.mouseClick(tour.skip_button, qtbot_left())
    assert tour_done(settings)
    window.actions_by_name["tour"].trigger()
    (replay,) = [t for t in window.findChildren(Tour) if t.isVisible()]
    assert replay.target() is window.library


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_the_tour_copes_with_a_floating_dock(qtbot, store, make_window, settings):
    window = make_window(store)
    window.library_dock.setFloating(True)
    qtbot.waitUntil(lambda: window.library.window() is not window)
    tour = maybe_start_tour(window, settings)
    assert tour.target() is window.library and not tour.outline.isVisible()
    assert window.rect().contains(tour.geometry())
    qtbot.mouseClick(tour.next_button, qtbot_left())
    assert tour.outline.isVisible() and tour.outline.geometry().size() == window.reader.size()
