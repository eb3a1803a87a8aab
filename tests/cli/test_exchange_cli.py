"""The exchange sub-commands end to end: export (every format), import-annotations, orphans, merge, agreement."""

from __future__ import annotations

import csv
import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.store.database import Store
from tests.conftest import ROOT, SEED_TITLE

QUOTES = [("1.7 مليار يورو", "amount", 1.7e9), ("11%", "stake", 11), ("11.7 مليار يورو", "valuation", 11.7e9)]


@pytest.fixture
def library(tmp_path: Path, seed_path: Path) -> Path:
    path = tmp_path / "lib.db"
    store = Store.open(path, author="amal")
    body = "\n".join(seed_path.read_text(encoding="utf-8").split("\n")[:8])
    article, _ = store.add_article(title=SEED_TITLE, text=body)
    for quote, category, value in QUOTES:
        start = body.index(quote)
        store.add_annotation(article.id, start, start + len(quote), category, value=value, note="=2+2")
    other, _ = store.add_article(title="مقال ثان", text="حقق التطبيق مليون تنزيل في أسبوعين")
    store.add_annotation(other.id, 12, 23, "downloads", value=1e6, status="confirmed")
    store.close()
    return path


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def snapshot(path: Path) -> list:
    conn = sqlite3.connect(path)
    try:
        return [conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
                for t in ("articles", "annotations", "categories", "annotation_orphans", "annotation_history")]
    finally:
        conn.close()


def test_export_csv_selection_and_filters(capsys, library, tmp_path):
    out = tmp_path / "one.csv"
    code, stdout, _ = run(capsys, "--store", library, "export", "--article", 1, "--format", "csv", "-o", out)
    assert code == 0 and "wrote 3 claim(s) from 1 article(s)" in stdout
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["quote"] for r in rows] == [q for q, _, _ in QUOTES] and rows[0]["note"] == "'=2+2"
    code, stdout, _ = run(capsys, "--store", library, "export", "--status", "confirmed", "-f", "jsonl",
                          "-o", tmp_path / "c.jsonl", "--json")
    assert code == 0 and json.loads(stdout)["claims"] == 1 and json.loads(stdout)["articles"] == 1
    code, stdout, _ = run(capsys, "--store", library, "export", "--article", 1, "--article", 2, "--category",
                          "stake", "-f", "xlsx", "-o", tmp_path / "s.xlsx", "--json")
    assert json.loads(stdout)["claims"] == 1 and json.loads(stdout)["articles"] == 2


def test_export_every_format_of_the_whole_library(capsys, library, tmp_path):
    for fmt in ("csv", "xlsx", "w3c", "jsonl", "html"):
        code, stdout, err = run(capsys, "--store", library, "export", "-f", fmt, "-o", tmp_path / f"all.{fmt}", "--json")
        assert code == 0, err
        assert json.loads(stdout)["claims"] == 4 and json.loads(stdout)["articles"] == 2


def test_pdf_report_headless_in_a_fresh_process(library, tmp_path):
    out = tmp_path / "report.pdf"
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    result = subprocess.run([sys.executable, "-m", "desktop", "--store", str(library), "export", "-f", "pdf",
                             "-o", str(out)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    data = out.read_bytes()
    assert data.startswith(b"%PDF-")
    assert len(data) > 20_000
    assert data.count(b"/FontFile2") >= 1  # fonts are embedded
    assert re.search(rb"/BaseFont\s*/(NotoNaskhArabic|Amiri|NotoSansArabic)", data), "an Arabic font is used"


def test_pdf_first_page_has_right_aligned_arabic(qapp, library):
    from desktop.core.exchange.exporting import select
    from desktop.core.exchange.exporting.common import category_records
    from desktop.core.exchange.exporting.report_html import build_report
    from desktop.ui.exchange.pdf_report import first_page_image

    store = Store.open(library)
    try:
        html = build_report(select(store), category_records(store), for_qt=True)
    finally:
        store.close()
    image = first_page_image(html, width_px=600)
    assert image.width() == 600
    half = image.width() // 2

    def ink(x0: int, x1: int) -> int:
        return sum(1 for y in range(0, image.height(), 3) for x in range(x0, x1, 3)
                   if image.pixelColor(x, y).lightness() < 128)

    right, left = ink(half, image.width()), ink(0, half)
    assert right > 500 and right > left  # RTL: text starts at the right margin


def test_import_annotations_round_trip_and_twice(capsys, library, tmp_path):
    export_path = tmp_path / "all.jsonld"
    run(capsys, "--store", library, "export", "-f", "w3c", "-o", export_path)
    fresh = tmp_path / "fresh.db"
    code, stdout, _ = run(capsys, "--store", fresh, "import-annotations", export_path)
    assert code == 0
    assert stdout.startswith("all.jsonld: 4 exact, 0 re-anchored, 0 orphaned")
    assert stdout.count("created article") == 2
    code, stdout, _ = run(capsys, "--store", fresh, "import-annotations", export_path, "--json")
    report = json.loads(stdout)
    assert (report["exact"], report["unchanged"], report["orphaned"]) == (0, 4, 0)
    assert snapshot(fresh)[1] == snapshot(library)[1]


def test_orphans_are_listed_and_retried(capsys, library, tmp_path):
    export_path = tmp_path / "all.jsonl"
    run(capsys, "--store", library, "export", "-f", "jsonl", "-o", export_path)
    fresh = tmp_path / "fresh.db"
    code, stdout, _ = run(capsys, "--store", fresh, "import-annotations", export_path, "--no-create")
    assert code == 0 and "0 exact, 0 re-anchored, 4 orphaned" in stdout
    assert stdout.count("orphan ") == 4 and "article not found" in stdout
    code, stdout, _ = run(capsys, "--store", fresh, "orphans", "--json")
    listed = [json.loads(line) for line in stdout.splitlines()]
    assert len(listed) == 4 and {o["reason"] for o in listed} == {"article not found"}
    body = json.loads(export_path.read_text(encoding="utf-8").splitlines()[1])["text"]
    store = Store.open(fresh)
    article, _ = store.add_article(title="later", text="مقدمة جديدة. " + body)
    store.close()
    code, stdout, _ = run(capsys, "--store", fresh, "orphans", "--retry", "--article", article.id)
    assert code == 0 and "1 re-anchored, 3 orphaned" in stdout
    code, stdout, _ = run(capsys, "--store", fresh, "orphans", "--json")
    remaining = [json.loads(line) for line in stdout.splitlines()]
    assert len(remaining) == 3 and all(o["quote"] != "مليون تنزيل" for o in remaining)
    code, stdout, _ = run(capsys, "--store", fresh, "orphans", "--discard", remaining[0]["uuid"])
    assert code == 0 and stdout.startswith("discarded orphan")
    code, _, err = run(capsys, "--store", fresh, "orphans", "--discard", remaining[0]["uuid"])
    assert code == 1 and "no orphan with id" in err
    code, stdout, _ = run(capsys, "--store", fresh, "orphans")
    assert len(stdout.splitlines()) == 2


def test_merge_and_agreement(capsys, library, tmp_path):
    theirs = tmp_path / "theirs.db"
    store = Store.open(theirs, author="badr")
    lib = Store.open(library)
    body = lib.article(1).text
    lib.close()
    article, _ = store.add_article(title="نفس المقال", text=body)
    start = body.index("11.7 مليار يورو")
    store.add_annotation(article.id, start, start + 15, "amount")  # they call it an amount, not a valuation
    store.close()
    code, stdout, _ = run(capsys, "--store", tmp_path / "merged.db", "merge", library, "--json")
    assert code == 0 and json.loads(stdout)["claims_added"] == 4
    code, stdout, _ = run(capsys, "--store", tmp_path / "merged.db", "merge", library, "--json")
    assert json.loads(stdout)["claims_added"] == 0 and json.loads(stdout)["claims_unchanged"] == 4
    code, stdout, _ = run(capsys, "agreement", library, theirs, "--json")
    report = json.loads(stdout)
    assert code == 0 and report["overall"]["shared_articles"] == 1
    assert report["overall"]["matched"] == 1 and report["overall"]["span_f1"] == pytest.approx(2 / 4)
    code, stdout, _ = run(capsys, "agreement", library, theirs)
    assert "span F1 0.500" in stdout and "only in A" in stdout and "category" in stdout


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda p: None, "no such file"),
        (lambda p: p.write_text("{not json", encoding="utf-8"), "not JSON"),
        (lambda p: p.write_text('{"hello": "world"}', encoding="utf-8"), "not a Hamish export"),
        (lambda p: p.write_bytes(b"\xff\xfe\x00binary"), "not UTF-8 text"),
    ],
)
def test_import_bad_files_one_line_error_exit_1_store_unchanged(capsys, library, tmp_path, make, message):
    bad = tmp_path / "input.json"
    make(bad)
    before = snapshot(library)
    code, stdout, err = run(capsys, "--store", library, "import-annotations", bad)
    assert code == 1 and stdout == ""
    assert err.startswith("hamish: error: ") and message in err and err.count("\n") == 1
    assert snapshot(library) == before


@pytest.mark.parametrize("command", ["merge", "agreement"])
def test_not_a_hamish_store_one_line_error(capsys, library, tmp_path, command):
    foreign = tmp_path / "foreign.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = snapshot(library)
    args = [foreign] if command == "merge" else [foreign, library]
    code, _, err = run(capsys, "--store", library, command, *args)
    assert code == 1 and "not a Hamish store" in err and err.count("\n") == 1
    code, _, err = run(capsys, "--store", library, command, *([tmp_path / "nope.db"] + args[1:]))
    assert code == 1 and "no such file" in err
    assert snapshot(library) == before


def test_export_errors_are_one_line(capsys, library, tmp_path):
    code, _, err = run(capsys, "--store", library, "export", "--article", 42, "-f", "csv", "-o", tmp_path / "x.csv")
    assert code == 1 and err == "hamish: error: no article with id 42\n"
    code, _, err = run(capsys, "--store", library, "export", "-f", "csv", "-o", tmp_path / "no" / "x.csv")
    assert code == 1 and "does not exist" in err
    code, _, err = run(capsys, "--store", library, "export", "--category", "nope", "-f", "w3c", "-o", tmp_path / "x")
    assert code == 1 and "unknown category 'nope'" in err
