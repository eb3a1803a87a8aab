"""`hamish import` of folders and single-file pages, and the metadata `articles --json` lists (real subprocesses)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT
from tests.core.test_importing_ways_in import PAGE, chrome_mhtml

PAGES = ROOT / "tests" / "data" / "import" / "pages"


def hamish(store: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "desktop", "--store", str(store), *args], capture_output=True,
                          text=True, encoding="utf-8", timeout=120, cwd=ROOT, env=env)


def test_a_folder_imports_every_page_under_it_with_a_line_per_file(tmp_path: Path) -> None:
    folder = tmp_path / "saved"
    (folder / "2024" / "may").mkdir(parents=True)
    shutil.copy(PAGES / "04-table-levant-date.html", folder / "2024" / "may")
    shutil.copy(PAGES / "01-main-bbc-like.html", folder)
    (folder / "2024" / "page.mhtml").write_bytes(chrome_mhtml(PAGE))
    (folder / "2024" / "broken.html").write_bytes(b"\x89PNG\r\n\x1a\n....")
    store = tmp_path / "store.db"
    done = hamish(store, "import", "--json", str(folder))
    assert done.returncode == 1, done.stderr  # one file failed; the others are in
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert [Path(r["file"]).name for r in records] == ["01-main-bbc-like.html", "broken.html", "page.mhtml",
                                                       "04-table-levant-date.html"]  # a folder's files, then its folders
    by_name = {Path(r["file"]).name: r for r in records}
    assert "PNG" in by_name["broken.html"]["error"]
    table = by_name["04-table-levant-date.html"]
    assert (table["published"], table["published_from"], table["site"]) == ("2024-02-20", "page", "هسبريس الاقتصادية")
    assert by_name["page.mhtml"]["url"] == "https://tech.example/news/1"
    listed = [json.loads(line) for line in hamish(store, "articles", "--json").stdout.splitlines()]
    assert [(a["published"], a["site"]) for a in listed] == [
        ("2024-05-14", "الاقتصاد اليوم"), (by_name["page.mhtml"]["published"], "موقع التقنية"),
        ("2024-02-20", "هسبريس الاقتصادية")]
    assert by_name["page.mhtml"]["published_from"] == "file"
    assert listed[0]["url"] == "https://news.example/2024-05-14/a.html"


def test_the_text_listing_says_where_the_date_came_from(tmp_path: Path) -> None:
    store = tmp_path / "store.db"
    done = hamish(store, "import", str(PAGES / "15-table-hijri.html"))
    assert done.returncode == 0, done.stderr
    assert "published 2024-06-02 (from the date line on the page)" in done.stdout
    assert "removed (date-line" in done.stdout and "removed (byline" in done.stdout
    articles = hamish(store, "articles").stdout
    assert "2024-06-02" in articles and "المدى برس" in articles
