"""`hamish import` of PDFs as a real subprocess: JSON fields, --password-stdin, refusals that change nothing."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data" / "pdf"


def _hamish(store: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "desktop", "--store", str(store), *args], input=stdin,
                          capture_output=True, text=True, timeout=120)


def test_import_json_lists_unreliable_pages(tmp_path: Path) -> None:
    store = tmp_path / "s.db"
    done = _hamish(store, "import", "--json", str(DATA / "arabic_two_columns.pdf"),
                   str(DATA / "qt_unmapped_ligatures.pdf"))
    assert done.returncode == 0, done.stderr
    first, second = (json.loads(line) for line in done.stdout.splitlines())
    assert first["pages"] == 2 and first["unreliable_pages"] == []
    assert {"reason": "running header", "text": "نشرة هامش الاقتصادية"} in first["removed"]
    assert second["unreliable_pages"] == [1]


def test_import_text_report_names_unreliable_pages_and_ocr(tmp_path: Path) -> None:
    done = _hamish(tmp_path / "s.db", "import", "--no-ocr", str(DATA / "qt_unmapped_ligatures.pdf"))
    assert done.returncode == 0
    assert "page 1: text layer not trusted" in done.stdout


def test_password_stdin(tmp_path: Path) -> None:
    store = tmp_path / "s.db"
    refused = _hamish(store, "import", str(DATA / "encrypted.pdf"))
    assert refused.returncode == 1
    assert "encrypted.pdf: not imported: is encrypted; give its password" in refused.stdout
    wrong = _hamish(store, "import", "--password-stdin", str(DATA / "encrypted.pdf"), stdin="nope\n")
    assert wrong.returncode == 1 and "password given is wrong" in wrong.stdout
    password = (DATA / "encrypted.password").read_text(encoding="utf-8")
    done = _hamish(store, "import", "--json", "--password-stdin", str(DATA / "encrypted.pdf"), stdin=password)
    assert done.returncode == 0, done.stdout + done.stderr
    assert json.loads(done.stdout)["id"] == 1


def test_refused_pdfs_store_nothing(tmp_path: Path) -> None:
    store = tmp_path / "s.db"
    names = ["damaged.pdf", "truncated.pdf", "bomb.pdf", "ten_thousand_pages.pdf", "huge_image.pdf", "scan.pdf",
             "encrypted.pdf"]
    done = _hamish(store, "import", "--json", "--no-ocr", *(str(DATA / n) for n in names))
    assert done.returncode == 1
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert all("error" in row and "Traceback" not in row["error"] for row in rows)
    assert "Traceback" not in done.stderr
    listed = _hamish(store, "articles", "--json")
    assert listed.stdout == ""
    tables = subprocess.run([sys.executable, "-m", "sqlite_utils", "tables", str(store), "--counts"],
                            capture_output=True, text=True, check=True)
    counts = {row["table"]: row["count"] for row in json.loads(tables.stdout)}
    assert counts["articles"] == 0 and counts["article_pdfs"] == 0
