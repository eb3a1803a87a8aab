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
    """Every row of ``tables``, in a stable order, to compare a store before and after an operation (a claim's
    ``revision`` is left out: every write, undo and restore included, makes a new one)."""
    out = []
    for t in tables:
        cols = [r[1] for r in store.db.execute(f"PRAGMA table_info({t})") if r[1] != "revision"]
        select = ", ".join(f'"{c}"' for c in cols) if cols else "*"
        out.append(store.db.execute(f"SELECT {select} FROM {t} ORDER BY 1").fetchall())
    return out
