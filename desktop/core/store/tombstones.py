"""The Store's tombstones: deleted claims and articles, kept whole so a merge or an import can tell them apart."""

from __future__ import annotations

import json
from dataclasses import asdict

from desktop.core.store.errors import StoreError
from desktop.core.store.models import Annotation, ArticleDeletion, Deletion


class Tombstones:
    """Mixed into :class:`~desktop.core.store.database.Store`; needs ``db``, ``author``, ``transaction``."""

    def _tombstone(self, a: Annotation, article_hash: str, deleted: str) -> Deletion:
        return Deletion(a.uuid, article_hash, deleted, self.author, asdict(a))

    def _write_deletion(self, d: Deletion) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO annotation_deletions (uuid, article_hash, deleted, author, record) "
            "VALUES (?, ?, ?, ?, ?)",
            [d.uuid, d.article_hash, d.deleted, d.author, json.dumps(d.record, ensure_ascii=False, sort_keys=True)],
        )

    def deletion(self, uuid: str) -> Deletion | None:
        """The tombstone of a claim deleted here, or None."""
        found = self.deletions(uuid)
        return found[0] if found else None

    def deletions(self, uuid: str | None = None) -> list[Deletion]:
        """Tombstones of deleted claims (of one claim if ``uuid`` is given), oldest deletion first."""
        sql = "SELECT uuid, article_hash, deleted, author, record FROM annotation_deletions"
        where, args = (" WHERE uuid = ?", [uuid]) if uuid is not None else ("", [])
        rows = self.db.execute(sql + where + " ORDER BY deleted, uuid", args).fetchall()
        return [Deletion(*r[:4], json.loads(r[4])) for r in rows]

    def apply_deletion(self, d: Deletion) -> Annotation | None:
        """Take over another store's deletion as it is: delete our copy of the claim (returned) if we have one."""
        try:
            local = self.annotation(d.uuid)
        except StoreError:
            local = None
        with self.transaction():
            self._write_deletion(d)
            if local is not None:
                self._revise(local, d.article_hash, "merge-delete", deleted=True, base=local.revision, by=d.author)
                self.db.execute("DELETE FROM annotations WHERE uuid = ?", [d.uuid])
                self._reindex_notes(local.article)
        return local

    def _write_article_deletion(self, d: ArticleDeletion) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO article_deletions (content_hash, article_id, title, deleted, author, record, "
            "claims) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [d.content_hash, d.article_id, d.title, d.deleted, d.author,
             json.dumps(d.record, ensure_ascii=False, sort_keys=True), json.dumps(d.claims, ensure_ascii=False)],
        )

    def article_deletion(self, digest: str) -> ArticleDeletion | None:
        """The tombstone of the article with this content hash, if it was deleted here; else None."""
        found = self.article_deletions(digest)
        return found[0] if found else None

    def article_deletions(self, digest: str | None = None) -> list[ArticleDeletion]:
        """Tombstones of deleted articles (of one content hash if given), oldest deletion first."""
        sql = "SELECT content_hash, article_id, title, deleted, author, record, claims FROM article_deletions"
        where, args = (" WHERE content_hash = ?", [digest]) if digest is not None else ("", [])
        rows = self.db.execute(sql + where + " ORDER BY deleted, content_hash", args).fetchall()
        return [ArticleDeletion(*r[:5], json.loads(r[5]), json.loads(r[6])) for r in rows]

    def apply_article_deletion(self, d: ArticleDeletion) -> ArticleDeletion:
        """Take over another store's article deletion: delete our copy (and its claims), recording their time, author
        and title with our article and claims, or, when we have no copy, keep their tombstone as it is."""
        local = self.article_by_hash(d.content_hash)
        if local is None:
            with self.transaction():
                self._write_article_deletion(d)
            return d
        return self._delete_article(local, d.deleted, d.author, d.title)
