"""The PDF report's per-subject charts are vector drawings (QtSvg paths), never raster images."""

from __future__ import annotations

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from desktop.core.compare import figures
from desktop.ui.exchange.pdf_report import write_pdf
from tests.core.compare.library import build


def test_the_pdf_draws_each_chart_as_paths_and_holds_no_image(qapp, store, tmp_path):
    build(store)
    write_pdf(store, tmp_path / "report.pdf")
    pdf = pdfium.PdfDocument(str(tmp_path / "report.pdf"))
    images = paths_on_chart_pages = 0
    chart_pages = 0
    for page in pdf:
        kinds = [obj.type for obj in page.get_objects(max_depth=8)]
        images += kinds.count(pdfium_c.FPDF_PAGEOBJ_IMAGE)
        text = page.get_textpage().get_text_range()
        if "تاريخ النشر" in text:  # a chart's axis label: this page holds a chart
            chart_pages += 1
            paths_on_chart_pages += kinds.count(pdfium_c.FPDF_PAGEOBJ_PATH)
    points = figures.points(store)
    assert images == 0
    assert chart_pages >= 1
    assert paths_on_chart_pages >= len(points) // 2  # markers, axes and legend shapes are paths
