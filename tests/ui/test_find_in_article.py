"""Ctrl+F finds in the open article with Arabic folding; every match is painted; F3 / Shift+F3 step."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.ui.reader.find import find_spans

from .conftest import add_article

TEXT = ("قال 🚀 الرئيس إن الذكاء الإصطناعيّ سيغيّر السوق.\n"
        "وأضاف أن شركات الاصطناعي جمعت ١١ مليار ($2 billion) في 2024، وأن 11 شركة أخرى تنتظر.")


def test_folded_matches_are_code_point_spans():
    spans = find_spans(TEXT, "الاصطناعي")
    assert [TEXT[a:b] for a, b in spans] == ["الإصطناعيّ", "الاصطناعي"]  # hamza and shadda fold away
    assert [TEXT[a:b] for a, b in find_spans(TEXT, "11")] == ["١١", "11"]  # Arabic-Indic digits too
    assert [TEXT[a:b] for a, b in find_spans(TEXT, "$2 BILLION")] == ["$2 billion"]
    assert find_spans(TEXT, "   ") == [] and find_spans(TEXT, "غير موجود") == []


def test_ctrl_f_paints_every_match_and_f3_steps(qtbot, store, make_window):
    article_id = add_article(store, TEXT)
    window = make_window(store)
    window.open_article(article_id)
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.find_bar
    assert bar.isVisible() and bar.edit.hasFocus()
    qtbot.keyClicks(bar.edit, "11")
    assert [TEXT[a:b] for a, b in window.reader.find_matches] == ["١١", "11"]
    painted = [s.cursor.selectedText() for s in window.reader.extraSelections()]
    assert "١١" in painted and "11" in painted
    assert bar.count_label.text() == "1 of 2"
    qtbot.keyClick(bar.edit, Qt.Key.Key_F3)
    assert bar.count_label.text() == "2 of 2"
    qtbot.keyClick(bar.edit, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count_label.text() == "1 of 2"
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert not bar.isVisible() and window.reader.find_matches == []


def test_matches_survive_switching_latin_isolation(qtbot, store, make_window):
    article_id = add_article(store, TEXT)
    window = make_window(store)
    window.open_article(article_id)
    window.find_bar.open_bar()
    window.find_bar.edit.setText("billion")
    [(start, end)] = window.reader.find_matches
    window.actions_by_name["isolate_latin"].trigger()
    assert window.reader.find_matches == [(start, end)]
    [match] = [s for s in window.reader.extraSelections() if s.cursor.selectedText().endswith("billion")]
    assert match.cursor.selectedText() == "billion"  # the raw document: no isolates
