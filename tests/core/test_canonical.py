"""Canonical text: the normal form every import produces."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.canonical import BIDI_CONTROLS, canonicalize


def test_line_endings_become_newlines_and_paragraphs_one_blank_line() -> None:
    text = "سطر أول\r\nسطر ثان\r\rفقرة ثانية\n\n\n\nفقرة ثالثة\u2028سطر\u2029فقرة رابعة"
    assert canonicalize(text).text == (
        "سطر أول\nسطر ثان\n\nفقرة ثانية\n\nفقرة ثالثة\nسطر\n\nفقرة رابعة"
    )


def test_line_breaks_are_paragraphs_mode() -> None:
    assert canonicalize("أ ب\nج د\n\n\nهـ", line_breaks_are_paragraphs=True).text == "أ ب\n\nج د\n\nهـ"


def test_trailing_spaces_and_blank_edges_trimmed() -> None:
    assert canonicalize("\n\n  \t\nنص   \t\n   \n  تال  \n\n").text == "نص\n\nتال"


def test_nfc() -> None:
    decomposed = "e\u0301 \u0627\u0653"  # e + acute; alef + madda above
    assert canonicalize(decomposed).text == "\u00e9 \u0622"


def test_presentation_forms_fold_to_base_letters() -> None:
    # ﻣﻠﻴﺎﺭ written with presentation forms B (initial/medial/final glyphs)
    shaped = "\ufee3\ufee0\ufef4\ufe8e\ufead"
    result = canonicalize(shaped)
    assert result.text == "مليار"
    assert result.presentation_forms_folded == 5


def test_lam_alef_ligatures_become_two_letters() -> None:
    assert canonicalize("\ufefb \ufef5 \ufef7 \ufef9").text == "لا لآ لأ لإ"


def test_presentation_forms_a_ligature_and_isolated_haraka() -> None:
    assert canonicalize("\ufdf2").text == "الله"
    assert canonicalize("ب\ufe7e").text == "ب\u0652"  # isolated sukun form loses its carrier space


def test_only_presentation_forms_are_compatibility_folded() -> None:
    text = "ﬁ ² ½ ＡＢＣ"  # Latin ligature, superscript, fraction, fullwidth: not Arabic forms
    assert canonicalize(text).text == text


def test_control_characters_removed_but_newline_and_tab_kept() -> None:
    result = canonicalize("مليار\x00 يورو\x07\tقيمة\x1b\x7f\x85نص\ufeff")
    assert result.text == "مليار يورو\tقيمة\nنص"
    assert result.controls_removed == 5


def test_bidi_controls_kept_and_counted() -> None:
    text = "\u202bقيمة \u200e1.7\u200f \u2066EUR\u2069 \u061c\u202e\u202c\u202a\u202d\u2067\u2068"
    result = canonicalize(text)
    assert result.text == text
    assert result.bidi_controls == 12 == sum(char in BIDI_CONTROLS for char in text)


def test_zero_width_joiners_kept() -> None:
    text = "م\u200dم \u200cنص"
    assert canonicalize(text).text == text


def test_seed_like_paragraph_unchanged() -> None:
    text = "استثمرت ASML مبلغ 1.3 مليار يورو، مما يجعلها تملك حصة بنسبة 11%."
    assert canonicalize(text).text == text


_texts = st.text(
    alphabet=st.sampled_from(list("مليار يورو ab\n\r\t \u200f\u2066\ufefb\ufee3\x00\u2028\u2029\u0301e")),
    max_size=60,
)


@settings(max_examples=300, deadline=None)
@given(_texts)
def test_canonical_properties(text: str) -> None:
    result = canonicalize(text).text
    assert canonicalize(result).text == result  # idempotent
    assert unicodedata.is_normalized("NFC", result)
    assert "\r" not in result and "\n\n\n" not in result
    assert result == result.strip("\n ")
    assert all(line == line.rstrip() for line in result.split("\n"))
    assert not any("\ufb50" <= char <= "\ufdff" or "\ufe70" <= char <= "\ufefe" for char in result)
    assert all(unicodedata.category(char) != "Cc" or char in "\n\t" for char in result)
