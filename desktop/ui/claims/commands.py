"""Undo commands for every change to claims and for deleting articles; each calls the core store, never a widget."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand

from desktop.core.store.database import ArticleDeletion, Store, StoreError
from desktop.core.store.models import Annotation
from desktop.core.store.revisions import ConflictError


class StoreEvents(QObject):
    """Tells views that the store changed, so they re-query it; and the window that an undo or redo failed."""

    claimsChanged = Signal(int)  # article id
    articlesChanged = Signal()
    articleDeleted = Signal(int)  # article id, emitted before claimsChanged of the same article
    articleRestored = Signal(int)  # article id (the restored article's)
    stepFailed = Signal(object)  # a StepFailure: an undo or redo the store refused (conflict, lock, full disk)


@dataclass
class StepFailure:
    """An undo or redo that wrote nothing: ``step`` is "undo" or "redo", ``error`` the store's refusal. A
    conflicting command is dropped from the stack (obsolete); any other leaves it for a retry."""

    step: str
    error: StoreError
    command: "_ClaimCommand"
    label: str


class _ClaimCommand(QUndoCommand):
    def __init__(self, store: Store, events: StoreEvents | None, text: str):
        super().__init__(text)
        self.store, self.events = store, events
        self.label = text

    _done_already = False
    _skip_undo = False

    def redo(self) -> None:
        if self._done_already:  # push_checked ran it once to catch errors before pushing
            self._done_already = False
            return
        self._guard("redo", self.do)

    def undo(self) -> None:
        if self._skip_undo:  # a failed redo is taken back without touching the store
            self._skip_undo = False
            return
        self._guard("undo", self.revert)

    def _guard(self, step: str, action) -> None:
        """Run an undo or redo step; a refusal is handed to the window (never raised into Qt's stack)."""
        try:
            action()
        except StoreError as exc:
            if isinstance(exc, ConflictError):
                self.setObsolete(True)  # the stack drops it: what it would undo is not there any more
            if self.events is None:
                raise
            self.events.stepFailed.emit(StepFailure(step, exc, self, self.label))

    def do(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def _changed(self, article_id: int) -> None:
        if self.events is not None:
            self.events.claimsChanged.emit(article_id)


class AddClaim(_ClaimCommand):
    """Mark a span as a claim; undo deletes it (refused if someone changed it since)."""

    def __init__(self, store: Store, article_id: int, fields: dict, events: StoreEvents | None = None):
        super().__init__(store, events, QCoreApplication.translate("Commands", "Add claim"))
        self.article_id, self.fields = article_id, dict(fields)
        self.added: Annotation | None = None
        self.rev: int | None = None

    def do(self) -> None:
        if self.added is None:
            self.added = self.store.add_annotation(self.article_id, **self.fields)
        else:
            self.added = self.store.restore_annotation(self.added, base_revision=self.rev, action="redo")
        self.rev = self.added.revision
        self._changed(self.article_id)

    def revert(self) -> None:
        self.store.delete_annotation(self.added.uuid, base_revision=self.rev, action="undo")
        self.rev = self.store.head(self.added.uuid)
        self._changed(self.article_id)


class EditClaim(_ClaimCommand):
    """Change editable fields of a claim, based on revision ``base`` (the one the analyst saw; None: the
    current one); undo puts back the old values unless someone changed the claim since (ConflictError)."""

    def __init__(self, store: Store, uuid: str, changes: dict, events: StoreEvents | None = None,
                 base: int | None = None):
        super().__init__(store, events, QCoreApplication.translate("Commands", "Edit claim"))
        self.uuid, self.changes, self.rev = uuid, dict(changes), base
        self.old: Annotation | None = None

    def do(self) -> None:
        first = self.old is None  # until the first attempt is committed (a retry after a lock is still the edit)
        old = self.store.annotation(self.uuid) if first else self.old
        new = self.store.update_annotation(self.uuid, base_revision=self.rev, action="edit" if first else "redo",
                                           **self.changes)
        self.old, self.rev = old, new.revision
        self._changed(self.old.article)

    def revert(self) -> None:
        self.rev = self.store.restore_annotation(self.old, base_revision=self.rev, action="undo").revision
        self._changed(self.old.article)


class SetStatus(EditClaim):
    """Set a claim's review status (confirmed, rejected …); undo puts back the old status."""

    def __init__(self, store: Store, uuid: str, status: str, events: StoreEvents | None = None,
                 base: int | None = None):
        super().__init__(store, uuid, {"status": status}, events, base=base)
        self.setText(QCoreApplication.translate("Commands", "Set status to %s") % status)
        self.label = self.text()


class DeleteClaim(_ClaimCommand):
    """Delete a claim; undo restores it exactly as it was (refused if it came back changed meanwhile)."""

    def __init__(self, store: Store, uuid: str, events: StoreEvents | None = None, base: int | None = None):
        super().__init__(store, events, QCoreApplication.translate("Commands", "Delete claim"))
        self.uuid, self.rev = uuid, base
        self.deleted: Annotation | None = None

    def do(self) -> None:
        self.deleted = self.store.delete_annotation(self.uuid, base_revision=self.rev,
                                                    action="delete" if self.deleted is None else "redo")
        self.rev = self.store.head(self.uuid)
        self._changed(self.deleted.article)

    def revert(self) -> None:
        self.rev = self.store.restore_annotation(self.deleted, base_revision=self.rev, action="undo").revision
        self._changed(self.deleted.article)


class KeepVersion(_ClaimCommand):
    """"Keep mine" after a conflict: put ``mine`` (None: the claim deleted) over the current version, which stays
    in the history; undo puts theirs back."""

    def __init__(self, store: Store, uuid: str, mine: Annotation | None, theirs: Annotation | None,
                 events: StoreEvents | None = None):
        super().__init__(store, events, QCoreApplication.translate("Commands", "Keep my version"))
        self.uuid, self.mine, self.theirs = uuid, mine, theirs
        self.rev = store.head(uuid)

    def _put(self, version: Annotation | None) -> int:
        if version is None:
            self.store.delete_annotation(self.uuid, base_revision=self.rev, action="keep-mine")
            return self.store.head(self.uuid)
        return self.store.restore_annotation(version, base_revision=self.rev, action="keep-mine").revision

    def do(self) -> None:
        self.rev = self._put(self.mine)
        self._changed((self.mine or self.theirs).article)

    def revert(self) -> None:
        self.rev = self._put(self.theirs)
        self._changed((self.mine or self.theirs).article)


class AddSuggestions(_ClaimCommand):
    """Add a batch of suggested claims in one store transaction; undo deletes exactly those claims."""

    def __init__(self, store: Store, article_id: int, items: list[dict], events: StoreEvents | None = None):
        super().__init__(store, events, QCoreApplication.translate("Commands", "Suggest claims"))
        self.article_id, self.items = article_id, [dict(item) for item in items]
        self.added: list[Annotation] | None = None
        self.revs: dict[str, int | None] = {}

    def do(self) -> None:
        if self.added is None:
            self.added = self.store.add_annotations(self.article_id, self.items)
        else:
            self.added = self.store.restore_annotations(self.added, bases=self.revs, action="redo")
        self.revs = {a.uuid: a.revision for a in self.added}
        self._changed(self.article_id)

    def revert(self) -> None:
        with self.store.transaction():
            for a in self.added:
                self.store.delete_annotation(a.uuid, base_revision=self.revs.get(a.uuid), action="undo")
        self.revs = {a.uuid: self.store.head(a.uuid) for a in self.added}
        self._changed(self.article_id)


class DeleteArticle(_ClaimCommand):
    """Delete an article and its claims (leaving tombstones); undo restores them with the same ids."""

    def __init__(self, store: Store, article_id: int, events: StoreEvents | None = None):
        super().__init__(store, events, QCoreApplication.translate("Commands", "Delete article"))
        self.article_id = article_id
        self.gone: ArticleDeletion | None = None

    def do(self) -> None:
        self.gone = self.store.delete_article(self.article_id)
        if self.events is not None:
            self.events.articleDeleted.emit(self.article_id)
        self._changed(self.article_id)

    def revert(self) -> None:
        self.article_id = self.store.restore_article(self.gone).id
        if self.events is not None:
            self.events.articleRestored.emit(self.article_id)
        self._changed(self.article_id)


class MergeSubjects(_ClaimCommand):
    """Merge subject ``gone`` into ``keep`` (its claims and names move over); undo splits them again exactly."""

    def __init__(self, store: Store, keep: str, gone: str, events: StoreEvents | None = None):
        super().__init__(store, events, QCoreApplication.translate("Commands", "Merge subjects"))
        self.keep, self.gone, self.done = keep, gone, None

    def do(self) -> None:
        self.done = self.store.merge_subjects(self.keep, self.gone)
        self._changed_claims()

    def revert(self) -> None:
        self.store.unmerge_subjects(self.done)
        self._changed_claims()

    def _changed_claims(self) -> None:
        for article_id in sorted({self.store.annotation(u).article for u in self.done.claims}):
            self._changed(article_id)


def push_checked(stack, command: _ClaimCommand) -> None:
    """Run ``command`` once and push it only if the store accepted it (a StoreError propagates, nothing pushed)."""
    command.do()
    command._done_already = True
    stack.push(command)
