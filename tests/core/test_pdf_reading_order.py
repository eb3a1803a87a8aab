"""The bidi rules a PDF line is reordered with agree with python-bidi, and the repairs keep every glyph."""

from __future__ import annotations

from bidi import get_display
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.importing.pdf.bidi_order import displays_as, levels, reorder, visual_to_logical
from desktop.core.importing.pdf.tidy import tidy

_ALPHABET = "ابتجحدرسعفقكلمنهوي" + "abcXYZ" + "0123456789" + "٠١٢٣٤٥" + "%$.,-/ ()"
_BLIND = str.maketrans("()", "((")


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_ALPHABET, min_size=1, max_size=40), st.sampled_from([0, 1]))
def test_levels_and_reordering_match_python_bidi(text: str, base: int) -> None:
    mine = "".join(text[i] for i in reorder(list(range(len(text))), levels(text, base)))
    theirs = get_display(text, base_dir="R" if base else "L")
    assert mine.translate(_BLIND) == theirs.translate(_BLIND)


_WORDS = st.sampled_from(["بلغت", "الإيرادات", "مليار", "يورو", "في", "Mistral", "AI", "billion", "report"])
_NUMBERS = st.from_regex(r"\A(?:[0-9]{1,3}(?:\.[0-9])?%?|[٠-٩]{1,3}(?:٫[٠-٩])?|\$[0-9]{1,2})\Z")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_WORDS, _NUMBERS), min_size=1, max_size=12))
def test_undoing_the_display_of_a_news_line_gives_text_that_displays_the_same(tokens: list[str]) -> None:
    text = " ".join(tokens)
    shown = get_display(text, base_dir="R")
    order = visual_to_logical(shown, 1)
    assert sorted(order) == list(range(len(shown)))
    logical = "".join(shown[i] for i in order)
    assert displays_as(logical, shown, 1)


def test_context_of_the_previous_line_decides_arabic_numbers() -> None:
    # «11%» after Arabic text shows as «%11»; at the start of a line only the previous line's letters tell so
    assert get_display("إلى 11%", base_dir="R").startswith("%11")
    assert displays_as("11% بعد", "دعب %11", 1, context="AL")
    assert not displays_as("11% بعد", "دعب %11", 1, context=None)


def _tidied(text: str) -> tuple[str, list[int]]:
    chars, glyphs = list(text), list(range(len(text)))
    tidy(chars, glyphs, 0)
    return "".join(chars), glyphs


def test_repairs_move_characters_with_their_glyphs() -> None:
    text, glyphs = _tidied("ارتفعت إلى %11 بعد")
    assert text == "ارتفعت إلى 11% بعد"
    assert [("ارتفعت إلى %11 بعد")[g] for g in glyphs] == list(text)
    assert _tidied("بقيمة (billion 2$) من")[0] == "بقيمة ($2 billion) من"
    assert _tidied("بقيمة (billion $2) من")[0] == "بقيمة ($2 billion) من"
    assert _tidied("الثلاث$اء وال44رقم")[0] == "الثلاثاء والرقم"
    assert _tidied("الموقع example . com/ir")[0] == "الموقع example.com/ir"


def test_repairs_leave_ordinary_text_alone() -> None:
    for text in ("بلغت 1.7 مليار يورو", "ارتفعت 11% خلال 2025", "سعر البرميل 80$ أمس", "G4S و 3M"):
        assert _tidied(text)[0] == text
