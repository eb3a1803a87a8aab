"""The Store's part that writes and reads claim revisions (see :mod:`desktop.core.store.revisions`)."""

from __future__ import annotations

import json

from desktop.core.store.models import Annotation, utc_now
from desktop.core.store.revisions import VERSION_COLUMNS, ConflictError, Version, record_of, row_to_version


class Versioning:
    """Mixed into :class:`~desktop.core.store.database.Store`; needs ``self.db`` and ``self.author``."""

    _store_id: str | None = None

    @property
    def store_id(self) -> str:
        """This store's id: the ``origin`` of every revision made here."""
        if self._store_id is None:
            row = self.db.execute("SELECT value FROM store_meta WHERE key = 'store_id'").fetchone()
            self._store_id = row[0]
        return self._store_id

    def _revise(self, a: Annotation | dict, article_hash: str, action: str, *, deleted: bool = False,
                base: int | None = None, by: str | None = None, source: str = "") -> int:
        """Append a version of a claim to ``claim_revisions`` (inside the caller's transaction); returns its seq."""
        record = record_of(a)
        cur = self.db.execute(
            "INSERT INTO claim_revisions (uuid, article_hash, action, deleted, record, base, by, source, made, origin, "
            "origin_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
            [record["uuid"], article_hash, action, int(deleted), json.dumps(record, ensure_ascii=False, sort_keys=True),
             base, by if by is not None else self.author, source, utc_now(), self.store_id])
        seq = cur.lastrowid
        self.db.execute("UPDATE claim_revisions SET origin_seq = ? WHERE seq = ?", [seq, seq])
        return seq

    def head(self, uuid: str) -> int | None:
        """The claim's current revision: its version's seq if it is stored, else that of its deletion (or None)."""
        row = self.db.execute("SELECT revision FROM annotations WHERE uuid = ?", [uuid]).fetchone()
        if row is not None:
            return row[0]
        row = self.db.execute("SELECT max(seq) FROM claim_revisions WHERE uuid = ? AND action != 'note'",
                              [uuid]).fetchone()
        return row[0]

    def version(self, seq: int | None) -> Version | None:
        if seq is None:
            return None
        row = self.db.execute(f"SELECT {VERSION_COLUMNS} FROM claim_revisions WHERE seq = ?", [seq]).fetchone()
        return row_to_version(row) if row else None

    def versions(self, uuid: str) -> list[Version]:
        """Every version of a claim this store made or received, newest first (notes and deletions included)."""
        rows = self.db.execute(f"SELECT {VERSION_COLUMNS} FROM claim_revisions WHERE uuid = ? ORDER BY seq DESC",
                               [uuid]).fetchall()
        return [row_to_version(r) for r in rows]

    def history(self, uuid: str) -> list[Version]:
        """Everything known of a claim, newest first: its versions, and the versions a merge or an import kept
        aside (``annotation_history``: theirs that lost to ours) that are not among them (``seq`` 0, action
        ``kept-aside``)."""
        versions = self.versions(uuid)
        seen = {json.dumps(record_of(v.record), sort_keys=True) for v in versions}
        rows = self.db.execute("SELECT record, reason, source, recorded FROM annotation_history WHERE uuid = ?",
                               [uuid]).fetchall()
        for record, reason, source, recorded in rows:
            rec = record_of(json.loads(record))
            if json.dumps(rec, sort_keys=True) not in seen:
                versions.append(Version(0, uuid, "kept-aside", False, rec, None, rec.get("author") or "",
                                        source or reason, recorded, "", 0))
        return sorted(versions, key=lambda v: (v.made, v.seq), reverse=True)

    def revisions_since(self, seq: int = 0, limit: int = 1000) -> list[Version]:
        """Every revision after ``seq``, oldest first (what a team hub would pull or push)."""
        rows = self.db.execute(f"SELECT {VERSION_COLUMNS} FROM claim_revisions WHERE seq > ? ORDER BY seq LIMIT ?",
                               [seq, limit]).fetchall()
        return [row_to_version(r) for r in rows]

    def _check_base(self, uuid: str, base: int | None, mine: Annotation | None, action: str) -> None:
        """Refuse (ConflictError, nothing written) a write based on a revision that is no longer the current one,
        unless the current one holds exactly the same version."""
        if base is None:
            return
        current = self.head(uuid)
        if current == base:
            return
        was, now = self.version(base), self.version(current)
        if was is not None and now is not None and (was.deleted, was.record) == (now.deleted, now.record):
            return  # the same version again (e.g. an undo of a later step put it back): nothing of theirs is lost
        try:
            theirs = self.annotation(uuid)
        except Exception:  # noqa: BLE001 - a deleted claim: theirs is the deletion
            theirs = None
        raise ConflictError(uuid, base, self.version(current), theirs, mine, action)

    def keep_as_note(self, mine: Annotation, source: str = "") -> int:
        """Keep ``mine`` in the claim's history beside the current version ("keep both"); returns its seq."""
        with self.transaction():
            return self._revise(mine, self.article_hash(mine.article), "note", base=self.head(mine.uuid),
                                source=source)
