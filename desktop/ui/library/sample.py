"""The bundled sample article: imported with its claims the first time the app opens an empty store."""

from __future__ import annotations

import json

from desktop.core.importing import import_file
from desktop.core.store.database import Store, StoreError
from desktop.paths import resource


def _locate(text: str, claim: dict) -> tuple[int, int]:
    start, end = int(claim["start"]), int(claim["end"])
    if text[start:end] == claim["quote"]:
        return start, end
    found = text.find(claim["quote"])
    if found < 0:
        raise StoreError(f"sample claim {claim['quote']!r} is not in the sample article")
    return found, found + len(claim["quote"])


def load_sample(store: Store) -> int:
    """Import the sample article and its claims (from resources/samples/sample.json); returns its id."""
    spec = json.loads(resource("samples", "sample.json").read_text(encoding="utf-8"))
    article, new = store.add_document(import_file(resource("samples", spec["article"])))
    if new:
        items = []
        for claim in spec["claims"]:
            start, end = _locate(article.text, claim)
            fields = {k: claim[k] for k in ("category", "kind", "value", "unit", "status", "origin", "note") if k in claim}
            items.append(dict(start=start, end=end, **fields))
        store.add_annotations(article.id, items)
    return article.id


def ensure_sample(store: Store) -> int | None:
    """On an empty store, import the sample and return its id; otherwise do nothing and return None."""
    if store.articles():
        return None
    return load_sample(store)
