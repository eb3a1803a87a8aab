"""The Store's tombstones: deleted claims and articles, kept whole so a merge or an import can tell them apart."""

from __future__ import annotations

import json
from dataclasses import asdict

from desktop.core.store.errors import StoreError
from desktop.core.store.models import Annotation, Article, ArticleDeletion, Deletion
from desktop.core.store.revisions import ArticleConflictError, ConflictError, record_of

KEEP_CHOICES = ("theirs", "mine", "both")


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

    def restore_article(self, gone: ArticleDeletion | str, *, keep: str | None = None) -> Article:
        """Undo an article's deletion (given its tombstone, or its content hash): the article comes back with its id
        (a new one only if another article holds that id now) and content hash, and its claims exactly as they
        were; its tombstone is removed, in one transaction. If the same text was imported again meanwhile, the
        claims are put back on that article. A claim changed elsewhere since the deletion is never overwritten
        silently: without ``keep`` nothing is written (ArticleConflictError, naming who changed what); with
        ``keep`` "theirs" their versions stay, "mine" the deleted versions come back over theirs (which stay in the
        history), "both" theirs stay and mine are kept beside them in the history."""
        from desktop.core.store.database import content_hash

        if keep not in (None, *KEEP_CHOICES):
            raise StoreError(f"keep {keep!r}: use one of {', '.join(KEEP_CHOICES)}")
        if isinstance(gone, str):
            found = self.article_deletion(gone)
            if found is None:
                raise StoreError(f"no deleted article with content hash {gone}")
            gone = found
        row = gone.record
        if row.get("content_hash") != gone.content_hash or content_hash(row.get("text") or "") != gone.content_hash:
            raise StoreError(f"the tombstone of article {gone.article_id} does not hold that article's text")
        fields = Annotation.__dataclass_fields__
        with self.transaction():
            here = self.article_by_hash(gone.content_hash)
            if here is not None:
                article_id = here.id
            else:
                taken = self.db.execute("SELECT 1 FROM articles WHERE id = ?", [gone.article_id]).fetchone()
                article_id = self._insert_article(row, None if taken else gone.article_id)
                self._reindex(article_id)
            claims = [Annotation(**{**{k: c.get(k) for k in fields}, "article": article_id}) for c in gone.claims]
            conflicts = [e for e in map(self._changed_since_deletion, claims) if e is not None]
            if conflicts and keep is None:
                raise ArticleConflictError(gone, conflicts)
            clashing = {e.uuid for e in conflicts} if keep in ("theirs", "both") else set()
            self.restore_annotations([a for a in claims if a.uuid not in clashing])
            if keep == "both":
                for e in conflicts:
                    self.keep_as_note(e.mine, source="undo of an article deletion")
            self.db.execute("DELETE FROM article_deletions WHERE content_hash = ?", [gone.content_hash])
        return self.article(article_id)

    def _changed_since_deletion(self, mine: Annotation) -> ConflictError | None:
        """None when the claim's current version is still the one deleted with its article (or that very version
        back); else a ConflictError saying who changed it (an edit, or a deletion of its own after it came back)."""
        now = self.version(self.head(mine.uuid)) if self.head(mine.uuid) is not None else None
        record = record_of(mine)
        if now is None or (now.record == record and (not now.deleted or now.action == "delete-article")):
            return None
        base = next((v.seq for v in self.versions(mine.uuid) if v.deleted and v.record == record), None)
        try:
            theirs = self.annotation(mine.uuid)
        except StoreError:
            theirs = None
        return ConflictError(mine.uuid, base, now, theirs, mine, "undo")
