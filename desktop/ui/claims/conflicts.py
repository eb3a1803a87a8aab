"""When a claim was changed elsewhere: say who changed what, and let the analyst keep theirs, mine, or both."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from desktop.core.store.revisions import ArticleConflictError, ConflictError

THEIRS, MINE, BOTH = "theirs", "mine", "both"


def conflict_box(parent, error: ConflictError) -> tuple[QMessageBox, dict]:
    """The question, with three buttons; returns the box and its buttons by choice."""
    if isinstance(error, ArticleConflictError):
        question = QCoreApplication.translate(
            "Conflicts", "Claims of this article were changed elsewhere after you deleted it, so it was not restored.")
    else:
        question = QCoreApplication.translate(
            "Conflicts", "This claim was changed elsewhere after you read it, so your change was not saved.")
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Conflicts", "Changed elsewhere"),
                      question, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("conflictBox")
    box.setInformativeText(f"\u2068{error}\u2069")
    buttons = {
        THEIRS: box.addButton(QCoreApplication.translate("Conflicts", "Keep &theirs"), QMessageBox.ButtonRole.RejectRole),
        MINE: box.addButton(QCoreApplication.translate("Conflicts", "Keep &mine"), QMessageBox.ButtonRole.AcceptRole),
        BOTH: box.addButton(QCoreApplication.translate("Conflicts", "Keep &both (mine in the history)"), QMessageBox.ButtonRole.ActionRole),
    }
    box.setDefaultButton(buttons[BOTH])
    return box, buttons


def ask(parent, error: ConflictError) -> str:
    """Ask (modal) which version to keep; closing the box keeps theirs."""
    box, buttons = conflict_box(parent, error)
    box.exec()
    clicked = box.clickedButton()
    return next((choice for choice, button in buttons.items() if button is clicked), THEIRS)


def resolve(window, error: ConflictError) -> str:
    """Ask through ``window.resolve_conflict`` (tests replace it) and do what was chosen; returns the choice."""
    from desktop.ui.claims.commands import KeepVersion

    choice = window.resolve_conflict(error)
    if isinstance(error, ArticleConflictError):  # undo of an article deletion: the choice holds for all its claims
        window.writes.submit(QCoreApplication.translate("Commands", "Delete article"),
                             lambda: restore_article(window.store, window.events, error.gone, choice))
    elif choice == MINE:
        window.push(KeepVersion(window.store, error.uuid, error.mine, error.theirs, window.events))
    elif choice == BOTH and error.mine is not None:
        window.writes.submit(QCoreApplication.translate("Conflicts", "Keep both"),
                             lambda: window.store.keep_as_note(error.mine))
    window.refresh_all()
    return choice


def restore_article(store, events, gone, choice: str) -> None:
    """Bring a deleted article back, keeping theirs, mine or both for its claims changed elsewhere meanwhile."""
    article = store.restore_article(gone, keep=choice)
    events.articleRestored.emit(article.id)
    events.claimsChanged.emit(article.id)
