"""Latin runs inside RTL text: which runs are isolated for display, and offsets through the isolates."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.display import LRI, PDI, isolate_latin, latin_runs
from desktop.core.text import OffsetError, OffsetMap, utf16_length


def runs(text: str) -> list[str]:
    return [text[a:b] for a, b in latin_runs(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("جمع 1.7 مليار يورو ($2 billion) من المستثمرين", ["$2 billion"]),
    ("أطلقت OpenAI نموذج GPT-4o وأطلقت Mistral AI تطبيق Le Chat", ["OpenAI", "GPT-4o", "Mistral AI", "Le Chat"]),
    ("في جولة Series B بقيادة S&P 500", ["Series B", "S&P 500"]),
    ("ارتفع السهم 11% إلى 1.7 مليار", []),  # digits alone: the bidi algorithm keeps a number whole already
    ("بلغ ٢٫٥ مليار €", ["€"]),
    ("شركة café الفرنسية", ["café"]),  # a Latin letter with a combining accent stays in its run
    ("(Mistral AI) و«ASML»", ["Mistral AI", "ASML"]),  # brackets and quotes stay outside, so they still mirror
])
def test_latin_runs(text, expected):
    assert runs(text) == expected


def test_isolate_latin_wraps_each_run_and_nothing_else():
    assert isolate_latin("جمع ($2 billion) و11%") == f"جمع ({LRI}$2 billion{PDI}) و11%"
    assert isolate_latin("no Arabic here", only_in_rtl=True) == "no Arabic here"
    assert isolate_latin("no Arabic here") == f"{LRI}no Arabic here{PDI}"


def test_offsets_skip_the_isolates_both_ways():
    text = "تقييم 🚀 ($2 billion) جديد"
    m = OffsetMap(text, isolate=True)
    assert m.display == f"تقييم 🚀 ({LRI}$2 billion{PDI}) جديد"
    dollar = text.index("$")
    assert m.to_qt(dollar) == text.index("$") + 1  # the rocket takes two UTF-16 units; the LRI stands at "$"
    assert m.display[m.to_qt(dollar) - 1] == LRI
    end = dollar + len("$2 billion")
    assert m.to_qt(end) - 1 == m.to_qt(dollar) + len("$2 billion")  # a span ending at the run leaves its PDI out
    for qt in (m.to_qt(dollar), m.to_qt(dollar) + 1):  # on the LRI or just after it: the same code point
        assert m.from_qt(qt) == dollar
    assert m.from_qt(m.to_qt(end) + 1) == end  # just after the PDI
    with pytest.raises(OffsetError):
        m.to_qt(len(text) + 1)


_ALPHABET = st.sampled_from(list("اب ت$€2 0.-&BbéLe\n😀🇫🇷(") + ["\u0301", "\u200d", "١"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_every_offset_round_trips_and_the_display_is_the_text_plus_isolates(text):
    m = OffsetMap(text, isolate=True)
    assert m.display.replace(LRI, "").replace(PDI, "") == text
    assert m.utf16_length == utf16_length(m.display)
    shown16 = m.display.encode("utf-16-le")
    for cp in range(len(text)):
        assert m.from_qt(m.to_qt(cp)) == cp
        # the UTF-16 units just before the next code point's position are this character's own
        assert shown16[:m.to_qt(cp + 1) * 2].endswith(text[cp].encode("utf-16-le")), (text, cp)
    previous = 0
    for u16 in range(m.utf16_length + 1):
        cp = m.from_qt(u16, snap=True)
        assert previous <= cp <= len(text)
        previous = cp
