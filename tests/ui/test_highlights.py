"""Highlights are painted over the unchanged text: colours, overlaps, muted rejects, suggestions, tooltip, clicks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor

from desktop.ui.reader.highlights import FILL_ALPHA, MUTED_ALPHA, nesting_flags
from desktop.ui.reader.view import FLASH_MS

from .conftest import add_article, shown

TEXT = "استثمرت ASML مبلغ 1.3 مليار يورو 🚀 مقابل حصة 11% وحققت مليون تنزيل في أسبوعين."


def span(quote: str) -> tuple[int, int]:
    start = TEXT.index(quote)
    return start, start + len(quote)


def setup(store, make_window):
    article = add_article(store, TEXT)
    made = {
        "outer": store.add_annotation(article, *span("مبلغ 1.3 مليار يورو"), "amount", status="confirmed"),
        "inner": store.add_annotation(article, *span("1.3 مليار"), "other", note="<b>not bold</b>"),
        "rejected": store.add_annotation(article, *span("11%"), "stake", status="rejected"),
        "suggested": store.add_annotation(article, *span("مليون تنزيل"), "downloads", origin="suggested",
                                          value=1e6, unit="downloads"),
    }
    window = make_window(store)
    window.open_article(article)
    return window, made


def selection_for(window, claim):
    offsets = window.reader.offsets
    wanted = (offsets.to_qt(claim.start), offsets.to_qt(claim.end))
    selections = window.reader.extraSelections()
    found = [QTextCharFormat(s.format) for s in selections
             if (s.cursor.selectionStart(), s.cursor.selectionEnd()) == wanted]
    assert found, f"no highlight at {wanted}"
    return found[0]


def test_text_is_unchanged_and_every_claim_is_painted(qtbot, store, make_window):
    window, made = setup(store, make_window)
    assert window.reader.document().toPlainText() == shown(TEXT)
    assert len(window.reader.extraSelections()) == len(made)
    outer = selection_for(window, made["outer"])
    assert outer.background().color().alpha() == FILL_ALPHA
    assert outer.background().color().name() == "#f4b942"  # the amount colour


def test_overlap_rejected_and_suggestion_look_different(qtbot, store, make_window):
    window, made = setup(store, make_window)
    inner = selection_for(window, made["inner"])
    assert inner.background().color().alpha() == FILL_ALPHA and inner.fontUnderline()
    rejected = selection_for(window, made["rejected"])
    assert rejected.background().color().alpha() == MUTED_ALPHA and rejected.fontStrikeOut()
    suggested = selection_for(window, made["suggested"])
    assert suggested.background().style() == Qt.BrushStyle.NoBrush
    assert suggested.underlineStyle() == QTextCharFormat.UnderlineStyle.DashUnderline


def test_nesting_flags_mark_claims_that_start_inside_others(store):
    article = add_article(store, TEXT)
    a = store.add_annotation(article, 0, 7, "other")
    b = store.add_annotation(article, 3, 7, "other") if False else store.add_annotation(article, *span("ASML"), "other")
    c = store.add_annotation(article, *span("مبلغ"), "other")
    assert nesting_flags([a, b, c]) == [False, False, False]
    d = store.add_annotation(article, *span("مبلغ 1.3"), "other")
    assert nesting_flags(sorted([c, d], key=lambda x: (x.start, x.end))) == [False, True]


def test_tooltip_names_category_value_status_and_escapes_note(qtbot, store, make_window):
    window, made = setup(store, make_window)
    html = window.reader.tooltip_html(window.reader.claims_at(made["suggested"].start))
    assert "Downloads" in html and "1,000,000 downloads" in html and "unreviewed" in html
    html = window.reader.tooltip_html(window.reader.claims_at(made["inner"].start))
    plain = html.replace("\u2066", "").replace("\u2069", "")  # Latin runs in the note are isolated
    assert "&lt;b&gt;not bold&lt;/b&gt;" in plain and "<b>" not in html
    # innermost claim first where two overlap
    assert [c.uuid for c in window.reader.claims_at(made["inner"].start)] == [made["inner"].uuid, made["outer"].uuid]


def test_clicking_a_highlight_selects_its_row(qtbot, store, make_window):
    window, made = setup(store, make_window)
    claim = made["rejected"]
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(window.reader.offsets.to_qt(claim.start + 1))
    point = window.reader.cursorRect(cursor).center()
    qtbot.mouseClick(window.reader.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.claims_panel.current_uuid() == claim.uuid


def test_selecting_a_row_scrolls_to_and_flashes_the_claim(qtbot, store, make_window):
    window, made = setup(store, make_window)
    claim = made["suggested"]
    window.claims_panel.select_uuid(claim.uuid)
    assert window.reader.flashing == (claim.start, claim.end)
    assert window.reader.textCursor().position() == window.reader.offsets.to_qt(claim.start)
    qtbot.waitUntil(lambda: window.reader.flashing is None, timeout=FLASH_MS + 2000)


def test_legend_lists_categories_with_shortcuts(qtbot, store, make_window):
    window, _ = setup(store, make_window)
    legend = window.claims_panel.legend.text()
    for label in ("Amount (1)", "Valuation (2)", "Stake (3)", "Downloads (4)", "Users (5)", "Other (6)"):
        assert label in legend
