"""Importing claims from our W3C and JSON Lines exports: find each claim's article, place it, keep orphans.

An exported article is found in the store, in this order: the article named by ``article_id`` (the
CLI's ``--article``); the article with the same content hash (claims land at their offsets); the
article that is most likely an edited version of it (see :meth:`_Library.best_match`: most of the
exported text's sentences, else the same title, else most of the claims' quotes, after Arabic
folding; never an article another exported article of the same file already went to; a tie finds
nothing); else, when the export carries the text, a new article made from it. Where the offsets no longer hold, :func:`desktop.core.exchange.anchoring.anchor` re-anchors each claim by
quote + context. A claim that cannot be placed — no article, quote not found, or two equally good
places (``ambiguous``) — is never dropped: it goes to the ``annotation_orphans`` table with its full
record and reason, is listed in the report, and :func:`retry_orphans` tries again later.

The same uuid twice adds nothing twice: an identical claim is ``unchanged``; a newer one (later
``modified``) replaces the stored one, which goes to the history table; an older one goes to history.
A claim deleted here (it has a tombstone) is skipped (``skipped_deleted``) unless the file's version
was modified after our deletion: then it is ``restored`` and the version we deleted goes to history.
The whole import is one transaction: a bad file changes nothing.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core import text as textmod
from desktop.core.exchange.anchoring import AMBIGUOUS, EXACT, REANCHORED, FoldedText, Placement, anchor, fold_collapsed
from desktop.core.exchange.exporting.reading import Bundle, ExportedArticle, FormatError, read_bundle
from desktop.core.compare.contradictions import store_resolutions
from desktop.core.store.models import Annotation, Article, utc_now
from desktop.core.exchange.merge import add_exact, existing, is_newer, record_history, same_claim
from desktop.core.store.database import Store, StoreError

__all__ = [
    "ImportReport",
    "Orphan",
    "FormatError",
    "import_annotations",
    "import_bundle",
    "orphans",
    "retry_orphans",
    "discard_orphan",
    "place_orphan",
]


@dataclass
class ImportReport:
    """What an import did, claim by claim."""

    source: str
    format: str
    exact: int = 0
    reanchored: int = 0
    unchanged: int = 0
    updated: int = 0
    kept_newer: int = 0
    skipped_deleted: int = 0  # deleted here after the file's version was last modified
    restored: int = 0  # deleted here, but the file's version is later: back (not counted as exact/re-anchored)
    articles_created: list[int] = field(default_factory=list)
    orphans: list[dict] = field(default_factory=list)
    resolutions: int = 0  # resolved contradictions kept (both claims in the store)

    @property
    def orphaned(self) -> int:
        """Claims set aside, ambiguous ones included."""
        return len(self.orphans)

    @property
    def ambiguous(self) -> int:
        """Orphans set aside because two or more places fitted equally well."""
        return sum(1 for o in self.orphans if o["reason"] == "ambiguous")

    def to_json(self) -> dict:
        return {
            "source": self.source, "format": self.format, "exact": self.exact, "reanchored": self.reanchored,
            "orphaned": self.orphaned, "ambiguous": self.ambiguous, "unchanged": self.unchanged, "updated": self.updated,
            "kept_newer": self.kept_newer, "skipped_deleted": self.skipped_deleted, "restored": self.restored,
            "articles_created": self.articles_created, "orphans": self.orphans,
        }


@dataclass(frozen=True)
class Orphan:
    """A claim kept aside because it could not be placed."""

    uuid: str
    article_hash: str
    article_title: str
    record: dict
    reason: str
    detail: str
    article: int | None  # the article it was tried on, if one was found
    candidates: list[tuple[int, int]]  # equally good spans, when ambiguous
    source: str
    recorded: str

    def to_json(self) -> dict:
        return {"uuid": self.uuid, "article_hash": self.article_hash, "article_title": self.article_title,
                "quote": self.record.get("quote", ""), "reason": self.reason, "detail": self.detail,
                "article": self.article, "candidates": [list(c) for c in self.candidates],
                "source": self.source, "recorded": self.recorded, "record": self.record}


class _Library:
    """The store's articles folded once, for finding where an exported article's claims belong."""

    def __init__(self, store: Store):
        self.store = store
        self._folded: dict[int, FoldedText] = {}
        self._articles: list[Article] | None = None

    def folded(self, article: Article) -> FoldedText:
        if article.id not in self._folded:
            self._folded[article.id] = FoldedText(article.text)
        return self._folded[article.id]

    def candidates(self) -> list[Article]:
        """The articles stored before this import (ones it creates are targets already, never candidates)."""
        if self._articles is None:
            self._articles = [self.store.article(summary.id) for summary in self.store.articles()]
        return self._articles

    def best_match(self, exported: ExportedArticle, exclude: set[int]) -> Article | None:
        """The stored article that is most likely an edited version of the exported one, or None.

        Tried in order, skipping articles in ``exclude`` (already the target of another article of
        the same import): the article holding at least half of the exported text's sentences (by
        length; only when the export carries the text); the one article with the same title; the
        article holding the most of the claims' quotes (at least half of them). All after Arabic
        folding; a tie is broken by an equal title, and a tie left finds nothing.
        """
        title = _title_key(exported.title)
        pool = [a for a in self.candidates() if a.id not in exclude]
        if exported.text is not None:
            sentences = [f for f in (_fold_collapsed(s).strip() for s in _SENTENCE.split(exported.text)) if len(f) >= 12]
            total = sum(len(x) for x in sentences)
            found = self._pick(pool, title, total / 2,
                               lambda folded: sum(len(x) for x in sentences if x in folded)) if total else None
            if found is not None:
                return found
        if title:
            same = [a for a in pool if _title_key(a.title) == title]
            if len(same) == 1:
                return same[0]
        quotes = [_fold_collapsed(c["quote"]) for c in exported.claims]
        if not quotes:
            return None
        return self._pick(pool, title, max(1, math.ceil(len(quotes) / 2)),
                          lambda folded: sum(1 for q in quotes if q in folded))

    def _pick(self, pool: list[Article], title: str, need: float, measure) -> Article | None:
        scored = []
        for article in pool:
            found = measure(self.folded(article).folded)
            if found >= need:
                scored.append((found, bool(title) and _title_key(article.title) == title, article))
        scored.sort(key=lambda s: (s[0], s[1]), reverse=True)
        if not scored or (len(scored) > 1 and scored[0][:2] == scored[1][:2]):
            return None  # nothing fits, or two articles fit equally well: do not guess
        return scored[0][2]


_SENTENCE = re.compile(r"(?<=[.!?؟。])\s+|\n+")


def _fold_collapsed(text: str) -> str:
    return fold_collapsed(text)[0]


def _title_key(title: str) -> str:
    """What two titles are compared by: Arabic-folded, trimmed."""
    return textmod.fold(title).strip()


def _ensure_categories(store: Store, bundle: Bundle, source: str = "") -> None:
    """Add the categories the file's claims use and this store lacks; a name no category can have refuses the file."""
    known = set(store.category_names())
    declared = {c["name"]: c for c in bundle.categories}
    needed = {c["category"] for a in bundle.articles for c in a.claims}
    for name in sorted(needed - known):
        c = declared.get(name, {})
        colour = c.get("colour") if isinstance(c.get("colour"), str) else "#b9b9b9"
        try:
            store.add_category(name, colour=colour, label_en=c.get("label_en"), label_ar=c.get("label_ar"))
        except StoreError:
            try:
                store.add_category(name)  # a colour we cannot use must not cost the claims
            except StoreError as exc:
                where = f"{source}: " if source else ""
                raise StoreError(f"{where}a claim's category cannot be used: {exc}; nothing was imported") from None


def _orphan(store: Store, report: ImportReport, exported: ExportedArticle, record: dict, reason: str,
            detail: str, article: Article | None = None, candidates: tuple = ()) -> None:
    row = [record["uuid"], exported.content_hash, exported.title,
           json.dumps(record, ensure_ascii=False, sort_keys=True), reason, detail,
           article.id if article else None, json.dumps([list(c) for c in candidates]), report.source, utc_now()]
    store.db.execute(
        """INSERT INTO annotation_orphans (uuid, article_hash, article_title, record, reason, detail, article,
             candidates, source, recorded) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT(uuid) DO UPDATE SET article_hash = excluded.article_hash,
             article_title = excluded.article_title, record = excluded.record, reason = excluded.reason,
             detail = excluded.detail, article = excluded.article, candidates = excluded.candidates""",
        row,
    )
    report.orphans.append({"uuid": record["uuid"], "article_title": exported.title, "quote": record["quote"],
                           "reason": reason, "detail": detail, "article": article.id if article else None,
                           "candidates": [list(c) for c in candidates]})


def _placed(article: Article, record: dict, placement: Placement) -> Annotation:
    s, e = placement.start, placement.end
    quote = article.text[s:e]
    if quote == record["quote"] and placement.outcome == EXACT:
        prefix, suffix = record["prefix"], record["suffix"]
    else:
        prefix, suffix = textmod.context(article.text, s, e)
    fields = {k: record[k] for k in ("uuid", "category", "kind", "value", "unit", "note", "status", "origin",
                                     "author", "created", "modified")}
    fields["subject"] = record.get("subject") or None
    return Annotation(article=article.id, start=s, end=e, quote=quote, prefix=prefix, suffix=suffix, **fields)


def _resolve(store: Store, library: _Library, exported: ExportedArticle, article_id: int | None,
             create: bool, report: ImportReport, used: set[int]) -> Article | None:
    if article_id is not None:
        return store.article(article_id)
    found = store.article_by_hash(exported.content_hash)
    if found is not None:
        return found
    found = library.best_match(exported, used)
    if found is not None or not create or exported.text is None:
        return found
    article, new = store.add_article(
        title=exported.title or exported.text.strip().split("\n")[0][:80], text=exported.text,
        source=exported.source, source_url=exported.source_url, language=exported.language,
        direction=exported.direction, format="txt",
        import_report={"recreated_from": report.source, "exported_hash": exported.content_hash},
        published=exported.published, published_from=exported.published_from, site=exported.site,
    )
    if new:
        report.articles_created.append(article.id)
    return article


def _import_claim(store: Store, library: _Library, report: ImportReport, exported: ExportedArticle,
                  article: Article | None, record: dict) -> Annotation | None:
    """Place or set aside one claim record; returns a claim (new, newer or restored) for the caller's batch."""
    stored = existing(store, record["uuid"])
    gone = store.deletion(record["uuid"]) if stored is None else None
    if gone is not None and not is_newer(record["modified"], gone.deleted):
        report.skipped_deleted += 1
        return None
    if stored is not None and not is_newer(record["modified"], stored.modified):
        if not same_claim(stored, record):
            if record_history(store, record, exported.content_hash, "import: older than the stored version",
                              report.source):
                report.kept_newer += 1
                return
        report.unchanged += 1
        return
    if article is None:
        _orphan(store, report, exported, record, "article not found",
                "no article in the store has this content hash or holds these quotes; import the article "
                "or give --article")
        return
    placement = anchor(library.folded(article), record["quote"], record["prefix"], record["suffix"],
                       record["start"], record["end"])
    if not placement.placed:
        ambiguous = placement.outcome == AMBIGUOUS
        _orphan(store, report, exported, record, "ambiguous" if ambiguous else "quote not found",
                f"article {article.id}: {placement.reason}", article, placement.candidates if ambiguous else ())
        return
    if gone is not None:
        record_history(store, gone.record, gone.article_hash, "import: deleted here, restored by a later edit",
                       report.source)
        report.restored += 1
    elif stored is not None:
        record_history(store, stored, store.article_hash(stored.article), "import: replaced by a newer version",
                       report.source)
        report.updated += 1
    elif placement.outcome == EXACT:
        report.exact += 1
    else:
        report.reanchored += 1
    return _placed(article, record, placement)


def import_bundle(store: Store, bundle: Bundle, *, source: str = "", article_id: int | None = None,
                  create_articles: bool = True) -> ImportReport:
    """Bring the claims of ``bundle`` into ``store`` (one transaction); returns what happened."""
    if article_id is not None:
        store.article(article_id)
    report = ImportReport(source=source, format=bundle.format)
    bundle = _latest_only(bundle)
    library = _Library(store)
    used: set[int] = set()
    with store.transaction():
        _ensure_categories(store, bundle, source)
        for exported in bundle.articles:
            article = _resolve(store, library, exported, article_id, create_articles, report, used)
            if article is not None:
                used.add(article.id)
            made = [_import_claim(store, library, report, exported, article, record) for record in exported.claims]
            add_exact(store, [a for a in made if a is not None], action="import", source=source)
        report.resolutions = store_resolutions(store, bundle.resolutions)
    return report


def _latest_only(bundle: Bundle) -> Bundle:
    """The bundle with each uuid once (its latest version), so one file cannot add a claim twice."""
    latest: dict[str, dict] = {}
    for exported in bundle.articles:
        for record in exported.claims:
            seen = latest.get(record["uuid"])
            if seen is None or is_newer(record["modified"], seen["modified"]):
                latest[record["uuid"]] = record
    for exported in bundle.articles:
        exported.claims = [r for r in exported.claims if latest.get(r["uuid"]) is r]
    return bundle


def import_annotations(store: Store, path: str | Path, *, article_id: int | None = None,
                       create_articles: bool = True) -> ImportReport:
    """Import a W3C (``.jsonld``/``.json``) or JSON Lines export file; raises FormatError for a bad file."""
    bundle = read_bundle(path)
    return import_bundle(store, bundle, source=Path(path).name, article_id=article_id,
                         create_articles=create_articles)


_ORPHAN_SELECT = ("SELECT uuid, article_hash, article_title, record, reason, detail, article, candidates, source, "
                  "recorded FROM annotation_orphans")


def _orphan_rows(store: Store, where: str = "", params: tuple = ()) -> list[Orphan]:
    rows = store.db.execute(f"{_ORPHAN_SELECT} {where} ORDER BY recorded, uuid", params).fetchall()
    return [
        Orphan(r[0], r[1], r[2], json.loads(r[3]), r[4], r[5], r[6], [tuple(c) for c in json.loads(r[7])], r[8], r[9])
        for r in rows
    ]


def orphans(store: Store) -> list[Orphan]:
    """The claims kept aside by earlier imports, oldest first."""
    return _orphan_rows(store)


def retry_orphans(store: Store, *, article_id: int | None = None) -> ImportReport:
    """Try to place every orphan again (on ``article_id`` if given); placed ones leave the orphans table."""
    grouped: dict[tuple[str, str], ExportedArticle] = {}
    for o in orphans(store):
        key = (o.article_hash, o.article_title)
        grouped.setdefault(key, ExportedArticle(content_hash=o.article_hash, title=o.article_title))
        grouped[key].claims.append(o.record)
    bundle = Bundle("orphans", list(grouped.values()), [])
    return import_bundle(store, bundle, source="orphans", article_id=article_id, create_articles=False)


def _orphan_by_uuid(store: Store, uuid: str) -> Orphan:
    found = _orphan_rows(store, "WHERE uuid = ?", (uuid,))
    if not found:
        raise StoreError(f"no orphan with id {uuid}")
    return found[0]


def discard_orphan(store: Store, uuid: str) -> Orphan:
    """Drop one orphan for good (the analyst decided it is not wanted); returns it."""
    orphan = _orphan_by_uuid(store, uuid)
    with store.transaction():
        store.db.execute("DELETE FROM annotation_orphans WHERE uuid = ?", [uuid])
    return orphan


def place_orphan(store: Store, uuid: str, article_id: int, start: int, end: int) -> Annotation:
    """Place an orphan where the analyst chose (e.g. one of an ambiguous orphan's candidates)."""
    orphan = _orphan_by_uuid(store, uuid)
    article = store.article(article_id)
    try:
        textmod.check_span(article.text, start, end)
    except textmod.OffsetError as exc:
        raise StoreError(f"article {article_id}: {exc}") from None
    if existing(store, uuid) is not None:
        raise StoreError(f"a claim with id {uuid} is in the store already; discard the orphan instead")
    placement = Placement(REANCHORED, start, end)
    annotation = _placed(article, orphan.record, placement)
    add_exact(store, [annotation], action="import", source=orphan.source)
    return annotation

