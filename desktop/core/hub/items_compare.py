"""The compare room's shared items: each claim subject's other names (aliases) and each contradiction's resolution,
made at sync time from what differs from their current version, and applied to a store when pulled.

A claim's subject link travels with the claim (its revision names the subject); what travels here is the subject's
list of aliases, so "ميسترال" and "Mistral AI" name one subject in every store, and the analyst's resolution of a
contradiction (note, author, time), or its taking back (``resolved`` empty). The current version of each is the one
with the greatest (HLC, origin), as for every item.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from desktop.core.hub.protocol import HubItem
from desktop.core.store.database import Store
from desktop.core.store.models import utc_now

__all__ = ["wanted", "apply"]

_UNRESOLVED = {"note": "", "author": "", "resolved": ""}


def _canon(payload: dict) -> str:
    return json.dumps(payload, ensure_ascii=False, sort_keys=True)


def wanted(store: Store, current: Callable[[str, str], HubItem | None]) -> list[tuple[str, str, dict]]:
    """(kind, key, payload) of each subject and resolution whose state here differs from its current version;
    ``current(kind, key)`` is None for a version this store refused (then what it holds is not a change of its own)."""
    out: list[tuple[str, str, dict]] = []
    heads = {(k, key): payload for k, key, payload in store.db.execute(
        "SELECT kind, key, payload FROM hub_heads WHERE kind IN ('subject', 'resolution')").fetchall()}
    for name, aliases in store.db.execute("SELECT name, aliases FROM subjects ORDER BY name").fetchall():
        payload = {"aliases": list(json.loads(aliases or "[]"))}
        if heads.get(("subject", name)) != _canon(payload) and current("subject", name) is not None:
            out.append(("subject", name, payload))
    here = set()
    for pair, note, author, resolved in store.db.execute(
            "SELECT pair, note, author, resolved FROM contradiction_notes ORDER BY pair").fetchall():
        here.add(pair)
        payload = {"note": note, "author": author, "resolved": resolved}
        if heads.get(("resolution", pair)) != _canon(payload) and current("resolution", pair) is not None:
            out.append(("resolution", pair, payload))
    for (kind, pair), payload in sorted(heads.items()):  # resolved elsewhere, taken back here
        if kind == "resolution" and pair not in here and json.loads(payload)["resolved"] \
                and current("resolution", pair) is not None:
            out.append(("resolution", pair, dict(_UNRESOLVED)))
    return out


def apply(store: Store, kind: str, key: str, payload: dict) -> None:
    """Make this store hold the current version of one subject or resolution (inside the caller's transaction)."""
    if kind == "subject":
        from desktop.core.store.subjects import _aliases

        aliases = json.dumps(_aliases(key, payload["aliases"]), ensure_ascii=False)
        store.db.execute("INSERT INTO subjects (name, aliases, created) VALUES (?, ?, ?) "
                         "ON CONFLICT (name) DO UPDATE SET aliases = excluded.aliases", [key, aliases, utc_now()])
    elif kind == "resolution":
        if payload["resolved"]:
            store.db.execute("INSERT OR REPLACE INTO contradiction_notes (pair, note, author, resolved) "
                             "VALUES (?, ?, ?, ?)", [key, payload["note"], payload["author"], payload["resolved"]])
        else:
            store.db.execute("DELETE FROM contradiction_notes WHERE pair = ?", [key])
