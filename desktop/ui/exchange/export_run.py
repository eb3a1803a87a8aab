"""An export run in a process of its own (``hamish export --progress-json``): progress to a bar, a Cancel that
leaves no file, and the window's event loop never waiting on the export's Python work.

A thread shared the window's interpreter lock with the export, which stalled the window for up to 237 ms at a
time on a 100,000-claim export; a child process writes the very same file as the command line, since it is the
command line. It is started as the running Hamish is (the bundle's own executable, or this Python with ``-m
desktop`` and this copy of the package first on its path).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, QProcess, QProcessEnvironment, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from desktop.core.exchange.exporting import ExportCancelled, ExportResult, export
from desktop.core.store.database import Store, StoreError

__all__ = ["ExportProcess", "ExportProgress", "run_export", "export_command"]

def export_command() -> tuple[str, list[str], dict[str, str]]:
    """(program, its first arguments, environment additions) that run ``hamish`` as this process runs."""
    if getattr(sys, "frozen", False):
        exe = Path(sys.executable).resolve()
        # The console twin of a windowed bundle (hamishw on Windows and macOS) keeps standard streams everywhere.
        for name in ("hamish.exe", "hamish") if sys.platform == "win32" else ("hamish",):
            if (exe.parent / name).is_file():
                return str(exe.parent / name), [], {}
        return str(exe), [], {}
    package_root = str(Path(__file__).resolve().parents[3])  # the folder holding this copy of ``desktop``
    path = os.pathsep.join(p for p in (package_root, os.environ.get("PYTHONPATH", "")) if p)
    return sys.executable, ["-m", "desktop"], {"PYTHONPATH": path}


def export_arguments(store_path: str, fmt: str, path, options: dict) -> list[str]:
    args = ["--store", str(store_path), "export", "-f", fmt, "-o", str(Path(path).absolute()), "--progress-json"]
    for article_id in options.get("article_ids") or []:
        args += ["--article", str(article_id)]
    if options.get("status"):
        args += ["--status", options["status"]]
    if options.get("category"):
        args += ["--category", options["category"]]
    for subject in options.get("subjects") or []:  # the report's charts (issue 14)
        args += ["--subject", subject]
    if options.get("subject_choice") not in (None, "", "suggested"):  # "suggested" is the command's default
        args += ["--subjects", options["subject_choice"]]
    unknown = set(options) - {"article_ids", "status", "category", "subjects", "subject_choice"}
    if unknown:  # an option this runner would drop silently: say so, rather than write another file
        raise ValueError(f"the export process cannot pass {', '.join(sorted(unknown))}")
    return args


class ExportProcess(QObject):
    """One ``hamish export --progress-json`` child: ``progressed`` as it reports, ``ended`` once it is gone;
    then ``result`` (the JSON of what was written), ``error`` (one line) or ``cancelled``."""

    progressed = Signal(int, int)  # steps done, steps in all
    ended = Signal()
    KILL_AFTER_MS = 10_000  # a cancelled child that has not stopped by then is killed (and its .part removed)

    def __init__(self, store_path: str, fmt: str, path, options: dict, parent: QObject | None = None):
        super().__init__(parent)
        self.out = Path(path).absolute()
        self.result: dict | None = None
        self.error = ""
        self.cancelled = False
        self.done = False  # ended was emitted
        self._asked_to_cancel = False
        self._pending = b""
        program, first, env = export_command()
        self.process = QProcess(self)
        environment = QProcessEnvironment.systemEnvironment()
        for key, value in env.items():
            environment.insert(key, value)
        self.process.setProcessEnvironment(environment)
        self.process.setProgram(program)
        self.process.setArguments(first + export_arguments(store_path, fmt, self.out, options))
        self.process.readyReadStandardOutput.connect(self._read)
        self.process.finished.connect(self._finished)
        self.process.errorOccurred.connect(self._failed)
        self._kill = QTimer(self, singleShot=True, interval=self.KILL_AFTER_MS)
        self._kill.timeout.connect(self._kill_now)

    def start(self) -> None:
        self.process.start()

    def cancel(self) -> None:
        """Ask the child to stop at its next step (it removes its .part file); kill it if it does not."""
        if self._asked_to_cancel or self.process.state() == QProcess.ProcessState.NotRunning:
            return
        self._asked_to_cancel = True
        self.process.write(b"cancel\n")
        self._kill.start()

    def _read(self) -> None:
        self._pending += bytes(self.process.readAllStandardOutput().data())
        *lines, self._pending = self._pending.split(b"\n")
        for line in lines:
            try:
                message = json.loads(line)
            except ValueError:
                continue  # not ours (a library printing): ignored
            if "progress" in message:
                done, total = message["progress"]
                self.progressed.emit(int(done), int(total))
            elif "result" in message:
                self.result = message["result"]
            elif message.get("cancelled"):
                self.cancelled = True

    def _finished(self, code: int, status: QProcess.ExitStatus) -> None:
        self._kill.stop()
        self._read()
        if self.result is None and not self.cancelled:
            if self._asked_to_cancel:  # killed, or stopped before it could say so
                self.cancelled = True
                self.out.with_name(self.out.name + ".part").unlink(missing_ok=True)
            else:
                self.error = self._reason(code, status)
        self.done = True
        self.ended.emit()

    def _failed(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self.error = f"the export could not be started ({self.process.errorString()})"
            self.done = True
            self.ended.emit()

    def _kill_now(self) -> None:
        self.process.kill()

    def _reason(self, code: int, status: QProcess.ExitStatus) -> str:
        """The child's one-line error (``hamish: error: …``), or what is known of how it stopped."""
        text = bytes(self.process.readAllStandardError().data()).decode("utf-8", "replace")
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        for line in reversed(lines):
            for prefix in ("hamish: error: ", "hamish: "):
                if line.startswith(prefix):
                    return line[len(prefix):]
        if lines:
            return lines[-1]
        if status == QProcess.ExitStatus.CrashExit:
            return "the export stopped unexpectedly (its process crashed)"
        return f"the export stopped unexpectedly (exit status {code})"


class ExportProgress(QWidget):
    """A progress bar with a Cancel button, shown while an export runs longer than SHOW_AFTER_MS."""

    SHOW_AFTER_MS = 1000

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setAccessibleName(self.tr("Export progress"))
        self.cancel_button = QPushButton(self.tr("Cancel export"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel export"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel_button)
        self.hide()

    def set_progress(self, done: int, total: int) -> None:
        self.bar.setMaximum(max(total, 1))
        self.bar.setValue(min(done, max(total, 1)))


def run_export(progress: ExportProgress, store: Store, fmt: str, path, options: dict):
    """Export in a child process while the event loop runs; returns what was written (format, path, articles,
    claims, bytes), raises StoreError when it failed and :class:`ExportCancelled` when it was cancelled (nothing
    written then)."""
    store_path = store.path
    if not store_path:  # a store in memory has no file another process could read: export here
        return export(store, fmt, path, **options)
    child = ExportProcess(store_path, fmt, path, options)
    loop = QEventLoop()
    child.progressed.connect(progress.set_progress)
    child.ended.connect(loop.quit)
    progress.cancel_button.clicked.connect(child.cancel)
    progress.set_progress(0, 0)
    shown = QTimer(progress, singleShot=True, interval=ExportProgress.SHOW_AFTER_MS)
    shown.timeout.connect(progress.show)
    shown.start()
    child.start()
    try:
        if not child.done:  # a child that failed to start may have said so already
            loop.exec()
    finally:
        shown.stop()
        progress.cancel_button.clicked.disconnect(child.cancel)
        progress.hide()
        if child.process.state() != QProcess.ProcessState.NotRunning:  # the loop was left early: stop the child
            child.cancel()
            child.process.waitForFinished(ExportProcess.KILL_AFTER_MS)
        child.deleteLater()
    if child.cancelled:
        raise ExportCancelled()
    if child.result is None:
        raise StoreError(child.error or "the export stopped unexpectedly")
    data = child.result
    return ExportResult(data["format"], Path(data["path"]), data["articles"], data["claims"], data["bytes"])
