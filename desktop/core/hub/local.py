"""The store's side of a sync: stamping local revisions with the clock, what is waiting to be pushed, and taking in
pulled revisions (validated first) so each claim shows the version the winner rule picks, in every store alike."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from desktop.core.hub.protocol import (
    Clock,
    HubRevision,
    InvalidRevision,
    conflicts,
    made_ms,
    validate_revision,
    winner,
)
from desktop.core.store.database import _ANNOTATION_FIELDS, _COLUMNS, _INSERT_FIELDS, Store, content_hash
from desktop.core.store.models import Annotation, Deletion

__all__ = ["stamp", "pending", "outgoing", "skip_to_end", "held", "set_held", "revisions_at", "apply_pulled", "claim_revisions", "all_conflicts", "set_meta",
           "Applied", "MAX_ARTICLE_CHARS"]

MAX_ARTICLE_CHARS = 2_000_000  # a pulled article longer than this is refused as oversized
_STAMPED = "hub_stamped"  # the greatest revision seq the last stamp() saw: every one up to it has its stamp
_UNSTAMPED = "~"  # sorts after every HLC: a local write made during a sync is newer than all it saw


def set_meta(store: Store, key: str, value: str) -> None:
    store.db.execute("INSERT OR REPLACE INTO store_meta (key, value) VALUES (?, ?)", [key, value])


def stamp(store: Store) -> Clock:
    """Give every local revision not yet stamped its HLC, in the order it was made; returns the store's clock."""
    clock = Clock(store.meta("hub_clock"))
    with store.transaction():
        # Every revision up to the last one seen by the previous stamp has its stamp (seq only grows): look after it,
        # by the seq range (``+r.origin`` keeps SQLite off the origin index, which would walk every revision made here).
        after = int(store.meta(_STAMPED) or 0)
        rows = store.db.execute(
            "SELECT r.seq, r.made FROM claim_revisions r LEFT JOIN hub_stamps s ON s.seq = r.seq "
            "WHERE r.seq > ? AND +r.origin = ? AND s.seq IS NULL ORDER BY r.seq", [after, store.store_id]).fetchall()
        for seq, made in rows:
            store.db.execute("INSERT INTO hub_stamps (seq, hlc) VALUES (?, ?)", [seq, clock.stamp(made_ms(made))])
        top = store.db.execute("SELECT max(seq) FROM claim_revisions").fetchone()[0] or 0
        set_meta(store, _STAMPED, str(max(after, top)))
        set_meta(store, "hub_clock", clock.last)
    return clock


def pending(store: Store) -> int:
    """How many revisions made here wait to be pushed to the hub this store last synced with."""
    hub = store.meta("hub_id") or ""
    return store.db.execute("SELECT count(*) FROM claim_revisions WHERE seq > ? AND +origin = ?",
                            [int(store.meta(f"hub_pushed:{hub}") or 0), store.store_id]).fetchone()[0] + \
        len(held(store, f"hub_held:{hub}"))


def held(store: Store, key: str) -> dict[int, str]:
    """The revisions made here that the hub refused (a status change by a member who is not a reviewer, and what
    was based on it): local seq -> the hub's reason. They stay in the store and are offered again at every sync."""
    return {int(seq): why for seq, why in json.loads(store.meta(key) or "{}").items()}


def set_held(store: Store, key: str, refused: dict[int, str]) -> None:
    set_meta(store, key, json.dumps({str(seq): refused[seq] for seq in sorted(refused)}, ensure_ascii=False))


_SELECT = ("SELECT r.seq, r.origin, r.origin_seq, r.uuid, r.article_hash, r.action, r.deleted, r.record, b.origin, "
           "b.origin_seq, r.by, r.source, r.made, s.hlc FROM claim_revisions r "
           "LEFT JOIN claim_revisions b ON b.seq = r.base LEFT JOIN hub_stamps s ON s.seq = r.seq ")


def _row(row: tuple) -> tuple[int, HubRevision]:
    seq, origin, oseq, uuid, digest, action, deleted, record, borigin, bseq, by, source, made, hlc = row
    base = (borigin, bseq) if borigin is not None else None
    return seq, HubRevision(origin, oseq, uuid, digest, action, bool(deleted), json.loads(record), base, by, source,
                            made, hlc or _UNSTAMPED)


def outgoing(store: Store, after: int, limit: int) -> list[tuple[int, HubRevision]]:
    """(local seq, revision) of the revisions made here after local seq ``after``, oldest first."""
    rows = store.db.execute(_SELECT + "WHERE r.seq > ? AND +r.origin = ? ORDER BY r.seq LIMIT ?",
                            [after, store.store_id, limit]).fetchall()
    return [_row(r) for r in rows]


def skip_to_end(store: Store, key: str, after: int) -> None:
    """When nothing made here waits after the push cursor ``key`` (at ``after``), move it past every revision here
    (pulled ones too), so the next sync's look for new revisions starts at the end instead of reading them all."""
    with store.transaction():
        if store.db.execute("SELECT 1 FROM claim_revisions WHERE seq > ? AND +origin = ? LIMIT 1",
                            [after, store.store_id]).fetchone() is None:
            top = store.db.execute("SELECT max(seq) FROM claim_revisions").fetchone()[0] or 0
            if top > after:
                set_meta(store, key, str(top))


def revisions_at(store: Store, seqs: Iterable[int]) -> list[tuple[int, HubRevision]]:
    """(local seq, revision) of the revisions at these local seqs, oldest first."""
    seqs = sorted(seqs)
    if not seqs:
        return []
    rows = store.db.execute(_SELECT + f"WHERE r.seq IN ({', '.join('?' * len(seqs))}) ORDER BY r.seq", seqs)
    return [_row(r) for r in rows.fetchall()]


def claim_revisions(store: Store, uuid: str) -> list[tuple[int, HubRevision]]:
    return [_row(r) for r in store.db.execute(_SELECT + "WHERE r.uuid = ? ORDER BY r.seq", [uuid]).fetchall()]


def all_conflicts(store: Store) -> list[HubRevision]:
    """Every version flagged as a conflict in this store (claims edited in more than one store only)."""
    uuids = [r[0] for r in store.db.execute(
        "SELECT uuid FROM claim_revisions GROUP BY uuid HAVING count(DISTINCT origin) > 1 ORDER BY uuid").fetchall()]
    return [rev for uuid in uuids for rev in conflicts(r for _, r in claim_revisions(store, uuid))]


@dataclass
class Applied:
    """What taking in a batch of pulled revisions did."""

    pulled: int = 0
    conflicts: int = 0
    refused: list[str] = field(default_factory=list)


def _article_text(store: Store, digest: str,
                  fetch_article: Callable[[str], dict | None]) -> tuple[str | None, dict | None]:
    """The canonical text of the article with this hash, and its row when it must still be stored here."""
    local = store.db.execute("SELECT text FROM articles WHERE content_hash = ?", [digest]).fetchone()
    if local is not None:
        return local[0], None
    row = fetch_article(digest)
    if not isinstance(row, dict) or not isinstance(row.get("text"), str):
        return None, None
    if len(row["text"]) > MAX_ARTICLE_CHARS:
        raise InvalidRevision(f"article {digest[:12]}… is oversized ({len(row['text'])} characters)")
    if content_hash(row["text"]) != digest:
        raise InvalidRevision(f"article {digest[:12]}… on the hub does not match its content hash")
    return row["text"], row


def _store_article(store: Store, row: dict) -> None:
    fields = {k: row.get(k) for k in ("title", "text", "raw_text", "source", "source_url", "format", "encoding",
                                      "content_hash", "imported", "language", "direction", "bidi_controls",
                                      "published", "published_from", "site", "author", "import_report")}
    fields["title"] = str(fields["title"] or "")[:1000]
    fields["raw_text"] = fields["text"]
    for key, default in (("source", ""), ("format", "txt"), ("encoding", "utf-8"), ("language", "ar"),
                         ("bidi_controls", 0), ("imported", row.get("imported") or "")):
        if fields[key] is None:
            fields[key] = default
    if fields["direction"] not in ("rtl", "ltr"):
        fields["direction"] = "rtl"
    store.db.execute("DELETE FROM article_deletions WHERE content_hash = ?", [fields["content_hash"]])
    article_id = store._insert_article(fields)
    store._reindex(article_id)


def _settle(store: Store, uuid: str) -> set[int]:
    """Make the claim's row (or tombstone) in this store the version the winner rule picks; returns the ids of the
    articles whose notes index must follow (the caller re-indexes each once)."""
    revs = claim_revisions(store, uuid)
    best = winner(r for _, r in revs)
    if best is None:
        return set()
    seq = next(s for s, r in revs if r.id == best.id)
    row = store.db.execute("SELECT revision, article FROM annotations WHERE uuid = ?", [uuid]).fetchone()
    if row is not None and row[0] == seq:
        return set()
    found = store.db.execute("SELECT id FROM articles WHERE content_hash = ?", [best.article_hash]).fetchone()
    article_id = found[0] if found else None
    if article_id is None and not best.deleted:
        return set()  # its article is not here (refused when pulled): the claim waits for it
    store.db.execute("DELETE FROM annotations WHERE uuid = ?", [uuid])
    if best.deleted:
        if store.deletion(uuid) is None or row is not None:
            record = dict(best.record, article=article_id or 0, revision=seq)
            store._write_deletion(Deletion(uuid, best.article_hash, best.made, best.by, record))
    else:
        store.db.execute("DELETE FROM annotation_deletions WHERE uuid = ?", [uuid])
        a = Annotation(**{**{k: best.record.get(k) for k in _INSERT_FIELDS if k != "article"},
                          "article": article_id, "revision": seq})
        if a.subject:  # a colleague's subject this store has not seen yet
            a = replace(a, subject=store.ensure_subject(a.subject))
        marks = ", ".join("?" for _ in _ANNOTATION_FIELDS)
        store.db.execute(f"INSERT INTO annotations ({_COLUMNS}) VALUES ({marks})",
                         [seq if c == "revision" else getattr(a, c) for c in _ANNOTATION_FIELDS])
    return {row[1] if row else None, article_id} - {None}


def apply_pulled(store: Store, revisions: Iterable[HubRevision], clock: Clock,
                 fetch_article: Callable[[str], dict | None], cursor: tuple[str, int]) -> Applied:
    """Take in pulled revisions in one transaction and move the pull cursor (``(meta key, hub id)``) with them, so a
    cut leaves either all of the batch or none. A revision that fails validation is refused (listed, not stored)."""
    done = Applied()
    revisions = list(revisions)
    categories = set(store.category_names())
    with store.transaction():
        touched: dict[str, set] = {}
        texts: dict[str, str | None] = {}  # canonical texts already read in this batch
        for rev in revisions:
            if store.db.execute("SELECT 1 FROM claim_revisions WHERE origin = ? AND origin_seq = ?",
                                [rev.origin, rev.origin_seq]).fetchone():
                continue  # already here (pushed twice, or pulled before a cut)
            try:
                if rev.article_hash in texts:
                    text, article_row = texts[rev.article_hash], None
                else:
                    text, article_row = _article_text(store, rev.article_hash, fetch_article)
                validate_revision(rev, text, categories)
            except InvalidRevision as exc:
                done.refused.append(str(exc))
                continue
            if article_row is not None:
                _store_article(store, article_row)
            texts[rev.article_hash] = text
            if rev.uuid not in touched:
                touched[rev.uuid] = {r.id for r in conflicts(r for _, r in claim_revisions(store, rev.uuid))}
            base = None
            if rev.base is not None:
                found = store.db.execute("SELECT seq FROM claim_revisions WHERE origin = ? AND origin_seq = ?",
                                         list(rev.base)).fetchone()
                base = found[0] if found else None
            cur = store.db.execute(
                "INSERT INTO claim_revisions (uuid, article_hash, action, deleted, record, base, by, source, made, "
                "origin, origin_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [rev.uuid, rev.article_hash, rev.action, int(rev.deleted),
                 json.dumps(rev.record, ensure_ascii=False, sort_keys=True), base, rev.member or rev.by, rev.source,
                 rev.made, rev.origin, rev.origin_seq])
            store.db.execute("INSERT INTO hub_stamps (seq, hlc) VALUES (?, ?)", [cur.lastrowid, rev.hlc])
            clock.receive(rev.hlc)
            done.pulled += 1
        hashes = {rev.article_hash for rev in revisions if rev.uuid in touched}
        reindex: set[int] = set()
        for uuid, before in touched.items():
            reindex |= _settle(store, uuid)
            after = {r.id for r in conflicts(r for _, r in claim_revisions(store, uuid))}
            done.conflicts += len(after - before)
        for article_id in sorted(reindex):
            if store.db.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone():
                store._reindex_notes(article_id)
        from desktop.core.hub.items import reconcile_articles

        reconcile_articles(store, hashes, fetch_article, done.refused)  # an article deleted once its last claim went
        set_meta(store, "hub_clock", clock.last)
        set_meta(store, cursor[0], str(cursor[1]))
    return done
