"""Saved web pages: title, canonical URL, main text only, cleanup, and hostile pages."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop.core.importing import ImportedDocument, ImportFailure, Removal, import_bytes, import_file
from tests.core.conftest_import import DATA, AccessLog

PARAGRAPH = "أعلنت الشركة أنها جمعت 80 مليون دولار في جولة تمويل جديدة قادها مستثمرون من الخليج."


def _import(tmp_path: Path, name: str) -> ImportedDocument:
    return import_file(shutil.copy(DATA / name, tmp_path))


def _reasons(document: ImportedDocument) -> list[str]:
    return [removal.reason for removal in document.removed]


def test_article_page_main_text_title_and_url(tmp_path: Path) -> None:
    document = _import(tmp_path, "article_aljazeera_like.html")
    assert document.title == 'شركة "رمال" المصرية تجمع 80 مليون دولار'
    assert document.source_url == "https://example.com/economy/2024/ramal-raises-80m"
    assert (document.format, document.encoding, document.language, document.direction) == ("html", "utf-8", "ar", "rtl")
    paragraphs = document.text.split("\n\n")
    assert len(paragraphs) == 5
    assert paragraphs[0].startswith('أعلنت شركة "رمال" المصرية')
    assert paragraphs[-1].startswith('وتأسست "رمال" عام 2019')
    assert "<" not in document.text and "&quot;" not in document.text
    assert document.raw_text == (DATA / "article_aljazeera_like.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "hidden",
    ["نص في سكربت", "font-family", "تعليق داخلي", "نص في قالب", "الرئيسية", "إعلان: احصل", "الأكثر قراءة",
     "جميع الحقوق محفوظة", "اقرأ أيضا", "تطلق خدمة التوصيل", "بقلم"],
)
def test_article_page_excludes_page_furniture(tmp_path: Path, hidden: str) -> None:
    assert hidden not in _import(tmp_path, "article_aljazeera_like.html").text


def test_article_page_removals_are_reported(tmp_path: Path) -> None:
    document = _import(tmp_path, "article_aljazeera_like.html")
    removed = {removal.reason: removal.text for removal in reversed(document.removed)}
    assert removed["read-also"].startswith("اقرأ أيضا")
    assert removed["nav"].startswith("الرئيسية")
    assert removed["ad"] == "إعلان: احصل على خصم 50% على اشتراكك السنوي الآن"
    assert removed["aside"].startswith("الأكثر قراءة")
    assert removed["title-line"] == document.title
    assert "nav" in _reasons(document) and _reasons(document).count("read-also") == 2


def test_aggregator_page_with_repeated_body(tmp_path: Path) -> None:
    document = _import(tmp_path, "aggregator_repeated.html")
    assert document.title == 'منصة "وثبة" تستحوذ على 60% من شركة التوصيل "سريع"'
    assert document.text.count("استحوذت منصة") == 1
    assert len(document.text.split("\n\n")) == 3
    assert document.source_url is None
    assert _reasons(document) == ["nav", "duplicate-body", "boilerplate-link", "disclaimer", "share",
                                  "title-line"]


def test_lists_and_tables_become_plain_paragraphs(tmp_path: Path) -> None:
    document = _import(tmp_path, "list_and_table.html")
    paragraphs = document.text.split("\n\n")
    assert 'شركة "تمارا" السعودية: 150 مليون دولار.' in paragraphs
    assert "تمارا\tالسعودية\t1.5 مليار دولار" in paragraphs
    assert not any(p.startswith(("-", "*", "|")) for p in paragraphs)
    assert "|" not in document.text
    assert document.source_url == "https://example.net/rounds-q2"  # og:url when no canonical link


def test_english_page(tmp_path: Path) -> None:
    document = _import(tmp_path, "english_article.html")
    assert document.title == "Gulf fund takes 25% stake in Amman fintech"
    assert (document.language, document.direction) == ("en", "ltr")
    assert "Read more" not in document.text and "All rights reserved" not in document.text
    assert len(document.text.split("\n\n")) == 3


@pytest.mark.parametrize(
    ("head", "title"),
    [
        ("<title>عنوان الخبر الرئيسي هنا | الجزيرة نت</title>", "عنوان الخبر الرئيسي هنا"),
        ("<title>عنوان الخبر الرئيسي هنا - الجزيرة نت</title>", "عنوان الخبر الرئيسي هنا"),
        ("<title>الجزيرة نت - عنوان الخبر الرئيسي هنا</title><meta property='og:site_name' content='الجزيرة نت'>",
         "عنوان الخبر الرئيسي هنا"),
        ("<title>ماكرون - الذكاء الاصطناعي أولوية أوروبية</title>", "ماكرون - الذكاء الاصطناعي أولوية أوروبية"),
        ("", "عنوان من الوسم h1"),
    ],
)
def test_title_sources_and_site_name(head: str, title: str) -> None:
    heading = "<h1>عنوان من الوسم h1</h1>" if not head else "<div class='headline'>عنوان الخبر الرئيسي هنا</div>"
    if "ماكرون" in head:
        heading = "<p>ماكرون - الذكاء الاصطناعي أولوية أوروبية</p>"
    page = f"<html><head>{head}</head><body>{heading}<p>{PARAGRAPH}</p></body></html>"
    assert import_bytes(page.encode(), "p.html").title == title


def test_line_breaks_entities_and_inline_tags() -> None:
    page = ("<html><body><article><p>سطر أول من الخبر<br>سطر ثان من الخبر نفسه</p>"
            f"<p>{PARAGRAPH} &amp; &#1604; <b>عريض</b>و<i>مائل</i></p></article></body></html>")
    assert import_bytes(page.encode(), "p.html").text == (
        f"سطر أول من الخبر\nسطر ثان من الخبر نفسه\n\n{PARAGRAPH} & ل عريضومائل"
    )


def test_xhtml_with_xml_declaration() -> None:
    page = ('<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><head>'
            f"<title>خبر</title></head><body><p>{PARAGRAPH}</p></body></html>")
    assert import_bytes(page.encode(), "p.xhtml.html").text == PARAGRAPH


def test_page_with_only_navigation_is_rejected() -> None:
    page = "<html><body><nav><a href='/'>الرئيسية</a> <a href='/x'>اقتصاد</a></nav><script>x()</script></body></html>"
    with pytest.raises(ImportFailure, match="has no article text"):
        import_bytes(page.encode(), "nav.html")


def test_hostile_page_reads_nothing_and_fetches_nothing(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-TOKEN-42", encoding="utf-8")
    page = f"""<?xml version="1.0"?>
<!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{secret}"><!ENTITY remote SYSTEM "http://127.0.0.1:9/x">]>
<html><head><base href="file://{tmp_path}/"><link rel="stylesheet" href="file://{secret}">
<meta http-equiv="refresh" content="0; url=http://127.0.0.1:9/"><title>صفحة عدائية</title>
<link rel="canonical" href="file://{secret}"></head>
<body><img src="/dev/zero"><img src="file:///dev/zero"><img src="secret.txt">
<iframe src="file://{secret}"></iframe><object data="file://{secret}"></object>
<p>&xxe; &remote; {PARAGRAPH}</p><p>{PARAGRAPH.replace("80", "90")}</p>
<script src="http://127.0.0.1:9/a.js"></script></body></html>"""
    with AccessLog() as log:
        document = import_bytes(page.encode(), "hostile.html")
    assert "SECRET-TOKEN-42" not in document.text
    assert PARAGRAPH in document.text
    assert document.source_url is None  # a file: URL is not a source address
    assert not [event for event in log.events if event[0] != "open" or "secret" in event[1] or "/dev/" in event[1]]
    assert not log.events  # nothing opened at all while importing bytes


# How long hostile pages take is measured in tests/benchmarks/bench_hostile_html.py, not asserted here;
# pytest-timeout (pyproject) fails any test that hangs.
def test_deeply_nested_tables_are_read() -> None:
    depth = 200
    page = "<html><body>" + "<table><tr><td>" * depth + f"<p>{PARAGRAPH}</p>" + "</td></tr></table>" * depth
    document = import_bytes((page + "</body></html>").encode(), "nested.html")
    assert document.text == PARAGRAPH


def test_many_paragraphs_deep_inside_an_article_are_read() -> None:
    depth, count = 1000, 300
    paragraphs = "".join(f"<p>{n} {PARAGRAPH}</p>" for n in range(count))
    page = "<html><body><main>" + "<section>" * depth + paragraphs + "</section>" * depth + "</main></body></html>"
    document = import_bytes(page.encode(), "deep-article.html")
    assert document.text.split("\n\n") == [f"{n} {PARAGRAPH}" for n in range(count)]


def test_nesting_beyond_the_parser_limit_is_rejected() -> None:
    page = "<html><body>" + "<div>" * 5000 + f"<p>{PARAGRAPH}</p>" + "</div>" * 5000 + "</body></html>"
    with pytest.raises(ImportFailure, match="nested more than 2048 elements deep"):
        import_bytes(page.encode(), "deep.html")


def test_html_import_never_loads_qt() -> None:
    import subprocess
    import sys

    program = (
        "import sys; from desktop.core.importing import import_bytes; "
        f"import_bytes('<html><body><p>{PARAGRAPH}</p></body></html>'.encode(), 'a.html'); "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    )
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=60,
                          cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_removed_listing_keeps_page_order_for_adjacent_furniture(tmp_path: Path) -> None:
    document = _import(tmp_path, "english_article.html")
    assert document.removed[0] == Removal("read-also", "Read more: Jordan's startup scene draws record investment")
    navs = [removal.text for removal in document.removed if removal.reason == "nav"]
    assert navs == ["Home Business Tech", "© 2024 Regional Business Daily. All rights reserved."]


def test_page_level_ad_classes_and_article_header_do_not_hide_the_article() -> None:
    standfirst = "الشركة تخطط لمضاعفة عدد مستخدميها خلال عامين بعد جولة التمويل الجديدة."
    page = (
        '<html><body class="home has-ads ads-enabled"><div id="page" class="site ad-free-wrapper">'
        '<header class="site-header"><a href="/">الرئيسية</a> <a href="/x">اقتصاد</a> <a href="/y">رياضة</a></header>'
        f'<article><header><h1>عنوان الخبر</h1><p class="standfirst">{standfirst}</p></header>'
        f'<p>{PARAGRAPH}</p><div class="ad-slot">إعلان ممول من شركة اتصالات</div>'
        f'<p>{PARAGRAPH.replace("80", "95")}</p></article></div></body></html>'
    )
    document = import_bytes(page.encode(), "ads.html")
    assert document.text.split("\n\n") == [standfirst, PARAGRAPH, PARAGRAPH.replace("80", "95")]
    assert ("ad", "إعلان ممول من شركة اتصالات") in [(r.reason, r.text) for r in document.removed]
    assert ("nav", "الرئيسية اقتصاد رياضة") in [(r.reason, r.text) for r in document.removed]
