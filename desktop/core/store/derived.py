"""What storing an article derives from its title and text alone (hash, search-index row): pure, no SQLite."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from desktop.core import text as textmod


def content_hash(text: str) -> str:
    """The SHA-256 of the canonical text's UTF-8 bytes, as ``sha256:<hex>``."""
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class IndexRow:
    """An article's row of the search index: its folded title, body and claim notes, and their spelling variants."""

    title: str
    body: str
    notes: str
    variants: str


def index_row(title: str, text: str, notes: str = "") -> IndexRow:
    """The search index's row for an article (``notes`` already folded)."""
    title, body = textmod.fold(title), textmod.fold(text)
    return IndexRow(title, body, notes, textmod.search_variants(f"{title}\n{body}\n{notes}"))


@dataclass(frozen=True)
class Prepared:
    """A new article's hash and search-index row, worked out ahead (in the worker process that parsed it), so the
    process that writes the store only writes; the store checks it belongs to the title and text it stores."""

    title: str
    content_hash: str
    index: IndexRow


def prepare_article(title: str, text: str) -> Prepared:
    return Prepared(title, content_hash(text), index_row(title, text))
