"""Snapping selections to whole words without spaces or punctuation at either end."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop.ui.reader.snapping import snap_span

TEXT = "قالت الشركة: «بلغت القيمة 11.7 مليار يورو»، وحصة 11% (تقريباً)."


def cut(text, span):
    return text[span[0]:span[1]] if span else None


def test_partial_words_grow_to_whole_words():
    start = TEXT.index("11.7")
    assert cut(TEXT, snap_span(TEXT, start + 3, start + 8)) == "11.7 مليار"


def test_spaces_and_punctuation_are_trimmed():
    start = TEXT.index("«")
    end = TEXT.index("،") + 2
    assert cut(TEXT, snap_span(TEXT, start, end)) == "بلغت القيمة 11.7 مليار يورو"


def test_percent_sign_is_kept_and_brackets_dropped():
    start = TEXT.index("11%")
    assert cut(TEXT, snap_span(TEXT, start - 1, start + 5)) == "11%"
    start = TEXT.index("(")
    assert cut(TEXT, snap_span(TEXT, start, start + len("(تقريباً)"))) == "تقريباً"


def test_only_punctuation_gives_nothing():
    start = TEXT.index("»")
    assert snap_span(TEXT, start, start + 2) is None


def test_without_word_snapping_only_trims():
    start = TEXT.index("مليار")
    assert cut(TEXT, snap_span(TEXT, start - 1, start + 3, whole_words=False)) == "ملي"


def test_never_splits_an_emoji_sequence():
    text = "شعار 👩🏽‍💻 الشركة"
    start = text.index("👩")
    assert cut(text, snap_span(text, start + 1, start + 3, whole_words=False)) == "👩🏽‍💻"


@given(st.text(alphabet="ab 1.,،%«»مليار\u064e👍🏽", max_size=30), st.integers(0, 30), st.integers(0, 30))
def test_result_is_inside_text_and_trimmed(text, a, b):
    a, b = min(a, len(text)), min(b, len(text))
    span = snap_span(text, a, b)
    if span is not None:
        start, end = span
        assert 0 <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
