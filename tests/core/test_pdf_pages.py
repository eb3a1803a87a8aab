"""Long PDFs are read by forked worker processes, page for page the same as one process reads them."""

from __future__ import annotations

import io
import json
import multiprocessing
import os
import subprocess
import sys
from pathlib import Path

import pypdfium2 as pdfium

from desktop.core.importing.pdf import pages

DATA = Path(__file__).resolve().parents[1] / "data" / "pdf"
ROOT = Path(__file__).resolve().parents[2]

_COMPARE = r"""
import json, sys
from desktop.core.importing import import_bytes
from desktop.core.importing.pdf import pages
data = open(sys.argv[1], "rb").read()
workers = pages.workers_for(30)
parallel = import_bytes(data, "long.pdf")
pages.PARALLEL_MIN_PAGES = 10 ** 9
serial = import_bytes(data, "long.pdf")
print(json.dumps({"workers": workers, "same_text": parallel.text == serial.text,
                  "same_glyphs": parallel.glyphs == serial.glyphs, "length": len(serial.text),
                  "removed": [r.reason for r in parallel.removed] == [r.reason for r in serial.removed]}))
"""


def _long_pdf(path: Path, copies: int) -> None:
    source = pdfium.PdfDocument(DATA / "arabic_two_columns.pdf")
    long = pdfium.PdfDocument.new()
    for _ in range(copies):
        long.import_pages(source)
    long.save(path)


def test_worker_processes_read_the_same_text_and_glyphs_as_one_process(tmp_path: Path) -> None:
    path = tmp_path / "long.pdf"
    _long_pdf(path, 15)  # 30 pages
    done = subprocess.run([sys.executable, "-c", _COMPARE, str(path)], capture_output=True, text=True, cwd=ROOT,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    assert result["workers"] == min(cores, 2)  # 30 pages: two ranges of 15 where there are two cores
    assert result["same_text"] and result["same_glyphs"] and result["removed"]
    assert result["length"] > 10_000


def test_no_worker_processes_beside_a_qt_application_or_for_short_files(qapp) -> None:
    assert pages.workers_for(500) == 1  # forking a process that runs Qt is not safe
    assert pages.workers_for(pages.PARALLEL_MIN_PAGES - 1) == 1


def test_page_ranges_cover_every_page_once_in_order() -> None:
    for count in (24, 25, 31, 100):
        for workers in (2, 3, 4):
            ranges = pages._ranges(list(range(count)), workers)
            covered = [i for start, stop in ranges for i in range(start, stop)]
            assert covered == list(range(count)) and len(ranges) <= workers


def test_a_one_page_file_loses_its_running_header_but_keeps_its_title() -> None:
    from desktop.core.importing import import_bytes
    for name in ("arabic_two_columns.pdf", "chromium_two_columns.pdf", "libreoffice_two_columns.pdf",
                 "arabic_one_column_sans.pdf"):
        source = pdfium.PdfDocument(DATA / name)
        one = pdfium.PdfDocument.new()
        one.import_pages(source, [0])
        buffer = io.BytesIO()
        one.save(buffer)
        doc = import_bytes(buffer.getvalue(), "one.pdf")
        assert ("running header", "نشرة هامش الاقتصادية") in {(r.reason, r.text) for r in doc.removed}, name
        assert "نشرة هامش" not in doc.text, name
        assert doc.text.startswith("تقرير الربع الثالث"), name  # the title, set larger, stays


def _workers_in_a_pool_worker(_: int) -> int:
    return pages.workers_for(500)


def test_a_batch_import_worker_reads_its_pages_itself() -> None:
    from concurrent.futures import ProcessPoolExecutor
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("forkserver")) as pool:
        assert list(pool.map(_workers_in_a_pool_worker, [0])) == [1]  # no pool of pools
