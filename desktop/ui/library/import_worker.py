"""Importing off the GUI thread: a worker thread runs only the core importers (files, folders walked recursively,
the clipboard's content); the store is written on the GUI thread."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

from desktop.core.importing import ImportFailure, files_in_folder, import_clipboard, import_file
from desktop.core.claims.suggest import save_suggestions


CLIPBOARD = "clipboard"  # the name an import from the clipboard goes by in the report


@dataclass(frozen=True)
class ClipboardContent:
    """What the clipboard held when the analyst pasted: its HTML and its plain text (either may be empty)."""

    html: str | None
    text: str | None


class ImportThread(QThread):
    """Parses files (folders walked recursively) or the clipboard's content one by one; emits each document or
    failure, never touching the store."""

    imported = Signal(str, object)  # path, ImportedDocument
    failed = Signal(str, str)  # path, reason
    locked = Signal(str, str)  # path, reason: an encrypted PDF that needs (another) password
    progress = Signal(int, int)  # done, total
    ocrProgress = Signal(str, int, int)  # path, pages read, pages to read

    def __init__(self, paths: list, parent: QObject | None = None, passwords: dict[str, str] | None = None):
        super().__init__(parent)
        self.paths = [p if isinstance(p, ClipboardContent) else os.fspath(p) for p in paths]
        self.passwords = passwords or {}

    def _items(self) -> list:
        items = []
        for path in self.paths:
            if isinstance(path, str) and os.path.isdir(path):
                try:
                    found = files_in_folder(path)
                except ImportFailure as exc:
                    self.failed.emit(path, exc.reason)
                    continue
                if not found:
                    self.failed.emit(path, QCoreApplication.translate("ImportOutcome", "a folder with no files to import"))
                items.extend(found)
            else:
                items.append(path)
        return items

    def run(self) -> None:
        from desktop.core.importing.pdf import PasswordNeeded
        from desktop.core.importing.pdf.ocr import make_ocr, tesseract_missing
        can_ocr = not tesseract_missing()
        items = self._items()
        total = len(items)
        self.progress.emit(0, total)
        for done, item in enumerate(items):
            if self.isInterruptionRequested():
                return
            path = CLIPBOARD if isinstance(item, ClipboardContent) else item
            try:
                if isinstance(item, ClipboardContent):
                    document = import_clipboard(item.html, item.text)
                else:
                    ocr = make_ocr(progress=lambda n, of, p=path: self.ocrProgress.emit(p, n, of),
                                   cancelled=self.isInterruptionRequested) if can_ocr else None
                    document = import_file(item, password=self.passwords.get(item), ocr=ocr)
                self.imported.emit(path, document)
            except ImportFailure as exc:
                if isinstance(getattr(exc, "rejection", None), PasswordNeeded):
                    self.locked.emit(path, exc.reason)
                else:
                    self.failed.emit(path, exc.reason)
            except Exception as exc:  # the importer promises ImportFailure; never let a thread die silently
                self.failed.emit(path, f"could not be imported ({type(exc).__name__}: {exc})")
            self.progress.emit(done + 1, total)


class _PluralTexts(QObject):
    """The import report's counted phrases (self.tr with a count, so lupdate and Arabic plural forms see them)."""

    def removed(self, n: int) -> str:
        return self.tr("; removed %n boilerplate part(s)", "", n)

    def suggested(self, n: int) -> str:
        return self.tr("%n claim(s) suggested", "", n)


@dataclass
class ImportOutcome:
    """What one import run did: articles added (id, title, new), per-file reports, failures."""

    added: list[tuple[int, str, bool]] = field(default_factory=list)
    reports: list[tuple[str, dict]] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)
    suggested: int = 0
    locked: list[tuple[str, str]] = field(default_factory=list)  # encrypted PDFs waiting for a password
    waiting: list[str] = field(default_factory=list)  # parsed, kept in the write queue until the store takes them

    def summary(self) -> str:
        """One line per file (in the UI language): where it went, what was removed, why it failed."""
        lines = []
        for (article_id, title, new), (path, report) in zip(self.added, self.reports):
            state = (QCoreApplication.translate("ImportOutcome", "imported") if new
                     else QCoreApplication.translate("ImportOutcome", "already in the store"))
            removed = report.get("removed") or []
            when = f" ({report['published']})" if report.get("published") else ""
            lines.append(f"{_label(path)} → #{article_id} \u2068{title}\u2069{when}: {state}"
                         + (_PluralTexts().removed(len(removed)) if removed else "") + _pdf_pages(report))
        for path, reason in self.failures + self.locked:
            lines.append(f"{_label(path)}: {reason}")
        for path in self.waiting:
            lines.append(f"{_label(path)}: " + QCoreApplication.translate(
                "ImportOutcome", "not saved yet: another program holds the store's lock (or the disk is full); it "
                "is kept and saved as soon as the store takes it"))
        if self.suggested:
            lines.append(_PluralTexts().suggested(self.suggested))
        return "\n".join(lines)


    def details(self) -> str:
        """Every part the cleanup removed from each file, with its reason (the report's "Show Details")."""
        blocks = []
        for (article_id, title, _new), (path, report) in zip(self.added, self.reports):
            removed = report.get("removed") or []
            if not removed:
                continue
            lines = [f"{_label(path)} → #{article_id} \u2068{title}\u2069"]
            for item in removed:
                text = " ".join(item["text"].split())
                lines.append(f"  [{item['reason']}] \u2068{text if len(text) <= 120 else text[:119] + '…'}\u2069")
            blocks.append("\n".join(lines))
        return "\n\n".join(blocks)


def _label(path: str) -> str:
    if path == CLIPBOARD:
        return QCoreApplication.translate("ImportOutcome", "clipboard")
    return os.path.basename(path) or path


def _pdf_pages(report: dict) -> str:
    """A PDF's pages read by OCR, and those whose text cannot be trusted, for the import report."""
    ocr = report.get("ocr_pages") or []
    doubtful = [item["page"] for item in report.get("unreliable_pages") or [] if item["page"] not in ocr]
    out = ""
    if ocr:
        out += QCoreApplication.translate("ImportOutcome", "; pages read by OCR: %1").replace(
            "%1", "\u2068" + ", ".join(map(str, ocr)) + "\u2069")
    if doubtful:
        out += QCoreApplication.translate("ImportOutcome", "; text not to be trusted on pages %1").replace(
            "%1", "\u2068" + ", ".join(map(str, doubtful)) + "\u2069")
    return out


def suggest_claims(store, article_id: int) -> int:
    """Run the claim suggester on an article and save new suggestions; returns how many were saved."""
    return len(save_suggestions(store, article_id))


def write_document(store, doc, suggest: bool) -> tuple:
    """One attempt at storing a parsed document, then its suggested claims, in one transaction (a failing
    suggester must not lose the import); returns (article, new, suggested, problem)."""
    from desktop.core.store.database import StoreError

    with store.transaction():
        article, new = store.add_document(doc)
        suggested, problem = 0, None
        if new and suggest:
            try:
                with store.transaction():  # a savepoint: only the suggestions go if they fail
                    suggested = suggest_claims(store, article.id)
                    if getattr(doc, "ocr_pages", ()):
                        from desktop.core.importing.pdf.stored import flag_ocr_claims
                        flag_ocr_claims(store, article.id)
            except StoreError:
                raise
            except Exception as exc:  # noqa: BLE001 - a suggester bug must not lose the import
                suggested, problem = 0, f"imported, but suggesting claims failed ({exc})"
    return article, new, suggested, problem


def _record(outcome: ImportOutcome, path: str, doc, written: tuple) -> None:
    """What a committed document adds to the run's outcome."""
    article, new, suggested, problem = written
    if path in outcome.waiting:
        outcome.waiting.remove(path)
    outcome.added.append((article.id, article.title, new))
    outcome.reports.append((path, doc.report()))
    outcome.suggested += suggested
    if problem:
        outcome.failures.append((path, problem))


class ImportRun(QObject):
    """One import of several files: the worker thread parses, this object (GUI thread) writes the store."""

    progress = Signal(int, int)
    finished = Signal(object)  # ImportOutcome

    def __init__(self, store, paths: list, *, suggest: bool, parent: QObject | None = None,
                 passwords: dict[str, str] | None = None):
        super().__init__(parent)
        self.store, self.suggest = store, suggest
        self.outcome = ImportOutcome()
        self.thread = ImportThread(paths, self, passwords)
        self.thread.locked.connect(lambda path, reason: self.outcome.locked.append((path, reason)))
        self.thread.imported.connect(self._store_document)
        self.thread.failed.connect(lambda path, reason: self.outcome.failures.append((path, reason)))
        self.thread.progress.connect(self.progress)
        self.thread.finished.connect(self._done)

    def start(self) -> None:
        self.thread.start()

    def cancel(self) -> None:
        self.thread.requestInterruption()

    def wait(self, ms: int = 30_000) -> bool:
        return self.thread.wait(ms)

    def _store_document(self, path: str, doc) -> None:
        """Write one parsed document (and its suggested claims, in the same transaction) through the window's
        write queue: under another program's lock, or on a full disk, it is kept and saved at a retry."""
        from desktop.core.store.database import StoreError
        from desktop.ui.store.queue import queue_for

        writes = queue_for(self.parent())
        label = QCoreApplication.translate("ImportOutcome", "Import of %1").replace("%1", "\u2068" + _label(path) + "\u2069")
        store, suggest, outcome = self.store, self.suggest, self.outcome  # the run may be gone when a retry commits
        try:
            if writes is None:
                _record(outcome, path, doc, write_document(store, doc, suggest))
            elif writes.submit(label, lambda: write_document(store, doc, suggest),
                               on_done=lambda written: _record(outcome, path, doc, written)) is None:
                outcome.waiting.append(path)
        except StoreError as exc:
            self.outcome.failures.append((path, str(exc)))

    def _done(self) -> None:
        self.finished.emit(self.outcome)
