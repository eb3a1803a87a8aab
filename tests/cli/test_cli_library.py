"""The CLI over real store files: import, articles, show, search, annotate, annotations, check."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from tests.conftest import ROOT, SEED_TITLE


def run(capsys, store_path: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--store", str(store_path), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@pytest.fixture
def seeded(capsys, store_path, seed_path):
    code, out, _ = run(capsys, store_path, "import", "--json", str(seed_path))
    assert code == 0
    (record,) = jsonl(out)
    return record


def test_import_reports_title_chars_and_removed(seeded, seed_path):
    assert seeded["file"] == str(seed_path)
    assert seeded["title"] == SEED_TITLE
    assert seeded["id"] == 1 and seeded["new"] is True
    removed = " ".join(r["text"] for r in seeded["removed"])
    assert "شاهد النسخة الأصلية" in removed and "إخلاء المسؤولية" in removed
    assert seeded["chars"] > 2000


def test_show_prints_the_canonical_text_exactly(capsys, store_path, seeded):
    code, out, _ = run(capsys, store_path, "show", "1")
    assert code == 0
    paragraphs = out.split("\n\n")
    assert len(paragraphs) == 8
    assert out.count("حصلت شركة Mistral AI") == 1
    assert "شاهد النسخة الأصلية" not in out
    with sqlite3.connect(store_path) as conn:
        assert conn.execute("SELECT text FROM articles WHERE id = 1").fetchone()[0] == out


def test_articles_json_shape(capsys, store_path, seeded):
    code, out, _ = run(capsys, store_path, "articles", "--json")
    (row,) = jsonl(out)
    assert code == 0 and set(row) == {"id", "title", "chars", "claims", "imported", "published", "site", "url"}
    assert row["title"] == SEED_TITLE and row["claims"] == 0


def test_annotate_then_list_as_json(capsys, store_path, seeded):
    _, text, _ = run(capsys, store_path, "show", "1")
    start = text.index("11.7 مليار يورو")
    end = start + len("11.7 مليار يورو")
    code, out, err = run(capsys, store_path, "annotate", "1", "--start", str(start), "--end", str(end),
                         "--category", "valuation", "--value", "11700000000", "--unit", "EUR", "--kind", "money",
                         "--note", "تقييم ما بعد الجولة")
    assert code == 0, err
    uuid = out.strip()
    assert len(uuid) == 36
    code, out, _ = run(capsys, store_path, "annotations", "1", "--json")
    (claim,) = jsonl(out)
    assert set(claim) == {"id", "article", "start", "end", "quote", "category", "kind", "value", "unit", "note",
                          "status", "origin", "author", "created", "modified", "revision", "subject"}
    assert claim["id"] == uuid and claim["quote"] == "11.7 مليار يورو"
    assert (claim["start"], claim["end"], claim["value"], claim["unit"]) == (start, end, 11.7e9, "EUR")
    assert claim["status"] == "unreviewed" and claim["origin"] == "manual"


@pytest.mark.parametrize(
    "start, end, message",
    [("-1", "5", "outside"), ("5", "999999", "outside"), ("9", "9", "empty"), ("0", "5", "unknown category")],
)
def test_annotate_refuses_bad_spans_and_changes_nothing(capsys, store_path, seeded, start, end, message):
    category = "nonsense" if message == "unknown category" else "amount"
    code, out, err = run(capsys, store_path, "annotate", "1", "--start", start, "--end", end, "--category", category)
    assert code == 1 and out == "" and message in err and "Traceback" not in err
    _, listed, _ = run(capsys, store_path, "annotations", "--json")
    assert listed == ""


def test_annotate_refuses_a_span_that_splits_a_surrogate_pair(capsys, store_path, tmp_path):
    f = tmp_path / "emoji.txt"
    f.write_text("خبر عاجل 😀 عن صفقة بقيمة مليون دولار.\n", encoding="utf-8")
    assert run(capsys, store_path, "import", str(f))[0] == 0
    _, text, _ = run(capsys, store_path, "show", "1")
    e = text.index("😀")
    code, _, err = run(capsys, store_path, "annotate", "1", "--start", str(e), "--end", str(e + 1),
                       "--category", "other")
    assert code == 0, err  # one code point is the whole emoji
    f2 = tmp_path / "marks.txt"
    f2.write_text("قيمةٌ كبيرةٌ جداً للصفقة الأخيرة.\n", encoding="utf-8")
    run(capsys, store_path, "import", str(f2))
    _, text2, _ = run(capsys, store_path, "show", "2")
    mark = text2.index("ٌ")
    code, _, err = run(capsys, store_path, "annotate", "2", "--start", "0", "--end", str(mark), "--category", "other")
    assert code == 1 and "splits" in err


def test_import_failures_are_reported_per_file_and_exit_1(capsys, store_path, tmp_path, seed_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    code, out, _ = run(capsys, store_path, "import", "--json", str(empty), str(seed_path), str(pdf))
    assert code == 1
    rows = jsonl(out)
    assert [set(r) >= {"file", "error"} for r in rows] == [True, False, True]
    assert "empty" in rows[0]["error"] and "damaged" in rows[2]["error"]
    assert rows[1]["title"] == SEED_TITLE
    _, listed, _ = run(capsys, store_path, "articles", "--json")
    assert len(jsonl(listed)) == 1


def test_importing_the_same_file_twice_stores_it_once(capsys, store_path, seeded, seed_path):
    code, out, _ = run(capsys, store_path, "import", str(seed_path))
    assert code == 0 and "already in the store as article 1" in out
    _, listed, _ = run(capsys, store_path, "articles", "--json")
    assert len(jsonl(listed)) == 1


def test_search_finds_arabic_with_folding(capsys, store_path, seeded):
    code, out, _ = run(capsys, store_path, "search", "--json", "مـليار")
    assert code == 0 and [r["id"] for r in jsonl(out)] == [1]
    _, out, _ = run(capsys, store_path, "search", "--json", "١١")
    assert [r["id"] for r in jsonl(out)] == [1]
    _, out, _ = run(capsys, store_path, "search", "--json", "بطاطس")
    assert out == ""


def test_check_passes_then_reports_a_broken_quote(capsys, store_path, seeded):
    run(capsys, store_path, "annotate", "1", "--start", "0", "--end", "4", "--category", "other")
    code, out, _ = run(capsys, store_path, "check")
    assert code == 0 and out.startswith("ok:")
    with sqlite3.connect(store_path) as conn:
        conn.execute("UPDATE annotations SET quote = 'تالف'")
    code, out, _ = run(capsys, store_path, "check")
    assert code == 1 and "differs" in out


def test_unknown_article_is_one_line_error(capsys, store_path):
    code, out, err = run(capsys, store_path, "show", "7")
    assert code == 1 and err.strip() == "hamish: error: no article with id 7"


def test_bad_store_file_is_refused_and_left_alone(capsys, tmp_path):
    bad = tmp_path / "notes.db"
    bad.write_text("hello", encoding="utf-8")
    code, _, err = run(capsys, bad, "articles")
    assert code == 1 and "not a SQLite database" in err
    assert bad.read_text(encoding="utf-8") == "hello"


def test_hamish_store_variable_chooses_the_store(capsys, tmp_path, monkeypatch, seed_path):
    target = tmp_path / "from-env.db"
    monkeypatch.setenv("HAMISH_STORE", str(target))
    assert main(["import", str(seed_path)]) == 0
    capsys.readouterr()
    assert target.exists()


def test_python_dash_m_desktop_and_sqlite_utils_read_the_store(store_path, seed_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "desktop", "--store", str(store_path), "import", str(seed_path)],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    tables = subprocess.run([sys.executable, "-m", "sqlite_utils", "tables", str(store_path), "--counts"],
                            capture_output=True, text=True, timeout=60)
    assert tables.returncode == 0, tables.stderr
    counts = {t["table"]: t["count"] for t in json.loads(tables.stdout)}
    assert counts["articles"] == 1 and counts["categories"] == 6
    rows = subprocess.run([sys.executable, "-m", "sqlite_utils", "rows", str(store_path), "articles"],
                          capture_output=True, text=True, timeout=60)
    assert rows.returncode == 0 and json.loads(rows.stdout)[0]["title"] == SEED_TITLE


def test_importing_an_empty_folder_says_so(capsys, store_path, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "notes.pdfx").write_text("x")
    code, out, _ = run(capsys, store_path, "import", str(folder))
    assert code == 1 and out.strip().startswith(f"{folder}: not imported: is a folder with no files to import (.txt")


def test_no_display_is_a_clear_error_not_an_abort(capsys, store_path, monkeypatch):
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    code, out, err = run(capsys, store_path)
    assert code == 1 and out == ""
    assert err.startswith("hamish: error: no display to open the app on")
    assert not store_path.exists()  # nothing was created


def test_a_display_or_a_qt_platform_lets_the_app_start():
    from desktop.cli import missing_display

    assert missing_display({"DISPLAY": ":0"}, "linux") is None
    assert missing_display({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert missing_display({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert missing_display({}, "darwin") is None and missing_display({}, "win32") is None
    assert "DISPLAY" in missing_display({}, "linux")
