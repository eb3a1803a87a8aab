"""``hamish export --progress-json``: an export run for the window in a process of its own, talking in JSON lines.

The window starts this command (``desktop.ui.exchange.export_run``) so that the export's Python work never holds
the window's interpreter lock. Standard output carries one JSON object a line: ``{"progress": [done, total]}``
when the whole percentage done changes (at most 101 lines, whatever the size), then ``{"result": {...}}`` (exit 0) or ``{"cancelled": true}`` (exit 3); an
error is the usual one line on standard error (exit 1). A line ``cancel`` on standard input, or standard input
closing (the window went away), stops the export at its next step, and :func:`export` leaves no file.
"""

from __future__ import annotations

import argparse
import json
import sys
import threading

from desktop.core.exchange.exporting import ExportCancelled, export
from desktop.core.store.database import Store

__all__ = ["export_for_window", "CANCELLED_EXIT"]

CANCELLED_EXIT = 3


def _line(obj: dict) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=True) + "\n")
    sys.stdout.flush()


def _watch_stdin(stop: threading.Event) -> None:
    """Set ``stop`` when standard input says cancel or closes."""
    try:
        for line in sys.stdin:
            if line.strip() == "cancel":
                break
    except (OSError, ValueError):  # no usable standard input: treat as closed
        pass
    stop.set()


def export_for_window(args: argparse.Namespace, store: Store) -> int:
    stop = threading.Event()
    threading.Thread(target=_watch_stdin, args=(stop,), daemon=True, name="hamish-export-cancel").start()
    shown = -1

    def progress(done: int, total: int) -> None:
        nonlocal shown
        if stop.is_set():
            raise ExportCancelled()
        percent = done * 100 // total if total else 100
        if percent != shown:
            shown = percent
            _line({"progress": [done, total]})

    try:
        if args.fmt == "pdf":  # the window writes its PDF report itself; this serves other callers
            from desktop.ui.exchange.pdf_report import write_pdf

            result = write_pdf(store, args.output, article_ids=args.article, status=args.status,
                               category=args.category, subjects=args.subjects, subject_choice=args.subject_choice)
        else:
            result = export(store, args.fmt, args.output, article_ids=args.article, status=args.status,
                            category=args.category, progress=progress, subjects=args.subjects,
                            subject_choice=args.subject_choice)
    except ExportCancelled:
        _line({"cancelled": True})
        return CANCELLED_EXIT
    _line({"result": result.to_json()})
    return 0
