"""The main window: library, reader and claims panel, wired to the store through undo commands."""

from __future__ import annotations

import os
import time

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QUndoStack
from shiboken6 import isValid
from PySide6.QtWidgets import (
    QDockWidget, QFileDialog, QLabel, QMainWindow, QMessageBox, QProgressBar, QToolBar, QVBoxLayout,
    QWidget,
)

from desktop.core.store.models import Annotation
from desktop.core.store.database import Store, StoreError

from desktop.ui.claims.commands import StoreEvents
from desktop.ui.fonts import arabic_font_family
from desktop.ui.reader.hidden_chars import has_overrides
from desktop.ui.i18n import app_language, ui_locale
from desktop.ui.library.view import LibraryPanel
from desktop.ui.reader.find import FindBar
from desktop.ui.reader.page_view import PagePane, ask_password, mark_menu
from desktop.ui.reader.view import ReaderView
from desktop.ui.settings import AppSettings

if TYPE_CHECKING:  # the importers load with the first import, not at start-up
    from desktop.core.store.revisions import ConflictError
    from desktop.ui.library.import_worker import ImportOutcome, ImportRun


STEPPED_OPEN_CHARS = 100_000  # longer articles open in steps, so no step blocks the event loop for long
STEP_DELAY_MS = 1  # a timer tick between steps lets paint events and other timers run
PANE_SHARES = (0.18, 0.44, 0.38)  # library, reader, claims: the default split of the window's width
MIN_READER_SHARE = 0.34  # below this share of the width, a resize shares the width out again
BADGES_DELAY_MS = 500  # the contradiction badges wait until the window has painted (start-up never pays for them)
LIBRARY_REFRESH_S = 0.2  # an import lists its new articles at most this often while it runs
STATE_VERSION = 2  # of saveState(): 1 was the splitter of three panes, before the docks


class MainWindow(QMainWindow):
    """Hamish's window. Pass the store and settings in; ``store``, ``undo_stack`` and ``events`` are public.

    ``confirm(title, question) -> bool`` asks before an article is deleted (a Yes/No box; tests replace it)."""

    def __init__(self, store: Store, settings: AppSettings | None = None, *, load_sample: bool = True,
                 staged: bool = False, parent=None):
        """``staged``: build only what the first paint shows (the library, the reader with the last article and its
        highlights, the docks' places); :meth:`complete` builds the rest (the app calls it right after the paint).
        Otherwise the window is complete when this returns."""
        super().__init__(parent)
        self.store = store
        self.settings = settings or AppSettings()
        self.language = self.settings.language
        self.undo_stack = QUndoStack(self)
        self.events = StoreEvents(self)
        self.import_run: ImportRun | None = None
        self.last_outcome: ImportOutcome | None = None
        self._windows: list[QWidget] = []
        self.article_id: int | None = None
        self._opening = self._loaded = 0
        self._after_open: list = []
        self._docks_restored = False
        self.confirm: Callable[[str, str], bool] = self._ask
        self.is_complete = False  # the claims panel, menus, write queue and team parts are built (see complete)
        self._when_complete: list = []
        self.claims_model = self.claims_panel = None
        self.actions_by_name: dict = {}
        self.contradictions = None  # the contradiction badges' index, made a moment after start-up
        self._compare_window: QWidget | None = None
        self.setWindowTitle("Hamish — هامش")
        self.setAcceptDrops(True)
        self._build_widgets()
        self.apply_font()
        self._restore_state()
        self._held_keys = None
        if staged:
            from desktop.ui.launch.held_keys import HeldKeys

            self._held_keys = HeldKeys(self)  # keys typed before the shortcuts exist wait for them
            self._open_initial(None)
            self.reader.setFocus()
        else:
            self.complete(load_sample)

    def complete(self, load_sample: bool = True) -> None:
        """Build what the first paint does not need: the store's deferred checks (a migration, a newer schema),
        the claims panel, the menus and toolbar, the write queue, the team parts; then open the first article if
        none is open yet. Actions queued with :meth:`when_complete` run last. Raises StoreError (nothing built)."""
        if self.is_complete:
            return
        self.store.finish_open()
        focused = self.focusWidget()
        from desktop.ui import team
        from desktop.ui.claims import conflicts
        from desktop.ui.menus import build_menus
        from desktop.ui.store import queue as store_queue

        self._build_claims_panel()
        self.actions_by_name = build_menus(self)
        self._show_bars()
        self.resolve_conflict: Callable[[ConflictError], str] = lambda error: conflicts.ask(self, error)
        store_queue.attach(self)  # writes, save indicator, live view, refused undo steps
        self.claims_panel.editor.history_source = lambda uuid: self.store.history(uuid)
        self.events.claimsChanged.connect(self._claims_changed)
        QTimer.singleShot(BADGES_DELAY_MS, self._start_badges)
        self.events.articlesChanged.connect(self.library.refresh)
        self.events.articleDeleted.connect(self._article_deleted)
        self.events.articleRestored.connect(self._article_restored)
        header = self.settings.claims_header_state()
        if header is not None:
            self.claims_panel.table.horizontalHeader().restoreState(header)
        team.attach(self)  # the hub label, Sync now, the automatic sync and the conflict review (after the header)
        self.is_complete = True
        first = self._sample_through_queue(self.store) if load_sample else None
        if first is not None:  # the panel listed the store when it was built; list it again only if the sample came
            self.library.refresh()
        if first is not None or self.article_id is None:
            self._open_initial(first)
        elif self._loaded == self._opening:  # the article painted before the panel existed: its claims now
            self.claims_model.set_rows(self.article_id, self._annotations())
        if focused is not None and isValid(focused) and self.focusWidget() is not focused:
            focused.setFocus()  # the widgets built here take no focus from the article (or where the analyst put it)
        pending, self._when_complete = self._when_complete, []
        for action in pending:
            action()
        if self._held_keys is not None:
            self._held_keys.release()
            self._held_keys = None

    def _show_bars(self) -> None:
        """Bars made after the window was shown (a staged start) are shown now: the menu bar, and the toolbar where
        the saved layout has it (the layout is restored again now that the toolbar exists)."""
        if not self.isVisible():
            return  # they show with the window
        self.menuBar().show()
        state = self.settings.window_state()
        if state is None or not self.restoreState(state, STATE_VERSION):
            for toolbar in self.findChildren(QToolBar):
                toolbar.show()

    def when_complete(self, action) -> None:
        """Run ``action`` once the window is complete (at once if it is)."""
        if self.is_complete:
            action()
        else:
            self._when_complete.append(action)

    # --- construction ----------------------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.library = LibraryPanel(self.store, self)
        self.reader = ReaderView(self)
        self.reader.isolate_latin = self.settings.isolate_latin
        self.reader.language = self.language
        self.reader.locale = ui_locale(self.language)
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background:#fff3cd; color:#5c4400; padding:6px; border:1px solid #e0c36c")
        self.banner.setAccessibleName(self.tr("Bidi override warning"))
        self.banner.hide()
        reader_pane = QWidget(self)
        pane_layout = QVBoxLayout(reader_pane)
        pane_layout.setContentsMargins(0, 0, 0, 0)
        self.find_bar = FindBar(self.reader, reader_pane)
        pane_layout.addWidget(self.banner)
        pane_layout.addWidget(self.find_bar)
        self.page_pane = PagePane(self.reader, self.store, reader_pane)  # the PDF page beside the text
        pane_layout.addWidget(self.page_pane)
        self.setCentralWidget(reader_pane)
        self.setDockNestingEnabled(True)
        # The library stands where reading starts (the right in an RTL UI), the claims panel where it ends (its
        # dock holds an empty place until the panel is built, so the first paint has the window's final layout).
        start, end = _sides(self.layoutDirection())
        self.library_dock = self._dock("libraryDock", self.library, start)
        self.claims_dock = self._dock("claimsDock", QWidget(self), end)
        self._dock_direction = self.layoutDirection()
        self.retranslate_docks()
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(220)
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress.hide()
        self.statusBar().addPermanentWidget(self.progress)
        self.library.articleActivated.connect(self.open_article)
        self.library.deleteRequested.connect(self.delete_article)
        self.reader.fontSizeChanged.connect(lambda size: setattr(self.settings, "font_size", size))
        self.reader.selectionChanged.connect(lambda: self.page_pane.show_span(self.reader.selected_span()))

    def _build_claims_panel(self) -> None:
        """The claims panel in its dock, wired to the reader and the PDF page (after the first paint)."""
        from desktop.ui.claims.panel import ClaimsModel, ClaimsPanel

        self.claims_model = ClaimsModel(self.store, self)
        self.claims_model.language = self.language
        self.claims_model.locale = ui_locale(self.language)
        self.claims_panel = ClaimsPanel(self.claims_model, self)
        self.claims_panel.set_editor_visible(self.settings.claim_editor_visible)
        self.claims_panel.editor_toggle.toggled.connect(
            lambda on: setattr(self.settings, "claim_editor_visible", on))
        placeholder = self.claims_dock.widget()
        self.claims_dock.setWidget(self.claims_panel)
        placeholder.deleteLater()
        self.reader.claimClicked.connect(self.claims_panel.select_uuid)
        self.claims_panel.claimSelected.connect(self.reader.flash)
        self.claims_panel.editRequested.connect(self.edit_claim)
        self.page_pane.spanDragged.connect(self._page_dragged)
        self.page_pane.claimClicked.connect(self.claims_panel.select_uuid)

    def set_isolate_latin(self, isolate: bool) -> None:
        """View › Latin runs as written: remembered, and applied to the open article at once."""
        self.settings.isolate_latin = isolate
        self.reader.set_isolate_latin(isolate)

    def _dock(self, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        """A dock that can be moved to either side, floated or closed (View menu brings it back)."""
        dock = QDockWidget(self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        dock.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)
        self.addDockWidget(area, dock)
        return dock

    def retranslate_docks(self) -> None:
        self.library_dock.setWindowTitle(self.tr("Library"))
        self.claims_dock.setWindowTitle(self.tr("Claims"))

    def changeEvent(self, event) -> None:
        """The UI language changed (Preferences): every text, label and number is shown in the new one."""
        if event.type() == QEvent.Type.LanguageChange and getattr(self, "is_complete", False) and self.isVisible():
            self.apply_language(app_language())
        super().changeEvent(event)

    def apply_language(self, language: str) -> None:
        """Show the window in ``language``: menus, docks, reader tooltips, the claims panel and its labels."""
        self.language = language
        locale = ui_locale(language)
        self.reader.language, self.reader.locale = language, locale
        self.claims_model.language, self.claims_model.locale = language, locale
        self.retranslate_docks()
        self.banner.setAccessibleName(self.tr("Bidi override warning"))
        self.progress.setAccessibleName(self.tr("Import progress"))
        self._set_banner_text()
        from desktop.ui.menus import retranslate_menus

        retranslate_menus(self)
        self.page_pane.retranslate()
        self.claims_model.refresh()
        self.claims_panel.fill_filters()
        self.team.update()
        self._mirror_docks()

    def _mirror_docks(self) -> None:
        """After the layout direction flips, docked panels change sides, so the library stays where reading starts."""
        if self.layoutDirection() == self._dock_direction:
            return
        self._dock_direction = self.layoutDirection()
        opposite = {Qt.DockWidgetArea.LeftDockWidgetArea: Qt.DockWidgetArea.RightDockWidgetArea,
                    Qt.DockWidgetArea.RightDockWidgetArea: Qt.DockWidgetArea.LeftDockWidgetArea}
        for dock in (self.library_dock, self.claims_dock):
            area = self.dockWidgetArea(dock)
            if not dock.isFloating() and area in opposite:
                self.addDockWidget(opposite[area], dock)
        self.layout().activate()  # now, not at the next layout request
        self.apply_default_split()

    def apply_font(self) -> None:
        """Give the reader the font in the settings: the chosen family (else the best Arabic one) and size."""
        family = self.settings.font_family or arabic_font_family()
        if family is None:
            self.statusBar().showMessage(self.tr("No font with Arabic letters is installed; Arabic may not display."))
        self.reader.set_base_font(family, self.settings.font_size)

    def _restore_state(self) -> None:
        state = self.settings.window_state()  # the docks first: floating one changes the window's size hint
        if state is not None:
            self._docks_restored = self.restoreState(state, STATE_VERSION)
        geometry = self.settings.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 900)

    def showEvent(self, event) -> None:
        """On first show without a saved layout, share the width out by PANE_SHARES (the window's size is known now)."""
        super().showEvent(event)
        if not self._docks_restored:
            self._docks_restored = True
            self.apply_default_split()

    def resizeEvent(self, event) -> None:
        """When the window shrinks so far that the reader would be squeezed, the docks give their share back."""
        super().resizeEvent(event)
        if self._docks_restored and self.isVisible() and self.centralWidget().width() < MIN_READER_SHARE * self.width():
            QTimer.singleShot(0, self.apply_default_split)

    def apply_default_split(self) -> None:
        width = self.width()
        library, claims = round(width * PANE_SHARES[0]), round(width * PANE_SHARES[2])
        self.resizeDocks([self.library_dock, self.claims_dock], [library, claims], Qt.Orientation.Horizontal)

    def _open_initial(self, first: int | None) -> None:
        ids = self.library.article_ids()
        remembered = self.settings.last_article(self.store.path or "")
        for candidate in (first, remembered, ids[0] if ids else None):
            if candidate is not None and candidate in ids:
                self.open_article(candidate)
                return
        self.open_article(None)

    # --- articles --------------------------------------------------------------------------------
    def open_article(self, article_id: int | None) -> None:
        """Show an article (None: nothing) in the reader and its claims in the panel.

        A long article opens in steps, each its own turn of the event loop, so the window never freezes:
        the start of the text (painted at once), the offset map, the claims (painted where the text is),
        then the rest of the text piece by piece.
        """
        try:
            article = self.store.article(article_id) if article_id is not None else None
        except StoreError as exc:
            self.show_error(str(exc))
            return
        self._opening += 1
        self._after_open.clear()
        self.article_id = article_id
        pieces = self.reader.begin_article(article)
        self.page_pane.set_article(article)
        if self.claims_model is not None:
            self.claims_model.set_rows(article_id, [])
        self.banner.setVisible(article is not None and has_overrides(article.text))
        self._set_banner_text()
        if article is not None:
            self.library.mark_current(article.id)
            self.settings.set_last_article(self.store.path or "", article.id)
            self.setWindowTitle(f"{article.title} — Hamish")
        else:
            self.setWindowTitle("Hamish — هامش")
        steps = [self.reader.prepare_offsets, self._load_claims, *[self.reader.append_piece] * pieces,
                 self.reader.finish_text, self._opened]
        if article is None or len(article.text) <= STEPPED_OPEN_CHARS:
            for step in steps:
                step()
        else:
            generation = self._opening
            QTimer.singleShot(STEP_DELAY_MS, lambda: self._run_steps(generation, steps))

    def _set_banner_text(self) -> None:
        self.banner.setText(self.tr("This article contains bidi override characters (LRO, RLO, LRE or RLE): "
                                    "the order shown can differ from the stored text. "
                                    "Use View › Show hidden characters to see them."))

    def _run_steps(self, generation: int, steps: list) -> None:
        if generation != self._opening or not steps:  # another article was opened meanwhile
            return
        steps[0]()
        QTimer.singleShot(STEP_DELAY_MS, lambda: self._run_steps(generation, steps[1:]))

    def _opened(self) -> None:
        if self.find_bar.isVisible():
            self.find_bar.search()  # the same query in the article just opened
        pending, self._after_open = self._after_open, []
        for action in pending:
            action()

    def when_open(self, action) -> None:
        """Run ``action`` once the current article is fully open (at once if it is)."""
        if self.reader.ready and not self._after_open and self._loaded == self._opening:
            action()
        else:
            self._after_open.append(action)

    def _load_claims(self) -> None:
        rows = self._annotations()
        self.reader.set_claims(rows, self.store.categories())
        self.page_pane.set_claims(rows, self.store.categories())
        if self.claims_model is not None:
            self.claims_model.set_rows(self.article_id, rows)
        self._loaded = self._opening

    def _annotations(self) -> list[Annotation]:
        return self.store.annotations(self.article_id) if self.article_id is not None else []

    def navigate_to(self, article_id: int, uuid: str) -> None:
        """Open an article, then scroll to, select and flash one of its claims."""
        if article_id != self.article_id:
            self.open_article(article_id)

        def show() -> None:
            self.claims_panel.select_uuid(uuid)
            self.reader.flash(uuid)

        self.when_open(show)
        self.raise_()
        self.activateWindow()

    def _claims_changed(self, article_id: int) -> None:
        if article_id == self.article_id and self.reader.ready:
            self._load_claims()
        self.library.refresh()

    def delete_article(self, article_id: int | None = None) -> bool:
        """Ask, then delete an article (default: the library's current one, else the open one) as an undoable step."""
        if article_id is None:
            article_id = self.library.current_article() or self.article_id
        summary = next((s for s in self.store.articles() if s.id == article_id), None)
        if summary is None:
            return False
        question = self.tr("Delete the article %s and its %n claim(s)? Edit › Undo brings them back.", "",
                           summary.claims) % f"\u2068{summary.title}\u2069"
        if not self.confirm(self.tr("Delete article"), question):
            return False
        from desktop.ui.claims.commands import DeleteArticle

        return self.push(DeleteArticle(self.store, article_id, self.events))

    def _ask(self, title: str, question: str) -> bool:
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        answer = QMessageBox.question(self, title, question, buttons, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _article_deleted(self, article_id: int) -> None:
        """An article is gone: refresh the library; if it was open, open the next one in the list (else none)."""
        order = self.library.article_ids()
        self.library.refresh()
        if article_id != self.article_id:
            return
        live = [s.id for s in self.store.articles()]
        at = order.index(article_id) if article_id in order else len(order)
        candidates = [*order[at + 1:], *reversed(order[:at]), *live]
        self.open_article(next((c for c in candidates if c in live), None))

    def _article_restored(self, article_id: int) -> None:
        self.library.refresh()
        self.open_article(article_id)

    # --- claims ----------------------------------------------------------------------------------
    def mark_claim(self, category: str) -> Annotation | None:
        """Make the reader's selection (snapped to words) a claim of ``category``, prefilled from its quantity."""
        span = self.reader.selected_span()
        if not self.reader.ready:
            self.statusBar().showMessage(self.tr("The article is still opening."), 4000)
            return None
        if self.article_id is None or span is None:
            self.statusBar().showMessage(self.tr("Select the words of a claim first."), 4000)
            return None
        text = self.reader.article.text
        from desktop.ui.claims.commands import AddClaim
        from desktop.ui.reader.snapping import snap_span

        snapped = snap_span(text, *span, whole_words=self.settings.snap_words)
        if snapped is None:
            self.statusBar().showMessage(self.tr("The selection holds no words to mark."), 4000)
            return None
        fields = dict(start=snapped[0], end=snapped[1], category=category, **prefill(text[snapped[0]:snapped[1]]))
        command = AddClaim(self.store, self.article_id, fields, self.events)
        if not self.push(command):
            return None
        self.reader.select_span(*snapped)
        self.claims_panel.select_uuid(command.added.uuid)
        return command.added

    def push(self, command) -> bool:
        """Run an undo command through the write queue: True once committed; False when refused (shown; a
        conflict asks which version to keep) or still pending behind another program's lock."""
        from desktop.core.store.revisions import ConflictError
        from desktop.ui.claims import conflicts
        from desktop.ui.claims.commands import push_checked

        try:
            return bool(self.writes.submit(command.label, lambda: push_checked(self.undo_stack, command)))
        except ConflictError as exc:
            conflicts.resolve(self, exc)
        except StoreError as exc:
            self.show_error(str(exc))
        return False

    def target_claim(self) -> str | None:
        """The claim an action applies to: the panel's current row, else the claim under the reader's cursor."""
        uuid = self.claims_panel.current_uuid()
        if uuid:
            return uuid
        cursor = self.reader.textCursor()
        claims = self.reader.claims_at(self.reader.offsets.from_qt(cursor.selectionStart(), snap=True))
        return claims[0].uuid if claims else None

    def shown_revision(self, uuid: str) -> int | None:
        """The revision of the claim as the panel shows it: a change based on it is refused if another was made
        since (the analyst then chooses which version to keep)."""
        row = self.claims_model.row_of(uuid)
        return (self.claims_model.annotation_at(row).revision or None) if row is not None else None

    def set_status(self, status: str) -> None:
        uuid = self.target_claim()
        if uuid:
            from desktop.ui.claims.commands import SetStatus

            self.push(SetStatus(self.store, uuid, status, self.events, base=self.shown_revision(uuid)))

    def accept_claim(self) -> None:
        self.set_status("confirmed")

    def reject_claim(self) -> None:
        self.set_status("rejected")

    def delete_claim(self) -> None:
        uuid = self.target_claim()
        if uuid:
            from desktop.ui.claims.commands import DeleteClaim

            self.push(DeleteClaim(self.store, uuid, self.events, base=self.shown_revision(uuid)))

    def edit_claim(self, uuid: str, changes: dict) -> None:
        shown = self.claims_panel.editor.annotation
        base = shown.revision if shown is not None and shown.uuid == uuid else None
        from desktop.ui.claims.commands import EditClaim

        self.push(EditClaim(self.store, uuid, changes, self.events, base=base))

    def suggest_claims(self) -> int:
        """Add the suggester's proposals for the open article as one undoable step; returns how many."""
        if self.article_id is None:
            return 0
        try:
            from desktop.core.claims.suggest import suggestion_items  # lazily: its grammar compiles on first use

            items = suggestion_items(self.store, self.article_id)
        except (StoreError, ImportError) as exc:
            self.show_error(str(exc))
            return 0
        from desktop.ui.claims.commands import AddSuggestions

        if items and not self.push(AddSuggestions(self.store, self.article_id, items, self.events)):
            return 0
        self.statusBar().showMessage(self.tr("%n claim(s) suggested.", "", len(items)), 5000)
        return len(items)

    # --- importing -------------------------------------------------------------------------------
    def import_dialog(self) -> None:
        from desktop.core.importing import SUPPORTED_SUFFIXES  # the importers load when first used

        patterns = " ".join(f"*{s}" for s in SUPPORTED_SUFFIXES)
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Import articles"), "",
                                                self.tr("Articles (%s)") % patterns)
        if paths:
            self.import_files(paths)

    def import_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a folder of articles"))
        if folder:
            self.import_files([folder])

    def paste_article(self) -> ImportRun | None:
        """Import the clipboard's HTML (else its text) as a new article, through the same importers."""
        from PySide6.QtGui import QGuiApplication

        mime = QGuiApplication.clipboard().mimeData()
        html = mime.html() if mime is not None and mime.hasHtml() else None
        text = mime.text() if mime is not None and mime.hasText() else None
        if not (html or "").strip() and not (text or "").strip():
            self.show_error(self.tr("The clipboard holds no text to import."))
            return None
        from desktop.ui.library.import_worker import ClipboardContent

        return self.import_files([ClipboardContent(html, text)])

    def import_files(self, paths: list, passwords: dict[str, str] | None = None) -> ImportRun | None:
        """Import files (a folder: every article file in it) or the clipboard's content off the GUI thread, with a
        progress bar; the report dialog shows when done. ``passwords`` open encrypted PDFs."""
        if self.import_run is not None:
            self.show_error(self.tr("An import is already running."))
            return None
        from desktop.ui.library.import_worker import ClipboardContent, ImportRun

        items = [p if isinstance(p, ClipboardContent) else str(p) for p in paths]
        run = ImportRun(self.store, items, suggest=self.settings.suggest_on_import, parent=self, passwords=passwords)
        run.thread.ocrProgress.connect(self._ocr_progress)
        run.progress.connect(self._import_progress)
        run.stored.connect(self._import_stored)
        run.suggestionsSaved.connect(lambda article_id, saved: saved and self._claims_changed(article_id))
        run.finished.connect(self._import_finished)
        self.import_run = run
        self.progress.setRange(0, len(paths))
        self.progress.setValue(0)
        self.progress.show()
        run.start()
        return run

    def _import_stored(self, _article_id: int) -> None:
        """An imported article is in the store: list it now, before the run ends and before its suggested claims
        arrive (at most every LIBRARY_REFRESH_S during a burst of articles; the end of the run lists them all)."""
        now = time.monotonic()
        if now - getattr(self, "_import_listed_at", 0.0) >= LIBRARY_REFRESH_S:
            self._import_listed_at = now
            self.library.refresh()

    def _import_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _page_dragged(self, start: int, end: int) -> None:
        """Words dragged over on the PDF page: select them in the text and offer the categories to mark them as."""
        self.reader.select_span(start, end)
        mark_menu(self, self.actions_by_name)

    def _ocr_progress(self, path: str, done: int, total: int) -> None:
        if done < total:
            self.statusBar().showMessage(self.tr("OCR of %1: page %2 of %3").replace("%1", "\u2068" + os.path.basename(path) + "\u2069")
                                         .replace("%2", str(done + 1)).replace("%3", str(total)), 10000)

    def _import_finished(self, outcome: ImportOutcome) -> None:
        run, self.import_run = self.import_run, None
        if run is not None:
            run.wait()
            run.deleteLater()
        self.last_outcome = outcome
        for path, reason in outcome.locked:
            ask_password(self, path, reason, lambda p, pw: self.import_files([p], {p: pw}))
        self.progress.hide()
        self.library.refresh()
        if outcome.added:
            self.open_article(outcome.added[-1][0])
        box = QMessageBox(QMessageBox.Icon.Warning if outcome.failures else QMessageBox.Icon.Information,
                          self.tr("Import report"), outcome.summary() or self.tr("Nothing was imported."),
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("importReport")
        box.setDetailedText(outcome.details())  # what was removed from each file, and why
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def dragEnterEvent(self, event) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_files(paths)

    # --- stores ----------------------------------------------------------------------------------
    def open_store_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open store"), "", self.tr("Hamish stores (*.hamish *.db);;All files (*)"))
        if path:
            self.open_store(path)

    def new_store_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New store"), "claims.hamish",
                                              self.tr("Hamish stores (*.hamish *.db)"))
        if path:
            if Path(path).exists():
                self.show_error(self.tr("%s exists already; open it instead.") % path)
                return
            self.open_store(path)

    def open_store(self, path: str) -> bool:
        """Switch to the store at ``path`` (created if new); the old store is closed."""
        if self.import_run is not None:
            self.show_error(self.tr("Wait for the import to finish before switching stores."))
            return False
        if not self.may_leave_pending():
            return False
        try:
            from desktop.ui.store.queue import GUI_LOCK_WAIT

            store = Store.open(path, lock_timeout=GUI_LOCK_WAIT)  # never a 30 s freeze of the window
        except StoreError as exc:
            self.show_error(str(exc))
            return False
        old, self.store = self.store, store
        self.writes.set_store(store)
        self.watcher.set_store(store)
        self.undo_stack.clear()
        self.article_id = None
        self.library.set_store(store)
        self.claims_model.set_store(store)
        self.page_pane.store = store
        if self.contradictions is not None:
            self.contradictions.set_store(store)
        if self._compare_window is not None and isValid(self._compare_window):
            self._compare_window.close()
        self.claims_panel.fill_filters()
        self.team.store_changed()
        old.close()
        self.settings.add_recent_store(str(Path(path).resolve()))
        self.rebuild_recent_menu()
        first = self._sample_through_queue(store)
        self.library.refresh()
        self._open_initial(first)
        return True

    def _sample_through_queue(self, store: Store) -> int | None:
        """The sample on a new store, through the write queue (kept to retry while another program holds the lock)."""
        made: list = []
        try:
            self.writes.submit(self.tr("Sample article"), lambda: _sample_attempt(store), on_done=made.append)
        except StoreError as exc:
            self.show_error(str(exc))
        return made[0] if made else None

    def rebuild_recent_menu(self) -> None:
        menu = self.recent_menu
        menu.clear()
        for path in self.settings.recent_stores():
            menu.addAction(path, lambda p=path: self.open_store(p))
        menu.setEnabled(bool(menu.actions()))

    # --- other windows ---------------------------------------------------------------------------
    def run_hook(self, name: str) -> None:
        """Call another engineer's dialog or window; refresh the library and panel after it returns."""
        from desktop.ui import hooks

        target = hooks.resolve(name)
        if target is None:
            return
        if name == "review":
            window = target(self.store, self.undo_stack, self.events, self.navigate_to, self)
        elif name == "all_claims":
            window = target(self.store, self.navigate_to, self)
            if self.contradictions is not None:
                window.model.contradictions = self.contradictions
                self.contradictions.updated.connect(window.model.badges_changed)
        else:
            ids = [self.article_id] if self.article_id is not None else self.library.article_ids()
            target(self, self.store, ids) if name == "export" else target(self, self.store)
            self.refresh_all()
            return
        window.setWindowFlag(Qt.WindowType.Window, True)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(lambda *_: self._window_closed(window))
        self._windows.append(window)
        window.show()

    def _start_badges(self) -> None:
        from desktop.ui.compare.badges import ContradictionIndex  # lazily: not on the start-up path

        if self.contradictions is not None or not isValid(self):
            return
        self.contradictions = ContradictionIndex(self.store, self.settings, self)
        self.claims_model.contradictions = self.contradictions
        self.contradictions.updated.connect(self.claims_model.badges_changed)
        self.events.claimsChanged.connect(self.contradictions.schedule)
        self.contradictions.refresh()

    def open_compare(self, subject: str | None = None, category: str | None = None) -> QWidget:
        """View › Compare: the Compare window (one at a time), showing ``subject`` in ``category`` if named."""
        from desktop.ui.compare.view import CompareWindow  # lazily: only this window needs it (and pyqtgraph)

        window = self._compare_window
        if window is not None and isValid(window):
            if subject:
                window.choose(subject, category)
        else:
            window = CompareWindow(self.store, self.navigate_to, self.settings, self, subject=subject,
                                   category=category)
            window.setWindowFlag(Qt.WindowType.Window, True)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.destroyed.connect(lambda *_: self._window_closed(window))
            self._windows.append(window)
            self._compare_window = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def compare_claim(self, uuid: str | None = None) -> QWidget | None:
        """A claim's "Compare with other sources": the Compare window on its subject and category."""
        uuid = uuid or self.target_claim()
        if not uuid:
            self.statusBar().showMessage(self.tr("Select a claim first."), 4000)
            return None
        try:
            claim = self.store.annotation(uuid)
        except StoreError as exc:
            self.show_error(str(exc))
            return None
        if not claim.subject:
            self.statusBar().showMessage(
                self.tr("This claim has no subject yet: set it in the claim editor to compare it."), 6000)
            return None
        return self.open_compare(claim.subject, claim.category)

    def _window_closed(self, window: QWidget) -> None:
        if window in self._windows:
            self._windows.remove(window)
        if isValid(self) and isValid(self.library) and isValid(self.claims_panel):  # not while we are torn down
            self.refresh_all()

    def refresh_all(self) -> None:
        """Take in what another connection committed (the live view): the library once, the open article's claims."""
        if self.article_id is not None and self.store.db.execute(
                "SELECT 1 FROM articles WHERE id = ?", [self.article_id]).fetchone() is None:
            self._article_deleted(self.article_id)  # the open article is gone (a merge took over a deletion)
        if self.article_id is not None:
            self._claims_changed(self.article_id)  # its claims, then the library
        else:
            self.library.refresh()

    # --- misc ------------------------------------------------------------------------------------
    def show_error(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)
        box = QMessageBox(QMessageBox.Icon.Warning, "Hamish", message, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("errorBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def save_state(self) -> None:
        self.settings.set_geometry(self.saveGeometry())
        self.settings.set_window_state(self.saveState(STATE_VERSION))
        if self.claims_panel is not None:
            self.settings.set_claims_header_state(self.claims_panel.table.horizontalHeader().saveState())
        self.settings.font_size = self.reader.font_size
        self.settings.sync()

    def may_leave_pending(self) -> bool:
        """True when no change waits in the write queue (one more attempt is made now), or when the analyst chose to
        drop the ones still waiting; closing the window or switching stores never drops them silently."""
        if self.writes.pending:
            self.writes.retry()
        if not self.writes.pending:
            return True
        question = self.tr("%n change(s) are not saved yet: another program holds the store's lock, or the disk is "
                           "full. Leave anyway and lose them? (No: stay, and they are saved as soon as the store "
                           "takes them.)", "", len(self.writes.pending))
        if not self.confirm(self.tr("Changes not saved"), question):
            return False
        self.writes.drop_pending()
        return True

    def closeEvent(self, event) -> None:
        if not self.is_complete:  # closed before the first paint's follow-up ran: nothing was written yet
            self.library.stop_search()
            self.save_state()
            super().closeEvent(event)
            return
        if not self.may_leave_pending():
            event.ignore()
            return
        if self.team.hold_quit():  # a last sync sends the changes made here first (bounded wait)
            event.ignore()
            return
        for window in list(self._windows):  # the review and all-claims windows go with the main window
            if isValid(window):
                window.close()
        if self.import_run is not None:
            self.import_run.cancel()
            self.import_run.wait()
        if self.contradictions is not None:
            self.contradictions.wait()
        self.library.stop_search()
        self.save_state()
        super().closeEvent(event)


def _sides(direction: Qt.LayoutDirection) -> tuple[Qt.DockWidgetArea, Qt.DockWidgetArea]:
    """(start, end) dock areas for a layout direction: right then left for right-to-left."""
    left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
    return (right, left) if direction == Qt.LayoutDirection.RightToLeft else (left, right)


def _sample_attempt(store: Store) -> int | None:
    """One attempt at the sample for the write queue: checked again under the write lock, stored in one go."""
    if store.read_only or store.conn.execute("SELECT EXISTS (SELECT 1 FROM articles)").fetchone()[0]:
        return None
    with store.transaction():
        return _sample_if_new(store)


def _sample_if_new(store: Store) -> int | None:
    """The sample on a new store only: a store emptied by deleting its articles stays empty."""
    if store.conn.execute("SELECT EXISTS (SELECT 1 FROM articles)").fetchone()[0]:
        return None  # the cheap check first: a store with articles needs neither the tombstones nor the listing
    if store.read_only or store.article_deletions():
        return None
    from desktop.ui.library.sample import ensure_sample  # the importers load only for a new store

    return ensure_sample(store)


def prefill(quote: str) -> dict:
    """Value, unit and kind read from the selected words by the claim parser (empty when it reads nothing)."""
    try:
        from desktop.core.claims.suggest import parse_quantity
    except ImportError:
        return {}
    found = parse_quantity(quote)
    if found is None:
        return {}
    return {"value": found.value, "unit": found.unit or "", "kind": found.kind}
