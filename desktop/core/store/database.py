"""The store: one SQLite file holding articles, claims, categories and a folded full-text index.

Every public method that writes is one transaction, committed (WAL, ``synchronous=FULL``) before it
returns, so a claim the analyst made is on disk the moment the call is done. Deleting a claim leaves a
tombstone (:class:`Deletion`, table ``annotation_deletions``) in the same transaction, so a merge or an
import can tell a claim deleted here from one this store never had; restoring the claim removes it.
Deleting an article likewise leaves an article tombstone (:class:`ArticleDeletion`, table ``article_deletions``) with
the whole article row and its claims; :meth:`Store.restore_article` undoes it, and importing the same text again
(same content hash) is taken as the analyst's intent: the article comes in anew and its tombstone is cleared.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core import text as textmod
from desktop.core.store.errors import StoreError
from desktop.core.store.lifecycle import LOCK_TIMEOUT, SCHEMA_VERSION, Lifecycle
from desktop.core.store.opening import classify
from desktop.core.store.derived import Prepared, content_hash, prepare_article
from desktop.core.store.searching import Searching
from desktop.core.store.tombstones import Tombstones
from desktop.core.store.subjects import Subjects
from desktop.core.store.versioning import Versioning
from desktop.core.store.models import (
    KINDS,
    ORIGINS,
    STATUSES,
    Annotation,
    Article,
    ArticleDeletion,
    ArticleSummary,
    Category,
    Deletion,
    later_stamp,
    utc_now,
)

if TYPE_CHECKING:
    from desktop.core.store.sqlite import Database

__all__ = ["Store", "StoreError", "Deletion", "ArticleDeletion", "content_hash", "default_author", "check_store_file",
           "SCHEMA_VERSION", "LOCK_TIMEOUT", "Prepared", "prepare_article"]

_ANNOTATION_FIELDS = (
    "uuid article start end quote prefix suffix category kind value unit note status origin author created modified "
    "revision subject"
).split()
_INSERT_FIELDS = tuple(c for c in _ANNOTATION_FIELDS if c != "revision")  # what a claim record carries
_COLUMNS = ", ".join(f'"{c}"' for c in _ANNOTATION_FIELDS)
_EDITABLE = {"category", "kind", "value", "unit", "note", "status", "subject"}
_ARTICLE_FIELDS = (
    "title text raw_text source source_url format encoding content_hash imported language direction bidi_controls "
    "published published_from site author import_report"
).split()
# A new article's id: above every stored id and every id a tombstone keeps, so undo of a deletion gets its id back.
_NEXT_ARTICLE_ID = ("(SELECT max(coalesce((SELECT max(id) FROM articles), 0), "
                    "coalesce((SELECT max(article_id) FROM article_deletions), 0)) + 1)")


def check_store_file(path: Path) -> None:
    """Refuse a folder or a file that is not a Hamish store (by its marker); a missing or empty file passes."""
    classify(Path(path))


def _new_uuid() -> str:
    import uuid  # not on the start-up path: only a new claim needs one

    return str(uuid.uuid4())


def default_author() -> str:
    try:
        import getpass

        return os.environ.get("HAMISH_AUTHOR") or getpass.getuser()
    except Exception:  # getuser() raises when no user name can be found at all
        return "analyst"


class Store(Lifecycle, Versioning, Tombstones, Searching, Subjects):
    """Articles, claims and categories in one SQLite database. Pass the database in; open files with :meth:`open`.

    ``lock_timeout`` is how long a write waits for another program's lock (the GUI sets it short and retries
    through its write queue); ``on_wait(message)`` is called once when a write has waited a second.
    ``read_only`` stores refuse every write with ``notice`` (why: a newer schema, a read-only file)."""

    def __init__(self, db: Database | sqlite3.Connection, *, author: str | None = None, read_only: bool = False,
                 notice: str = "", lock_timeout: float = LOCK_TIMEOUT, on_wait=None, check: bool = True):
        if isinstance(db, sqlite3.Connection):
            self.conn, self._db = db, None
        else:
            self.conn, self._db = db.conn, db
        self._author = author
        self.read_only, self.notice = read_only, notice
        self.lock_timeout, self.on_wait = lock_timeout, on_wait
        self._busy_ms: int | None = None
        self._checked = check or read_only  # False until finish_open runs the checks open() deferred
        self.conn.execute("PRAGMA foreign_keys = ON")
        if check and not read_only:
            self._migrate()

    @property
    def checked(self) -> bool:
        """False while the checks ``Store.open(defer_checks=True)`` deferred have not run (see ``finish_open``)."""
        return self._checked

    @property
    def db(self) -> Database:
        """The store's connection as a ``sqlite_utils.Database``, made when first used: reads on the start-up path
        go through ``conn`` (the same connection), so the first paint does without sqlite-utils."""
        if self._db is None:
            from desktop.core.store.sqlite import Database

            self._db = Database(self.conn)
        return self._db

    @property
    def author(self) -> str:
        """Who the claims made here are credited to (``HAMISH_AUTHOR``, else the login name), looked up when needed."""
        if self._author is None:
            self._author = default_author()
        return self._author

    @author.setter
    def author(self, value: str) -> None:
        self._author = value

    @property
    def path(self) -> str | None:
        row = self.conn.execute("PRAGMA database_list").fetchone()
        return row[2] or None

    def close(self) -> None:
        self.conn.close()

    # --- articles -----------------------------------------------------------------------------

    def add_article(
        self,
        *,
        title: str,
        text: str,
        raw_text: str | None = None,
        source: str = "",
        source_url: str | None = None,
        format: str = "txt",
        encoding: str = "utf-8",
        language: str = "ar",
        direction: str = "rtl",
        bidi_controls: int = 0,
        import_report: dict | None = None,
        published: str | None = None,
        published_from: str | None = None,
        site: str | None = None,
        author: str | None = None,
        prepared: Prepared | None = None,
    ) -> tuple[Article, bool]:
        """Store an article; returns it and whether it is new (the same canonical text is stored once).
        ``prepared`` (from :func:`prepare_article` on the same title and text) saves deriving its hash and index row.

        Text whose article was deleted here is stored anew (a new id, no claims) and its article tombstone is
        cleared: importing it again is the analyst's intent. A merge does not come this way for deleted articles."""
        if not text.strip():
            raise StoreError("an article needs some text")
        digest = content_hash(text)
        if prepared is not None and (prepared.content_hash != digest or prepared.title != title):
            prepared = None  # worked out for another text: derive it here
        existing = self.article_by_hash(digest)
        if existing is not None:
            return existing, False
        row = dict(title=title, text=text, raw_text=raw_text if raw_text is not None else text, source=source,
                   source_url=source_url, format=format, encoding=encoding, content_hash=digest, imported=utc_now(),
                   language=language, direction=direction, bidi_controls=bidi_controls, import_report=import_report,
                   published=published, published_from=published_from, site=site, author=author)
        with self.transaction():  # asked again under the write lock: another process may have stored it meanwhile
            existing = self.article_by_hash(digest)
            if existing is not None:
                return existing, False
            self.db.execute("DELETE FROM article_deletions WHERE content_hash = ?", [digest])
            article_id = self._insert_article(row)
            self._reindex(article_id, "", prepared.index if prepared is not None else None)
        return self.article(article_id), True

    def _insert_article(self, row: dict, article_id: int | None = None) -> int:
        """Insert an article row (the fields of :class:`Article`) under ``article_id``, else a new id; returns it."""
        values = [row.get(c) for c in _ARTICLE_FIELDS]
        report = row.get("import_report")
        values[-1] = report if isinstance(report, str) else json.dumps(report or {}, ensure_ascii=False)
        marks = ", ".join("?" for _ in _ARTICLE_FIELDS)
        key = "?" if article_id is not None else _NEXT_ARTICLE_ID
        cur = self.db.execute(f"INSERT INTO articles (id, {', '.join(_ARTICLE_FIELDS)}) VALUES ({key}, {marks})",
                              ([article_id] if article_id is not None else []) + values)
        return cur.lastrowid

    def add_document(self, doc, prepared: Prepared | None = None) -> tuple[Article, bool]:
        """Store an :class:`~desktop.core.importing.ImportedDocument` (and what it keeps beside the text, such as
        a PDF's file: its `store_extras(store, article)`, in the same transaction); ``prepared`` as for add_article."""
        with self.transaction():
            article, new = self.add_article(
                title=doc.title, text=doc.text, raw_text=doc.raw_text, source=doc.source,
                source_url=doc.source_url, format=doc.format, encoding=doc.encoding,
                language=doc.language, direction=doc.direction, bidi_controls=doc.bidi_controls,
                import_report=doc.report(), published=getattr(doc, "published", None),
                published_from=getattr(doc, "published_from", None), site=getattr(doc, "site", None),
                author=getattr(doc, "author", None), prepared=prepared,
            )
            extras = getattr(doc, "store_extras", None)
            if extras is not None:
                extras(self, article)
        return article, new

    def article(self, article_id: int) -> Article:
        found = self._article("id", article_id)
        if found is None:
            raise StoreError(f"no article with id {article_id}")
        return found

    def article_by_hash(self, digest: str) -> Article | None:
        return self._article("content_hash", digest)

    def article_hash(self, article_id: int) -> str:
        """An article's content hash, without reading its text."""
        row = self.db.execute("SELECT content_hash FROM articles WHERE id = ?", [article_id]).fetchone()
        if row is None:
            raise StoreError(f"no article with id {article_id}")
        return row[0]

    def _article(self, column: str, key: int | str) -> Article | None:
        cur = self.conn.execute(f"SELECT * FROM articles WHERE {column} = ?", [key])
        row = cur.fetchone()
        if row is None:
            return None
        d = dict(zip((c[0] for c in cur.description), row))
        d["import_report"] = json.loads(d["import_report"] or "{}")
        return Article(**d)

    def articles(self) -> list[ArticleSummary]:
        rows = self.db.execute(
            """SELECT a.id, a.title, length(a.text), count(n.uuid), a.imported, a.published, a.site, a.source_url
               FROM articles a LEFT JOIN annotations n ON n.article = a.id
               GROUP BY a.id ORDER BY a.imported, a.id"""
        ).fetchall()
        return [ArticleSummary(*r) for r in rows]

    def delete_article(self, article_id: int) -> ArticleDeletion:
        """Delete an article and its claims in one transaction, leaving an article tombstone and one per claim;
        returns the article tombstone (:meth:`restore_article` undoes the deletion with it)."""
        article = self.article(article_id)
        return self._delete_article(article, later_stamp(), self.author, article.title)

    def _delete_article(self, article: Article, deleted: str, author: str, title: str) -> ArticleDeletion:
        claims = self.annotations(article.id)
        gone = ArticleDeletion(article.content_hash, article.id, title, deleted, author, asdict(article),
                               [asdict(a) for a in claims])
        with self.transaction():
            for a in claims:
                self._revise(a, article.content_hash, "delete-article", deleted=True, base=a.revision, by=author)
                self._write_deletion(Deletion(a.uuid, article.content_hash, deleted, author, asdict(a)))
            self._write_article_deletion(gone)
            self.db.execute("DELETE FROM annotations WHERE article = ?", [article.id])
            self.db.execute("DELETE FROM search_index WHERE rowid = ?", [article.id])
            self.db.execute("DELETE FROM articles WHERE id = ?", [article.id])
        return gone

    # --- categories ---------------------------------------------------------------------------

    def categories(self) -> list[Category]:
        rows = self.conn.execute(
            "SELECT name, label_en, label_ar, colour, shortcut, position FROM categories ORDER BY position, name"
        ).fetchall()
        return [Category(*r) for r in rows]

    def category_names(self) -> list[str]:
        return [c.name for c in self.categories()]

    def add_category(self, name: str, *, colour: str = "#b9b9b9", label_en: str | None = None,
                     label_ar: str | None = None, shortcut: str | None = None) -> Category:
        if not re.fullmatch(r"[a-z][a-z0-9_-]{0,39}", name):
            raise StoreError(f"category name {name!r}: use 1–40 lower-case letters, digits, - or _")
        if not re.fullmatch(r"#[0-9a-fA-F]{6}", colour):
            raise StoreError(f"colour {colour!r}: use #rrggbb")
        with self.transaction():  # asked under the write lock, so two processes cannot both add it
            if name in self.category_names():
                raise StoreError(f"category {name!r} exists already")
            position = self.db.execute("SELECT coalesce(max(position), -1) + 1 FROM categories").fetchone()[0]
            self.db.execute(
                "INSERT INTO categories VALUES (?, ?, ?, ?, ?, ?)",
                [name, label_en or name.title(), label_ar or name, colour, shortcut, position],
            )
        return next(c for c in self.categories() if c.name == name)

    def rename_category(self, name: str, *, label_en: str | None = None, label_ar: str | None = None,
                        colour: str | None = None) -> Category:
        """Change a category's labels (what the analyst sees) or colour; its name, which claims keep, stays."""
        found = next((c for c in self.categories() if c.name == name), None)
        if found is None:
            raise StoreError(f"no category {name!r}")
        if colour is not None and not re.fullmatch(r"#[0-9a-fA-F]{6}", colour):
            raise StoreError(f"colour {colour!r}: use #rrggbb")
        for label in (label_en, label_ar):
            if label is not None and not (label.strip() and len(label) <= 200):
                raise StoreError(f"label {label[:40]!r}: use 1–200 characters")
        with self.transaction():
            self.db.execute("UPDATE categories SET label_en = ?, label_ar = ?, colour = ? WHERE name = ?",
                            [label_en or found.label_en, label_ar or found.label_ar, colour or found.colour, name])
        return next(c for c in self.categories() if c.name == name)

    # --- annotations --------------------------------------------------------------------------

    def _validate(self, fields: dict) -> None:
        if fields.get("category") is not None and fields["category"] not in self.category_names():
            known = ", ".join(self.category_names())
            raise StoreError(f"unknown category {fields['category']!r} (known: {known})")
        if fields.get("kind") not in (None, *KINDS):
            raise StoreError(f"unknown kind {fields['kind']!r} (use one of {', '.join(KINDS)})")
        if fields.get("status") is not None and fields["status"] not in STATUSES:
            raise StoreError(f"unknown status {fields['status']!r} (use one of {', '.join(STATUSES)})")
        if fields.get("origin") is not None and fields["origin"] not in ORIGINS:
            raise StoreError(f"unknown origin {fields['origin']!r} (use one of {', '.join(ORIGINS)})")
        value = fields.get("value")
        if value is not None:
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value or value in (
                float("inf"), float("-inf")
            ):
                raise StoreError(f"value {value!r} is not a finite number")

    def _new_annotation(self, article: Article, start: int, end: int, category: str, **fields) -> Annotation:
        try:
            textmod.check_span(article.text, start, end)
        except textmod.OffsetError as exc:
            raise StoreError(f"article {article.id}: {exc}") from exc
        now = utc_now()
        prefix, suffix = textmod.context(article.text, start, end)
        record = dict(
            uuid=fields.pop("uuid", None) or _new_uuid(), article=article.id, start=start, end=end,
            quote=article.text[start:end], prefix=prefix, suffix=suffix, category=category,
            kind=fields.pop("kind", None) or None, value=fields.pop("value", None),
            unit=fields.pop("unit", "") or "", note=fields.pop("note", "") or "",
            status=fields.pop("status", "unreviewed"), origin=fields.pop("origin", "manual"),
            author=fields.pop("author", None) or self.author,
            created=fields.pop("created", None) or now, modified=fields.pop("modified", None) or now,
            subject=(fields.pop("subject", None) or "").strip() or None,
        )
        if fields:
            raise StoreError(f"unknown annotation field(s): {', '.join(sorted(fields))}")
        if record["value"] is not None and isinstance(record["value"], int):
            record["value"] = float(record["value"])
        self._validate(record)
        return Annotation(**record)

    def _insert(self, a: Annotation, action: str, *, base: int | None = None, by: str | None = None,
                source: str = "") -> Annotation:
        """Insert a claim as a new revision (inside the caller's transaction); returns it with that revision."""
        seq = self._revise(a, self.article_hash(a.article), action, base=base, by=by, source=source)
        marks = ", ".join("?" for _ in _ANNOTATION_FIELDS)
        if a.subject:
            a = a.with_changes(subject=self.ensure_subject(a.subject))
        self.db.execute(f"INSERT INTO annotations ({_COLUMNS}, folded) VALUES ({marks}, ?)",
                        [seq if c == "revision" else getattr(a, c) for c in _ANNOTATION_FIELDS]
                        + [self._folded(a.article, a.quote, a.note, a.unit)])
        return a.with_changes(revision=seq)

    def _folded(self, article_id: int, quote: str, note: str, unit: str) -> str:
        """The folded text the All-claims filter searches (m017): the article's title, the quote, note and unit."""
        from desktop.core.store.claim_list import folded_text

        title = self.db.execute("SELECT title FROM articles WHERE id = ?", [article_id]).fetchone()
        return folded_text([(title[0] if title else "", quote, note or "", unit or "")])[0]

    def _check_new_uuid(self, uuid: str) -> None:
        if self._exists(uuid):
            raise StoreError(f"an annotation with id {uuid} exists already")
        gone = self.deletion(uuid)
        if gone is not None:
            raise StoreError(f"annotation {uuid} was deleted here ({gone.deleted}, by {gone.author or 'unknown'}); "
                             "restore it instead of adding it again")

    def add_annotation(self, article_id: int, start: int, end: int, category: str, **fields) -> Annotation:
        """Mark ``start``–``end`` (code points) of an article as a claim; committed before it returns.

        A ``uuid`` already in use, or one of a deleted claim, is refused (:meth:`restore_annotation` brings
        a deleted claim back)."""
        a = self._new_annotation(self.article(article_id), start, end, category, **fields)
        self._check_new_uuid(a.uuid)
        with self.transaction():
            a = self._insert(a, "add")
            self._reindex_notes(a.article)
        return a

    def add_annotations(self, article_id: int, items: Iterable[dict]) -> list[Annotation]:
        """Add many claims in one transaction (each dict: start, end, category and optional fields)."""
        article = self.article(article_id)
        made = [self._new_annotation(article, **dict(item)) for item in items]
        for a in made:
            self._check_new_uuid(a.uuid)
        if len({a.uuid for a in made}) != len(made):
            raise StoreError("the same annotation id is given twice")
        with self.transaction():
            made = [self._insert(a, "add") for a in made]
            self._reindex_notes(article_id)
        return made

    def restore_annotation(self, a: Annotation, *, base_revision: int | None = None,
                           action: str = "restore") -> Annotation:
        """Put back an annotation exactly as it was (undo of a delete or an edit); clears its tombstone. With
        ``base_revision``, refuses (ConflictError) when the claim's current revision is another one."""
        return self.restore_annotations([a], bases={a.uuid: base_revision}, action=action)[0]

    def restore_annotations(self, claims: Iterable[Annotation], *, bases: dict | None = None,
                            action: str = "restore", source: str = "", by_author: bool = False) -> list[Annotation]:
        """Put claims in exactly as given (replacing stored versions, clearing tombstones), in one transaction
        with one search re-index per article; each becomes a new revision (``action``: restore, undo, merge,
        import …; ``by_author``: credit the claim's author, as a merge does). ``bases`` (uuid → revision) makes
        it refuse, with ConflictError, a claim changed since that revision."""
        claims = list(claims)
        texts: dict[int, str] = {}
        for a in claims:
            if a.article not in texts:
                texts[a.article] = self.article(a.article).text
            try:
                textmod.check_span(texts[a.article], a.start, a.end)
            except textmod.OffsetError as exc:
                raise StoreError(f"annotation {a.uuid}: {exc}") from None
            if texts[a.article][a.start : a.end] != a.quote:
                raise StoreError(f"annotation {a.uuid}: its quote no longer matches the article text")
            self._validate(a.__dict__)
        with self.transaction():  # the revisions are checked under the write lock, so no change slips in between
            for a in claims:
                self._check_base(a.uuid, (bases or {}).get(a.uuid), a, action)
            done = []
            for a in claims:
                base = self.head(a.uuid)
                self.db.execute("DELETE FROM annotations WHERE uuid = ?", [a.uuid])
                self.db.execute("DELETE FROM annotation_deletions WHERE uuid = ?", [a.uuid])
                done.append(self._insert(a, action, base=base, source=source, by=a.author if by_author else None))
            for article_id in texts:
                self._reindex_notes(article_id)
        return done

    def _exists(self, uuid: str) -> bool:
        return self.db.execute("SELECT 1 FROM annotations WHERE uuid = ?", [uuid]).fetchone() is not None

    def annotation(self, uuid: str) -> Annotation:
        row = self.db.execute(f"SELECT {_COLUMNS} FROM annotations WHERE uuid = ?", [uuid]).fetchone()
        if row is None:
            raise StoreError(f"no annotation with id {uuid}")
        return Annotation(*row)

    def annotations(self, article_id: int | None = None, *, status: str | None = None,
                    category: str | None = None) -> list[Annotation]:
        where, args = [], []
        for column, value in (("article", article_id), ("status", status), ("category", category)):
            if value is not None:
                where.append(f"{column} = ?")
                args.append(value)
        sql = f"SELECT {_COLUMNS} FROM annotations"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += ' ORDER BY article, start, "end", created'
        return [Annotation(*r) for r in self.conn.execute(sql, args).fetchall()]

    def update_annotation(self, uuid: str, *, base_revision: int | None = None, action: str = "edit",
                          **changes) -> Annotation:
        """Change editable fields (category, kind, value, unit, note, status); returns the new version. With
        ``base_revision``, refuses (ConflictError, nothing written) when the claim was changed since."""
        unknown = set(changes) - _EDITABLE
        if unknown:
            raise StoreError(f"cannot edit field(s): {', '.join(sorted(unknown))}")
        old = self.annotation(uuid)
        if "value" in changes and isinstance(changes["value"], int) and not isinstance(changes["value"], bool):
            changes["value"] = float(changes["value"])
        for key in ("unit", "note"):
            if key in changes and changes[key] is None:
                changes[key] = ""
        if "kind" in changes and not changes["kind"]:
            changes["kind"] = None
        if "subject" in changes:
            changes["subject"] = (changes["subject"] or "").strip() or None
        self._validate(changes)
        new = old.with_changes(**changes, modified=later_stamp(old.modified))
        with self.transaction():
            if changes.get("subject"):
                changes["subject"] = self.ensure_subject(changes["subject"])
                new = new.with_changes(subject=changes["subject"])
            self._check_base(uuid, base_revision, new, action)
            seq = self._revise(new, self.article_hash(old.article), action, base=self.head(uuid))
            sets = ", ".join(f'"{k}" = ?' for k in (*changes, "modified", "revision", "folded"))
            self.db.execute(
                f"UPDATE annotations SET {sets} WHERE uuid = ?",
                [*changes.values(), new.modified, seq, self._folded(new.article, new.quote, new.note, new.unit), uuid],
            )
            if "note" in changes:
                self._reindex_notes(old.article)
        return new.with_changes(revision=seq)

    def delete_annotation(self, uuid: str, *, base_revision: int | None = None, action: str = "delete") -> Annotation:
        """Delete a claim, leaving its tombstone and a deletion revision; returns it as it was, so it can be
        restored. With ``base_revision``, refuses (ConflictError) when the claim was changed since."""
        old = self.annotation(uuid)
        with self.transaction():
            self._check_base(uuid, base_revision, None, action)
            self._revise(old, self.article_hash(old.article), action, deleted=True, base=old.revision)
            self._write_deletion(self._tombstone(old, self.article_hash(old.article), later_stamp(old.modified)))
            self.db.execute("DELETE FROM annotations WHERE uuid = ?", [uuid])
            self._reindex_notes(old.article)
        return old
