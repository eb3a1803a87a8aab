"""Accepting, rejecting, editing and deleting claims from the window, each undoable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from .conftest import add_article

TEXT = "حققت الشركة مليون تنزيل وتملك حصة 11% من السوق."


def setup(store, make_window):
    article = add_article(store, TEXT)
    start = TEXT.index("مليون تنزيل")
    suggestion = store.add_annotation(article, start, start + len("مليون تنزيل"), "downloads",
                                      origin="suggested", value=1e6, unit="downloads")
    start = TEXT.index("11%")
    stake = store.add_annotation(article, start, start + 3, "stake")
    window = make_window(store)
    window.open_article(article)
    return window, suggestion, stake


def test_accept_with_key_keeps_origin_and_undoes(qtbot, store, make_window):
    window, suggestion, _ = setup(store, make_window)
    window.claims_panel.select_uuid(suggestion.uuid)
    window.claims_panel.table.setFocus()
    qtbot.keyClick(window.claims_panel.table, Qt.Key.Key_A)
    accepted = store.annotation(suggestion.uuid)
    assert (accepted.status, accepted.origin) == ("confirmed", "suggested")
    window.undo_stack.undo()
    assert store.annotation(suggestion.uuid).status == "unreviewed"


def test_enter_accepts_and_r_rejects(qtbot, store, make_window):
    window, suggestion, stake = setup(store, make_window)
    window.claims_panel.select_uuid(stake.uuid)
    window.claims_panel.table.setFocus()
    qtbot.keyClick(window.claims_panel.table, Qt.Key.Key_R)
    assert store.annotation(stake.uuid).status == "rejected"
    window.claims_panel.select_uuid(suggestion.uuid)
    qtbot.keyClick(window.claims_panel.table, Qt.Key.Key_Return)
    assert store.annotation(suggestion.uuid).status == "confirmed"


def test_editor_changes_value_and_note_undoably(qtbot, store, make_window):
    window, _, stake = setup(store, make_window)
    window.claims_panel.select_uuid(stake.uuid)
    editor = window.claims_panel.editor
    editor.value_edit.setText("١١")
    editor.unit_edit.setText("%")
    editor.note_edit.setPlainText("حصة ASML")
    editor.category_box.setCurrentIndex(editor.category_box.findData("other"))
    qtbot.mouseClick(editor.apply_button, Qt.MouseButton.LeftButton)
    edited = store.annotation(stake.uuid)
    assert (edited.value, edited.unit, edited.note, edited.category) == (11.0, "%", "حصة ASML", "other")
    assert window.claims_panel.current_uuid() == stake.uuid  # the row stays selected after the refresh
    window.undo_stack.undo()
    assert store.annotation(stake.uuid) == stake


def test_editor_refuses_a_value_that_is_not_a_number(qtbot, store, make_window):
    window, _, stake = setup(store, make_window)
    window.claims_panel.select_uuid(stake.uuid)
    editor = window.claims_panel.editor
    editor.value_edit.setText("كثير")
    editor.apply()
    assert "not a number" in editor.error_label.text()
    assert store.annotation(stake.uuid) == stake
    assert window.undo_stack.count() == 0


def test_delete_and_undo(qtbot, store, make_window):
    window, _, stake = setup(store, make_window)
    window.claims_panel.select_uuid(stake.uuid)
    window.delete_claim()
    assert stake.uuid not in {a.uuid for a in store.annotations(window.article_id)}
    assert window.claims_model.row_of(stake.uuid) is None
    window.undo_stack.undo()
    assert store.annotation(stake.uuid) == stake


def test_suggest_claims_action_adds_suggestions_once(qtbot, store, make_window):
    article = add_article(store, "جمعت الشركة 45 مليون دولار وبلغ تقييمها 320 مليون دولار.")
    window = make_window(store)
    window.open_article(article)
    first = window.suggest_claims()
    assert first == len(store.annotations(article)) >= 2
    assert window.suggest_claims() == 0  # spans already carrying a claim are skipped
    assert window.claims_model.rowCount() == first


def test_store_refusal_is_shown_not_raised(qtbot, store, make_window):
    window, _, stake = setup(store, make_window)
    window.edit_claim(stake.uuid, {"kind": "nonsense"})
    box = window.findChild(QMessageBox, "errorBox")
    assert box is not None and "unknown kind" in box.text()
    assert window.undo_stack.count() == 0
