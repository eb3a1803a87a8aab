"""Search snippets: cut from the folded text around the first match, for the first hits only unless asked for all."""

from desktop.core.store.searching import snippet
import re


def test_snippet_brackets_the_matches_and_stays_in_its_paragraph():
    found = re.compile(r"(?<!\w)(?:مليار)\w*")
    text = "سطر اول لا شيء فيه\nبلغ العجز 🚀 ثلاثه مليارات دينار هذا العام وفق التقرير\nفقره اخري"
    got = snippet((text, "", "عنوان"), found)
    assert "[مليارات]" in got and "\n" not in got and "فقره" not in got
    assert snippet(("", "", "عنوان"), found) == ""


def test_only_the_first_hits_carry_snippets_unless_all_are_asked_for(store):
    for n in range(25):
        store.add_article(title=f"تقرير {n}", text=f"بلغت الصادرات {n} مليار دولار في العام الماضي رقم {n}.")
    hits = store.search("الصادرات", snippets=20)
    assert len(hits) == 25
    assert all("[الصادرات]" in h.snippet for h in hits[:20]) and all(h.snippet == "" for h in hits[20:])
    assert all("[الصادرات]" in h.snippet for h in store.search("الصادرات", snippets=None))


def test_a_letter_or_two_beside_a_word_is_left_out_while_typing_but_numbers_count(store):
    a, _ = store.add_article(title="الطاقة", text="خطة جديدة لإنتاج الكهرباء في التقرير رقم 77")
    b, _ = store.add_article(title="المياه", text="خطة أخرى في التقرير رقم 12")
    assert [h.article for h in store.search("الكهرباء ق")] == [a.id]
    assert [h.article for h in store.search("الكهرباء قط")] == [a.id]
    assert [h.article for h in store.search("التقرير 12")] == [b.id]


def test_a_broad_query_lists_title_hits_first_then_the_newest(store, monkeypatch):
    from desktop.core.store import searching as database

    monkeypatch.setattr(database, "BROAD_QUERY", 3)
    made = [store.add_article(title=f"تقرير {n}", text=f"نص عن الصادرات رقم {n}")[0].id for n in range(6)]
    titled = store.add_article(title="الصادرات في العام", text="نص آخر")[0].id
    assert [h.article for h in store.search("الصادرات")] == [titled, *reversed(made)]


def test_a_broad_query_with_more_title_hits_than_shown_lists_them_newest_first(store, monkeypatch):
    from desktop.core.store import searching as database

    monkeypatch.setattr(database, "BROAD_QUERY", 3)
    titled = [store.add_article(title=f"الصادرات في العام {n}", text=f"نص رقم {n}")[0].id for n in range(6)]
    store.add_article(title="تقرير", text="نص عن الصادرات")
    assert [h.article for h in store.search("الصادرات", limit=4)] == list(reversed(titled))[:4]
