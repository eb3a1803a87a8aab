"""A batch `hamish import` parses in worker processes: the same lines in the same order, the same errors and the same
store as one file at a time, and Ctrl+C stops it cleanly (real files, real subprocesses)."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

from desktop.core.importing.parallel import MIN_BATCH, import_files
from desktop.core.store.derived import prepare_article
from tests.cli.test_cli_import_pages import PAGES, hamish
from tests.conftest import ROOT


def _batch(folder: Path, copies: int) -> list[Path]:
    """Our saved pages, each under several names (some changed, so they are new articles), with broken files."""
    folder.mkdir()
    made = []
    for n in range(copies):
        for page in sorted(PAGES.glob("*.html")):
            out = folder / f"{n:02d}-{page.name}"
            data = page.read_bytes()
            out.write_bytes(data.replace(b"</body>", f"<p>نسخة رقم {n} من الصفحة.</p></body>".encode()) if n % 2
                            else data)
            made.append(out)
    (folder / "05-broken.html").write_bytes(b"\x89PNG\r\n\x1a\n....")
    (folder / "07-empty.txt").write_bytes(b"")
    (folder / "09-note.txt").write_text("بلغ العجز 5 مليارات دينار في 2025.\n", encoding="utf-8")
    return made


def test_workers_give_what_one_process_gives_in_the_same_order(tmp_path: Path) -> None:
    made = _batch(tmp_path / "pages", 3)
    paths = sorted(str(p) for p in (tmp_path / "pages").iterdir())
    assert sum(1 for p in paths if p.endswith(".html")) >= MIN_BATCH
    alone = list(import_files(paths, workers=1))
    pooled = list(import_files(paths, workers=2))
    assert [p for p, _, _ in pooled] == paths == [p for p, _, _ in alone]
    for (path, a, none), (_, b, prepared) in zip(alone, pooled):
        assert none is None  # parsed here: the store derives the hash and index row itself
        if isinstance(a, Exception):
            assert (type(b), b.path, b.reason) == (type(a), a.path, a.reason), path
            assert prepared is None
        else:
            assert b == a, path
            assert prepared == prepare_article(a.title, a.text), path  # what the worker derived for the store
    assert {Path(p).name for p, r, _ in pooled if isinstance(r, Exception)} == {"05-broken.html", "07-empty.txt"}
    assert len(made) >= MIN_BATCH


def test_a_batch_import_reports_and_stores_as_before(tmp_path: Path) -> None:
    _batch(tmp_path / "pages", 3)
    done = hamish(tmp_path / "store.db", "import", "--json", str(tmp_path / "pages"))
    assert done.returncode == 1, done.stderr  # two files failed
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    files = sorted(str(p) for p in (tmp_path / "pages").iterdir())
    assert [r["file"] for r in lines] == files
    assert [Path(r["file"]).name for r in lines if "error" in r] == ["05-broken.html", "07-empty.txt"]
    assert "PNG" in next(r["error"] for r in lines if r["file"].endswith("05-broken.html"))
    imported = [r for r in lines if "id" in r]
    assert sum(r["new"] for r in imported) == len({r["id"] for r in imported})  # the same page twice: stored once
    listed = hamish(tmp_path / "store.db", "articles", "--json").stdout.splitlines()
    assert len(listed) == len({r["id"] for r in imported})
    assert not done.stderr.strip()


def test_ctrl_c_stops_a_batch_cleanly(tmp_path: Path) -> None:
    _batch(tmp_path / "pages", 12)
    store = tmp_path / "store.db"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen([sys.executable, "-m", "desktop", "--store", str(store), "import", "--json",
                             str(tmp_path / "pages")], stdout=subprocess.PIPE, stderr=subprocess.PIPE, bufsize=0,
                            cwd=ROOT, env=env, start_new_session=True)
    # Unbuffered, byte by byte up to the first line feed: a buffered readline would hold lines that communicate()
    # (which reads the pipe itself) then never sees.
    first = proc.stdout.readline().decode("utf-8")  # the batch is under way: the workers have parsed a page
    assert first.startswith("{"), proc.stderr.read()
    os.killpg(proc.pid, signal.SIGINT)  # as a terminal's Ctrl+C does: to the command and its workers
    rest, err = (part.decode("utf-8") for part in proc.communicate(timeout=120))
    assert proc.returncode == 130, err
    assert "interrupted" in err and "Traceback" not in err
    printed = [json.loads(line) for line in [first, *rest.splitlines()]]
    assert len(printed) < len(list((tmp_path / "pages").iterdir()))  # it stopped before the end
    ids = {r["id"] for r in printed if "id" in r}
    listed = hamish(store, "articles", "--json")
    assert listed.returncode == 0  # the store opens and reads
    assert len(ids) <= len(listed.stdout.splitlines()) <= len(ids) + 1  # each file stored whole, or not at all
