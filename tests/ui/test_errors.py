"""An unexpected error in the running app is logged beside the store and shown in one message."""

from __future__ import annotations

import sys

from desktop.ui.errors import error_log_path, install_error_handler, report_error


def test_report_writes_the_traceback_and_shows_one_sentence(qapp, tmp_path):
    log = tmp_path / "hamish-errors.log"
    shown = []
    try:
        raise ValueError("bad value in a slot")
    except ValueError as exc:
        report_error(log, ValueError, exc, exc.__traceback__, shown.append)
    text = log.read_text(encoding="utf-8")
    assert "Traceback" in text and "bad value in a slot" in text and "test_errors.py" in text
    (message,) = shown
    assert "ValueError: bad value in a slot" in message and str(log) in message
    assert "may not have been saved" in message and "Every change you made is already saved" not in message
    assert "Traceback" not in message


def test_the_handler_replaces_the_excepthook(qapp, tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_error_handler(tmp_path / "store.db")
    assert sys.excepthook is not sys.__excepthook__
    assert error_log_path(tmp_path / "store.db") == tmp_path.resolve() / "hamish-errors.log"
