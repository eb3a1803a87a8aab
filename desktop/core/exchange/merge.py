"""Working with another analyst's store: merge their articles and claims in (agreement is in agreement.py).

Merge recognizes an article by its content hash and a claim by its uuid. A claim both analysts
changed keeps the version with the later ``modified``; the other version goes to the
``annotation_history`` table (nothing is lost, and the same version is recorded once, so merging twice
changes nothing). Deletions travel as tombstones, judged by the same clock: a claim deleted here stays
deleted unless the other store edited it after our deletion (then it is restored, and the version we
deleted goes to history); a claim deleted there is deleted here unless we edited it after their
deletion (our version goes to history, and their tombstone is copied).

Deleted articles travel as article tombstones: an article we deleted is not brought back, nor its claims; an
article they deleted is deleted here (with its claims) unless we modified one of its claims after their deletion.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path

from desktop.core.store.models import Annotation, utc_now
from desktop.core.store.database import ArticleDeletion, Deletion, Store, StoreError, check_store_file

__all__ = [
    "Snapshot", "read_snapshot", "is_newer", "same_claim", "claim_digest", "record_history", "history",
    "add_exact", "existing", "MergeReport", "merge",
]

# What makes two versions of a claim differ: what an analyst can edit, and its provenance. The span is
# not among them: it cannot be edited, and re-anchoring moves it without making a new version.
_CONTENT = ("category", "kind", "value", "unit", "note", "status", "origin", "author", "created", "modified",
            "subject")
_RECORD = ("uuid", "start", "end", "quote", "prefix", "suffix", *_CONTENT)


# --- comparing versions -----------------------------------------------------------------------

def _instant(ts: str) -> datetime | str:
    try:
        return datetime.fromisoformat(ts.replace("Z", "+00:00"))
    except (ValueError, AttributeError):
        return ts


def is_newer(candidate: str, than: str) -> bool:
    """True when timestamp ``candidate`` is strictly later than ``than``."""
    a, b = _instant(candidate), _instant(than)
    if type(a) is not type(b) or (isinstance(a, datetime) and (a.tzinfo is None) != (b.tzinfo is None)):
        return str(candidate) > str(than)
    return a > b


def same_claim(a: Annotation, record: dict) -> bool:
    """Whether a stored claim and a claim record are the same version (wherever each is anchored)."""
    return all(getattr(a, k) == record.get(k) for k in _CONTENT)


def _record(a: Annotation | dict) -> dict:
    d = asdict(a) if isinstance(a, Annotation) else a
    return {k: d.get(k) for k in _RECORD}


def claim_digest(record: dict, article_hash: str) -> str:
    body = json.dumps({**_record(record), "article_hash": article_hash}, ensure_ascii=False, sort_keys=True)
    return "sha256:" + hashlib.sha256(body.encode("utf-8")).hexdigest()


def record_history(store: Store, record: Annotation | dict, article_hash: str, reason: str, source: str = "") -> bool:
    """Keep a version of a claim that lost to another; False when that exact version is kept already."""
    rec = _record(record)
    cur = store.db.execute(
        """INSERT OR IGNORE INTO annotation_history (uuid, article_hash, modified, record, digest, reason, source,
           recorded) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
        [rec["uuid"], article_hash, rec["modified"], json.dumps(rec, ensure_ascii=False, sort_keys=True),
         claim_digest(rec, article_hash), reason, source, utc_now()],
    )
    return cur.rowcount > 0


def history(store: Store, uuid: str | None = None) -> list[dict]:
    """Earlier versions of claims (of one claim if ``uuid`` is given), oldest ``modified`` first."""
    sql = "SELECT uuid, article_hash, modified, record, reason, source, recorded FROM annotation_history"
    args: list = []
    if uuid is not None:
        sql += " WHERE uuid = ?"
        args.append(uuid)
    rows = store.db.execute(sql + " ORDER BY uuid, modified, id", args).fetchall()
    return [{"uuid": r[0], "article_hash": r[1], "modified": r[2], "record": json.loads(r[3]), "reason": r[4],
             "source": r[5], "recorded": r[6]} for r in rows]


def add_exact(store: Store, made: list[Annotation], *, action: str = "merge", source: str = "") -> None:
    """Put claims in exactly as given (new, newer or restored versions), one search re-index per article; each is
    a new revision (``action`` merge or import, credited to the claim's author, ``source`` the file), so the
    version it replaces stays in ``claim_revisions`` and an undo based on it is refused."""
    with store.transaction():
        store.restore_annotations(made, action=action, source=source, by_author=True)
        for a in made:  # a claim placed now is no longer an orphan
            store.db.execute("DELETE FROM annotation_orphans WHERE uuid = ?", [a.uuid])


def existing(store: Store, uuid: str) -> Annotation | None:
    """The stored claim with this uuid, or None."""
    try:
        return store.annotation(uuid)
    except StoreError:
        return None


# --- reading another store without changing it ----------------------------------------------

@dataclass
class Snapshot:
    """Another store's content, read once: articles by content hash, their claims, categories, history, tombstones."""

    path: Path
    articles: dict[str, dict]
    claims: dict[str, list[Annotation]]
    categories: list[dict]
    history: list[tuple]
    deletions: list[Deletion] = field(default_factory=list)
    article_deletions: list[ArticleDeletion] = field(default_factory=list)
    subjects: list[tuple[str, list[str]]] = field(default_factory=list)  # (name, aliases)
    resolutions: list[dict] = field(default_factory=list)  # resolved contradictions {"a", "b", "note", …}


def read_snapshot(path: str | Path) -> Snapshot:
    """Read a Hamish store read-only; raises StoreError when it is missing or not a Hamish store."""
    path = Path(path)
    if not path.exists():
        raise StoreError(f"{path}: no such file")
    check_store_file(path)
    if not path.stat().st_size:
        raise StoreError(f"{path}: an empty file, not a Hamish store")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise StoreError(f"{path}: cannot be opened ({exc})") from None
    try:
        conn.execute("BEGIN")  # one read transaction: every table from the same snapshot while its owner writes on
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not {"articles", "annotations", "categories"} <= tables:
            raise StoreError(f"{path}: a SQLite database of another program, not a Hamish store")
        conn.row_factory = sqlite3.Row
        articles, by_id = {}, {}
        for row in conn.execute("SELECT * FROM articles ORDER BY id"):
            d = dict(row)
            articles[d["content_hash"]] = d
            by_id[d["id"]] = d["content_hash"]
        claims: dict[str, list[Annotation]] = {h: [] for h in articles}
        have = {r[1] for r in conn.execute("PRAGMA table_info(annotations)")}
        names = [c for c in Annotation.__dataclass_fields__ if c != "revision" and c in have]
        cols = ", ".join(f'"{c}"' for c in names)
        for row in conn.execute(f'SELECT {cols} FROM annotations ORDER BY article, start, "end"'):
            a = Annotation(**dict(zip(names, row)))
            claims[by_id[a.article]].append(a)
        subjects = []
        if "subjects" in tables:
            subjects = [(r[0], json.loads(r[1] or "[]")) for r in conn.execute("SELECT name, aliases FROM subjects")]
        categories = [dict(r) for r in conn.execute("SELECT * FROM categories ORDER BY position, name")]
        hist = []
        if "annotation_history" in tables:
            hist = [tuple(r) for r in conn.execute(
                "SELECT uuid, article_hash, modified, record, digest, reason, source, recorded FROM annotation_history")]
        deletions = []
        if "annotation_deletions" in tables:
            deletions = [Deletion(r[0], r[1], r[2], r[3], json.loads(r[4])) for r in conn.execute(
                "SELECT uuid, article_hash, deleted, author, record FROM annotation_deletions ORDER BY deleted, uuid")]
        article_deletions = []
        if "article_deletions" in tables:
            article_deletions = [ArticleDeletion(*r[:5], json.loads(r[5]), json.loads(r[6])) for r in conn.execute(
                "SELECT content_hash, article_id, title, deleted, author, record, claims FROM article_deletions "
                "ORDER BY deleted, content_hash")]
        resolutions = []
        if "contradiction_notes" in tables:
            for pair, note, author, when in conn.execute("SELECT pair, note, author, resolved FROM contradiction_notes"):
                a, _, b = pair.partition(" ")
                resolutions.append({"a": a, "b": b, "note": note, "author": author, "resolved": when})
    except (sqlite3.Error, ValueError) as exc:
        raise StoreError(f"{path}: cannot be read as a Hamish store ({exc})") from None
    finally:
        conn.close()
    return Snapshot(path, articles, claims, categories, hist, deletions, article_deletions, subjects, resolutions)


# --- merge ------------------------------------------------------------------------------------

@dataclass
class MergeReport:
    """What a merge brought in."""

    source: str
    articles_added: int = 0
    articles_matched: int = 0
    categories_added: list[str] = field(default_factory=list)
    claims_added: int = 0
    claims_updated: int = 0
    claims_unchanged: int = 0
    claims_kept_local: int = 0
    claims_kept_deleted: int = 0  # theirs not brought back: deleted here after their last edit
    claims_restored: int = 0  # deleted here, but edited there after our deletion: back, listed in `restored`
    deletions_applied: int = 0  # deleted here because they deleted it after our last edit
    deletions_skipped: int = 0  # their deletion not applied: we edited the claim after it
    tombstones_added: int = 0  # their tombstones copied here (applied ones included)
    articles_kept_deleted: int = 0  # their articles not brought back (nor their claims): deleted here
    resolutions_added: int = 0  # their resolved contradictions kept here (added, or later than ours)
    articles_deleted: int = 0  # our articles (and claims) deleted because they deleted them
    article_deletions_skipped: int = 0  # their article deletion not applied: we modified a claim on it after
    article_tombstones_added: int = 0  # their article tombstones copied here (applied ones included)
    history_added: int = 0
    pdfs_added: int = 0  # the original PDFs kept with their articles, for articles here that had none
    restored: list[dict] = field(default_factory=list)

    def to_json(self) -> dict:
        return asdict(self)


def _merge_categories(store: Store, snap: Snapshot, report: MergeReport) -> None:
    known = set(store.category_names())
    for c in snap.categories:
        if c["name"] not in known:
            store.add_category(c["name"], colour=c["colour"], label_en=c["label_en"], label_ar=c["label_ar"],
                               shortcut=None)
            report.categories_added.append(c["name"])


def _merge_deleted_here(store: Store, incoming: Annotation, gone: Deletion, digest: str,
                        report: MergeReport) -> Annotation | None:
    """A claim of theirs that we deleted: back only when they edited it after our deletion."""
    if is_newer(incoming.modified, gone.deleted):
        report.history_added += record_history(store, gone.record, gone.article_hash,
                                               "merge: deleted here, restored by a later edit", report.source)
        report.claims_restored += 1
        report.restored.append({"uuid": incoming.uuid, "quote": incoming.quote, "deleted": gone.deleted,
                                "modified": incoming.modified, "why": "restored, edited after deletion"})
        return incoming
    report.claims_kept_deleted += 1
    if not same_claim(incoming, gone.record):
        report.history_added += record_history(store, incoming, digest, "merge: deleted here later", report.source)
    return None


def _merge_claim(store: Store, incoming: Annotation, digest: str, report: MergeReport) -> Annotation | None:
    """Settle one incoming claim; returns it when it is to be put in (new, later or restored), for one batch."""
    local = existing(store, incoming.uuid)
    if local is None:
        gone = store.deletion(incoming.uuid)
        if gone is not None:
            return _merge_deleted_here(store, incoming, gone, digest, report)
        report.claims_added += 1
        return incoming
    if same_claim(local, asdict(incoming)):
        report.claims_unchanged += 1
        return None
    if is_newer(incoming.modified, local.modified):
        report.history_added += record_history(store, local, store.article_hash(local.article),
                                               "merge: replaced by a later version", report.source)
        report.claims_updated += 1
        return incoming
    if record_history(store, incoming, digest, "merge: the local version is later", report.source):
        report.history_added += 1
        report.claims_kept_local += 1
    else:
        report.claims_unchanged += 1
    return None


def _merge_deletion(store: Store, theirs: Deletion, report: MergeReport) -> None:
    """Settle one of their tombstones: delete our copy unless we edited it after their deletion."""
    if store.deletion(theirs.uuid) is not None:
        return  # deleted on both sides: our tombstone stays as it is
    local = existing(store, theirs.uuid)
    if local is not None:
        if not is_newer(theirs.deleted, local.modified):
            report.deletions_skipped += 1
            return
        report.history_added += record_history(store, local, store.article_hash(local.article),
                                               "merge: deleted in the other store", report.source)
        report.deletions_applied += 1
    store.apply_deletion(theirs)
    report.tombstones_added += 1


def _merge_article_deletion(store: Store, theirs: ArticleDeletion, report: MergeReport) -> None:
    """Settle one of their article tombstones: delete our copy unless we modified one of its claims after it."""
    if store.article_deletion(theirs.content_hash) is not None:
        return  # deleted on both sides: our tombstone stays as it is
    local = store.article_by_hash(theirs.content_hash)
    if local is not None:
        if any(is_newer(a.modified, theirs.deleted) for a in store.annotations(local.id)):
            report.article_deletions_skipped += 1
            return
        report.articles_deleted += 1
    store.apply_article_deletion(theirs)
    report.article_tombstones_added += 1


def merge(store: Store, other: str | Path) -> MergeReport:
    """Bring another store's articles, categories, claims and claim history into ``store`` (one transaction)."""
    snap = read_snapshot(other)
    if store.path and Path(store.path).resolve() == snap.path.resolve():
        raise StoreError(f"{other}: is this store itself; nothing to merge")
    report = MergeReport(source=str(other))
    with store.transaction():
        _merge_categories(store, snap, report)
        for name, aliases in snap.subjects:  # their subjects and aliases, so their claims keep what they are about
            store.ensure_subject(name, aliases)
        for digest, row in snap.articles.items():
            if store.article_deletion(digest) is not None:  # deleted here: not brought back, nor its claims
                report.articles_kept_deleted += 1
                continue
            article, new = store.add_article(
                title=row["title"], text=row["text"], raw_text=row["raw_text"], source=row["source"],
                source_url=row["source_url"], format=row["format"], encoding=row["encoding"],
                language=row["language"], direction=row["direction"], bidi_controls=row["bidi_controls"],
                import_report=json.loads(row["import_report"] or "{}"), published=row.get("published"),
                published_from=row.get("published_from"), site=row.get("site"), author=row.get("author"),
            )
            report.articles_added += new
            report.articles_matched += not new
            incoming = [_merge_claim(store, c.with_changes(article=article.id), digest, report)
                        for c in snap.claims[digest]]
            add_exact(store, [c for c in incoming if c is not None], action="merge", source=Path(str(other)).name)
        for theirs in snap.article_deletions:
            if theirs.content_hash not in snap.articles:  # a live article there wins over a stale tombstone
                _merge_article_deletion(store, theirs, report)
        live = {c.uuid for claims in snap.claims.values() for c in claims}
        for theirs in snap.deletions:
            if theirs.uuid not in live:  # a live claim there wins over a stale tombstone beside it
                _merge_deletion(store, theirs, report)
        for row in snap.history:
            cur = store.db.execute(
                """INSERT OR IGNORE INTO annotation_history (uuid, article_hash, modified, record, digest, reason,
                   source, recorded) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", list(row))
            report.history_added += cur.rowcount > 0
        report.pdfs_added = _merge_pdfs(store, snap.path)
        from desktop.core.compare.contradictions import store_resolutions

        report.resolutions_added = store_resolutions(store, snap.resolutions)
    return report


def _merge_pdfs(store: Store, path: Path) -> int:
    """Copy the other store's kept PDFs (article_pdfs, by content hash) for our articles that have none, one row at a
    time so a store full of PDFs is never read into memory at once; returns how many."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'article_pdfs'").fetchone():
            return 0
        wanted = {r[0] for r in store.db.execute(
            "SELECT content_hash FROM articles WHERE content_hash NOT IN (SELECT content_hash FROM article_pdfs)")}
        added = 0
        for digest in sorted(wanted):
            row = conn.execute("SELECT content_hash, sha256, pdf, glyphs, page_sizes, ocr_pages, stored "
                               "FROM article_pdfs WHERE content_hash = ?", [digest]).fetchone()
            if row is not None:
                store.db.execute("INSERT OR IGNORE INTO article_pdfs (content_hash, sha256, pdf, glyphs, page_sizes, "
                                 "ocr_pages, stored) VALUES (?, ?, ?, ?, ?, ?, ?)", list(row))
                added += 1
        return added
    except sqlite3.Error as exc:
        raise StoreError(f"{path}: cannot read its kept PDFs ({exc})") from None
    finally:
        conn.close()
