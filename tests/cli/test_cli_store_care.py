"""The CLI looking after the store: check and recover a damaged store, backup, restore, edit with a revision,
history, and waiting for another program's lock."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.store.database import Store
from tests.conftest import ROOT

TEXT = "استثمرت ASML مبلغ 1.3 مليار يورو، مما يجعلها تملك حصة بنسبة 11% وتصبح أكبر مساهم. "


def run(capsys, store_path: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--store", str(store_path), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def filled(store_path) -> Path:
    """A store of 40 articles (one claim each), closed, so its pages are all in the main file."""
    store = Store.open(store_path, daily_backup=False)
    for i in range(40):
        text = f"مقال رقم {i}. " + TEXT * 30
        article, _ = store.add_article(title=f"مقال {i}", text=text)
        start = text.index("11%")
        store.add_annotation(article.id, start, start + 3, "stake", note=f"ملاحظة {i}")
    store.close()
    return store_path


def damage(path: Path) -> None:
    """Overwrite one leaf page of the articles table with garbage."""
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    pages = [r[0] for r in conn.execute("SELECT pageno FROM dbstat WHERE name = 'articles' AND pagetype = 'leaf'")]
    conn.close()
    victim = pages[len(pages) // 2]
    with open(path, "r+b") as fh:
        fh.seek((victim - 1) * page_size)
        fh.write(b"\xde\xad\xbe\xef" * (page_size // 4))


def test_check_names_the_damage_and_recover_saves_the_rest_leaving_the_original_untouched(capsys, filled, tmp_path):
    """Promise: Damage is named, not hidden."""
    damage(filled)
    before = sha256(filled)
    code, out, err = run(capsys, filled, "check")
    assert code == 1 and "damaged:" in out and "recover NEW.db" in out and "internal error" not in err
    target = tmp_path / "recovered.db"
    code, out, err = run(capsys, filled, "recover", str(target), "--json")
    assert code == 0, err
    report = json.loads(out)
    assert 0 < report["copied"]["articles"] < 40 and report["lost"]["articles"] > 0
    assert report["copied"]["annotations"] == report["copied"]["articles"]
    assert sha256(filled) == before
    code, out, _ = run(capsys, target, "check")
    assert code == 0 and out.startswith("ok:")
    code, out, _ = run(capsys, target, "search", "ملاحظة")
    assert out.count("مقال") == report["copied"]["articles"]


def test_opening_a_damaged_store_for_work_is_a_clear_message(capsys, filled):
    damage(filled)
    code, _, err = run(capsys, filled, "articles")
    assert code == 1 and "damaged" in err and "internal error" not in err


def test_backup_and_restore_commands(capsys, filled, tmp_path):
    code, out, err = run(capsys, filled, "backup", str(tmp_path / "copy.db"))
    assert code == 0 and "copy.db" in out, err
    code, out, _ = run(capsys, filled, "delete-article", "1")
    assert code == 0
    code, out, err = run(capsys, filled, "restore", str(tmp_path / "copy.db"))
    assert code == 0 and "backups" in out, err
    code, out, _ = run(capsys, filled, "articles", "--json")
    assert len(out.splitlines()) == 40
    code, _, err = run(capsys, filled, "restore", str(tmp_path / "missing.db"))
    assert code == 1 and "no such backup file" in err


def test_edit_based_on_a_stale_revision_is_refused_and_history_shows_every_version(capsys, filled):
    code, out, _ = run(capsys, filled, "annotations", "1", "--json")
    claim = json.loads(out.splitlines()[0])
    code, out, err = run(capsys, filled, "edit", claim["id"], "--note", "first", "--revision", str(claim["revision"]))
    assert code == 0, err
    code, out, err = run(capsys, filled, "edit", claim["id"], "--note", "stale", "--revision", str(claim["revision"]))
    assert code == 1 and "changed elsewhere" in err and "'first' → 'stale'" in err and "run again with --revision" in err
    code, out, _ = run(capsys, filled, "history", claim["id"])
    assert "edited it" in out and "first" in out and "ملاحظة 0" in out and "stale" not in out


def test_a_command_waits_for_a_held_lock_and_says_so(filled):
    store = Store.open(filled, daily_backup=False)
    uuid = store.annotations()[0].uuid
    store.close()
    holder = sqlite3.connect(filled, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "desktop", "--store", str(filled), "edit", uuid, "--note", "n"],
                            cwd=ROOT, env=env, stderr=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    first = proc.stderr.readline()  # written after one second of waiting
    holder.execute("ROLLBACK")
    holder.close()
    rest = proc.communicate(timeout=60)[1]
    assert "waiting for the write lock" in first
    assert proc.returncode == 0 and "internal error" not in rest


def _other_programs_db(path: Path) -> str:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE articles (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("CREATE TABLE annotations (id INTEGER PRIMARY KEY, note TEXT)")
    conn.execute("CREATE TABLE categories (name TEXT)")
    conn.execute("INSERT INTO articles (body) VALUES ('not ours')")
    conn.commit()
    conn.close()
    return sha256(path)


@pytest.mark.parametrize("args", [["articles"], ["import", "{article}"], ["backup"], ["merge", "{other}"]])
def test_commands_refuse_another_programs_file_and_leave_it_byte_for_byte(capsys, tmp_path, filled, args):
    other = tmp_path / "other" / "theirs.db"
    other.parent.mkdir()
    before = _other_programs_db(other)
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    args = [a.format(article=article, other=other) for a in args]
    target = filled if args[0] == "merge" else other
    code, out, err = run(capsys, target, *args)
    assert code == 1 and "not a Hamish store" in err and "internal error" not in err and len(err.splitlines()) == 1
    assert sha256(other) == before and sorted(p.name for p in other.parent.iterdir()) == ["theirs.db"]
