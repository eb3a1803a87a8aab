"""Helpers for the hub tests: stores in tmp_path, an Arabic article with an emoji, and the state to compare."""

from __future__ import annotations

from pathlib import Path

from desktop.core.store.database import Store

ARTICLE = ("قالت شركة النخيل 🌴 إنها جمعت 40 مليون دولار في جولة تمويل جديدة، "
           "وإن حصتها في السوق بلغت 12% هذا العام.\n")


def open_store(tmp_path: Path, name: str, author: str | None = None) -> Store:
    return Store.open(tmp_path / f"{name}.db", author=author or name, daily_backup=False)


def with_article(store: Store, text: str = ARTICLE) -> int:
    article, _ = store.add_article(title="جولة تمويل", text=text)
    return article.id


def span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def state(store: Store) -> dict:
    """What every store must agree on: each claim's content (no local ids) and which claims are deleted."""
    claims = {a.uuid: {k: v for k, v in a.__dict__.items() if k not in ("article", "revision")}
              for a in store.annotations()}
    gone = sorted(d.uuid for d in store.deletions() if d.uuid not in claims)
    return {"claims": claims, "deleted": gone}


def identities(store: Store) -> set[tuple[str, int]]:
    return set(store.db.execute("SELECT origin, origin_seq FROM claim_revisions").fetchall())
