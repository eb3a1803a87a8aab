"""Review mode: J/K/A/D/R/N keys change the store, Ctrl+Z undoes, queues filter, the claim shows in context."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QPlainTextEdit, QProgressBar

from desktop.core.store.models import Annotation
from desktop.ui.claims.commands import AddClaim, StoreEvents
from desktop.ui.claims.review_mode import ReviewWindow, claim_context, queue_claims

FIRST = ("حصلت شركة Mistral AI الفرنسية الناشئة على جولة تمويل بقيمة 1.7 مليار يورو بقيادة شركة ASML.\n"
         "استثمرت ASML مبلغ 1.3 مليار يورو، مما يجعلها تملك حصة بنسبة 11% وتصبح أكبر مساهم.\n"
         "هذا يقفز بتقييم Mistral إلى 11.7 مليار يورو.")
SECOND = "😀 قالت مصادر إن ASML دفعت 1.5 مليار يورو، وإن التطبيق تجاوز مليون تنزيل."


def _claim(store, article_id: int, needle: str, category: str, **fields) -> Annotation:
    start = store.article(article_id).text.index(needle)
    return store.add_annotation(article_id, start, start + len(needle), category, **fields)


@pytest.fixture
def library(store):
    a, _ = store.add_article(title="Mistral و ASML", text=FIRST)
    b, _ = store.add_article(title="مصادر", text=SECOND)
    claims = {
        "raise": _claim(store, a.id, "1.7 مليار يورو", "amount", value=1.7e9, unit="EUR", kind="money",
                        origin="suggested"),
        "invest": _claim(store, a.id, "1.3 مليار يورو", "amount", value=1.3e9, unit="EUR", kind="money"),
        "stake": _claim(store, a.id, "11%", "stake", value=11.0, unit="%", kind="percent", origin="suggested"),
        "valuation": _claim(store, a.id, "11.7 مليار يورو", "valuation", value=11.7e9, unit="EUR",
                            status="confirmed"),
        "other": _claim(store, b.id, "1.5 مليار يورو", "amount", value=1.5e9, unit="EUR", status="disputed"),
        "downloads": _claim(store, b.id, "مليون تنزيل", "downloads", value=1e6, kind="count"),
    }
    return store, a.id, b.id, claims


@pytest.fixture
def review(library, qtbot):
    store, a, b, claims = library
    stack = QUndoStack()
    events = StoreEvents()
    visits: list[tuple[int, str]] = []
    window = ReviewWindow(store, stack, events, lambda article, uuid: visits.append((article, uuid)))
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()  # the window takes the keyboard focus itself: no setFocus here
    return window, store, stack, events, visits, claims


def _key(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(window, key, modifier)


def test_unreviewed_queue_in_reading_order_with_progress(review):
    window, store, stack, events, visits, claims = review
    assert window.uuids == [claims[k].uuid for k in ("raise", "invest", "stake", "downloads")]
    assert window.progress_label.text() == "0 / 4 reviewed"
    assert (window.progress_bar.value(), window.progress_bar.maximum()) == (0, 4)
    assert window.position_label.text() == "Claim 1 of 4"
    assert visits == [(claims["raise"].article, claims["raise"].uuid)]


def test_j_and_k_move_and_scroll_the_article(review, qtbot):
    window, store, stack, events, visits, claims = review
    _key(qtbot, window, Qt.Key.Key_J)
    _key(qtbot, window, Qt.Key.Key_J)
    assert window.current_uuid() == claims["stake"].uuid
    _key(qtbot, window, Qt.Key.Key_K)
    assert window.current_uuid() == claims["invest"].uuid
    assert [uuid for _, uuid in visits] == [claims[k].uuid for k in ("raise", "invest", "stake", "invest")]
    _key(qtbot, window, Qt.Key.Key_K)
    _key(qtbot, window, Qt.Key.Key_K)  # at the start: stays
    assert window.current_uuid() == claims["raise"].uuid
    assert stack.count() == 0 and all(c.status == "unreviewed" for c in queue_claims(store))


@pytest.mark.parametrize("key, status", [(Qt.Key.Key_A, "confirmed"), (Qt.Key.Key_D, "disputed"),
                                         (Qt.Key.Key_R, "rejected")])
def test_decision_keys_store_at_once_move_on_and_undo(review, qtbot, store_path, key, status):
    from desktop.core.store.database import Store

    window, store, stack, events, visits, claims = review
    _key(qtbot, window, Qt.Key.Key_J)  # on "invest"
    with qtbot.waitSignal(events.claimsChanged) as emitted:
        _key(qtbot, window, key)
    assert emitted.args == [claims["invest"].article]
    other = Store.open(store_path)  # another connection sees the committed decision
    try:
        assert other.annotation(claims["invest"].uuid).status == status
    finally:
        other.close()
    assert window.current_uuid() == claims["stake"].uuid  # moved to the next claim
    assert window.progress_label.text() == "1 / 4 reviewed"
    assert stack.count() == 1
    _key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.annotation(claims["invest"].uuid).status == "unreviewed"
    assert window.current_uuid() == claims["invest"].uuid  # back on the claim whose decision was undone
    assert window.progress_label.text() == "0 / 4 reviewed"
    _key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert store.annotation(claims["invest"].uuid).status == status


def test_a_series_of_decisions_then_undo_each(review, qtbot):
    window, store, stack, events, visits, claims = review
    for key in (Qt.Key.Key_A, Qt.Key.Key_R, Qt.Key.Key_D, Qt.Key.Key_A):
        _key(qtbot, window, key)
    statuses = [store.annotation(claims[k].uuid).status for k in ("raise", "invest", "stake", "downloads")]
    assert statuses == ["confirmed", "rejected", "disputed", "confirmed"]
    assert window.progress_label.text() == "4 / 4 reviewed"
    assert window.position_label.text() == "All 4 reviewed"
    for _ in range(4):
        _key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert all(store.annotation(c.uuid).status == claims[k].status for k, c in claims.items())
    assert window.current_uuid() == claims["raise"].uuid
    _key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # nothing left: no error
    assert stack.index() == 0


def test_after_a_decision_skips_claims_already_decided(review, qtbot):
    window, store, stack, events, visits, claims = review
    _key(qtbot, window, Qt.Key.Key_J)
    _key(qtbot, window, Qt.Key.Key_A)  # invest confirmed → on stake
    window.go_to(claims["raise"].uuid)
    _key(qtbot, window, Qt.Key.Key_A)  # raise confirmed → skips invest, lands on stake
    assert window.current_uuid() == claims["stake"].uuid


def test_n_opens_the_note_editor_and_enter_saves(review, qtbot):
    window, store, stack, events, visits, claims = review
    _key(qtbot, window, Qt.Key.Key_J)
    _key(qtbot, window, Qt.Key.Key_N)
    editor = window.note_editor
    assert editor is not None and editor.isVisible()
    editor.edit.setFocus()
    editor.edit.insert("مصدر واحد فقط")  # QTest can only type ASCII keys; the analyst types Arabic
    qtbot.keyClick(editor.edit, Qt.Key.Key_Return)
    assert not editor.isVisible()
    assert store.annotation(claims["invest"].uuid).note == "مصدر واحد فقط"
    assert store.annotation(claims["invest"].uuid).status == "unreviewed"
    assert window.current_uuid() == claims["invest"].uuid  # a note is not a decision: stay
    assert window.note_label.text() == "Note: \u2068مصدر واحد فقط\u2069"
    _key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.annotation(claims["invest"].uuid).note == ""


def test_escape_in_the_note_editor_changes_nothing(review, qtbot):
    window, store, stack, events, visits, claims = review
    _key(qtbot, window, Qt.Key.Key_N)
    qtbot.keyClicks(window.note_editor.edit, "no")
    qtbot.keyClick(window.note_editor.edit, Qt.Key.Key_Escape)
    assert store.annotation(claims["raise"].uuid).note == "" and stack.count() == 0


def test_queue_filters(review):
    window, store, stack, events, visits, claims = review
    window.set_filters("suggested")
    assert window.uuids == [claims["raise"].uuid, claims["stake"].uuid]
    window.set_filters("disputed")
    assert window.uuids == [claims["other"].uuid]
    window.set_filters("unreviewed", category="amount")
    assert window.uuids == [claims["raise"].uuid, claims["invest"].uuid]
    window.set_filters("unreviewed", article_id=claims["downloads"].article)
    assert window.uuids == [claims["downloads"].uuid]
    window.queue_combo.setCurrentIndex(window.queue_combo.findData("disputed"))  # combos filter too
    assert window.uuids == [claims["other"].uuid]
    with pytest.raises(ValueError, match="no such choice in filter queue by category: 'nope'"):
        window.set_filters("unreviewed", category="nope")


def test_disputed_queue_counts_resolved_claims(review, qtbot):
    window, store, stack, events, visits, claims = review
    window.set_filters("disputed")
    assert window.progress_label.text() == "0 / 1 reviewed"
    _key(qtbot, window, Qt.Key.Key_A)
    assert store.annotation(claims["other"].uuid).status == "confirmed"
    assert window.progress_label.text() == "1 / 1 reviewed"


def test_claim_shown_in_context_with_highlight(review, qtbot):
    window, store, stack, events, visits, claims = review
    _key(qtbot, window, Qt.Key.Key_J)
    view = window.context_view
    assert view.toPlainText() == FIRST.split("\n")[1]  # the paragraph around the claim
    assert window.highlighted_text() == "1.3 مليار يورو"
    option = view.document().defaultTextOption()
    assert option.textDirection() == Qt.LayoutDirection.RightToLeft
    assert "\u2068" + "1.3 مليار يورو" + "\u2069" in window.claim_label.text()
    assert "\u20681,300,000,000 EUR\u2069" in window.claim_label.text()


def test_highlight_is_right_after_an_emoji(review):
    """The second article starts with an emoji (two UTF-16 units): the highlight must not shift."""
    window, store, stack, events, visits, claims = review
    window.set_filters("disputed")
    assert window.context_view.toPlainText() == SECOND
    assert window.highlighted_text() == "1.5 مليار يورو"


def test_claim_context_cuts_long_paragraphs():
    text = "جملة أولى طويلة. " * 100 + "المبلغ 5 مليار دولار هنا. " + "جملة أخيرة. " * 100
    start = text.index("5 مليار")
    excerpt, base = claim_context(text, start, start + 7, limit=100)
    assert text[base : base + len(excerpt)] == excerpt
    assert excerpt[start - base : start - base + 7] == "5 مليار"
    assert 150 <= len(excerpt) <= 210 and excerpt.startswith("جملة") and excerpt.endswith(".")


def test_claims_added_elsewhere_join_the_queue(review):
    window, store, stack, events, visits, claims = review
    text = store.article(claims["raise"].article).text
    start = text.index("ASML")
    other_stack = QUndoStack()
    other_stack.push(AddClaim(store, claims["raise"].article,
                              {"start": start, "end": start + 4, "category": "other"}, events))
    assert len(window.uuids) == 5 and window.progress_label.text() == "0 / 5 reviewed"
    assert window.current_uuid() == claims["raise"].uuid  # the analyst's place is kept
    other_stack.undo()
    assert len(window.uuids) == 4


def test_empty_queue(store, qtbot):
    window = ReviewWindow(store, QUndoStack(), None, lambda *_: pytest.fail("nothing to navigate to"))
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
    for key in (Qt.Key.Key_J, Qt.Key.Key_K, Qt.Key.Key_A, Qt.Key.Key_N):
        qtbot.keyClick(window, key)
    assert window.claim_label.text() == "No claims in this queue."
    assert window.progress_label.text() == "0 / 0 reviewed"
    assert window.note_editor is None


def test_without_events_decisions_still_store_and_undo(library, qtbot):
    store, a, b, claims = library
    stack = QUndoStack()
    window = ReviewWindow(store, stack, None, lambda *_: None)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
    qtbot.keyClick(window, Qt.Key.Key_R)
    assert store.annotation(claims["raise"].uuid).status == "rejected"
    window.undo()
    assert store.annotation(claims["raise"].uuid).status == "unreviewed"


def test_controls_have_accessible_names(review):
    window = review[0]
    controls = window.findChildren(QAbstractButton) + window.findChildren(QComboBox) + [
        *window.findChildren(QProgressBar), *window.findChildren(QPlainTextEdit)]
    assert len(controls) >= 12
    assert all(c.accessibleName() for c in controls)
    assert all(label.accessibleName() for label in window.findChildren(QLabel) if label.text())
