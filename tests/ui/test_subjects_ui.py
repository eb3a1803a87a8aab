"""A claim's subject in the editor (with completion over known subjects) and merging subjects as one undo step."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack

from desktop.ui.claims.commands import EditClaim, MergeSubjects, StoreEvents
from desktop.ui.claims.panel import ClaimsModel, ClaimsPanel

from .conftest import add_article

TEXT = "😀 بلغت قيمة ميسترال 11.7 مليار يورو، وجمعت Mistral AI مبلغ 600 مليون يورو."


def _claims(store):
    article = add_article(store, TEXT)
    made = []
    for quote, subject in (("11.7 مليار يورو", "ميسترال"), ("600 مليون يورو", "Mistral AI")):
        start = TEXT.index(quote)
        made.append(store.add_annotation(article, start, start + len(quote), "valuation", subject=subject))
    return article, made


def test_merge_subjects_is_one_undoable_step(qapp, store):
    article, (a, b) = _claims(store)
    events = StoreEvents()
    changed = []
    events.claimsChanged.connect(changed.append)
    stack = QUndoStack()
    stack.push(MergeSubjects(store, "ميسترال", "Mistral AI", events))
    assert {x.subject for x in store.annotations()} == {"ميسترال"} and changed == [article]
    assert stack.undoText() == "Merge subjects"
    stack.undo()
    assert store.annotation(a.uuid).subject == "ميسترال" and store.annotation(b.uuid).subject == "Mistral AI"
    assert sorted(s.name for s in store.subjects()) == ["Mistral AI", "ميسترال"]
    stack.redo()
    assert [s.name for s in store.subjects()] == ["ميسترال"]


def test_the_editor_shows_completes_and_edits_the_subject(qapp, qtbot, store):
    article, (a, b) = _claims(store)
    store.add_alias("ميسترال", "Mistral")
    model = ClaimsModel(store)
    panel = ClaimsPanel(model)
    qtbot.addWidget(panel)
    model.set_article(article)
    editor = panel.editor
    editor.set_annotation(store.annotation(a.uuid))
    assert editor.subject_edit.text() == "ميسترال"
    assert set(editor.subject_names.stringList()) == {"ميسترال", "Mistral", "Mistral AI"}
    completer = editor.subject_edit.completer()
    completer.setCompletionPrefix("mist")
    assert {completer.completionModel().index(i, 0).data() for i in range(completer.completionCount())} == {
        "Mistral", "Mistral AI"}
    editor.subject_edit.setText("Mistral AI")
    with qtbot.waitSignal(editor.edited) as signal:
        editor.apply()
    uuid, changes = signal.args
    assert (uuid, changes) == (a.uuid, {"subject": "Mistral AI"})
    stack = QUndoStack()
    stack.push(EditClaim(store, uuid, changes))
    assert store.annotation(a.uuid).subject == "Mistral AI"
    stack.undo()
    assert store.annotation(a.uuid).subject == "ميسترال"
