"""Suggested claims in the store: the suggester's proposals for an article, minus spans already claimed."""

from __future__ import annotations

from collections.abc import Sequence

from desktop.core.claims.grammar import Suggestion, suggest
from desktop.core.store.models import Annotation
from desktop.core.store.database import Store


def suggestion_items(store: Store, article_id: int, found: Sequence[Suggestion] | None = None) -> list[dict]:
    """New-claim fields (origin suggested, status unreviewed) for each proposal whose span carries no claim
    yet, so saving twice adds nothing twice and a rejected suggestion is never proposed again."""
    if found is None:
        found = suggest(store.article(article_id).text)
    taken = {(a.start, a.end) for a in store.annotations(article_id)}
    return [
        dict(start=s.start, end=s.end, category=s.category, kind=s.kind, value=s.value, unit=s.unit,
             origin="suggested", status="unreviewed")
        for s in found
        if (s.start, s.end) not in taken
    ]


def save_suggestions(store: Store, article_id: int, found: Sequence[Suggestion] | None = None) -> list[Annotation]:
    """Store the new proposals for an article in one transaction; returns the claims added."""
    items = suggestion_items(store, article_id, found)
    return store.add_annotations(article_id, items) if items else []
