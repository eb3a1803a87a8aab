"""Undo commands for every change to claims and for deleting articles; each calls the core store, never a widget."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand

from desktop.core.store.models import Annotation
from desktop.core.store.database import ArticleDeletion, Store


class StoreEvents(QObject):
    """Tells views that the store changed, so they re-query it."""

    claimsChanged = Signal(int)  # article id
    articlesChanged = Signal()
    articleDeleted = Signal(int)  # article id, emitted before claimsChanged of the same article
    articleRestored = Signal(int)  # article id (the restored article's)


class _ClaimCommand(QUndoCommand):
    def __init__(self, store: Store, events: StoreEvents | None, text: str):
        super().__init__(text)
        self.store, self.events = store, events

    _done_already = False

    def redo(self) -> None:
        if self._done_already:  # push_checked ran it once to catch errors before pushing
            self._done_already = False
            return
        self.do()

    def do(self) -> None:
        raise NotImplementedError

    def _changed(self, article_id: int) -> None:
        if self.events is not None:
            self.events.claimsChanged.emit(article_id)


class AddClaim(_ClaimCommand):
    """Mark a span as a claim; undo deletes it. ``fields``: start, end, category and optional fields."""

    def __init__(self, store: Store, article_id: int, fields: dict, events: StoreEvents | None = None):
        super().__init__(store, events, QCoreApplication.translate("Commands", "Add claim"))
        self.article_id, self.fields = article_id, dict(fields)
        self.added: Annotation | None = None

    def do(self) -> None:
        if self.added is None:
            self.added = self.store.add_annotation(self.article_id, **self.fields)
        else:
            self.store.restore_annotation(self.added)
        self._changed(self.article_id)

    def undo(self) -> None:
        self.store.delete_annotation(self.added.uuid)
        self._changed(self.article_id)


class EditClaim(_ClaimCommand):
    """Change editable fields of a claim; undo puts back the old values."""

    def __init__(self, store: Store, uuid: str, changes: dict, events: StoreEvents | None = None):
        super().__init__(store, events, QCoreApplication.translate("Commands", "Edit claim"))
        self.uuid, self.changes = uuid, dict(changes)
        self.old: Annotation | None = None

    def do(self) -> None:
        self.old = self.store.annotation(self.uuid)
        self.store.update_annotation(self.uuid, **self.changes)
        self._changed(self.old.article)

    def undo(self) -> None:
        self.store.restore_annotation(self.old)
        self._changed(self.old.article)


class SetStatus(EditClaim):
    """Set a claim's review status (confirmed, rejected …); undo puts back the old status."""

    def __init__(self, store: Store, uuid: str, status: str, events: StoreEvents | None = None):
        super().__init__(store, uuid, {"status": status}, events)
        self.setText(QCoreApplication.translate("Commands", "Set status to %s") % status)


class DeleteClaim(_ClaimCommand):
    """Delete a claim; undo restores it exactly as it was."""

    def __init__(self, store: Store, uuid: str, events: StoreEvents | None = None):
        super().__init__(store, events, QCoreApplication.translate("Commands", "Delete claim"))
        self.uuid = uuid
        self.deleted: Annotation | None = None

    def do(self) -> None:
        self.deleted = self.store.delete_annotation(self.uuid)
        self._changed(self.deleted.article)

    def undo(self) -> None:
        self.store.restore_annotation(self.deleted)
        self._changed(self.deleted.article)


class AddSuggestions(_ClaimCommand):
    """Add a batch of suggested claims in one store transaction; undo deletes exactly those claims."""

    def __init__(self, store: Store, article_id: int, items: list[dict], events: StoreEvents | None = None):
        super().__init__(store, events, QCoreApplication.translate("Commands", "Suggest claims"))
        self.article_id, self.items = article_id, [dict(item) for item in items]
        self.added: list[Annotation] | None = None

    def do(self) -> None:
        if self.added is None:
            self.added = self.store.add_annotations(self.article_id, self.items)
        else:
            with self.store.transaction():
                for a in self.added:
                    self.store.restore_annotation(a)
        self._changed(self.article_id)

    def undo(self) -> None:
        with self.store.transaction():
            for a in self.added:
                self.store.delete_annotation(a.uuid)
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

    def undo(self) -> None:
        self.article_id = self.store.restore_article(self.gone).id
        if self.events is not None:
            self.events.articleRestored.emit(self.article_id)
        self._changed(self.article_id)


def push_checked(stack, command: _ClaimCommand) -> None:
    """Run ``command`` once and push it only if the store accepted it (a StoreError propagates, nothing pushed)."""
    command.do()
    command._done_already = True
    stack.push(command)
