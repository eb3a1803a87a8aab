"""What every export shares: choosing the articles and claims to export, claim records and value text."""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass

from desktop.core.store.models import STATUSES, Annotation, Article
from desktop.core.store.database import Store, StoreError

__all__ = ["ArticleClaims", "select", "claim_record", "format_value", "CLAIM_FIELDS", "category_records"]

# The fields of a claim as exported (its article is named by content hash, not by a local id).
CLAIM_FIELDS = (
    "uuid start end quote prefix suffix category kind value unit note status origin author created modified subject"
).split()


@dataclass(frozen=True)
class ArticleClaims:
    """One article and the claims of it that an export carries."""

    article: Article
    claims: list[Annotation]


def select(
    store: Store,
    article_ids: list[int] | None = None,
    status: str | None = None,
    category: str | None = None,
) -> list[ArticleClaims]:
    """The articles to export with their claims, filtered by status and category.

    Named articles are always included (even with no matching claim); without names, every article is
    included when there is no filter, and only articles with a matching claim when there is one.
    """
    if status is not None and status not in STATUSES:
        raise StoreError(f"unknown status {status!r} (use one of {', '.join(STATUSES)})")
    if category is not None and category not in store.category_names():
        raise StoreError(f"unknown category {category!r} (known: {', '.join(store.category_names())})")
    if article_ids:
        ids = list(dict.fromkeys(article_ids))
        articles = [store.article(i) for i in ids]
    else:
        articles = [store.article(s.id) for s in store.articles()]
    chosen = []
    for article in articles:
        claims = store.annotations(article.id, status=status, category=category)
        if claims or article_ids or (status is None and category is None):
            chosen.append(ArticleClaims(article, claims))
    return chosen


def claim_record(a: Annotation) -> dict:
    """A claim as a plain dict of :data:`CLAIM_FIELDS` (no local article id)."""
    d = asdict(a)
    return {k: d[k] for k in CLAIM_FIELDS}


def category_records(store: Store) -> list[dict]:
    """The store's categories as plain dicts (name, labels, colour, shortcut, position)."""
    return [asdict(c) for c in store.categories()]


def plain_number(value: float | None) -> int | float | None:
    """A whole float as an int (1700000000.0 → 1700000000), other numbers unchanged."""
    if value is None:
        return None
    if math.isfinite(value) and value == int(value) and abs(value) < 2**63:
        return int(value)
    return value


def format_value(value: float | None, unit: str = "") -> str:
    """A value with grouped digits and its unit: ``1,700,000,000 EUR``, ``11 %``; empty when there is none."""
    if value is None:
        return ""
    number = plain_number(value)
    if isinstance(number, int):
        text = f"{number:,}"
    else:
        text = f"{number:,.4f}".rstrip("0").rstrip(".")
    return f"{text} {unit}".strip()
