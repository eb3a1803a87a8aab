"""The report's per-subject section: our own SVG timeline chart and the contradictions table (no Qt)."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from desktop.core.compare import figures
from desktop.core.exchange.exporting import export
from desktop.core.exchange.exporting.report_subjects import SHAPES, subject_overview, subject_sections, timeline_svg
from desktop.core.store.errors import StoreError
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
    export(store, "html", tmp_path / "report.html", subject_choice="all")
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    section = html[html.index('<section class="subjects"'):html.index("</section>", html.index('class="subjects"'))]
    assert section.count("<svg") == len({(p.subject, p.category) for p in figures.points(store)})
    assert "left-out" not in section
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


def _charted(html: str) -> set[str]:
    return {h.split(">", 1)[1].split("</h3>")[0] for h in html.split("<h3")[1:]}


def test_by_default_only_subjects_with_a_contradiction_or_several_sources_are_charted(store):
    build(store)
    html, charts = subject_sections(store)
    # «أرامكو — stake» and «طلبات — valuation» have one claim from one source and no contradiction
    assert _charted(html) == {"أرامكو — amount", "طلبات — users", "ميسترال — valuation"} and len(charts) == 3
    assert 'data-charts="2" data-subjects="0"' in html and "--subject NAME" in html and "--subjects all" in html
    html, charts = subject_sections(store, limit=1)  # the cap keeps the ones with most contradictions, then sources
    assert len(charts) == 1 and 'data-charts="4" data-subjects="2"' in html
    assert _charted(html) <= {"أرامكو — amount", "طلبات — users"}


def test_subjects_named_or_chosen_by_contradictions_are_the_ones_charted(store, tmp_path):
    build(store)
    html, _ = subject_sections(store, subjects=["Talabat"])  # any of its names
    assert _charted(html) == {"طلبات — users", "طلبات — valuation"}
    html, _ = subject_sections(store, choice="contradictions")
    assert _charted(html) == {"أرامكو — amount", "طلبات — users"}
    with pytest.raises(StoreError, match="no subject named 'Nokia'"):
        subject_sections(store, subjects=["Nokia"])
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(StoreError, match="html and pdf"):
        export(store, "csv", out / "x.csv", subjects=["طلبات"])
    with pytest.raises(StoreError, match="no subject named"):
        export(store, "html", out / "x.html", subjects=["Nokia"])
    assert not list(out.iterdir())  # nothing written


def test_the_overview_lists_each_subject_with_its_counts(store):
    build(store)
    overview = {s.name: s for s in subject_overview(store)}
    assert set(overview) == {"أرامكو", "طلبات", "ميسترال"}
    assert (overview["طلبات"].claims, overview["طلبات"].contradictions) == (5, 1)
    assert overview["ميسترال"].contradictions == 0
