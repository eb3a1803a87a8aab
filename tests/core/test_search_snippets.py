"""Search snippets: cut from the folded text around the first match, for the first hits only unless asked for all."""

from desktop.core.store.database import snippet
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


def test_a_lone_letter_beside_a_word_is_left_out_while_typing(store):
    a, _ = store.add_article(title="الطاقة", text="خطة جديدة لإنتاج الكهرباء")
    assert [h.article for h in store.search("الكهرباء ق")] == [a.id]
