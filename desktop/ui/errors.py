"""Unexpected errors in the running app: logged to a file and shown in one calm message, never a crash."""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from desktop.core.store.models import utc_now


def error_log_path(store_path: Path) -> Path:
    """The log beside the store: ``hamish-errors.log``."""
    return Path(store_path).resolve().parent / "hamish-errors.log"


def report_error(log: Path, kind: type[BaseException], value: BaseException, tb: TracebackType | None,
                 show: Callable[[str], None]) -> None:
    """Append the traceback to ``log`` and tell the analyst in one sentence, without claiming more is saved than is:
    changes shown as saved are in the store; the action that failed may not be."""
    try:
        with open(log, "a", encoding="utf-8") as fh:
            fh.write(f"--- {utc_now()}\n{''.join(traceback.format_exception(kind, value, tb))}\n")
        where = QCoreApplication.translate("Errors", "Details were written to %s.") % f"\u2068{log}\u2069"
    except OSError:
        where = ""
    message = QCoreApplication.translate(
        "Errors", "Something went wrong: %s. What this action was doing may not have been saved; changes the "
        "status bar showed as saved are in the store.") % (
        f"\u2068{kind.__name__}: {value}\u2069")
    show(f"{message} {where}".strip())


def install_error_handler(store_path: Path, parent_getter: Callable[[], object] = lambda: None) -> None:
    """Route exceptions that escape Qt slots to :func:`report_error` with a message box."""
    log = error_log_path(store_path)

    def show(text: str) -> None:
        QMessageBox.warning(parent_getter(), "Hamish", text)

    def hook(kind, value, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        report_error(log, kind, value, tb, show)

    sys.excepthook = hook
