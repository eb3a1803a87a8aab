"""Revealing bidi controls and zero-width characters without changing the text or its offsets."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor, QTextOption

from desktop.ui.reader.hidden_chars import has_overrides, hidden_labels, hidden_positions, name_of

from .conftest import add_article

RLO_TEXT = "رقم الحساب \u202e4321\u202c ثم مبلغ 1.3 مليار\u200f يورو وكلمة\u200bملتصقة."


def test_hidden_positions_finds_controls_by_code_point():
    assert hidden_positions(RLO_TEXT) == [RLO_TEXT.index("\u202e"), RLO_TEXT.index("\u202c"),
                                          RLO_TEXT.index("\u200f"), RLO_TEXT.index("\u200b")]
    assert name_of("\u202e") == "RLO"
    assert has_overrides(RLO_TEXT)
    assert not has_overrides("نص \u2067معزول\u2069 فقط")  # isolates do not override


def test_toggle_shows_rlo_without_changing_text_or_offsets(qtbot, store, make_window):
    article = add_article(store, RLO_TEXT)
    claim_start = RLO_TEXT.index("1.3 مليار")
    claim = store.add_annotation(article, claim_start, claim_start + len("1.3 مليار"), "amount")
    window = make_window(store)
    window.open_article(article)
    reader = window.reader
    before = (reader.document().toPlainText(), reader.document().characterCount())
    assert len(reader.extraSelections()) == 1
    window.actions_by_name["hidden"].trigger()
    assert reader.show_hidden
    assert reader.document().defaultTextOption().flags() & QTextOption.Flag.ShowDefaultIgnorables
    marks = {s.cursor.selectionStart() for s in reader.extraSelections()}
    rlo = reader.offsets.to_qt(RLO_TEXT.index("\u202e"))
    assert rlo in marks and len(marks) == 1 + 4
    assert (reader.document().toPlainText(), reader.document().characterCount()) == before
    assert reader.document().toPlainText() == RLO_TEXT
    # offsets still agree: the claim's highlight sits where it did, and marking still stores code points
    assert reader.offsets.to_qt(claim.start) in marks
    window.actions_by_name["hidden"].trigger()
    assert not reader.document().defaultTextOption().flags() & QTextOption.Flag.ShowDefaultIgnorables
    assert len(reader.extraSelections()) == 1


def test_override_shows_warning_banner(qtbot, store, make_window):
    with_override = add_article(store, RLO_TEXT)
    plain = add_article(store, "نص عادي بلا رموز خفية.")
    window = make_window(store)
    window.open_article(with_override)
    assert window.banner.isVisible() and "override" in window.banner.text()
    window.open_article(plain)
    assert not window.banner.isVisible()


def test_hidden_labels_name_each_control_at_its_code_point():
    text = "أ\u202eب🙂\u200dج\u200e"
    assert hidden_labels(text) == [(1, "RLO"), (4, "ZWJ"), (6, "LRM")]
    assert hidden_labels(text, 2, 6) == [(4, "ZWJ")]
    assert hidden_labels("نص بلا رموز") == []


def test_revealed_controls_get_painted_name_labels(qtbot, store, make_window):
    article = add_article(store, RLO_TEXT)
    window = make_window(store)
    window.open_article(article)
    reader = window.reader
    assert reader.hidden_label_rects() == []  # nothing labelled while hidden
    window.actions_by_name["hidden"].trigger()
    boxes = reader.hidden_label_rects()
    assert [(cp, name) for cp, name, _ in boxes] == [(RLO_TEXT.index("\u202e"), "RLO"), (RLO_TEXT.index("\u202c"), "PDF"),
                                                     (RLO_TEXT.index("\u200f"), "RLM"), (RLO_TEXT.index("\u200b"), "ZWSP")]
    for cp, _name, box in boxes:
        cursor = QTextCursor(reader.document())
        cursor.setPosition(reader.offsets.to_qt(cp))
        caret = reader.cursorRect(cursor)
        assert abs(box.center().x() - caret.center().x()) <= 1 and box.bottom() <= caret.top() + 2  # just above
    image = reader.viewport().grab().toImage()
    _cp, _name, box = boxes[0]
    reds = sum(image.pixelColor(x, y).name() == "#d0302f" for x in range(box.left(), box.right())
               for y in range(box.top(), box.bottom()))
    assert reds > box.width() * box.height() / 3  # the label is really painted
    assert reader.document().toPlainText() == RLO_TEXT  # painted over the viewport, never inserted
    window.actions_by_name["hidden"].trigger()
    assert reader.hidden_label_rects() == []
