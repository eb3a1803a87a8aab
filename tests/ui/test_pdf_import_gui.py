"""Importing PDFs in the app: an encrypted one asks for its password; a scan is read by OCR in the worker."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from desktop.core.importing.pdf.ocr import tesseract_missing
from desktop.core.importing.pdf.stored import OCR_NOTE, load_pdf
from desktop.ui.library.import_worker import ImportRun, ImportThread

DATA = Path(__file__).resolve().parents[1] / "data" / "pdf"


def test_an_encrypted_pdf_asks_for_its_password(qtbot, store, make_window, settings) -> None:
    settings.suggest_on_import = False
    window = make_window(store)
    with qtbot.waitSignal(window.import_files([str(DATA / "encrypted.pdf")]).finished, timeout=60_000):
        pass
    dialog = window.findChild(QInputDialog, "pdfPassword")
    assert dialog is not None and dialog.isVisible()
    assert "encrypted.pdf" in dialog.labelText()
    assert store.articles() == []
    dialog.setTextValue("wrong")
    dialog.accept()
    qtbot.waitUntil(lambda: window.import_run is None and len(window.findChildren(QInputDialog, "pdfPassword")) == 2,
                    timeout=60_000)
    retry = [d for d in window.findChildren(QInputDialog, "pdfPassword") if d.isVisible()][-1]
    assert "wrong" in retry.labelText()
    retry.setTextValue((DATA / "encrypted.password").read_text(encoding="utf-8").strip())
    retry.accept()
    qtbot.waitUntil(lambda: window.import_run is None and len(store.articles()) == 1, timeout=60_000)
    article_id = store.articles()[0].id
    assert load_pdf(store, article_id) is not None
    assert window.page_pane.bar.isVisibleTo(window)


def test_ocr_runs_in_the_worker_with_progress_and_flags_claims(qtbot, store) -> None:
    if tesseract_missing():
        import os

        import pytest
        if os.environ.get("CI") == "true":
            pytest.fail(tesseract_missing())
        pytest.skip(f"{tesseract_missing()} (Debian: tesseract-ocr tesseract-ocr-ara)")
    run = ImportRun(store, [str(DATA / "scan.pdf")], suggest=True)
    pages = []
    run.thread.ocrProgress.connect(lambda path, done, total: pages.append((done, total)))
    with qtbot.waitSignal(run.finished, timeout=120_000) as blocker:
        run.start()
    run.wait()
    outcome = blocker.args[0]
    assert outcome.failures == [] and pages[0] == (0, 1) and pages[-1] == (1, 1)
    [(article_id, _, _)] = outcome.added
    assert outcome.reports[0][1]["ocr_pages"] == [1]
    assert "pages read by OCR: \u20681\u2069" in outcome.summary()
    claims = store.annotations(article_id)
    assert claims and all(OCR_NOTE in c.note and c.status == "unreviewed" for c in claims)


def test_cancelling_stops_ocr_and_imports_nothing(qtbot, store) -> None:
    if tesseract_missing():
        import pytest
        pytest.skip(tesseract_missing())
    thread = ImportThread([str(DATA / "scan.pdf")])
    failed = []
    thread.failed.connect(lambda path, reason: failed.append(reason))
    # direct: the request is made in the worker, between its progress report and the page's OCR
    thread.ocrProgress.connect(lambda *_: thread.requestInterruption(), Qt.ConnectionType.DirectConnection)
    with qtbot.waitSignal(thread.finished, timeout=60_000):
        thread.start()
    thread.wait()
    assert failed == ["OCR was cancelled; nothing was imported"]
