"""Importing files: the worker thread parses, the GUI thread writes the store, the report lists results and errors."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from desktop.ui.library.import_worker import ImportRun, ImportThread

from ..conftest import SEED_TITLE


def test_thread_only_parses_and_reports_progress(qtbot, seed_path, tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    thread = ImportThread([str(seed_path), str(bad), str(tmp_path / "missing.html")])
    got, failed, progress = [], [], []
    thread.imported.connect(lambda path, doc: got.append((path, doc.title)))
    thread.failed.connect(lambda path, reason: failed.append((Path(path).name, reason)))
    thread.progress.connect(lambda done, total: progress.append((done, total)))
    with qtbot.waitSignal(thread.finished, timeout=20_000):
        thread.start()
    thread.wait()
    assert got == [(str(seed_path), SEED_TITLE)]
    assert failed == [("empty.txt", "is empty (0 bytes)"), ("missing.html", "file not found")]
    assert progress == [(0, 3), (1, 3), (2, 3), (3, 3)]


def test_store_is_written_on_the_gui_thread_with_suggestions(qtbot, store, seed_path):
    writer_threads = []
    original = store.add_document

    def add_document(doc):
        writer_threads.append(threading.current_thread())
        return original(doc)

    store.add_document = add_document
    run = ImportRun(store, [str(seed_path)], suggest=True)
    with qtbot.waitSignal(run.finished, timeout=20_000) as blocker:
        run.start()
    run.wait()
    outcome = blocker.args[0]
    assert writer_threads == [threading.main_thread()]
    [(article_id, title, new)] = outcome.added
    assert (title, new) == (SEED_TITLE, True)
    claims = store.annotations(article_id)
    assert outcome.suggested == len(claims) > 0
    assert all(c.origin == "suggested" and c.status == "unreviewed" for c in claims)
    assert "1.7 مليار يورو" in {c.quote for c in claims}


def test_window_import_shows_progress_report_and_errors(qtbot, store, make_window, seed_path, tmp_path, settings):
    settings.suggest_on_import = False
    bad = tmp_path / "notes.pdf"
    bad.write_bytes(b"%PDF-1.4")
    window = make_window(store)
    run = window.import_files([str(seed_path), str(bad)])
    assert run is not None and window.progress.isVisible()
    assert window.import_files([str(seed_path)]) is None  # one import at a time
    qtbot.waitUntil(lambda: window.import_run is None, timeout=20_000)
    assert not window.progress.isVisible()
    outcome = window.last_outcome
    assert len(outcome.added) == 1 and outcome.suggested == 0
    assert store.annotations(outcome.added[0][0]) == []  # suggestions were turned off
    report = window.findChild(QMessageBox, "importReport")
    assert report is not None and report.isVisible()
    assert "notes.pdf" in report.text() and "is damaged" in report.text()
    assert window.article_id == outcome.added[0][0]
    assert window.library.article_ids() == [outcome.added[0][0]]
    report.close()
