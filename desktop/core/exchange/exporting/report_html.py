"""The review report: one self-contained right-to-left HTML page with each article's claims highlighted.

Nothing in the page refers to anything outside it: inline CSS, no scripts, no images, no web fonts
(only the reader's installed fonts are named). Every piece of article text, note, title and name is
HTML-escaped. Highlights are built from code-point offsets: the text is cut at every claim boundary
and paragraph break, and each piece is wrapped in one ``<mark>`` coloured by the first claim covering
it (pieces covered by two or more claims get the ``overlap`` class as well). ``for_qt=True`` writes
the same report in the subset of HTML that Qt's ``QTextDocument`` renders (``<span>`` with inline
styles instead of ``<mark>`` and classes), for the PDF.
"""

from __future__ import annotations

from html import escape
from collections.abc import Iterator
from typing import Sequence

from desktop.core.display import LRI, PDI, isolate_latin, isolation_points
from desktop.core.store.models import Annotation, utc_now
from desktop.core.exchange.exporting.common import ArticleClaims, claim_count, format_value

__all__ = ["STATUS_LABELS", "segments", "build_report", "write_report", "report_parts"]

STATUS_LABELS = {
    "unreviewed": "غير مراجَع",
    "confirmed": "مؤكَّد",
    "disputed": "متنازع عليه",
    "rejected": "مرفوض",
}
_LTR = "\u2066{}\u2069"  # left-to-right isolate: numbers, hashes, times keep their order in RTL lines
_FONTS = '"Noto Naskh Arabic", "Amiri", "Noto Sans Arabic", "Segoe UI", "Tahoma", serif'

_CSS = """
body { font-family: %(fonts)s; line-height: 1.9; margin: 2rem auto; max-width: 52rem; color: #1b1b1b; }
h1 { font-size: 1.5rem; margin-bottom: .2rem; } h2 { font-size: 1.25rem; margin-top: 2rem; }
.meta { color: #555; font-size: .85rem; }
.legend ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; }
.swatch { display: inline-block; width: 1.1em; height: 1.1em; vertical-align: middle; border: 1px solid #777; }
.text p { margin: 0 0 .9rem 0; text-align: justify; }
mark { padding: 0 .05em; border-radius: .15em; color: inherit; }
mark.overlap { outline: 2px dashed #333; }
sup.ref { font-size: .65em; color: #333; }
table.claims { border-collapse: collapse; width: 100%%; font-size: .9rem; margin-top: 1rem; }
table.claims th, table.claims td { border: 1px solid #bbb; padding: .25rem .45rem; vertical-align: top; }
table.claims th { background: #eee; }
.chart svg { max-width: 100%%; height: auto; }
td.value { white-space: nowrap; }
.status-confirmed { color: #1d6b1d; } .status-disputed { color: #a15c00; } .status-rejected { color: #a11; }
%(categories)s
@page { size: A4; margin: 16mm; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  mark, .swatch, table.claims th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  article + article { break-before: page; }
  table.claims tr { break-inside: avoid; }
  thead { display: table-header-group; }
}
"""


def segments(text: str, start: int, end: int, claims: Sequence[Annotation],
             extra_cuts: Sequence[int] = ()) -> list[tuple[int, int, list[int]]]:
    """Cut ``text[start:end]`` at claim boundaries (and ``extra_cuts``): (from, to, indices of claims covering it)."""
    cuts = {start, end, *(c for c in extra_cuts if start < c < end)}
    for a in claims:
        for cp in (a.start, a.end):
            if start < cp < end:
                cuts.add(cp)
    ordered = sorted(cuts)
    out = []
    for lo, hi in zip(ordered, ordered[1:]):
        covering = [n for n, a in enumerate(claims) if a.start < hi and a.end > lo]
        out.append((lo, hi, covering))
    return out


def _category_css(categories: list[dict]) -> str:
    rules = []
    for c in categories:
        rules.append(f".c-{c['name']} {{ background: {c['colour']}80; }}")
        rules.append(f".swatch.c-{c['name']} {{ background: {c['colour']}; }}")
    return "\n".join(rules)


def _mark(piece: str, covering: list[int], claims: Sequence[Annotation], colours: dict, for_qt: bool) -> str:
    if not covering:
        return escape(piece)
    first = claims[covering[0]]
    numbers = " ".join(f"#{n + 1}" for n in covering)
    title = escape(f"{numbers}: {first.category} {format_value(first.value, first.unit)}".strip())
    if for_qt:
        colour = colours.get(first.category, "#cccccc")
        underline = "text-decoration: underline;" if len(covering) > 1 else ""
        return f'<span style="background-color:{colour};{underline}">{escape(piece)}</span>'
    overlap = " overlap" if len(covering) > 1 else ""
    return f'<mark class="c-{escape(first.category)}{overlap}" title="{title}">{escape(piece)}</mark>'


def _article_text(text: str, claims: Sequence[Annotation], colours: dict, for_qt: bool) -> str:
    paragraphs, pos = [], 0
    ends: dict[int, list[int]] = {}
    for n, a in enumerate(claims):
        ends.setdefault(a.end, []).append(n + 1)
    for line in text.split("\n"):
        lo, hi = pos, pos + len(line)
        pos = hi + 1
        parts = []
        # Each Latin run («$2 billion», «GPT-4o») is wrapped in LRI … PDI so it reads as one unit in RTL text;
        # its ends also cut the claim pieces, so the isolate characters stand between elements, never inside one.
        points = [lo + p for p in isolation_points(line)]
        opening = set(points[0::2])
        for s, e, covering in segments(text, lo, hi, claims, extra_cuts=points):
            if s in opening:
                parts.append(LRI)
            elif s in points:
                parts.append(PDI)
            parts.append(_mark(text[s:e], covering, claims, colours, for_qt))
            for number in ends.get(e, []):
                parts.append(f'<sup class="ref">{number}</sup>')
        if points and points[-1] == hi:
            parts.append(PDI)
        if parts:
            paragraphs.append(f"<p>{''.join(parts)}</p>")
    return "\n".join(paragraphs)


def _claims_table(claims: Sequence[Annotation], labels: dict, for_qt: bool) -> str:
    border = ' border="1" cellspacing="0" cellpadding="4" width="100%"' if for_qt else ""
    head = "".join(
        f"<th>{h}</th>"
        for h in ("#", "الاقتباس", "الفئة", "القيمة", "الحالة", "ملاحظة", "المحلل", "الموضع")
    )
    rows = []
    for n, a in enumerate(claims, 1):
        value = escape(_LTR.format(format_value(a.value, a.unit))) if a.value is not None else ""
        rows.append(
            "<tr>"
            f"<td>{n}</td><td><bdi>{escape(isolate_latin(a.quote))}</bdi></td><td>{escape(labels.get(a.category, a.category))}</td>"
            f'<td class="value"><bdi dir="ltr">{value}</bdi></td>'
            f'<td class="status-{escape(a.status)}">{escape(STATUS_LABELS.get(a.status, a.status))}</td>'
            f"<td>{escape(a.note)}</td><td>{escape(a.author)}</td>"
            f'<td><bdi dir="ltr">{_LTR.format(f"{a.start}–{a.end}")}</bdi></td>'
            "</tr>"
        )
    if not rows:
        return '<p class="meta">لا توجد ادعاءات في هذا المقال. (No claims.)</p>'
    return f'<table class="claims"{border}><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


def _legend(categories: list[dict], for_qt: bool) -> str:
    items = []
    for c in categories:
        if for_qt:
            swatch = f'<span style="background-color:{c["colour"]};">&#160;&#160;&#160;&#160;</span>'
        else:
            swatch = f'<span class="swatch c-{escape(c["name"])}"></span>'
        items.append(f"<li>{swatch} {escape(c['label_ar'])} ({escape(c['label_en'])})</li>")
    return f'<section class="legend"><h2>مفتاح الألوان</h2><ul>{"".join(items)}</ul></section>'


def build_report(
    selection: list[ArticleClaims], categories: list[dict], *, for_qt: bool = False, generated: str | None = None,
    tail: str = "",
) -> str:
    """The whole report as one HTML document (a string); ``tail`` (the per-subject section) ends the body."""
    return "\n".join(report_parts(selection, categories, for_qt=for_qt, generated=generated, tail=tail)) + "\n"


def write_report(selection, categories: list[dict], path, *, generated: str | None = None, tail: str = "") -> int:
    """Write the report to ``path`` article by article (memory does not grow with the library); returns the
    number of claims. The file equals :func:`build_report`'s string."""
    with open(path, "w", encoding="utf-8", newline="") as fh:
        for part in report_parts(selection, categories, generated=generated, tail=tail):
            fh.write(part + "\n")
    return claim_count(selection)


def report_parts(selection, categories: list[dict], *, for_qt: bool = False,
                 generated: str | None = None, tail: str = "") -> Iterator[str]:
    """The report's pieces in order, one article's at a time (joined by newlines they make the document)."""
    colours = {c["name"]: c["colour"] for c in categories}
    labels = {c["name"]: c["label_ar"] for c in categories}
    total = claim_count(selection)
    when = generated or utc_now()
    css = "" if for_qt else _CSS % {"fonts": _FONTS, "categories": _category_css(categories)}
    head = [
        "<!DOCTYPE html>",
        '<html lang="ar" dir="rtl">',
        '<head><meta charset="utf-8">',
        f"<title>تقرير هامش: {len(selection)} مقال، {total} ادعاء</title>",
        f"<style>{css}</style>" if css else "",
        "</head>",
        '<body dir="rtl">',
        "<header><h1>تقرير مراجعة الادعاءات — هامش</h1>",
        f'<p class="meta">{escape(_LTR.format(when))} · {len(selection)} مقال · {total} ادعاء</p></header>',
        _legend(categories, for_qt),
    ]
    yield from (p for p in head if p)
    for n, item in enumerate(selection):
        art = item.article
        source = art.source_url or art.source
        if for_qt:  # Qt knows no <article>; a page break starts each article after the first
            brk = ' style="page-break-before: always"' if n else ""
            yield f'<div id="article-{art.id}" dir="rtl"{brk}>'
        else:
            yield f'<article id="article-{art.id}" dir="rtl">'
        yield f"<h2>{escape(art.title)}</h2>"
        meta = " · ".join(x for x in (escape(_LTR.format(source)) if source else "", escape(_LTR.format(art.content_hash[:19] + "…"))) if x)
        yield f'<p class="meta">{meta}</p>'
        yield f'<div class="text" dir="rtl">{_article_text(art.text, item.claims, colours, for_qt)}</div>'
        yield _claims_table(item.claims, labels, for_qt)
        yield "</div>" if for_qt else "</article>"
    if tail:
        yield tail
    yield "</body></html>"
