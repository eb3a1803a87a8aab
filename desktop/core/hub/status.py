"""What the app shows of a store's team hub, without connecting to it: which hub (never a password), the last sync,
the changes waiting, who wrote each claim's current version, and the claims flagged as conflicts, with a way to
mark one reviewed. Qt-free and psycopg-free (the URL is read with the standard library)."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qs, unquote, urlsplit

from desktop.core.hub import local
from desktop.core.hub.protocol import conflicts
from desktop.core.store.database import _INSERT_FIELDS, Store
from desktop.core.store.errors import StoreError
from desktop.core.store.models import Annotation
from desktop.core.store.revisions import Version

__all__ = ["HubStatus", "hub_label", "hub_status", "authors", "conflicted", "as_annotation", "keep_current"]


@dataclass(frozen=True)
class HubStatus:
    """A store's hub as the status bar shows it: ``hub`` is host/database, ``last_sync`` ISO UTC time or "";
    ``held`` the changes made here that the hub refuses until the member is a reviewer (counted in ``pending``
    too), with the hub's reason for each (``held_reasons``, oldest first)."""

    hub: str
    last_sync: str
    pending: int
    held: int = 0
    held_reasons: tuple[str, ...] = ()


def hub_label(url: str) -> str:
    """``host/database`` of a PostgreSQL URL or key=value connection string; user and password never shown."""
    url = (url or "").strip()
    if "://" in url:
        parts = urlsplit(url)
        host = parts.hostname or parse_qs(parts.query).get("host", ["localhost"])[0]
        port = f":{parts.port}" if parts.port and parts.port != 5432 else ""
        db = unquote(parts.path.lstrip("/")) or parse_qs(parts.query).get("dbname", [""])[0]
    else:
        params = dict(item.split("=", 1) for item in url.split() if "=" in item)
        host = params.get("host") or params.get("hostaddr") or "localhost"
        port = f":{params['port']}" if params.get("port") not in (None, "", "5432") else ""
        db = params.get("dbname", "") or params.get("service", "")
    db = db.strip("'")
    host = host.strip("'")
    return f"{host}{port}/{db}" if db else f"{host}{port}"


def hub_status(store: Store) -> HubStatus | None:
    """The store's hub, last sync and pending count; None for a store that never synced with a hub."""
    url = store.meta("hub_url")
    if not url:
        return None
    held = local.held(store, f"hub_held:{store.meta('hub_id') or ''}")
    reasons = tuple(held[seq] for seq in sorted(held))
    return HubStatus(hub_label(url), store.meta("hub_last_sync") or "", local.pending(store), len(reasons), reasons)


def authors(store: Store, article_id: int | None = None) -> dict[str, str]:
    """uuid → who wrote each claim's current version (the member, for a version pulled from the hub)."""
    where, args = ("WHERE a.article = ?", [article_id]) if article_id is not None else ("", [])
    rows = store.db.execute("SELECT a.uuid, r.by FROM annotations a JOIN claim_revisions r ON r.seq = a.revision "
                            + where, args).fetchall()
    return {uuid: by or "" for uuid, by in rows}


def conflicted(store: Store, article_id: int | None = None, *, uuid: str | None = None) -> dict[str, list[Version]]:
    """uuid → the versions of each stored claim (of one article, one claim, or all) that lost to a concurrent edit
    made elsewhere and are not reviewed yet, oldest first. Empty at once for a store that never synced."""
    if not store.meta("hub_url"):
        return {}
    where, args = ("", [])
    if article_id is not None:
        where, args = "WHERE a.article = ?", [article_id]
    elif uuid is not None:
        where, args = "WHERE a.uuid = ?", [uuid]
    uuids = [r[0] for r in store.db.execute(
        "SELECT r.uuid FROM claim_revisions r JOIN annotations a ON a.uuid = r.uuid " + where
        + " GROUP BY r.uuid HAVING count(DISTINCT r.origin) > 1", args).fetchall()]
    found: dict[str, list[Version]] = {}
    for claim in uuids:
        revs = local.claim_revisions(store, claim)
        seqs = {rev.id: seq for seq, rev in revs}
        lost = [store.version(seqs[rev.id]) for rev in conflicts(r for _, r in revs)]
        if lost:
            found[claim] = lost
    return found


def as_annotation(store: Store, version: Version) -> Annotation | None:
    """A version of a claim as a claim of this store (None for a deletion), to put it back over the current one."""
    if version.deleted:
        return None
    article = store.article_by_hash(store.db.execute("SELECT article_hash FROM claim_revisions WHERE seq = ?",
                                                     [version.seq]).fetchone()[0])
    if article is None:
        raise StoreError(f"claim {version.uuid}: its article is not in this store")
    fields = {k: version.record.get(k) for k in _INSERT_FIELDS if k != "article"}
    return Annotation(**fields, article=article.id, revision=0)


def keep_current(store: Store, uuid: str) -> int:
    """Mark a claim's conflicts reviewed by keeping its current version: one ``resolve`` revision per version that
    lost, holding the current version and based on that one, so every store that syncs sees it settled. Returns
    how many were marked (nothing is written when none)."""
    lost = conflicted(store, uuid=uuid).get(uuid, [])
    if not lost:
        return 0
    current = store.annotation(uuid)
    digest = store.article_hash(current.article)
    with store.transaction():
        for version in lost:
            seq = store._revise(current, digest, "resolve", base=version.seq)
            store.db.execute("UPDATE annotations SET revision = ? WHERE uuid = ?", [seq, uuid])
    return len(lost)
