"""Suggesting claims is one undoable step: a batch added in one transaction, and undo deletes exactly that batch."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from desktop.core.store.database import StoreError
from desktop.ui.claims.commands import AddSuggestions, StoreEvents, push_checked
from desktop.core.claims.suggest import suggestion_items

from .conftest import add_article

TEXT = "جمعت الشركة 45 مليون دولار وبلغ تقييمها 320 مليون دولار، وتملك حصة 11% في شركة أخرى."


def _spans(store, article: int) -> list[tuple[int, int, str]]:
    return [(a.start, a.end, a.origin) for a in store.annotations(article)]


def test_batch_on_a_bare_stack_undo_deletes_exactly_the_batch(qapp, store):
    article = add_article(store, TEXT)
    mine = store.add_annotation(article, 0, 4, "other", note="the analyst's own")  # «جمعت»: not a suggestion
    items = suggestion_items(store, article)
    assert len(items) >= 2 and all(i["origin"] == "suggested" for i in items)
    stack = QUndoStack()
    events = StoreEvents()
    changed: list[int] = []
    events.claimsChanged.connect(changed.append)
    command = AddSuggestions(store, article, items, events)
    stack.push(command)
    added = command.added
    assert sorted((a.start, a.end) for a in added) == sorted((i["start"], i["end"]) for i in items)
    assert len(store.annotations(article)) == len(items) + 1
    stack.undo()
    assert store.annotations(article) == [mine]
    stack.redo()
    assert {a.uuid for a in store.annotations(article)} == {mine.uuid} | {a.uuid for a in added}
    assert [store.annotation(a.uuid) for a in added] == added  # the same rows come back
    assert changed == [article] * 3


def test_a_refused_batch_adds_nothing_and_is_not_pushed(qapp, store):
    article = add_article(store, TEXT)
    stack = QUndoStack()
    good = suggestion_items(store, article)[0]
    bad = dict(good, start=2, end=len(TEXT) + 50)  # beyond the text: the store refuses the whole batch
    with pytest.raises(StoreError):
        push_checked(stack, AddSuggestions(store, article, [good, bad]))
    assert stack.count() == 0
    assert store.annotations(article) == []


def test_the_suggest_action_is_undoable_and_keeps_earlier_history(qtbot, store, make_window):
    article = add_article(store, TEXT)
    window = make_window(store)
    window.open_article(article)
    window.reader.select_span(0, 4)
    mine = window.mark_claim("other")
    assert window.undo_stack.count() == 1
    window.actions_by_name["suggest"].trigger()
    suggested = [a for a in store.annotations(article) if a.origin == "suggested"]
    assert len(suggested) >= 2
    assert window.undo_stack.count() == 2  # the earlier step is still there
    assert window.claims_model.rowCount() == len(suggested) + 1
    window.undo_stack.undo()
    assert store.annotations(article) == [mine]
    assert window.claims_model.rowCount() == 1
    window.undo_stack.undo()
    assert store.annotations(article) == []
    window.undo_stack.redo()
    window.undo_stack.redo()
    assert {a.uuid for a in store.annotations(article)} == {mine.uuid} | {a.uuid for a in suggested}
