"""Helpers shared by the merge, tombstone and article-deletion tests."""

from __future__ import annotations

import time

from desktop.core.store.database import Store


def span_of(quote: str, text: str) -> tuple[int, int]:
    """The code-point span of the first ``quote`` in ``text``."""
    start = text.index(quote)
    return start, start + len(quote)


def tick() -> None:
    """Timestamps have millisecond precision: keep "later" strictly later."""
    time.sleep(0.005)


def table_contents(store: Store, tables: tuple[str, ...]) -> list:
    """Every row of ``tables``, in a stable order, to compare a store before and after an operation."""
    return [store.db.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in tables]
