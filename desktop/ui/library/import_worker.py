"""Importing off the GUI thread: a worker thread runs only the core importers (files, folders walked recursively,
the clipboard's content) and then has the claim suggester run over each new text in a worker process
(``suggest_process``); the store is written on the GUI thread, each article as soon as it is parsed and its
suggested claims when they arrive, so the window never waits for the suggester (about a second on a long article)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal
from shiboken6 import isValid

from desktop.core.importing import ImportFailure, files_in_folder, import_clipboard, import_file
from desktop.core.claims.suggest import save_suggestions


CLIPBOARD = "clipboard"  # the name an import from the clipboard goes by in the report
SUGGESTION_BATCH = 50  # suggested claims written at once; the event loop runs between batches


@dataclass(frozen=True)
class ClipboardContent:
    """What the clipboard held when the analyst pasted: its HTML and its plain text (either may be empty)."""

    html: str | None
    text: str | None


class ImportThread(QThread):
    """Parses files (folders walked recursively) or the clipboard's content one by one; emits each document or
    failure, never touching the store. With ``suggest``, each document is followed by the suggester's proposals for
    its text (computed here, after the document went out, so the article is stored before they are ready)."""

    imported = Signal(str, object)  # path, ImportedDocument
    suggested = Signal(str, object, object)  # path, ImportedDocument, list of Suggestion
    suggestFailed = Signal(str, str)  # path, why the suggester failed (the article is kept)
    failed = Signal(str, str)  # path, reason
    locked = Signal(str, str)  # path, reason: an encrypted PDF that needs (another) password
    progress = Signal(int, int)  # done, total
    ocrProgress = Signal(str, int, int)  # path, pages read, pages to read

    def __init__(self, paths: list, parent: QObject | None = None, passwords: dict[str, str] | None = None,
                 suggest: bool = False):
        super().__init__(parent)
        self.paths = [p if isinstance(p, ClipboardContent) else os.fspath(p) for p in paths]
        self.passwords = passwords or {}
        self.suggest = suggest

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
                if self.suggest and not self.isInterruptionRequested():
                    self._suggest(path, document)
            except ImportFailure as exc:
                if isinstance(getattr(exc, "rejection", None), PasswordNeeded):
                    self.locked.emit(path, exc.reason)
                else:
                    self.failed.emit(path, exc.reason)
            except Exception as exc:  # the importer promises ImportFailure; never let a thread die silently
                self.failed.emit(path, f"could not be imported ({type(exc).__name__}: {exc})")
            self.progress.emit(done + 1, total)

    def _suggest(self, path: str, document) -> None:
        try:
            from desktop.ui.library.suggest_process import suggest_in_process

            found = suggest_in_process(document.text)  # in a worker process: this thread waits without the GIL
        except Exception as exc:  # noqa: BLE001 - a suggester bug must not lose the import
            self.suggestFailed.emit(path, QCoreApplication.translate(
                "ImportOutcome", "imported, but suggesting claims failed (%1)").replace("%1", str(exc)))
            return
        self.suggested.emit(path, document, found)


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
    new_articles: dict[str, int] = field(default_factory=dict)  # path → id of the article it added (not a repeat)

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


def write_document(store, doc) -> tuple:
    """One attempt at storing a parsed document (one transaction); returns (article, new)."""
    return store.add_document(doc)


def write_suggestions(store, article_id: int, doc, found) -> tuple[int, str | None]:
    """One attempt at storing (some of) the suggester's proposals for a new article, in one transaction (with ``doc``:
    then the OCR flags of a scanned PDF's claims); returns (how many, problem). A store refusal propagates (the write queue keeps it);
    any other failure is reported, the article staying as it is."""
    from desktop.core.store.database import StoreError

    try:
        with store.transaction():
            saved = len(save_suggestions(store, article_id, found))
            if doc is not None and getattr(doc, "ocr_pages", ()):
                from desktop.core.importing.pdf.stored import flag_ocr_claims
                flag_ocr_claims(store, article_id)
        return saved, None
    except StoreError:
        raise
    except Exception as exc:  # noqa: BLE001 - a bug in saving suggestions must not lose the import
        return 0, QCoreApplication.translate("ImportOutcome", "imported, but suggesting claims failed (%1)").replace(
            "%1", str(exc))


def _record(outcome: ImportOutcome, path: str, doc, written: tuple) -> None:
    """What a committed document adds to the run's outcome."""
    article, new = written
    if path in outcome.waiting:
        outcome.waiting.remove(path)
    outcome.added.append((article.id, article.title, new))
    outcome.reports.append((path, doc.report()))
    if new:
        outcome.new_articles[path] = article.id


class ImportRun(QObject):
    """One import of several files: the worker thread parses (and suggests), this object (GUI thread) writes the
    store through the window's write queue, each article as it comes, then its suggested claims."""

    progress = Signal(int, int)
    finished = Signal(object)  # ImportOutcome
    stored = Signal(int)  # the id of an article this run added, once committed
    suggestionsSaved = Signal(int, int)  # article id, how many suggested claims were saved for it

    def __init__(self, store, paths: list, *, suggest: bool, parent: QObject | None = None,
                 passwords: dict[str, str] | None = None):
        super().__init__(parent)
        self.store, self.suggest = store, suggest
        self.outcome = ImportOutcome()
        self._unwritten, self._thread_done, self._finished = 0, False, False  # batches of suggestions still to write
        self.thread = ImportThread(paths, self, passwords, suggest=suggest)
        self.thread.locked.connect(lambda path, reason: self.outcome.locked.append((path, reason)))
        self.thread.imported.connect(self._store_document)
        self.thread.suggested.connect(self._store_suggestions)
        self.thread.suggestFailed.connect(lambda path, reason: self.outcome.failures.append((path, reason)))
        self.thread.failed.connect(lambda path, reason: self.outcome.failures.append((path, reason)))
        self.thread.progress.connect(self.progress)
        self.thread.finished.connect(self._done)

    def start(self) -> None:
        self.thread.start()

    def cancel(self) -> None:
        self.thread.requestInterruption()

    def wait(self, ms: int = 30_000) -> bool:
        return self.thread.wait(ms)

    def _write(self, label: str, attempt, on_done, path: str) -> None:
        """Through the window's write queue: under another program's lock, or on a full disk, the write is kept and
        saved at a retry (in order: a document's suggestions after the document)."""
        from desktop.core.store.database import StoreError
        from desktop.ui.store.queue import queue_for

        writes = queue_for(self.parent())
        try:
            if writes is None:
                on_done(attempt())
            elif writes.submit(label, attempt, on_done=on_done) is None and path not in self.outcome.waiting:
                self.outcome.waiting.append(path)
        except StoreError as exc:
            self.outcome.failures.append((path, str(exc)))

    def _store_document(self, path: str, doc) -> None:
        """Write one parsed document, without waiting for its suggestions."""
        label = QCoreApplication.translate("ImportOutcome", "Import of %1").replace("%1", "\u2068" + _label(path) + "\u2069")
        store, outcome, run = self.store, self.outcome, self  # the run may be gone when a retry commits

        def done(written: tuple) -> None:
            _record(outcome, path, doc, written)
            if written[1] and isValid(run):  # after the run, a retry's commit refreshes the window's views itself
                run.stored.emit(written[0].id)

        self._write(label, lambda: write_document(store, doc), done, path)

    def _store_suggestions(self, path: str, doc, found) -> None:
        """Write the suggester's proposals for a document this run added (none for a text already in the store), a
        batch at a time with the event loop running in between: 300 claims in one write held the window 0.4 s."""
        label = QCoreApplication.translate("ImportOutcome", "Suggested claims of %1").replace(
            "%1", "\u2068" + _label(path) + "\u2069")
        store, outcome, run = self.store, self.outcome, self
        batches = [found[i:i + SUGGESTION_BATCH] for i in range(0, len(found), SUGGESTION_BATCH)] or [[]]
        self._unwritten += len(batches)

        def attempt(batch: list, last: bool) -> tuple[int | None, int, str | None]:
            article_id = outcome.new_articles.get(path)  # known once the document's own write has committed
            if article_id is None:
                return None, 0, None
            return (article_id, *write_suggestions(store, article_id, doc if last else None, batch))

        def done(result: tuple) -> None:
            article_id, saved, problem = result
            if path in outcome.waiting:  # the document's own write committed before this one (in order)
                outcome.waiting.remove(path)
            outcome.suggested += saved
            if problem:
                outcome.failures.append((path, problem))
            if article_id is not None and isValid(run):
                run.suggestionsSaved.emit(article_id, saved)

        def step(k: int) -> None:
            last = k == len(batches) - 1
            self._write(label, lambda: attempt(batches[k], last), done, path)
            self._unwritten -= 1
            if not last:
                QTimer.singleShot(0, self, lambda: step(k + 1))
            self._finish_when_written()

        step(0)

    def _finish_when_written(self) -> None:
        """The run is finished when its thread is and every batch of suggestions went to the store (or its queue)."""
        if self._thread_done and not self._unwritten and not self._finished:
            self._finished = True
            self.finished.emit(self.outcome)

    def _done(self) -> None:
        self._thread_done = True
        self._finish_when_written()
