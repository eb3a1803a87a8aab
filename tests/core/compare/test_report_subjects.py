"""The report's per-subject section: our own SVG timeline chart and the contradictions table (no Qt)."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from desktop.core.compare import figures
from desktop.core.exchange.exporting import export
from desktop.core.exchange.exporting.report_subjects import SHAPES, subject_sections, timeline_svg
from tests.core.compare.library import build

SVG = "{http://www.w3.org/2000/svg}"


def _markers(svg: str):
    root = ET.fromstring(svg)
    return root, [e for e in root.iter() if e.get("class") == "marker"]


def test_the_chart_has_one_marker_per_claim_placed_by_date_and_value(store):
    build(store)
    points = figures.compare(store, "طلبات", "users")
    root, markers = _markers(timeline_svg(points, "طلبات — users"))
    assert root.tag == f"{SVG}svg"
    assert sorted(m.get("data-claim") for m in markers) == sorted(p.uuid for p in points)
    by_uuid = {p.uuid: p for p in points}
    placed = [(by_uuid[m.get("data-claim")], float(m.get("data-x")), float(m.get("data-y"))) for m in markers]
    for (p, x, y), (q, x2, y2) in zip(placed, placed[1:]):
        assert p.published <= q.published and x <= x2  # later is further right
    for p, x, y in placed:
        for q, x2, y2 in placed:
            if p.compared < q.compared:
                assert y > y2  # larger values are higher up (SVG y grows downwards)
    texts = [t for t in root.iter(f"{SVG}text") if any("\u0600" <= ch <= "\u06ff" for ch in t.text or "")]
    assert texts and all(t.get("direction") == "rtl" for t in texts)


def test_each_source_has_its_shape_and_each_status_its_style(store):
    build(store)
    points = figures.compare(store, "طلبات", "users")
    _, markers = _markers(timeline_svg(points, "x"))
    by_uuid = {p.uuid: p for p in points}
    shape_of_source, style_of_status = {}, {}
    for m in markers:
        p = by_uuid[m.get("data-claim")]
        shape = m.tag.removeprefix(SVG) + (m.get("points", "").count(" ") and f"/{m.get('points').count(' ')}" or "")
        assert shape_of_source.setdefault(p.source, shape) == shape
        style = (m.get("fill"), m.get("stroke"), m.get("stroke-dasharray"))
        assert style_of_status.setdefault(p.status, style) == style
    assert len(set(shape_of_source.values())) == min(len(shape_of_source), len(SHAPES))
    assert len(set(style_of_status.values())) == len(style_of_status) >= 2


def test_the_html_report_holds_a_chart_and_exactly_the_planted_contradictions(store, tmp_path):
    build(store)
    export(store, "html", tmp_path / "report.html")
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    section = html[html.index('<section class="subjects"'):html.index("</section>", html.index('class="subjects"'))]
    assert section.count("<svg") == len({(p.subject, p.category) for p in figures.points(store)})
    pairs = {part.split('"')[0] for part in section.split('data-pair="')[1:]}
    assert pairs == {c.key for c in figures.contradictions(store)} and len(pairs) == 2
    for chart in section.split("<svg")[1:]:
        ET.fromstring("<svg" + chart.split("</svg>")[0] + "</svg>")  # each chart is well-formed XML


def test_a_resolution_shows_in_the_table(store):
    build(store)
    c = figures.contradictions(store)[0]
    figures.resolve(store, c.a.uuid, c.b.uuid, "مصدران يقيسان شيئين مختلفين")
    html, charts = subject_sections(store, for_qt=True)
    assert "مصدران يقيسان شيئين مختلفين" in html and "غير محلول" in html
    assert "<svg" not in html and len(charts) == html.count("hamish-chart-")
