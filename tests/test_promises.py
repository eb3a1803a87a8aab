"""The README's "What the app promises": every promise has a test naming it; the promises not tested elsewhere."""

from __future__ import annotations

import os
import re
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.store.database import Store
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
TEXT = "استثمرت ASML مبلغ 1.3 مليار يورو، مما يجعلها تملك حصة بنسبة 11% وتصبح أكبر مساهم."


def promises() -> list[str]:
    section = README.split("## What the app promises", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"^- \*\*(.+?)\*\*", section, re.M)


def test_every_promise_in_the_readme_has_a_test_that_names_it():
    tests = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "tests").rglob("test_*.py"))
    names = promises()
    assert len(names) >= 9
    assert [n for n in names if f"Promise: {n}" not in tests] == []


def _hamish(store: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "desktop", "--store", str(store), *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)


def test_data_lives_in_the_store_file_and_nothing_else_is_written(tmp_path):
    """Promise: Your data lives in one store file.
    Promise: No network, no scripts, no other files."""
    work = tmp_path / "work"
    work.mkdir()
    article = tmp_path / "in" / "article.html"
    article.parent.mkdir()
    article.write_text(f"<html><body><script>fetch('http://example.com')</script><img src='http://example.com/x.png'>"
                       f"<p>{TEXT}</p></body></html>", encoding="utf-8")
    store = work / "hamish.db"
    assert _hamish(store, "import", str(article), cwd=work).returncode == 0
    shown = _hamish(store, "show", "1", cwd=work).stdout
    assert "fetch" not in shown and TEXT in shown
    start = TEXT.index("11%")
    assert _hamish(store, "annotate", "1", "--start", str(start), "--end", str(start + 3), "--category", "stake",
                   cwd=work).returncode == 0
    assert _hamish(store, "export", "-f", "csv", "-o", str(work / "claims.csv"), cwd=work).returncode == 0
    made = sorted(str(p.relative_to(work)) for p in work.rglob("*"))
    assert [m for m in made if m not in ("hamish.db", "hamish.db-wal", "hamish.db-shm", "claims.csv")
            and not m.startswith("backups")] == []
    assert sorted(p.name for p in article.parent.iterdir()) == ["article.html"]


def test_the_core_opens_no_network_connection(tmp_path, monkeypatch):
    """Promise: No network, no scripts, no other files."""
    def refuse(*args, **kwargs):
        raise AssertionError("a network connection was attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    from desktop.core.exchange.exporting import export
    from desktop.core.importing import import_file

    page = tmp_path / "page.html"
    page.write_text(f"<html><head><link rel=stylesheet href='http://example.com/s.css'></head><body>"
                    f"<iframe src='http://example.com'></iframe><p>{TEXT}</p></body></html>", encoding="utf-8")
    store = Store.open(tmp_path / "s.db")
    article, _ = store.add_document(import_file(page))
    for fmt, name in (("w3c", "x.jsonld"), ("jsonl", "x.jsonl"), ("csv", "x.csv"), ("xlsx", "x.xlsx")):
        export(store, fmt, tmp_path / name)
    store.close()


def test_acknowledged_means_committed_to_disk(store_path, store):
    """Promise: Acknowledged means on disk."""
    article, _ = store.add_article(title="أسمل", text=TEXT)
    claim = store.add_annotation(article.id, 0, 7, "other")
    assert store.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    other = sqlite3.connect(store_path)  # another process's view: the claim is committed, not pending
    assert other.execute("SELECT uuid FROM annotations").fetchall() == [(claim.uuid,)]
    other.close()
