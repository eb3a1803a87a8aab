"""OCR of a scanned PDF page with Tesseract: progress, cancel, OCR'd pages reported, text close to the truth."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop.core.importing import ImportFailure, import_file
from desktop.core.importing.pdf.ocr import make_ocr, tesseract_missing
from tests.metrics import character_error_rate as _cer

DATA = Path(__file__).resolve().parents[1] / "data" / "pdf"
MISSING = tesseract_missing()
if MISSING and os.environ.get("CI") != "true":
    pytest.skip(f"{MISSING} (Debian: tesseract-ocr tesseract-ocr-ara)", allow_module_level=True)



def test_a_scanned_page_is_read_by_ocr_with_progress() -> None:
    assert not MISSING, MISSING
    seen: list[tuple[int, int]] = []
    doc = import_file(DATA / "scan.pdf", ocr=make_ocr(progress=lambda done, total: seen.append((done, total))))
    assert doc.ocr_pages == (1,)
    assert doc.report()["ocr_pages"] == [1]
    assert seen[0] == (0, 1) and seen[-1] == (1, 1)
    truth = (DATA / "scan.txt").read_text(encoding="utf-8")
    assert _cer(doc.text, truth) < 0.15
    assert "1.7" in doc.text


def test_cancelling_ocr_imports_nothing() -> None:
    assert not MISSING, MISSING
    with pytest.raises(ImportFailure) as caught:
        import_file(DATA / "scan.pdf", ocr=make_ocr(cancelled=lambda: True))
    assert caught.value.reason == "OCR was cancelled; nothing was imported"
