"""Keyboard-driven review mode: a queue of claims to confirm, dispute or reject, each shown in its context
(the queues themselves are in review_queue)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QTextCharFormat, QTextCursor, QTextOption, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.store.models import Annotation
from desktop.core.store.database import StoreError
from desktop.core.store.revisions import ConflictError
from desktop.core.text import OffsetMap
from desktop.ui.claims import commands
from desktop.ui.formatting import category_label, format_count, format_value, status_label
from desktop.ui.i18n import app_language, isolate
from desktop.ui.claims.review_queue import QUEUES, claim_context, is_decided, qualifies, queue_claims
from desktop.ui.widgets import refill_combo

__all__ = ["QUEUES", "queue_claims", "is_decided", "claim_context", "NoteEditor", "ReviewWindow"]  # queue names re-exported

CONTEXT_COLOUR = "#f4b942"  # the claim's highlight in its context when its category is unknown


class NoteEditor(QDialog):
    """A small one-line editor for a claim's note: Enter saves, Escape cancels."""

    def __init__(self, note: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Note"))
        self.edit = QLineEdit(note, self)
        self.edit.setAccessibleName(self.tr("Claim note"))
        self.edit.selectAll()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Note (Enter saves, Esc cancels):"), self))
        layout.addWidget(self.edit)
        layout.addWidget(buttons)

    def text(self) -> str:
        return self.edit.text().strip()


class ReviewWindow(QWidget):
    """Steps through a review queue; each decision is an undoable command, stored at once."""

    claimShown = Signal(str)  # uuid of the claim now on screen ("" when the queue is empty)

    def __init__(self, store, undo_stack: QUndoStack, events, navigate: Callable[[int, str], None],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.undo_stack = undo_stack
        self.events = events
        self.navigate = navigate
        self.queue_name = "unreviewed"
        self.category: str | None = None
        self.article_id: int | None = None
        self.uuids: list[str] = []
        self.claims: dict[str, Annotation] = {}
        self.position = -1
        self.note_editor: NoteEditor | None = None
        self._texts: dict[int, tuple[str, str]] = {}  # article id → (text, direction)
        self._mine: list[tuple[object, str]] = []  # commands this window pushed, with their claim's uuid
        self._busy = False  # True while our own command runs, so its claimsChanged is not re-read
        self.language = app_language()
        self.setWindowTitle(self.tr("Review claims"))
        self.setAccessibleName(self.tr("Review claims"))
        self._build()
        self._fill_filters()
        signal = getattr(events, "claimsChanged", None) if events is not None else None
        if signal is not None and hasattr(signal, "connect"):
            signal.connect(self._claims_changed)
        watcher = getattr(parent, "watcher", None)  # the window's live view: changes committed by other programs
        if watcher is not None:
            watcher.changedElsewhere.connect(self._claims_changed)
        self.apply_filters()

    # --- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.queue_combo = QComboBox(self)
        self.queue_combo.setAccessibleName(self.tr("Review queue"))
        for name, label in QUEUES.items():
            self.queue_combo.addItem(self.tr(label), name)
        self.category_combo = QComboBox(self)
        self.category_combo.setAccessibleName(self.tr("Filter queue by category"))
        self.article_combo = QComboBox(self)
        self.article_combo.setAccessibleName(self.tr("Filter queue by article"))
        for combo in (self.queue_combo, self.category_combo, self.article_combo):
            combo.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            combo.currentIndexChanged.connect(self.apply_filters)

        self.progress_label = QLabel(self)
        self.progress_label.setAccessibleName(self.tr("Review progress"))
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setAccessibleName(self.tr("Review progress bar"))
        self.position_label = QLabel(self)
        self.position_label.setAccessibleName(self.tr("Position in queue"))
        self.claim_label = QLabel(self)
        self.claim_label.setAccessibleName(self.tr("Claim"))
        self.claim_label.setTextFormat(Qt.TextFormat.PlainText)
        self.claim_label.setWordWrap(True)
        self.note_label = QLabel(self)
        self.note_label.setAccessibleName(self.tr("Claim note"))
        self.note_label.setTextFormat(Qt.TextFormat.PlainText)
        self.note_label.setWordWrap(True)
        self.status_label = QLabel(self)
        self.status_label.setAccessibleName(self.tr("Review messages"))
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.context_view = QPlainTextEdit(self)
        self.context_view.setReadOnly(True)
        self.context_view.setAccessibleName(self.tr("Claim in context"))
        self.context_view.setAccessibleDescription(self.tr("The paragraph around the claim; the claim is highlighted"))
        self.context_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.actions_by_key: dict[str, QAction] = {}
        buttons = QHBoxLayout()
        for key, label, slot in (
            ("K", self.tr("Previous"), self.previous), ("J", self.tr("Next"), self.next),
            ("A", self.tr("Confirm"), lambda: self.decide("confirmed")),
            ("D", self.tr("Dispute"), lambda: self.decide("disputed")),
            ("R", self.tr("Reject"), lambda: self.decide("rejected")), ("N", self.tr("Note…"), self.edit_note),
        ):
            shown = self.tr("{label} ({key})").format(label=label, key=key)
            action = self._action(shown, key, slot)
            self.actions_by_key[key] = action
            button = QPushButton(shown, self)
            button.setAccessibleName(label)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(action.trigger)
            buttons.addWidget(button)
        self.undo_action = self._action(self.tr("Undo last decision"), "Ctrl+Z", self.undo)
        self.redo_action = self._action(self.tr("Redo"), "Ctrl+Shift+Z", self.redo)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        undo_button = QPushButton(self.tr("Undo (Ctrl+Z)"), self)
        undo_button.setAccessibleName(self.tr("Undo last decision"))
        undo_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        undo_button.clicked.connect(self.undo_action.trigger)
        buttons.addWidget(undo_button)

        filters = QHBoxLayout()
        filters.addWidget(self.queue_combo)
        filters.addWidget(self.category_combo)
        filters.addWidget(self.article_combo, 1)
        progress = QHBoxLayout()
        progress.addWidget(self.progress_label)
        progress.addWidget(self.progress_bar, 1)
        progress.addWidget(self.position_label)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(progress)
        layout.addWidget(self.claim_label)
        layout.addWidget(self.context_view, 1)
        layout.addWidget(self.note_label)
        layout.addLayout(buttons)
        layout.addWidget(self.status_label)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.resize(820, 480)

    def _action(self, text: str, key, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _fill_filters(self) -> None:
        for combo, everything, items in (
            (self.category_combo, self.tr("All categories"),
             [(category_label(c, c.name, self.language), c.name) for c in self.store.categories()]),
            (self.article_combo, self.tr("All articles"), [(a.title, a.id) for a in self.store.articles()]),
        ):
            refill_combo(combo, everything, items)

    def changeEvent(self, event) -> None:
        """The UI language changed: build the window again in the new language, on the same claim."""
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "queue_combo") and self.isVisible():
            self.rebuild()
        super().changeEvent(event)

    def rebuild(self) -> None:
        queue, category, article, uuid = self.queue_name, self.category, self.article_id, self.current_uuid()
        for action in self.actions():
            self.removeAction(action)
            action.deleteLater()
        for child in self.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if not child.isWindow():
                child.hide()
                child.deleteLater()
        QWidget().setLayout(self.layout())  # the old layout goes with a throwaway widget
        self.language = app_language()
        self.setWindowTitle(self.tr("Review claims"))
        self.setAccessibleName(self.tr("Review claims"))
        self._build()
        self._fill_filters()
        self.set_filters(queue, category=category, article_id=article)
        if uuid in self.uuids:
            self._show(self.uuids.index(uuid), navigate=False)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.focusWidget() is None:
            self.setFocus()  # the J/K/A/D/R/N shortcuts work as soon as the window is shown

    # --- the queue -----------------------------------------------------------------------------

    def set_filters(self, queue: str | None = None, *, category: str | None = None,
                    article_id: int | None = None) -> None:
        """Choose the queue and filters (as the combo boxes do) and start again from its first claim."""
        for combo, data in ((self.queue_combo, queue or self.queue_name), (self.category_combo, category),
                            (self.article_combo, article_id)):
            found = combo.findData(data) if data is not None else 0
            if found < 0:
                raise ValueError(f"no such choice in {combo.accessibleName().lower()}: {data!r}")
            combo.blockSignals(True)
            combo.setCurrentIndex(found)
            combo.blockSignals(False)
        self.apply_filters()

    def apply_filters(self) -> None:
        self.queue_name = self.queue_combo.currentData()
        self.category = self.category_combo.currentData()
        self.article_id = self.article_combo.currentData()
        claims = queue_claims(self.store, self.queue_name, category=self.category, article_id=self.article_id)
        self.uuids = [c.uuid for c in claims]
        self.claims = {c.uuid: c for c in claims}
        self._show(0 if self.uuids else -1)

    def reload(self) -> None:
        """Re-read the queue's claims from the store: keep the order, drop deleted ones, add new arrivals."""
        current = self.current_uuid()
        existing = {c.uuid: c for c in self.store.annotations(self.article_id, category=self.category)}
        kept = [u for u in self.uuids if u in existing]
        arrivals = [u for u, c in existing.items() if u not in self.claims and qualifies(c, self.queue_name)]
        self.uuids = kept + arrivals
        self.claims = {u: existing[u] for u in self.uuids}
        self._fill_filters()
        if current in self.claims:
            self._show(self.uuids.index(current), navigate=False)
        else:
            self._show(min(max(self.position, 0), len(self.uuids) - 1))

    def current_uuid(self) -> str | None:
        return self.uuids[self.position] if 0 <= self.position < len(self.uuids) else None

    def current_claim(self) -> Annotation | None:
        uuid = self.current_uuid()
        return self.claims.get(uuid) if uuid else None

    def reviewed_count(self) -> int:
        return sum(is_decided(self.claims[u], self.queue_name) for u in self.uuids)

    # --- moving --------------------------------------------------------------------------------

    def next(self) -> None:
        if self.position + 1 < len(self.uuids):
            self._show(self.position + 1)

    def previous(self) -> None:
        if self.position > 0:
            self._show(self.position - 1)

    def go_to(self, uuid: str) -> None:
        if uuid in self.claims:
            self._show(self.uuids.index(uuid))

    def _advance(self) -> None:
        """After a decision: the next claim still waiting (wrapping round), or stay when none is left."""
        n = len(self.uuids)
        for step in range(1, n + 1):
            i = (self.position + step) % n
            if not is_decided(self.claims[self.uuids[i]], self.queue_name):
                self._show(i)
                return
        self._show(self.position, navigate=False)

    # --- decisions -----------------------------------------------------------------------------

    def _events_arg(self):
        """The events object, when it has a claimsChanged signal the commands can emit on."""
        signal = getattr(self.events, "claimsChanged", None) if self.events is not None else None
        return self.events if signal is not None and hasattr(signal, "emit") else None

    def decide(self, status: str) -> None:
        """Set the current claim's status through the undo stack, then move on."""
        claim = self.current_claim()
        if claim is None:
            return
        if claim.status != status:
            if not self._push(commands.SetStatus(self.store, claim.uuid, status, self._events_arg(),
                                                 base=claim.revision or None), claim):
                return
        self._advance()

    def edit_note(self) -> None:
        """Open the note editor for the current claim; Enter saves the note as an undoable edit."""
        claim = self.current_claim()
        if claim is None:
            return
        self.note_editor = NoteEditor(claim.note, self)
        self.note_editor.accepted.connect(lambda: self._save_note(claim.uuid, claim.revision or None))
        self.note_editor.open()
        self.note_editor.edit.setFocus()

    def _save_note(self, uuid: str, base: int | None = None) -> None:
        """Save the note typed, based on the revision the editor opened on (a change made elsewhere meanwhile is
        not overwritten: the analyst chooses which to keep)."""
        editor, self.note_editor = self.note_editor, None
        claim = self.claims.get(uuid)
        if editor is None or claim is None or editor.text() == claim.note:
            return
        if self._push(commands.EditClaim(self.store, uuid, {"note": editor.text()}, self._events_arg(), base=base),
                      claim):
            self._show(self.uuids.index(uuid), navigate=False)

    def _push(self, command, claim: Annotation) -> bool:
        """Run the command through the window's write queue and put it on the undo stack once committed; True when
        committed or kept to retry (said as pending: another program holds the store's lock, or the disk is full);
        False, with a message, if refused."""
        from desktop.ui.store.queue import queue_for

        writes = queue_for(self)
        self._busy = True
        try:
            if writes is None:  # on its own (no main window): one attempt
                commands.push_checked(self.undo_stack, command)
                done = True
            else:
                done = writes.submit(command.label, lambda: commands.push_checked(self.undo_stack, command),
                                     on_done=lambda _result: self._pushed(command, claim.uuid))
        except ConflictError as exc:  # changed elsewhere since it was shown: the window asks which to keep
            self._busy = False
            window = writes.parent() if writes is not None else None
            if window is None or not hasattr(window, "resolve_conflict"):
                self.status_label.setText(self.tr("Not saved: {error}").format(error=exc))
            else:
                from desktop.ui.claims.conflicts import resolve

                resolve(window, exc)
            self.reload()
            return False
        except StoreError as exc:
            self.status_label.setText(self.tr("Not saved: {error}").format(error=exc))
            return False
        finally:
            self._busy = False
        if done is None:
            self.status_label.setText(self.tr("Not saved yet: {change} waits for the store and is kept until it "
                                              "is saved.").format(change=isolate(command.label)))
        elif writes is None:
            self._pushed(command, claim.uuid)
        return True

    def _pushed(self, command, uuid: str) -> None:
        """A decision of this window was committed (now, or at a retry of the write queue)."""
        from shiboken6 import isValid

        if not isValid(self):  # closed while the decision waited: the store has it, nothing to show
            return
        self.status_label.setText("")
        self._mine.append((command, uuid))
        if uuid in self.claims:
            self._refresh_claim(uuid)

    def undo(self) -> None:
        """Undo the last command on the stack; if it was a decision made here, go back to that claim."""
        if self.undo_stack.canUndo():
            self._history_step(self.undo_stack.index() - 1, self.undo_stack.undo)

    def redo(self) -> None:
        if self.undo_stack.canRedo():
            self._history_step(self.undo_stack.index(), self.undo_stack.redo)

    def _history_step(self, index: int, step: Callable[[], None]) -> None:
        command = self.undo_stack.command(index)
        self._busy = True
        try:
            step()
        except StoreError as exc:
            self.status_label.setText(self.tr("Could not undo or redo: {error}").format(error=exc))
        finally:
            self._busy = False
        uuid = next((u for c, u in reversed(self._mine) if c is command), None)
        if uuid is None or uuid not in self.claims:
            self.reload()
            return
        self._refresh_claim(uuid)
        self.go_to(uuid)

    def _refresh_claim(self, uuid: str) -> None:
        try:
            self.claims[uuid] = self.store.annotation(uuid)
        except StoreError:
            self.reload()

    def _claims_changed(self, _article_id: int = -1) -> None:
        """Another view changed claims: re-read the queue (our own commands' signals are skipped)."""
        if not self._busy:
            self.reload()

    # --- showing -------------------------------------------------------------------------------

    def _show(self, position: int, *, navigate: bool = True) -> None:
        self.position = position
        claim = self.current_claim()
        total, done = len(self.uuids), self.reviewed_count()
        self.progress_label.setText(self.tr("{done} / {total} reviewed").format(done=format_count(done),
                                                                                total=format_count(total)))
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)
        if claim is None:
            self.position_label.setText("")
            self.claim_label.setText(self.tr("No claims in this queue."))
            self.note_label.setText("")
            self.context_view.setPlainText("")
            self.context_view.setExtraSelections([])
            self.claimShown.emit("")
            return
        self.position_label.setText(self.tr("Claim {number} of {total}").format(number=format_count(position + 1),
                                                                                total=format_count(total)))
        category = next((c for c in self.store.categories() if c.name == claim.category), None)  # one query a claim
        label = category_label(category, claim.category, self.language)
        amount = format_value(claim.value, claim.unit) or claim.unit
        parts = [label, f"«{isolate(claim.quote)}»"]
        if amount:
            parts.append(isolate(amount))
        parts.append(status_label(claim.status, self.language))
        if claim.origin == "suggested":
            parts.append(self.tr("suggested"))
        self.claim_label.setText(" · ".join(parts))
        self.note_label.setText(self.tr("Note: {note}").format(note=isolate(claim.note)) if claim.note
                                else self.tr("No note (N to add one)"))
        self._show_context(claim, category.colour if category else CONTEXT_COLOUR)
        if done == total:
            self.position_label.setText(self.tr("All {total} reviewed").format(total=format_count(total)))
        if navigate:
            self.navigate(claim.article, claim.uuid)
        self.claimShown.emit(claim.uuid)

    def _article_text(self, article_id: int) -> tuple[str, str]:
        if article_id not in self._texts:
            article = self.store.article(article_id)
            self._texts[article_id] = (article.text, article.direction)
        return self._texts[article_id]

    def _show_context(self, claim: Annotation, colour: str) -> None:
        text, direction = self._article_text(claim.article)
        excerpt, base = claim_context(text, claim.start, claim.end)
        option = QTextOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft if direction == "rtl" else Qt.LayoutDirection.LeftToRight)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        option.setAlignment(Qt.AlignmentFlag.AlignRight if direction == "rtl" else Qt.AlignmentFlag.AlignLeft)
        self.context_view.document().setDefaultTextOption(option)
        self.context_view.setPlainText(excerpt)
        offsets = OffsetMap(excerpt)
        cursor = QTextCursor(self.context_view.document())
        cursor.setPosition(offsets.to_qt(claim.start - base))
        cursor.setPosition(offsets.to_qt(claim.end - base), QTextCursor.MoveMode.KeepAnchor)
        highlight = QTextEdit.ExtraSelection()
        highlight.cursor = cursor
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(colour))
        highlight.format = fmt
        self.context_view.setExtraSelections([highlight])
        caret = QTextCursor(self.context_view.document())
        caret.setPosition(offsets.to_qt(claim.start - base))
        self.context_view.setTextCursor(caret)
        self.context_view.ensureCursorVisible()

    def highlighted_text(self) -> str:
        """The text under the claim's highlight in the context view (what a reader sees marked)."""
        selections = self.context_view.extraSelections()
        return selections[0].cursor.selectedText() if selections else ""
