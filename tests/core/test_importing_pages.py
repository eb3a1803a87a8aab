"""Saved pages in the layouts of Arabic news sites: every title, only the article, no sentence lost."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from desktop.core.claims.suggest import suggest
from desktop.core.importing import ImportedDocument, import_bytes, import_file
from tests.core.conftest_import import DATA

PAGES = DATA / "pages"
GOLD = json.loads((PAGES / "gold.json").read_text(encoding="utf-8"))
CLAIM = "وقالت الشركة إن أرباحها ارتفعت 35% إلى 12 مليون دينار في النصف الأول."
OTHER = "وأوضح البيان أن الشركة افتتحت فرعين جديدين في عمّان وإربد خلال الربع الأخير."
NOTICE = "لا يمثل هذا المحتوى نصيحة بالشراء."
HTML_WHITESPACE = {"\n", "\r", "\r\n", "\x0c"}


def _flat(text: str) -> str:
    return " ".join(text.split())


def _reasons(document: ImportedDocument) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for removal in document.removed:
        found.setdefault(removal.reason, []).append(removal.text)
    return found


@pytest.fixture(scope="module", params=sorted(GOLD))
def page(request) -> tuple[str, ImportedDocument]:
    return request.param, import_bytes((PAGES / request.param).read_bytes(), request.param)


def test_every_title_is_the_headline(page) -> None:
    name, document = page
    assert document.title == GOLD[name]["title"]


def test_every_gold_paragraph_is_kept_whole_and_once(page) -> None:
    name, document = page
    flat = _flat(document.text)
    for paragraph in GOLD[name]["body"]:
        assert flat.count(_flat(paragraph)) == 1, paragraph


def test_nothing_but_the_article_is_kept(page) -> None:
    name, document = page
    kept = [s for s in GOLD[name]["boilerplate"] if s in document.text]
    assert kept == []
    assert document.text.split("\n\n") == GOLD[name]["body"]


def test_date_and_site_of_each_page(page) -> None:
    name, document = page
    expected = GOLD[name]["published"]
    if expected is None:
        assert document.published_from is None and document.published is None  # import_bytes: no file date
    else:
        assert document.published == expected
        assert document.published_from in {"metadata", "page"}
    assert document.site == GOLD[name]["site"]


def test_bylines_name_the_author(tmp_path: Path) -> None:
    bbc = import_bytes((PAGES / "01-main-bbc-like.html").read_bytes(), "b.html")
    assert bbc.author == "سارة محمود"
    portal = import_bytes((PAGES / "24-portal.html").read_bytes(), "p.html")
    assert (portal.author, portal.published, portal.published_from) == ("فهد القحطاني", "2025-01-05", "page")


def test_quotes_match_the_text_for_every_claim_found(page) -> None:
    _, document = page
    text = document.text
    found = suggest(text)
    assert found
    for claim in found:
        assert text[claim.start:claim.end] == claim.text


def test_removed_parts_are_listed_in_the_report(tmp_path: Path) -> None:
    document = import_file(shutil.copy(PAGES / "01-main-bbc-like.html", tmp_path))
    reasons = _reasons(document)
    assert any("Author," in text for text in reasons["byline"])
    assert reasons["watch-also"] == ["شاهد أيضاً لقطات من افتتاح المعرض الدولي للتقنية"]
    assert document.report()["removed"][0]["reason"]
    table = import_bytes((PAGES / "04-table-levant-date.html").read_bytes(), "t.html")
    table_reasons = _reasons(table)
    assert "طباعة | أرسل هذا المقال لصديق | رجوع" in [r.text for r in table.removed]
    assert any(text.endswith("– خاص") for text in table_reasons["byline"])
    cards = _reasons(import_bytes((PAGES / "02-cards.html").read_bytes(), "c.html"))
    assert cards["disclaimer"] == ["لا يمثل هذا المحتوى نصيحة بالشراء أو البيع."]


@pytest.mark.parametrize("separator", ["|", "-", ":", "–", "»", "::"])
@pytest.mark.parametrize("site_first", [True, False])
def test_site_name_on_either_side_of_the_title_goes(separator: str, site_first: bool) -> None:
    headline = "المصرف يرفع رأسماله إلى 500 مليون دينار"
    site = "جريدة الخبر اليومي الأولى"  # as many words as a short headline: length cannot decide
    title = f"{site} {separator} {headline}" if site_first else f"{headline} {separator} {site}"
    page = (f"<html><head><title>{title}</title></head><body><div class='logo'>{site}</div>"
            f"<table><tr><td><b>{headline}</b></td></tr><tr><td>{CLAIM}</td></tr></table></body></html>")
    document = import_bytes(page.encode(), "t.html")
    assert document.title == headline
    assert headline not in document.text and CLAIM in document.text
    assert document.site == site


def test_og_title_and_h1_come_before_the_title_element() -> None:
    page = ("<html><head><title>موقع الأخبار</title><meta property='og:title' content='عنوان من og'></head>"
            f"<body><h1>عنوان من h1</h1><p>{CLAIM}</p></body></html>")
    assert import_bytes(page.encode(), "a.html").title == "عنوان من og"
    assert import_bytes(page.replace("og:title", "x").encode(), "a.html").title == "عنوان من h1"


def test_one_main_bounds_the_article_and_keeps_subheads() -> None:
    page = (f"<html><body><div class='promo'><p>{OTHER}</p></div><main><h1>العنوان</h1><p>{CLAIM}</p>"
            "<h2>تفاصيل الصفقة</h2><h3>الخطوة التالية</h3><p>ويتوقع المحللون نموا أكبر في العام المقبل.</p></main>"
            "<div><p>نص خارج المنطقة الرئيسية لا يخص الخبر إطلاقا.</p></div></body></html>")
    document = import_bytes(page.encode(), "m.html")
    assert document.text.split("\n\n") == [CLAIM, "تفاصيل الصفقة", "الخطوة التالية",
                                           "ويتوقع المحللون نموا أكبر في العام المقبل."]
    assert OTHER in [r.text for r in document.removed]


def test_related_article_cards_after_the_article_are_not_merged_in() -> None:
    cards = "".join(f"<article><h3><a href='/{n}'>خبر آخر رقم {n} عن السوق</a></h3><p>ملخص قصير للخبر الآخر "
                    f"رقم {n}.</p></article>" for n in range(4))
    page = (f"<html><body><article><h1>العنوان</h1><p>{CLAIM}</p><p>{OTHER}</p></article>"
            f"<section class='more'>{cards}</section></body></html>")
    assert import_bytes(page.encode(), "r.html").text == f"{CLAIM}\n\n{OTHER}"


def test_table_layout_is_bounded_by_headline_and_more_news() -> None:
    headline = "افتتاح مصنع جديد للإسمنت في الصعيد"
    page = (f"<html><head><title>الموقع :: {headline}</title></head><body><table><tr><td>"
            "<b>أقسام الموقع</b><br><a href='/1'>محليات</a><br><a href='/2'>عربي ودولي</a></td><td>"
            f"<font size=4>{headline}</font><br>{CLAIM}<br><br>{OTHER}<br>"
            "<a href='p'>طباعة الصفحة الحالية</a> | <a href='s'>أرسل هذا المقال إلى صديق عبر البريد</a> | <a href='b'>رجوع</a>"
            "<br><b>أخبار أخرى</b><br>ارتفاع أسعار الحديد في الأسواق المحلية.<br>"
            "</td></tr><tr><td>جميع الحقوق محفوظة 2005</td></tr></table></body></html>")
    document = import_bytes(page.encode(), "t.html")
    assert document.title == headline
    assert document.text.split("\n\n") == [CLAIM, OTHER]


@pytest.mark.parametrize("separator", ["\n", "\r", "\r\n", "\x85", "\x0c", "\x0b", "\x1c", "\x1d", "\x1e",
                                       "\u2028", "\u2029"])
@pytest.mark.parametrize("kind", ["txt", "html"])
def test_every_line_separator_ends_a_line_and_keeps_the_claim(separator: str, kind: str) -> None:
    joined = f"{CLAIM}{separator}{NOTICE}{separator}{OTHER}"
    data = (f"<html><body><article><p>{joined}</p></article></body></html>" if kind == "html" else joined).encode()
    document = import_bytes(data, f"sep.{kind}")
    lines = document.text.split("\n")
    if kind == "html" and separator in HTML_WHITESPACE:  # a space in HTML: one paragraph, judged per sentence
        assert document.text == f"{CLAIM} {OTHER}"
    else:
        assert CLAIM in lines and OTHER in lines
    assert NOTICE not in document.text
    assert NOTICE in [r.text for r in document.removed]


def test_boilerplate_goes_sentence_by_sentence() -> None:
    page = f"<html><body><main><p>{CLAIM} {NOTICE} {OTHER}</p></main></body></html>"
    document = import_bytes(page.encode(), "s.html")
    assert document.text == f"{CLAIM} {OTHER}"
    assert [(r.reason, r.text) for r in document.removed] == [("disclaimer", NOTICE)]


def test_a_sentence_holding_a_quantity_is_never_removed() -> None:
    claimish = "لا يمثل هذا المحتوى نصيحة بالشراء رغم ارتفاع السهم 20% خلال أسبوع."
    page = f"<html><body><main><p>{CLAIM}</p><p>{claimish}</p></main></body></html>"
    assert claimish in import_bytes(page.encode(), "q.html").text


def test_active_content_never_costs_a_paragraph() -> None:
    paragraphs = [f"الفقرة رقم {n} من الخبر تذكر أن المبيعات بلغت {n * 10} ألف وحدة." for n in range(1, 7)]
    active = ["<script>var x = '<p>لا</p>';</script>", "<iframe src='https://x.example/v'></iframe>",
              "<form action='/s'><label>بريدك</label><input name=e><button>أرسل</button></form>",
              "<template><p>قالب</p></template>", "<object data='a.swf'><param name=a value=b></object>"]
    body = "".join(f"<p onclick='go()'>{p}</p>{active[i % len(active)]}" if i % 2 else
                   f"<p><a href='javascript:void(0)' onmouseover='x()'>{p}</a></p>" for i, p in enumerate(paragraphs))
    for wrapper in ("<main>{}</main>", "<div class='content'>{}</div>", "<form id='aspnetForm'>{}</form>"):
        page = f"<html><body onload='init()'>{wrapper.format(body)}</body></html>"
        assert import_bytes(page.encode(), "a.html").text.split("\n\n") == paragraphs, wrapper


def test_a_line_starting_with_a_tab_is_trimmed_and_offsets_hold() -> None:
    document = import_bytes(f"\t{CLAIM}\n\t\t{OTHER}\n".encode(), "tabs.txt")
    assert document.text == f"{CLAIM}\n\n{OTHER}"
    for claim in suggest(document.text):
        assert document.text[claim.start:claim.end] == claim.text


def test_one_long_post_of_a_live_blog_does_not_bound_the_text() -> None:
    posts = [f"<article class='post'><p>{OTHER}</p></article>", f"<article class='post'><p>{CLAIM} {OTHER} "
             f"{CLAIM} {OTHER} {CLAIM}</p></article>", "<article class='post'><p>انتهت الجلسة الأولى وبدأت "
             "الاستراحة، وهذا تحديث قصير عن الجلسة.</p></article>"]
    page = f"<html><body><main><h2>تغطية مباشرة</h2><div class='feed'>{''.join(posts)}</div></main></body></html>"
    text = import_bytes(page.encode(), "live.html").text
    assert text.startswith(OTHER) and text.endswith("هذا تحديث قصير عن الجلسة.")


def test_article_cards_beside_a_story_in_a_div_do_not_bound_the_text() -> None:
    story = "".join(f"<p>{CLAIM.replace('35', str(n))}</p>" for n in range(30, 34))
    cards = "".join(f"<article class='card'><h3><a href='/{n}'>عنوان خبر آخر {n}</a></h3><p>ملخص الخبر الآخر "
                    f"رقم {n} في سطر واحد قصير.</p></article>" for n in range(3))
    page = (f"<html><body><div class='story'><h1>العنوان</h1>{story}</div>"
            f"<div class='sidebar-list'>{cards}</div></body></html>")
    text = import_bytes(page.encode(), "div.html").text
    for n in range(30, 34):
        assert CLAIM.replace("35", str(n)) in text


def test_short_labels_after_the_last_sentence_go_but_a_trailing_figure_stays() -> None:
    page = (f"<html><body><main><h1>العنوان</h1><p>{CLAIM}</p><p>{OTHER}</p><div>قيّم هذا المقال</div>"
            "<div>★★★★★</div></main></body></html>")
    document = import_bytes(page.encode(), "t.html")
    assert document.text == f"{CLAIM}\n\n{OTHER}"
    assert ("after-article", "قيّم هذا المقال\n★★★★★") in [(r.reason, r.text) for r in document.removed]
    with_figure = page.replace("<div>★★★★★</div>", "<div>الإيرادات: 12 مليون دينار</div>")
    assert import_bytes(with_figure.encode(), "t.html").text.endswith("الإيرادات: 12 مليون دينار")
