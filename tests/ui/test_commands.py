"""Undo commands on a bare QUndoStack with a real store and no window."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from desktop.core.store.database import StoreError
from desktop.ui.claims.commands import AddClaim, DeleteClaim, EditClaim, SetStatus, StoreEvents, push_checked

from .conftest import add_article

TEXT = "استثمرت الشركة 1.3 مليار يورو مقابل حصة 11% في الشركة."


@pytest.fixture
def article(store):
    return add_article(store, TEXT)


def span(quote: str) -> tuple[int, int]:
    start = TEXT.index(quote)
    return start, start + len(quote)


def test_add_claim_redo_undo(qapp, store, article):
    stack = QUndoStack()
    start, end = span("1.3 مليار يورو")
    stack.push(AddClaim(store, article, dict(start=start, end=end, category="amount", value=1.3e9, unit="EUR")))
    [claim] = store.annotations(article)
    assert (claim.start, claim.end, claim.quote, claim.value) == (start, end, "1.3 مليار يورو", 1.3e9)
    stack.undo()
    assert store.annotations(article) == []
    stack.redo()
    assert store.annotations(article) == [claim]  # the same claim, same uuid, comes back


def test_edit_claim_undo_restores_old_values(qapp, store, article):
    stack = QUndoStack()
    start, end = span("11%")
    claim = store.add_annotation(article, start, end, "stake", value=11.0, unit="%", note="old")
    stack.push(EditClaim(store, claim.uuid, {"note": "new", "value": 12.0, "category": "other"}))
    edited = store.annotation(claim.uuid)
    assert (edited.note, edited.value, edited.category) == ("new", 12.0, "other")
    stack.undo()
    assert store.annotation(claim.uuid) == claim
    stack.redo()
    assert store.annotation(claim.uuid).note == "new"


def test_set_status_and_delete(qapp, store, article):
    stack = QUndoStack()
    start, end = span("11%")
    claim = store.add_annotation(article, start, end, "stake", origin="suggested")
    stack.push(SetStatus(store, claim.uuid, "confirmed"))
    assert store.annotation(claim.uuid).status == "confirmed"
    assert store.annotation(claim.uuid).origin == "suggested"
    stack.push(DeleteClaim(store, claim.uuid))
    assert store.annotations(article) == []
    stack.undo()
    assert store.annotation(claim.uuid).status == "confirmed"
    stack.undo()
    assert store.annotation(claim.uuid) == claim


def test_events_tell_views_which_article_changed(qapp, qtbot, store, article):
    stack, events = QUndoStack(), StoreEvents()
    start, end = span("11%")
    with qtbot.waitSignal(events.claimsChanged) as blocker:
        stack.push(AddClaim(store, article, dict(start=start, end=end, category="stake"), events))
    assert blocker.args == [article]
    with qtbot.waitSignal(events.claimsChanged):
        stack.undo()


def test_push_checked_refuses_bad_command_and_pushes_nothing(qapp, store, article):
    stack = QUndoStack()
    with pytest.raises(StoreError, match="unknown category"):
        push_checked(stack, AddClaim(store, article, dict(start=0, end=5, category="nonsense")))
    assert stack.count() == 0
    assert store.annotations(article) == []
    push_checked(stack, AddClaim(store, article, dict(start=0, end=7, category="other")))
    assert stack.count() == 1 and len(store.annotations(article)) == 1  # ran exactly once
