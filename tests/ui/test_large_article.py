"""Long articles open in steps and paint only the visible claims, so the window never freezes."""

from __future__ import annotations

from desktop.ui.main_window import STEPPED_OPEN_CHARS

from .conftest import add_article, shown

PARAGRAPH = "استثمرت الشركة مبلغ 1.3 مليار يورو في الجولة، وبلغت حصتها 11% من رأس المال. 🚀\n\n"


def big_article(store, claims_every: int = 5):
    text = PARAGRAPH * (STEPPED_OPEN_CHARS // len(PARAGRAPH) + 200)
    article = add_article(store, text)
    quote = "1.3 مليار يورو"
    items, at, n = [], text.find(quote), 0
    while at >= 0:
        if n % claims_every == 0:
            items.append(dict(start=at, end=at + len(quote), category="amount"))
        n += 1
        at = text.find(quote, at + 1)
    store.add_annotations(article, items)
    return article, text, items


def test_long_article_opens_in_steps(qtbot, store, make_window):
    article, text, items = big_article(store)
    window = make_window(store)
    window.open_article(article)
    first = window.reader.document().toPlainText()
    assert 0 < len(first) < len(text) and text.startswith(first)  # the start is there at once, to paint
    assert not window.reader.ready  # the rest, the offsets and the claims follow on later turns of the loop
    window.reader.selectAll()
    assert window.mark_claim("amount") is None
    assert "still opening" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: window.reader.ready and window.claims_model.rowCount() == len(items))
    assert window.reader.document().toPlainText() == shown(text)
    assert len(window.reader.index) == len(items)
    painted = len(window.reader.extraSelections())
    assert 0 < painted < len(items) / 10  # only the visible part is painted


def test_scrolling_paints_claims_further_down(qtbot, store, make_window):
    article, text, items = big_article(store)
    window = make_window(store)
    window.open_article(article)
    qtbot.waitUntil(lambda: window.reader.ready and len(window.reader.index) == len(items))
    last = items[-1]
    window.reader.scroll_to_span(last["start"], last["end"])
    qtbot.waitUntil(lambda: any(
        s.cursor.selectionStart() == window.reader.offsets.to_qt(last["start"])
        for s in window.reader.extraSelections()))


def test_navigate_waits_for_the_steps(qtbot, store, make_window):
    article, text, items = big_article(store)
    small = add_article(store, "مقال قصير")
    window = make_window(store)
    window.open_article(small)
    uuid = store.annotations(article)[-1].uuid
    window.navigate_to(article, uuid)
    qtbot.waitUntil(lambda: window.claims_panel.current_uuid() == uuid)
    assert window.reader.flashing == (items[-1]["start"], items[-1]["end"])


def test_opening_another_article_cancels_pending_steps(qtbot, store, make_window):
    article, text, items = big_article(store)
    small = add_article(store, "مقال قصير")
    window = make_window(store)
    window.open_article(article)
    window.open_article(small)
    qtbot.wait(50)
    assert window.article_id == small
    assert window.reader.document().toPlainText() == "مقال قصير"
    assert window.claims_model.rowCount() == 0 and len(window.reader.index) == 0


def test_pieces_join_back_to_the_text():
    from desktop.ui.reader.view import split_pieces

    text = ("سطر من المقال 😀\n\n" * 5000).rstrip("\n")
    pieces = split_pieces(text, 1000)
    assert "".join(pieces) == text and len(pieces) > 50
    assert all(p.startswith("\n") for p in pieces[1:])
    assert split_pieces("قصير") == ["قصير"]
