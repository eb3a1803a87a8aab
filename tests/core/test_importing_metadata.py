"""A page's metadata (date, site, author, URL, language) read on import and stored with the article."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from desktop.core.importing import import_bytes, import_file
from desktop.core.importing.dates import date_in_text, hijri_to_gregorian, is_date_line
from desktop.core.store.database import Store
from desktop.core.store.migrations import migrations

BODY = "<p>قالت الشركة إنها باعت 40 ألف جهاز في الربع الأول من العام، بزيادة 12% على العام الماضي.</p>"


@pytest.mark.parametrize(("text", "date"), [
    ("الثلاثاء 14 مايو 2024", "2024-05-14"),
    ("نشر في: ١٤ مايو ٢٠٢٤ - 10:30 ص", "2024-05-14"),
    ("الأحد 3 آذار 2024", "2024-03-03"),
    ("20 شباط/فبراير 2024", "2024-02-20"),
    ("الخميس 11 تشرين الأول 2023", "2023-10-11"),
    ("5 كانون الثاني 2025", "2025-01-05"),
    ("12 جويلية 2024", "2024-07-12"),
    ("7 غشت 2023", "2023-08-07"),
    ("آخر تحديث: 2024/06/01", "2024-06-01"),
    ("01-06-2024", "2024-06-01"),
    ("May 20, 2024", "2024-05-20"),
    ("الخميس 25 ذو القعدة 1445 هـ", "2024-06-02"),
    ("1 رمضان 1445هـ", "2024-03-11"),
    ("السبت 14 صفر 1446 هـ الموافق 17 أغسطس 2024", "2024-08-17"),  # the Gregorian date wins
])
def test_dates_in_arabic_date_lines(text: str, date: str) -> None:
    assert date_in_text(text) == date
    assert is_date_line(text)


def test_a_sentence_with_a_date_is_not_a_date_line() -> None:
    sentence = "وقالت الشركة في 14 مايو 2024 إنها باعت 40 ألف جهاز."
    assert date_in_text(sentence) == "2024-05-14" and not is_date_line(sentence)
    assert date_in_text("باعت الشركة 40 ألف جهاز") is None
    assert hijri_to_gregorian(1, 1, 1) == "0622-07-19"  # the tabular epoch (16 July 622 Julian)


@pytest.mark.parametrize(("head", "body", "published", "source"), [
    ('<meta property="article:published_time" content="2024-05-14T08:00:00+03:00">', "", "2024-05-14", "metadata"),
    ('<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", "datePublished": "2023-11-09"}]}'
     "</script>", "", "2023-11-09", "metadata"),
    ("", '<time datetime="2022-01-02T10:00">2 يناير</time>', "2022-01-02", "metadata"),
    ("", "<div class='date'>الاثنين 4 أيلول 2023</div>", "2023-09-04", "page"),
    ("", "<div class='date'>الجمعة 5 رمضان 1445 هـ</div>", "2024-03-15", "page"),
])
def test_publication_date_and_where_it_came_from(head: str, body: str, published: str, source: str) -> None:
    page = f"<html><head>{head}</head><body><main><h1>خبر</h1>{body}{BODY}</main></body></html>"
    document = import_bytes(page.encode(), "a.html")
    assert (document.published, document.published_from) == (published, source)
    assert "4 أيلول" not in document.text and "رمضان" not in document.text


def test_without_a_date_on_the_page_the_files_date_is_used(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(f"<html><body>{BODY}</body></html>", encoding="utf-8")
    os.utime(path, (1_700_000_000, 1_700_000_000))  # 2023-11-14 UTC
    document = import_file(path)
    assert document.published_from == "file"
    assert document.published in {"2023-11-14", "2023-11-15"}  # the local date of that instant


def test_site_author_url_and_language() -> None:
    page = ("<html lang='ar-EG'><head><title>عنوان الخبر - موقع الأخبار</title>"
            "<meta property='og:site_name' content='موقع الأخبار'><meta name='author' content='سارة محمود'>"
            "<link rel='canonical' href='https://news.example/a/1'></head>"
            f"<body><main><h1>عنوان الخبر</h1>{BODY}</main></body></html>")
    document = import_bytes(page.encode(), "a.html")
    assert (document.site, document.author, document.source_url, document.language) == (
        "موقع الأخبار", "سارة محمود", "https://news.example/a/1", "ar")
    report = document.report()
    assert report["site"] == "موقع الأخبار" and report["url"] == "https://news.example/a/1"


def test_the_byline_names_the_author_when_the_page_does_not() -> None:
    page = f"<html><body><main><h1>عنوان</h1><p>بقلم: خالد النمري</p>{BODY}</main></body></html>"
    document = import_bytes(page.encode(), "a.html")
    assert document.author == "خالد النمري" and "بقلم" not in document.text


def test_metadata_is_stored_and_listed(tmp_path: Path) -> None:
    page = ("<html><head><meta property='og:site_name' content='موقع الأخبار'>"
            "<meta property='article:published_time' content='2024-05-14'>"
            "<link rel='canonical' href='https://news.example/a/1'></head>"
            f"<body><main><h1>عنوان</h1>{BODY}</main></body></html>")
    store = Store.open(tmp_path / "store.db")
    article, _ = store.add_document(import_bytes(page.encode(), "a.html"))
    assert (article.published, article.published_from, article.site, article.source_url) == (
        "2024-05-14", "metadata", "موقع الأخبار", "https://news.example/a/1")
    (summary,) = store.articles()
    assert summary.to_json() | {"imported": None} == {
        "id": article.id, "title": "عنوان", "chars": len(article.text), "claims": 0, "imported": None,
        "published": "2024-05-14", "site": "موقع الأخبار", "url": "https://news.example/a/1"}
    store.close()


def test_the_metadata_migration_keeps_existing_articles(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    db = Database(sqlite3.connect(path))
    migrations.apply(db, stop_before="m010_article_metadata")
    db.execute("INSERT INTO articles (title, text, raw_text, content_hash, imported) VALUES (?, ?, ?, ?, ?)",
               ["قديم", "نص قديم", "نص قديم", "sha256:x", "2024-01-01T00:00:00.000Z"])
    db.conn.commit()
    db.conn.close()
    store = Store.open(path)
    (summary,) = store.articles()
    assert (summary.title, summary.published, summary.site, summary.url) == ("قديم", None, None, None)
    assert "m010_article_metadata" in [m.name for m in migrations.applied(store.db)]
    store.close()
