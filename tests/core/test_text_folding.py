"""Arabic-aware folding used by search and re-anchoring."""

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.text import fold, fold_with_map


def test_alef_forms_yeh_diacritics_tatweel_digits():
    assert fold("أإآٱ") == "اااا"
    assert fold("مستشفى") == "مستشفي"
    assert fold("ملياراً") == "مليارا"
    assert fold("مـلـيـار") == "مليار"
    assert fold("١١٫٥ و۲۳") == "11.5 و23"
    assert fold("Mistral AI") == "mistral ai"


NEWS_TEXT = st.text(
    st.one_of(
        st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),
        st.sampled_from("abcXYZ019 .,%$€\n"),
        st.characters(min_codepoint=0x1F300, max_codepoint=0x1F64F),
    ),
    max_size=40,
)


@given(NEWS_TEXT)
def test_fold_with_map_points_back_into_the_source(text):
    folded, where = fold_with_map(text)
    assert folded == fold(text)
    for i, ch in enumerate(folded):
        assert ch in fold(text[where[i]])
    assert len(where) == len(folded) + 1
    assert where == sorted(where)
    assert all(0 <= w <= len(text) for w in where)
