"""The report's per-subject section: each subject's timeline chart (our own SVG) and its contradictions table.

The chart plots every comparable point of one subject and category (desktop.core.compare.figures): the value in
the display currency (or the count/percentage unit) against the publication date, one marker shape per source,
the review status drawn distinctly (confirmed filled, disputed dashed and orange, unreviewed hollow). It is plain
SVG 1.1 with presentation attributes only (no CSS, no scripts, no fonts fetched), so a browser shows it inline in
the HTML report and QtSvg draws the same file as vector paths into the PDF. Arabic labels carry
``direction="rtl"``. The table lists the subject's contradictions with their sources, values, dates and the
analyst's resolution.

Which subjects get a chart: the ones named (``subjects``), or by ``choice``: ``suggested`` (the default: each
subject and category with a contradiction or with claims from at least two sources, most contradictions first,
at most :data:`DEFAULT_CHARTS` charts), ``contradictions`` (only those with a contradiction) or ``all``. A line
under the section's title says how many subjects and charts were left out and how to include them.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from html import escape

from desktop.core.compare import figures
from desktop.core.exchange.exporting.common import format_value
from desktop.core.store.errors import StoreError

__all__ = ["timeline_svg", "subject_sections", "subject_overview", "SubjectSummary", "CHART_MARKER", "SHAPES",
           "CHOICES", "DEFAULT_CHARTS"]

CHOICES = ("suggested", "contradictions", "all")
DEFAULT_CHARTS = 24  # charts in a report when no subject is named: a whole library has hundreds

CHART_MARKER = "\u2063hamish-chart-{}\u2063"  # where the PDF puts chart N (invisible separators around it)
SHAPES = ("circle", "square", "triangle", "diamond", "star")
_STATUS_STYLE = {  # (fill, stroke, dash)
    "confirmed": ("#1d6b1d", "#1d6b1d", ""),
    "disputed": ("#ffffff", "#c06000", "3,2"),
    "unreviewed": ("#ffffff", "#2b4f8a", ""),
}
_STATUS_AR = {"confirmed": "مؤكَّد", "disputed": "متنازع عليه", "unreviewed": "غير مراجَع"}
W, H, LEFT, RIGHT, TOP, BOTTOM = 640, 300, 70, 150, 40, 50
_LTR = "\u2066{}\u2069"


def _short(value: float, unit: str) -> str:
    """A compact axis label: 31 bn USD, 6 m users."""
    for size, suffix in ((1e12, " tn"), (1e9, " bn"), (1e6, " m"), (1e3, " k")):
        if abs(value) >= size:
            return f"{value / size:.3g}{suffix} {unit}".strip()
    return f"{value:.3g} {unit}".strip()


def _num(x: float) -> str:
    return f"{x:.1f}"


def _marker(shape: str, x: float, y: float, fill: str, stroke: str, dash: str, uuid: str) -> str:
    r = 6.0
    common = (f'fill="{fill}" stroke="{stroke}" stroke-width="1.8"' + (f' stroke-dasharray="{dash}"' if dash else "")
              + f' data-claim="{escape(uuid)}" data-x="{_num(x)}" data-y="{_num(y)}" class="marker"')
    if shape == "circle":
        return f'<circle cx="{_num(x)}" cy="{_num(y)}" r="{r}" {common}/>'
    if shape == "square":
        return f'<rect x="{_num(x - r)}" y="{_num(y - r)}" width="{2 * r}" height="{2 * r}" {common}/>'
    if shape == "triangle":
        pts = [(x, y - r), (x + r, y + r), (x - r, y + r)]
    elif shape == "diamond":
        pts = [(x, y - r), (x + r, y), (x, y + r), (x - r, y)]
    else:
        pts = [(x, y - r), (x + 2, y - 2), (x + r, y), (x + 2, y + 2), (x, y + r), (x - 2, y + 2), (x - r, y),
               (x - 2, y - 2)]
    return f'<polygon points="{" ".join(f"{_num(a)},{_num(b)}" for a, b in pts)}" {common}/>'


def _text(x: float, y: float, label: str, *, size: int = 11, anchor: str = "start", rtl: bool = True) -> str:
    direction = ' direction="rtl" dir="rtl"' if rtl else ""
    return (f'<text x="{_num(x)}" y="{_num(y)}" font-size="{size}" font-family="Noto Naskh Arabic, Amiri, '
            f'DejaVu Sans, sans-serif" text-anchor="{anchor}" fill="#222"{direction}>{escape(label)}</text>')


def timeline_svg(points: list, title: str) -> str:
    """An SVG chart of ``points`` (figures.Point with a comparable value): value against publication date."""
    pts = [p for p in points if p.compared is not None]
    days = [_dt.date.fromisoformat(p.published[:10]).toordinal() for p in pts]
    d0, d1 = (min(days), max(days)) if days else (0, 1)
    if d1 == d0:
        d0, d1 = d0 - 1, d1 + 1
    values = [p.compared for p in pts]
    v0, v1 = min([0.0, *values]), max([1.0, *values]) if values else 1.0
    if v1 == v0:
        v1 = v0 + 1
    plot_w, plot_h = W - LEFT - RIGHT, H - TOP - BOTTOM

    def xy(day: int, value: float) -> tuple[float, float]:
        return LEFT + (day - d0) / (d1 - d0) * plot_w, TOP + plot_h - (value - v0) / (v1 - v0) * plot_h

    sources = sorted({p.source for p in pts})
    shape_of = {s: SHAPES[i % len(SHAPES)] for i, s in enumerate(sources)}
    unit = pts[0].compared_unit if pts else ""
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="{W}" height="{H}" '
           f'viewBox="0 0 {W} {H}" role="img">',
           f'<rect x="0" y="0" width="{W}" height="{H}" fill="#ffffff" stroke="none"/>',
           _text(W - 10, 22, title, size=13, anchor="end"),
           f'<line x1="{LEFT}" y1="{TOP + plot_h}" x2="{LEFT + plot_w}" y2="{TOP + plot_h}" stroke="#555"/>',
           f'<line x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{TOP + plot_h}" stroke="#555"/>',
           _text(LEFT - 4, TOP + 4, _short(v1, unit), size=9, anchor="end", rtl=False),
           _text(LEFT - 4, TOP + plot_h, _short(v0, unit), size=9, anchor="end", rtl=False)]
    if days:
        out.append(_text(LEFT, H - 28, _dt.date.fromordinal(min(days)).isoformat(), size=9, rtl=False))
        out.append(_text(LEFT + plot_w, H - 28, _dt.date.fromordinal(max(days)).isoformat(), size=9,
                         anchor="end", rtl=False))
    out.append(_text(LEFT + plot_w / 2, H - 10, "تاريخ النشر", size=10, anchor="middle"))
    for p, day in sorted(zip(pts, days), key=lambda pd: (pd[1], pd[0].uuid)):
        x, y = xy(day, p.compared)
        fill, stroke, dash = _STATUS_STYLE.get(p.status, _STATUS_STYLE["unreviewed"])
        out.append(_marker(shape_of[p.source], x, y, fill, stroke, dash, p.uuid))
    ly = TOP + 6
    for s in sources:  # legend: one shape per source
        out.append(_marker(shape_of[s], W - 16, ly, "#888888", "#444444", "", "").replace(' class="marker"',
                                                                                          ' class="legend"'))
        out.append(_text(W - 28, ly + 4, s, size=10, anchor="end"))
        ly += 20
    for status, (fill, stroke, dash) in _STATUS_STYLE.items():
        out.append(_marker("circle", W - 16, ly, fill, stroke, dash, "").replace(' class="marker"', ' class="legend"'))
        out.append(_text(W - 28, ly + 4, _STATUS_AR[status], size=10, anchor="end"))
        ly += 20
    out.append("</svg>")
    return "".join(out)


def _table(found: list, for_qt: bool) -> str:
    if not found:
        return '<p class="meta">لا تناقضات في هذه الفئة.</p>'
    border = ' border="1" cellpadding="3"' if for_qt else ' class="claims"'
    rows = ["<tr><th>المصدران</th><th>القيمتان</th><th>التاريخان</th><th>الفرق</th><th>الحل</th></tr>"]
    for c in found:
        a, b = c.a, c.b
        values = " / ".join(escape(_LTR.format(format_value(p.value, p.unit))) for p in (a, b))
        dates = " / ".join(escape(_LTR.format(p.published)) for p in (a, b))
        resolution = escape(c.note) if c.resolved else "غير محلول"
        rows.append(f'<tr class="contradiction" data-pair="{escape(c.key)}"><td>{escape(a.source)} / '
                    f"{escape(b.source)}</td><td>{values}</td><td>{dates}</td>"
                    f"<td>{escape(_LTR.format(f'{c.difference:.0%}'))}</td><td>{resolution}</td></tr>")
    return f"<table{border}>{''.join(rows)}</table>"


@dataclass(frozen=True)
class SubjectSummary:
    """One subject of a report's selection: its claims with a value, their sources and its contradictions."""

    name: str
    claims: int
    sources: int
    contradictions: int


def _groups(store, article_ids, category):
    """(subject, category) → points, and → contradictions, for the claims in ``article_ids`` (all when None)."""
    chosen = None if article_ids is None else set(article_ids)
    groups: dict[tuple[str, str], list] = {}
    for p in figures.points(store):
        if category is None or p.category == category:
            groups.setdefault((p.subject, p.category), []).append(p)
    groups = {k: v for k, v in groups.items() if chosen is None or any(p.article in chosen for p in v)}
    found: dict[tuple[str, str], list] = {}
    if groups:
        for c in figures.contradictions(store):
            if (c.a.subject, c.a.category) in groups:
                found.setdefault((c.a.subject, c.a.category), []).append(c)
    return groups, found


def subject_overview(store, article_ids: list[int] | None = None, *,
                     category: str | None = None) -> list[SubjectSummary]:
    """Every subject a report of these claims could chart, most contradictions first (for choosing them)."""
    groups, found = _groups(store, article_ids, category)
    by_subject: dict[str, list] = {}
    for (subject, _cat), pts in groups.items():
        by_subject.setdefault(subject, []).extend(pts)
    out = [SubjectSummary(name, len(pts), len({p.source for p in pts}),
                          sum(len(v) for (s, _), v in found.items() if s == name))
           for name, pts in by_subject.items()]
    return sorted(out, key=lambda x: (-x.contradictions, -x.sources, -x.claims, x.name))


def _chosen(store, groups, found, subjects, choice, limit) -> list[tuple[str, str]]:
    if subjects:
        names = set()
        for name in subjects:
            subject = store.subject(name)
            if subject is None:
                raise StoreError(f"no subject named {name!r} (see `hamish subjects`)")
            names.add(subject.name)
        return [k for k in groups if k[0] in names]
    if choice not in CHOICES:
        raise StoreError(f"unknown subject choice {choice!r} (use one of {', '.join(CHOICES)})")
    if choice == "all":
        return list(groups)
    if choice == "contradictions":
        return [k for k in groups if k in found]
    ranked = sorted((k for k in groups if k in found or len({p.source for p in groups[k]}) >= 2),
                    key=lambda k: (-len(found.get(k, ())), -len({p.source for p in groups[k]}), -len(groups[k]), k))
    return ranked[:limit]


def _left_out(groups, kept) -> str:
    """The line saying what the section leaves out and how to include it (empty when nothing is left out)."""
    charts = len(groups) - len(kept)
    if not charts:
        return ""
    subjects = len({s for s, _ in groups} - {s for s, _ in kept})
    return (f'<p class="meta left-out" data-charts="{charts}" data-subjects="{subjects}">'
            f"لم يُدرج هنا {_LTR.format(charts)} من الرسوم ({_LTR.format(subjects)} من الموضوعات بلا رسم). "
            f"لإدراجها اختر الموضوعات في نافذة التصدير، أو صدِّر بـ "
            f"{_LTR.format('--subject NAME')} (مرة لكل موضوع) أو {_LTR.format('--subjects all')}.</p>")


def subject_sections(store, article_ids: list[int] | None = None, *, category: str | None = None,
                     for_qt: bool = False, subjects: list[str] | None = None, choice: str = "suggested",
                     limit: int = DEFAULT_CHARTS) -> tuple[str, list[str]]:
    """(the HTML of the per-subject section, the chart SVGs in order) for the subjects of the claims in
    ``article_ids`` (every article when None): those named in ``subjects`` (any of their names), else by ``choice``
    (see the module's docstring). In ``for_qt`` HTML each chart is a marker paragraph (:data:`CHART_MARKER`) that
    the PDF replaces with the vector drawing of the SVG."""
    groups, found = _groups(store, article_ids, category)
    kept = _chosen(store, groups, found, subjects, choice, limit)  # an unknown name is refused even so
    if not groups:
        return "", []
    parts = ['<section class="subjects" dir="rtl"><h2>الموضوعات: الرقم عبر المصادر</h2>', _left_out(groups, kept)]
    charts = []
    for subject, cat in sorted(kept):
        pts = groups[subject, cat]
        title = f"{subject} — {cat}"
        svg = timeline_svg(pts, title)
        parts.append(f'<h3 dir="rtl">{escape(title)}</h3>')
        inline = svg.replace(' xmlns="http://www.w3.org/2000/svg"', "", 1)  # HTML puts <svg> in its namespace
        parts.append(f"<p>{CHART_MARKER.format(len(charts))}</p>" if for_qt else f'<div class="chart">{inline}</div>')
        charts.append(svg)
        parts.append(_table(found.get((subject, cat), []), for_qt))
    parts.append("</section>")
    return "\n".join(p for p in parts if p), charts
