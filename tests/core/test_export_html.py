"""The HTML review report read back with html.parser: self-contained, RTL, escaped, highlights by offsets."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from desktop.core.exchange.exporting import export
from desktop.core.exchange.exporting.report_html import segments


class Collector(HTMLParser):
    """Tags, attributes, the text inside <mark>s and the table cells."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.marks: list[str] = []
        self.cells: list[str] = []
        self.style = ""
        self._in: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in.append(tag)
        if tag == "mark":
            self.marks.append("")
        if tag == "td":
            self.cells.append("")

    def handle_endtag(self, tag):
        if tag in self._in:
            while self._in.pop() != tag:
                pass

    def handle_data(self, data):
        if "mark" in self._in:
            self.marks[-1] += data
        if "td" in self._in:
            self.cells[-1] += data
        if self._in and self._in[-1] == "style":
            self.style += data


def report(store, tmp_path) -> tuple[str, Collector]:
    html = export(store, "html", tmp_path / "r.html").path.read_text(encoding="utf-8")
    parser = Collector()
    parser.feed(html)
    return html, parser


def test_report_is_self_contained_rtl_and_escaped(store, seed_path, tmp_path):
    body = "\n".join(seed_path.read_text(encoding="utf-8").split("\n")[:8])
    article, _ = store.add_article(title="<script>alert(1)</script> عنوان", text=body)
    start = body.index("1.7 مليار يورو")
    store.add_annotation(article.id, start, start + 14, "amount", value=1.7e9, unit="EUR",
                         note='<img src="http://evil.invalid/x.png"> & "quoted"', status="disputed")
    html, parser = report(store, tmp_path)
    tags = {t for t, _ in parser.tags}
    assert not tags & {"script", "img", "link", "iframe", "object", "embed", "base", "video", "audio", "source"}
    for _, attrs in parser.tags:
        assert not {"src", "href", "srcset", "action"} & set(attrs)
    assert "url(" not in parser.style and "@import" not in parser.style and "@font-face" not in parser.style
    root = next(attrs for t, attrs in parser.tags if t == "html")
    assert root == {"lang": "ar", "dir": "rtl"}
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert '&lt;img src=&quot;http://evil.invalid/x.png&quot;&gt; &amp; &quot;quoted&quot;' in html
    assert parser.marks == ["1.7 مليار يورو"]
    assert "\u20661,700,000,000 EUR\u2069" in parser.cells
    assert "متنازع عليه" in parser.cells
    assert "@media print" in parser.style and "print-color-adjust: exact" in parser.style
    assert re.search(r"\.c-amount \{ background: #f4b942", parser.style)


def test_overlapping_claims_are_split_into_segments(store, tmp_path):
    text = "حصة بنسبة 11% من الشركة"
    article, _ = store.add_article(title="t", text=text)
    store.add_annotation(article.id, 0, 13, "stake")  # حصة بنسبة 11%
    store.add_annotation(article.id, 10, 23, "other")  # 11% من الشركة
    html, parser = report(store, tmp_path)
    assert parser.marks == ["حصة بنسبة ", "11%", " من الشركة"]
    classes = [attrs["class"] for t, attrs in parser.tags if t == "mark"]
    assert classes == ["c-stake", "c-stake overlap", "c-other"]
    assert "".join(parser.marks) == text


def test_segments_cover_the_text_in_code_points():
    class C:  # the two attributes segments() reads
        def __init__(self, start, end):
            self.start, self.end = start, end

    claims = [C(2, 5), C(4, 8)]
    assert segments("😀😀abcdefghij", 0, 12, claims) == [
        (0, 2, []), (2, 4, [0]), (4, 5, [0, 1]), (5, 8, [1]), (8, 12, []),
    ]


def test_paragraphs_and_claims_across_a_line_break(store, tmp_path):
    text = "الفقرة الأولى\nالفقرة الثانية"
    article, _ = store.add_article(title="t", text=text)
    store.add_annotation(article.id, 7, 20, "other")  # crosses the break
    html, parser = report(store, tmp_path)
    assert parser.marks == ["الأولى", "الفقرة"]
    assert sum(1 for t, _ in parser.tags if t == "p") >= 3  # header meta + two paragraphs


def test_the_qt_variant_uses_spans_and_breaks_pages_between_articles(store, tmp_path):
    from desktop.core.exchange.exporting import select
    from desktop.core.exchange.exporting.common import category_records
    from desktop.core.exchange.exporting.report_html import build_report

    for n in range(2):
        article, _ = store.add_article(title=f"مقال {n}", text=f"نص المقال {n} فيه 11% حصة")
        store.add_annotation(article.id, article.text.index("11%"), article.text.index("11%") + 3, "stake")
    html = build_report(select(store), category_records(store), for_qt=True)
    parser = Collector()
    parser.feed(html)
    assert "mark" not in {t for t, _ in parser.tags} and "<style>" not in html
    spans = [attrs["style"] for t, attrs in parser.tags if t == "span" and "background-color:#9ad77c" in attrs.get("style", "")]
    assert len(spans) == 3  # the two claims and the legend swatch
    assert html.count("page-break-before: always") == 1


def test_latin_runs_in_the_article_text_are_isolated_around_and_inside_claims(store, tmp_path):
    text = "جمعت الشركة 1.7 مليار يورو ($2 billion) لتطوير GPT-4o."
    article, _ = store.add_article(title="جولة", text=text)
    start = text.index("$2 billion")
    store.add_annotation(article.id, start, start + 10, "amount", value=2e9, unit="USD", kind="money")
    html, parser = report(store, tmp_path)
    assert "(\u2066<mark" in html and "billion</mark><sup class=\"ref\">1</sup>\u2069)" in html
    assert "\u2066GPT-4o\u2069." in html
    assert parser.marks == ["$2 billion"]  # the isolates stand between elements, never inside a claim
    assert "<bdi>\u2066$2 billion\u2069</bdi>" in html  # the claims table too
