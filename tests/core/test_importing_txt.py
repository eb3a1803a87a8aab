"""Plain-text import and scraped-page cleanup: the seed article and pages written for these tests."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from tests.core.conftest_import import DATA, SEED_TITLE

from desktop.core.importing import ImportedDocument, Removal, import_bytes, import_file


def _reasons(document: ImportedDocument) -> list[str]:
    return [removal.reason for removal in document.removed]


@pytest.fixture
def seed(seed_path) -> ImportedDocument:
    return import_file(seed_path)


def test_seed_title_and_eight_paragraphs_once(seed: ImportedDocument, seed_path) -> None:
    raw = seed_path.read_text(encoding="utf-8")
    body = raw.split("\n")[:8]
    assert seed.title == SEED_TITLE
    assert seed.text == "\n\n".join(body)
    assert seed.text.count("حصلت شركة Mistral AI") == 1
    assert "شاهد النسخة الأصلية" not in seed.text
    assert "قد تحتوي هذه الصفحة" not in seed.text
    assert SEED_TITLE not in seed.text


def test_seed_provenance(seed: ImportedDocument, seed_path) -> None:
    assert seed.raw_text == seed_path.read_text(encoding="utf-8")
    assert seed.source == str(seed_path.resolve())
    assert (seed.format, seed.encoding, seed.language, seed.direction) == ("txt", "utf-8", "ar", "rtl")
    assert seed.source_url is None
    assert seed.bidi_controls == 0


def test_seed_removals_are_exact_raw_text(seed: ImportedDocument) -> None:
    lines = seed.raw_text.split("\n")
    assert seed.removed == (
        Removal("boilerplate-link", "شاهد النسخة الأصلية"),
        Removal("disclaimer", lines[9]),
        Removal("title-line", SEED_TITLE),
        Removal("duplicate-body", "\n".join(lines[11:19])),
    )
    for removal in seed.removed:
        assert removal.text in seed.raw_text


def test_seed_report(seed: ImportedDocument) -> None:
    report = seed.report()
    assert report == {
        "title": SEED_TITLE,
        "chars": len(seed.text),
        "encoding": "utf-8",
        "format": "txt",
        "removed": [{"reason": r.reason, "text": r.text} for r in seed.removed],
        "bidi_controls": 0,
        "published": seed.published,  # a .txt gives no date: the file's modification date
        "published_from": "file",
        "site": None,
        "author": None,
        "url": None,
        "language": "ar",
    }


def test_seed_with_crlf_line_ends(tmp_path: Path, seed: ImportedDocument, seed_path) -> None:
    path = tmp_path / "seed-crlf.txt"
    path.write_bytes(seed_path.read_bytes().replace(b"\n", b"\r\n"))
    document = import_file(path)
    assert document.text == seed.text
    assert document.title == SEED_TITLE
    assert _reasons(document) == _reasons(seed)


def test_repeated_body_with_other_boilerplate(tmp_path: Path) -> None:
    path = shutil.copy(DATA / "repeated_body_other_boilerplate.txt", tmp_path)
    document = import_file(path)
    raw_lines = document.raw_text.split("\n")
    assert document.title == "نخلة للتقنية تجمع 45 مليون دولار"
    assert document.text == "\n\n".join(raw_lines[:4])
    assert document.removed == (
        Removal("boilerplate-link", "اقرأ المزيد على موقع نخلة نيوز"),
        Removal("source-line", "المصدر: وكالات"),
        Removal("disclaimer", raw_lines[6]),
        Removal("title-line", "نخلة للتقنية تجمع 45 مليون دولار"),
        Removal("duplicate-body", "\n".join(raw_lines[8:12])),
    )


def test_headline_first_page_keeps_its_text(tmp_path: Path) -> None:
    document = import_file(shutil.copy(DATA / "headline_first.txt", tmp_path))
    assert document.title == 'تطبيق "دروب" يتجاوز خمسة ملايين تحميل'
    paragraphs = document.text.split("\n\n")
    assert paragraphs[0] == document.title  # a first-line headline stays in the text to annotate
    assert len(paragraphs) == 4
    assert document.removed == (Removal("share", "شارك هذا المقال"),)


def test_page_without_repetition_loses_nothing(tmp_path: Path) -> None:
    document = import_file(shutil.copy(DATA / "no_repetition.txt", tmp_path))
    assert document.removed == ()
    assert document.text == document.raw_text.strip("\n").replace("\n", "\n\n")
    first_line = document.raw_text.split("\n")[0]
    assert document.title.endswith("…")
    assert first_line.startswith(document.title[:-1])
    assert len(document.title) <= 81 and not document.title[:-1].endswith(" ")


def test_english_page(tmp_path: Path) -> None:
    document = import_file(shutil.copy(DATA / "english_page.txt", tmp_path))
    assert document.title == "Cedar Pay raises $12 million in Series A"
    assert (document.language, document.direction) == ("en", "ltr")
    assert _reasons(document) == ["boilerplate-link", "disclaimer", "title-line", "duplicate-body"]
    assert document.text.count("Cedar Pay, a Beirut-based") == 1
    assert len(document.text.split("\n\n")) == 3


def test_read_also_box_and_breadcrumb_removed(tmp_path: Path) -> None:
    document = import_file(shutil.copy(DATA / "read_also_box.txt", tmp_path))
    assert document.removed == (
        Removal("nav", "الرئيسية > اقتصاد > شركات ناشئة"),
        Removal("read-also", "اقرأ أيضا:\nسحاب تفتتح مكتبا في الرياض\nمستثمرون يراهنون على الحوسبة في الخليج"),
        Removal("read-also", "اقرأ أيضًا: كيف تضاعف سوق مراكز البيانات في الإمارات"),
    )
    assert len(document.text.split("\n\n")) == 3
    assert "سحاب تفتتح" not in document.text


def test_hard_wrapped_file_keeps_lines_inside_paragraphs(tmp_path: Path) -> None:
    document = import_file(shutil.copy(DATA / "hard_wrapped.txt", tmp_path))
    paragraphs = document.text.split("\n\n")
    assert len(paragraphs) == 2
    assert [p.count("\n") for p in paragraphs] == [2, 2]


def test_prose_mentioning_sources_and_more_is_kept() -> None:
    text = (
        "المصدر: قال مسؤول في الشركة إن الإيرادات ارتفعت إلى 3 مليارات ريال خلال العام الماضي بفضل التوسع.\n"
        "المزيد من الشركات الناشئة تتجه إلى السوق السعودية هذا العام.\n"
    )
    document = import_bytes(text.encode(), "prose.txt")
    assert document.removed == ()
    assert document.text == text.strip().replace("\n", "\n\n")


def test_headline_left_at_the_end_after_boilerplate() -> None:
    text = (
        "قالت شركة سحاب إنها وقعت عقدا بقيمة 700 مليون درهم مع حكومة دبي.\n"
        "وأضافت أن العقد يمتد خمس سنوات.\n"
        "شاهد النسخة الأصلية\n"
        "سحاب توقع عقدا بقيمة 700 مليون درهم\n"
    )
    document = import_bytes(text.encode(), "end.txt")
    assert document.title == "سحاب توقع عقدا بقيمة 700 مليون درهم"
    assert [r.reason for r in document.removed] == ["boilerplate-link", "title-line"]


def test_byline_after_boilerplate_is_kept_as_text() -> None:
    text = "قالت شركة سحاب إنها وقعت عقدا بقيمة 700 مليون درهم مع حكومة دبي.\nالمصدر: وكالات\nسارة محمود\n"
    document = import_bytes(text.encode(), "byline.txt")
    assert document.text.endswith("سارة محمود")
    assert [r.reason for r in document.removed] == ["source-line"]


def test_short_refrain_repeated_is_not_a_duplicate_body() -> None:
    text = "قال المتحدث: نعم.\nوأضاف أن الشركة ستعلن النتائج في الربع المقبل.\nقال المتحدث: نعم.\n"
    document = import_bytes(text.encode(), "refrain.txt")
    assert document.removed == ()


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("عنوان قصير للخبر\nنص الخبر الكامل هنا.", "عنوان قصير للخبر"),
        ("جملة كاملة تنتهي بنقطة.\nثم نص.", "جملة كاملة تنتهي بنقطة."),
        ("كلمة " * 40 + "\n", ("كلمة " * 16).strip() + "…"),
    ],
)
def test_title_fallback(text: str, title: str) -> None:
    assert import_bytes(text.encode(), "x.txt").title == title


def test_title_falls_back_to_stem_when_no_words(tmp_path: Path) -> None:
    path = tmp_path / "تقرير-الربع.txt"
    path.write_text("— — —\n", encoding="utf-8")
    assert import_file(path).title == "تقرير-الربع"
