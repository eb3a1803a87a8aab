"""Every shortcut works: no two actions that can be active at once share a key, Ctrl+Q quits, and the
README's table of keys is the window's own list."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QWidget

from desktop.ui.claims.review_mode import ReviewWindow
from desktop.ui.help.bindings import bindings, clashes
from tests.conftest import ROOT

from .conftest import add_article


def readme_tables() -> list[list[tuple[tuple[str, ...], str]]]:
    """The tables under README's «### Keys»: rows of (key sequences, action label)."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("### Keys", 1)[1].split("\n## ", 1)[0]
    tables, rows = [], []
    for line in section.splitlines():
        if line.startswith("| `"):
            keys_cell, action_cell = [c.strip() for c in line.strip("|").split("|")]
            rows.append((tuple(re.findall(r"`([^`]+)`", keys_cell)), action_cell.split("›")[-1].strip()))
        elif rows and not line.startswith("|"):
            tables.append(rows)
            rows = []
    if rows:
        tables.append(rows)
    return tables


def pairs(window: QWidget) -> set[tuple[str, str]]:
    named = getattr(window, "actions_by_name", {})
    # the main window's Undo and Redo name what they undo ("Undo Add claim"); the table gives the menu word
    plain = {named[n]: word for n, word in (("undo", "Undo"), ("redo", "Redo")) if n in named}
    return {(b.keys, plain.get(b.action, b.label)) for b in bindings(window)}


def table_pairs(rows) -> set[tuple[str, str]]:
    return {(QKeySequence(k).toString(QKeySequence.SequenceFormat.PortableText), label) for keys, label in rows
            for k in keys}


def test_no_two_actions_of_the_main_window_share_a_key(qtbot, store, make_window):
    window = make_window(store)
    assert clashes(window) == []
    assert len(bindings(window)) > 25


def test_the_clash_finder_finds_a_clash(qtbot, store, make_window):
    window = make_window(store)
    rogue = QAction("Rogue", window)
    rogue.setShortcut(QKeySequence("Ctrl+Q"))
    window.addAction(rogue)
    assert ("Ctrl+Q", "Quit", "Rogue") in clashes(window) or ("Ctrl+Q", "Rogue", "Quit") in clashes(window)
    twice = QAction("Twice", window)
    twice.setShortcuts([QKeySequence("Ctrl+J"), QKeySequence("Ctrl+J")])
    window.addAction(twice)
    assert ("Ctrl+J", "Twice", "Twice") in clashes(window)


def test_review_window_keys_do_not_clash(qtbot, store):
    review = ReviewWindow(store, QUndoStack(), None, lambda *_: None)
    qtbot.addWidget(review)
    assert clashes(review) == []


def test_ctrl_q_quits(qtbot, store, make_window):
    window = make_window(store)
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible())


def test_readme_key_tables_are_the_windows_own(qtbot, store, make_window):
    add_article(store, "نص")
    window = make_window(store)
    main_table, review_table = readme_tables()
    assert table_pairs(main_table) == pairs(window)
    review = ReviewWindow(store, QUndoStack(), None, lambda *_: None)
    qtbot.addWidget(review)
    assert table_pairs(review_table) == pairs(review)
