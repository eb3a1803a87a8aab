"""Checking a store file without changing it, and recovering what can still be read into a new store.

:func:`check_file` opens the file read-only and names the damage SQLite's integrity check finds (pages, rows,
indexes), then checks every claim's quote. :func:`recover` copies, row by row, every row that can still be read
into a new store, skipping over damaged pages; the damaged original is never written.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.store.errors import StoreError, explain
from desktop.core.store.opening import classify

__all__ = ["check_file", "recover", "Recovery", "TABLES"]

# Tables copied by recover, parents first (claims need their article and category).
TABLES = ("categories", "articles", "annotations", "annotation_history", "annotation_orphans",
          "annotation_deletions", "article_deletions", "claim_revisions", "hub_stamps")


def _read_only(path: Path) -> sqlite3.Connection:
    try:
        return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    except sqlite3.Error as exc:
        raise explain(exc, path) from None


def check_file(path: str | Path) -> list[str]:
    """The problems found in the store at ``path`` (empty when it is sound); never writes to it."""
    path = Path(path)
    if not path.exists():
        raise StoreError(f"{path}: no such file")
    kind = classify(path)
    if kind.kind == "new":
        return []
    conn = _read_only(path)
    try:
        try:
            problems = [r[0] for r in conn.execute("PRAGMA integrity_check(100)").fetchall() if r[0] != "ok"]
        except sqlite3.DatabaseError as exc:
            return [f"damaged: {exc} (SQLite cannot even run its integrity check)"]
        if problems:
            return [f"damaged: {p}" for p in problems]
    finally:
        conn.close()
    from desktop.core.store.database import Store

    store = Store.open(path, read_only=True, daily_backup=False)
    try:
        return store.check()
    finally:
        store.close()


@dataclass
class Recovery:
    """What recover copied (rows per table) and what it could not read (per table: a count and the first errors)."""

    source: str
    target: str
    copied: dict[str, int] = field(default_factory=dict)
    lost: dict[str, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"source": self.source, "target": self.target, "copied": self.copied, "lost": self.lost,
                "errors": self.errors}


def _rows(conn: sqlite3.Connection, table: str, report: Recovery):
    """Every readable row of ``table`` by rowid, jumping over the ranges that raise."""
    last, step = 0, 1  # rowids here are positive
    while True:
        try:
            row = conn.execute(f"SELECT rowid, * FROM {table} WHERE rowid > ? ORDER BY rowid LIMIT 1",
                               [last]).fetchone()
        except sqlite3.DatabaseError as exc:
            if len(report.errors) < 20:
                report.errors.append(f"{table}: after row {last}: {exc}")
            if step > 2**40:
                return
            last += step
            step *= 2
            continue
        if row is None:
            return
        step = 1
        last = row[0]
        yield row[1:]


def recover(source: str | Path, target: str | Path) -> Recovery:
    """Copy every readable row of the store at ``source`` into a new store at ``target`` (which must not exist)."""
    from desktop.core.store.database import Store

    source, target = Path(source), Path(target)
    if not source.exists():
        raise StoreError(f"{source}: no such file")
    if target.exists():
        raise StoreError(f"{target}: exists already; recover into a new file")
    classify(source)
    report = Recovery(str(source), str(target))
    conn = _read_only(source)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError(f"{source}: the damage reaches the list of tables ({exc}); nothing can be read") from None
    new = Store.open(target, daily_backup=False)
    try:
        with new.transaction():
            new.db.execute("DELETE FROM categories")
            new.db.execute("DELETE FROM claim_revisions")
            new.db.execute("UPDATE annotations SET revision = 0")
            for table in TABLES:
                if table in tables:
                    _copy(conn, new, table, report)
            for (article_id,) in new.db.execute("SELECT id FROM articles").fetchall():
                new._reindex(article_id)
    finally:
        conn.close()
        new.close()
    return report


def _copy(conn: sqlite3.Connection, new, table: str, report: Recovery) -> None:
    columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
    wanted = {r[1] for r in new.db.execute(f"PRAGMA table_info({table})")}
    keep = [i for i, c in enumerate(columns) if c in wanted]
    names = ", ".join(f'"{columns[i]}"' for i in keep)
    marks = ", ".join("?" for _ in keep)
    copied = lost = 0
    for row in _rows(conn, table, report):
        try:
            new.db.execute(f"INSERT OR IGNORE INTO {table} ({names}) VALUES ({marks})", [row[i] for i in keep])
            copied += 1
        except sqlite3.Error as exc:
            lost += 1
            if len(report.errors) < 20:
                report.errors.append(f"{table}: a row could not be kept ({exc})")
    report.copied[table] = copied
    try:
        total = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        report.lost[table] = max(lost, total - copied)
    except sqlite3.DatabaseError:
        report.lost[table] = lost
