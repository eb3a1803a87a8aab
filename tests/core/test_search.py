"""Full-text search with Arabic folding over titles, texts and notes."""

import pytest


@pytest.fixture
def library(store):
    a, _ = store.add_article(title="جولة تمويل ضخمة", text="بلغت قيمة الصفقة ملياراً ونصف، وارتفعت الحصة إلى ١١ بالمئة.")
    b, _ = store.add_article(title="أخبار الطاقة", text="أعلنت الشركة عن خطة جديدة لإنتاج الكهرباء.")
    c, _ = store.add_article(title="Market news", text="Revenue rose 11 percent to 2 billion dollars.")
    return a, b, c


def ids(hits):
    return [h.article for h in hits]


def test_plural_and_tanween_forms_are_found_by_their_stem(store, library):
    a, b, c = library
    assert ids(store.search("مليار")) == [a.id]


def test_ascii_digits_find_arabic_indic_digits(store, library):
    a, b, c = library
    assert set(ids(store.search("11"))) == {a.id, c.id}
    assert set(ids(store.search("١١"))) == {a.id, c.id}


def test_alef_forms_match_each_other(store, library):
    a, b, c = library
    assert ids(store.search("اعلنت")) == [b.id]
    assert ids(store.search("انتاج")) == [b.id]
    assert ids(store.search("أخبار")) == [b.id]


def test_clitics_do_not_hide_a_word(store, library):
    a, b, c = library
    assert ids(store.search("كهرباء")) == [b.id]  # written «الكهرباء»
    assert ids(store.search("حصة")) == [a.id]  # written «الحصة»


def test_notes_are_searched_and_reindexed_on_edit(store, library):
    a, b, c = library
    claim = store.add_annotation(b.id, 0, 5, "other", note="يحتاج إلى مصدر ثانٍ")
    assert ids(store.search("مصدر")) == [b.id]
    store.update_annotation(claim.uuid, note="")
    assert ids(store.search("مصدر")) == []


def test_all_words_must_match_and_punctuation_is_harmless(store, library):
    a, b, c = library
    assert ids(store.search('revenue "dollars')) == [c.id]
    assert store.search("revenue الكهرباء") == []
    assert store.search('" * ( )') == []


def test_title_hits_rank_first(store, library):
    a, b, c = library
    d, _ = store.add_article(title="الطاقة الشمسية", text="نص عن الطاقة.")
    hits = store.search("الطاقة")
    assert set(ids(hits)) == {b.id, d.id}
