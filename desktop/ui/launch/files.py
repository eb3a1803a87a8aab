"""Files handed to the app (command-line arguments, a second launch, macOS open events): stores open, articles import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt

from desktop.integration import is_store_file


class FileOpener(QObject):
    """Opens files in a MainWindow: the last store given becomes the current one, then the articles are imported
    into it and the last one is shown. Files that arrive during an import wait for it to end."""

    def __init__(self, window, parent: QObject | None = None):
        super().__init__(parent or window)
        self.window = window
        self.pending: list[str] = []
        self._waiting_on = None

    def open(self, paths: list[str], store: str | None = None) -> None:
        if not getattr(self.window, "is_complete", True):  # files handed over during start-up: once it is done
            self.window.when_complete(lambda: self.open(paths, store))
            return
        stores = [p for p in paths if is_store_file(p)]
        target = stores[-1] if stores else store
        if target and Path(target).resolve() != Path(self.window.store.path or "").resolve():
            if not self.window.open_store(target):
                return
        self.pending += [p for p in paths if not is_store_file(p)]
        self.raise_window()
        self._next()

    def _next(self) -> None:
        if not self.pending:
            return
        run = self.window.import_run
        if run is not None:  # after the running import, once the window has handled its end
            if run is not self._waiting_on:  # a bound method, so the queued call outlives the run object
                self._waiting_on = run
                run.finished.connect(self._after_import, Qt.ConnectionType.QueuedConnection)
            return
        paths, self.pending = self.pending, []
        self.window.import_files(paths)

    def _after_import(self, _outcome=None) -> None:
        self._waiting_on = None
        self._next()

    def handle_message(self, message: dict) -> None:
        """A second launch's message: {"files": [absolute paths], "store": path or None}."""
        files = [str(f) for f in message.get("files") or [] if isinstance(f, str)]
        store = message.get("store") if isinstance(message.get("store"), str) else None
        self.open(files, store)
        self.raise_window()

    def raise_window(self) -> None:
        window = self.window
        if window.isMinimized():
            window.showNormal()
        window.raise_()
        window.activateWindow()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """macOS gives files opened from Finder as QFileOpenEvent, not as arguments."""
        if event.type() == QEvent.Type.FileOpen:
            self.open([event.file()])
            return True
        return super().eventFilter(watched, event)
