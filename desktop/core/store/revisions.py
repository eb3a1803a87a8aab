"""Claim revisions: every version of a claim is a row of ``claim_revisions``; a write based on a stale one is refused.

A claim's ``revision`` is the ``seq`` of its current version. An edit, an undo or a redo names the revision it was
based on; when the store holds another one (someone else changed the claim meanwhile: a second window, a script,
a merge, an import), nothing is written and :class:`ConflictError` says who changed what, so the analyst can keep
theirs, keep mine, or keep both (mine as a ``note`` version in the history). Nothing is ever deleted from the table.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from desktop.core.store.errors import StoreError
from desktop.core.store.models import Annotation, format_value

__all__ = ["ConflictError", "ArticleConflictError", "Version", "RECORD_FIELDS", "record_of", "describe_changes"]

RECORD_FIELDS = ("uuid", "start", "end", "quote", "prefix", "suffix", "category", "kind", "value", "unit", "note",
                 "status", "origin", "author", "created", "modified", "subject")
_SHOWN = ("category", "kind", "value", "unit", "note", "status", "subject")
_ACTIONS = {
    "existing": "was in the store", "add": "added it", "edit": "edited it", "undo": "undid a change",
    "redo": "redid a change", "delete": "deleted it", "restore": "restored it", "merge": "merged a version in",
    "import": "imported a version", "keep-mine": "kept their own version", "note": "kept a version beside it",
    "merge-delete": "merged a deletion in", "delete-article": "deleted its article",
    "kept-aside": "had a version kept aside by a merge or an import",
    "resolve": "reviewed a conflict and kept the current version",
}


def record_of(a: Annotation | dict) -> dict:
    """A claim version as a plain record (no local article id, no revision)."""
    d = asdict(a) if isinstance(a, Annotation) else dict(a)
    return {k: d.get(k) for k in RECORD_FIELDS}


@dataclass(frozen=True)
class Version:
    """One row of a claim's history: the version (``record``), what made it, who, when, from where."""

    seq: int
    uuid: str
    action: str
    deleted: bool
    record: dict
    base: int | None
    by: str
    source: str
    made: str
    origin: str
    origin_seq: int

    def what(self) -> str:
        return _ACTIONS.get(self.action, self.action)

    def to_json(self) -> dict:
        return asdict(self)


def describe_changes(old: dict | None, new: dict | None) -> str:
    """The fields an analyst sees that differ between two versions: ``note: 'a' → 'b'; status: x → y``."""
    if old is None or new is None:
        return "deleted" if new is None else "brought back"
    parts = []
    for key in _SHOWN:
        a, b = old.get(key), new.get(key)
        if a != b:
            if key == "value":
                a, b = format_value(a), format_value(b)
            parts.append(f"{key}: {_short(a)} → {_short(b)}")
    return "; ".join(parts) or "no visible change"


def _short(value: object) -> str:
    text = "—" if value in (None, "") else str(value)
    return repr(text if len(text) <= 40 else text[:39] + "…")


class ConflictError(StoreError):
    """A write based on revision ``base`` of a claim whose current revision is another: nothing was written.

    ``theirs`` is the stored claim (None when it was deleted), ``change`` the version that made it so, and ``mine``
    the claim this write wanted (None for a deletion)."""

    def __init__(self, uuid: str, base: int | None, change: Version | None, theirs: Annotation | None,
                 mine: Annotation | None, mine_action: str = "edit"):
        self.uuid, self.base, self.change, self.theirs, self.mine = uuid, base, change, theirs, mine
        self.mine_action = mine_action
        quote = (theirs or mine).quote if (theirs or mine) else uuid
        who = (change.by or "someone") if change else "someone"
        how = change.what() if change else "changed it"
        where = f" from {change.source}" if change and change.source else ""
        when = f" at {change.made}" if change else ""
        theirs_record = record_of(theirs) if theirs else None
        mine_record = record_of(mine) if mine else None
        self.difference = describe_changes(theirs_record, mine_record) if theirs_record or mine_record else ""
        super().__init__(
            f"claim \u2068{quote}\u2069 was changed elsewhere after you read it: {who} {how}{where}{when}"
            f" (revision {change.seq if change else '?'}, yours was based on {base}); not saved. "
            f"Theirs → yours: {self.difference}. Keep theirs, keep mine, or keep both (mine in the history)"
        )


class ArticleConflictError(ConflictError):
    """Undoing an article's deletion would overwrite claims changed elsewhere since (the article came back by an
    import, a merge or another window, and someone edited or deleted some of its claims): nothing was written.
    ``gone`` is the article tombstone, ``conflicts`` one ConflictError per changed claim (the first one's fields are
    this error's own), so the analyst can keep theirs, mine, or both for all of them."""

    def __init__(self, gone, conflicts: list[ConflictError]):
        first = conflicts[0]
        super().__init__(first.uuid, first.base, first.change, first.theirs, first.mine, first.mine_action)
        self.gone, self.conflicts = gone, conflicts
        self.args = (
            f"article \u2068{gone.title}\u2069 was not restored: {len(conflicts)} of its claims were changed elsewhere "
            f"after you deleted it. {first}",
        )

    def __str__(self) -> str:
        return self.args[0]


def row_to_version(row: tuple) -> Version:
    seq, uuid, action, deleted, record, base, by, source, made, origin, origin_seq = row
    return Version(seq, uuid, action, bool(deleted), json.loads(record), base, by, source, made, origin, origin_seq)


VERSION_COLUMNS = "seq, uuid, action, deleted, record, base, by, source, made, origin, origin_seq"
