"""Offsets: code points ↔ UTF-16 ↔ Qt positions, grapheme boundaries, with emoji, marks and Arabic."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.text import (
    OffsetError,
    OffsetMap,
    check_span,
    context,
    cp_to_utf16,
    grapheme_boundaries,
    is_grapheme_boundary,
    utf16_length,
    utf16_to_cp,
)

ARABIC = st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)
ASTRAL = st.characters(min_codepoint=0x10000, max_codepoint=0x10FFFF, categories=["So", "Lo", "Sm", "Nd"])
MARKS = st.characters(categories=["Mn", "Me", "Mc"])
TEXTS = st.text(st.one_of(ARABIC, ASTRAL, MARKS, st.characters(codec="utf-8", exclude_categories=["Cs"])),
                max_size=60)


def reference_utf16(text: str, cp: int) -> int:
    return len(text[:cp].encode("utf-16-le")) // 2


@given(TEXTS)
def test_every_code_point_maps_to_its_utf16_index(text):
    m = OffsetMap(text)
    assert m.utf16_length == utf16_length(text) == len(text.encode("utf-16-le")) // 2
    for cp in range(len(text) + 1):
        u = m.to_utf16(cp)
        assert u == reference_utf16(text, cp)
        assert m.to_cp(u) == cp


@given(TEXTS)
def test_utf16_indices_inside_a_surrogate_pair_are_refused_or_snapped(text):
    m = OffsetMap(text)
    starts = {m.to_utf16(cp) for cp in range(len(text) + 1)}
    for u in range(m.utf16_length + 1):
        if u in starts:
            continue
        with pytest.raises(OffsetError, match="surrogate"):
            m.to_cp(u)
        snapped = m.to_cp(u, snap=True)
        assert m.to_utf16(snapped) == u - 1


def test_emoji_before_arabic_shifts_utf16_but_not_code_points():
    text = "😀 حصة بنسبة 11%"
    start = text.index("11%")
    assert start == 12
    assert cp_to_utf16(text, start) == 13
    assert utf16_to_cp(text, 13) == 12
    assert OffsetMap(text).to_qt(start) == 13


def test_out_of_range_offsets_raise():
    m = OffsetMap("abc")
    for bad in (-1, 4):
        with pytest.raises(OffsetError):
            m.to_utf16(bad)
        with pytest.raises(OffsetError):
            m.to_cp(bad)


def test_qt_document_positions_equal_the_maps_qt_positions(qapp):
    from PySide6.QtGui import QTextCursor, QTextDocument

    text = "سطر أول 😀\n\nسطر ثانٍ 👍🏽 فيه ١١٪\n🇸🇦 نهاية"
    doc = QTextDocument()
    doc.setPlainText(text)
    m = OffsetMap(text)
    cursor = QTextCursor(doc)
    for cp in range(len(text) + 1):
        if not is_grapheme_boundary(text, cp):
            continue
        cursor.setPosition(m.to_qt(cp))
        cursor.setPosition(m.to_qt(len(text)), QTextCursor.MoveMode.KeepAnchor)
        assert cursor.selectedText().replace("\u2029", "\n") == text[cp:]


@given(TEXTS)
@settings(max_examples=200)
def test_grapheme_boundary_agrees_with_a_full_scan(text):
    full = set(grapheme_boundaries(text))
    for cp in range(len(text) + 1):
        assert is_grapheme_boundary(text, cp) == (cp in full)


def test_grapheme_checks_on_arabic_marks_and_emoji_sequences():
    text = "كَتَبَ 👨‍👩‍👧 🇪🇬"
    # a letter and its fatha are one character for the reader
    assert not is_grapheme_boundary(text, 1)
    assert is_grapheme_boundary(text, 2)
    family = text.index("👨")
    assert is_grapheme_boundary(text, family)
    assert not is_grapheme_boundary(text, family + 1)  # after the man, before the ZWJ
    flag = text.index("🇪")
    assert not is_grapheme_boundary(text, flag + 1)
    with pytest.raises(OffsetError, match="splits"):
        check_span(text, 0, 1)
    check_span(text, 0, 2)


def test_grapheme_check_is_local_on_long_texts():
    text = "مليار " * 200_000 + "😀"
    assert is_grapheme_boundary(text, len(text) - 1)


def test_check_span_rejects_empty_reversed_and_outside():
    for start, end in ((2, 2), (3, 1), (-1, 2), (0, 99)):
        with pytest.raises(OffsetError):
            check_span("نص قصير", start, end)


def test_context_is_32_code_points_each_side():
    text = "أ" * 40 + "XYZ" + "ب" * 40
    prefix, suffix = context(text, 40, 43)
    assert prefix == "أ" * 32 and suffix == "ب" * 32
    assert context(text, 2, 3) == ("أأ", "أ" * 32)
