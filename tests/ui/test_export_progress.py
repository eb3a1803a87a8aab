"""Exports from the dialog run in a child process (``hamish export --progress-json``): the progress bar moves,
Cancel stops them and leaves no file, a failure shows one clear line, and the file is the command line's own."""

from __future__ import annotations

import csv
import json
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest

from desktop.ui.exchange.dialogs import ExportDialog
from desktop.ui.exchange.export_run import ExportProgress

ARTICLES, CLAIMS = 60, 50  # 3,000 claims: several progress steps of 500 rows


@pytest.fixture
def big_store(store):
    sentence = "وقالت الوزارة إن الإنفاق بلغ 12 مليار دينار 🚀 خلال العام. "
    for n in range(ARTICLES):
        article, _ = store.add_article(title=f"مقال رقم {n}", text=sentence * CLAIMS + f" ({n})")
        start = sentence.index("12")
        store.add_annotations(article.id, [
            dict(start=k * len(sentence) + start, end=k * len(sentence) + start + 2, category="amount",
                 value=12.0 + k, note="=1+1" if k == 0 else "")
            for k in range(CLAIMS)])
    return store


@pytest.fixture
def shown_at_once(monkeypatch):
    monkeypatch.setattr(ExportProgress, "SHOW_AFTER_MS", 0)


def _dialog(qtbot, store, fmt, path) -> ExportDialog:
    dialog = ExportDialog(store, [])
    qtbot.addWidget(dialog)
    dialog.set_format(fmt)
    dialog.path_field.set_path(path)
    dialog.show()
    return dialog


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_the_bar_follows_the_export_and_the_file_is_whole(qtbot, big_store, tmp_path, shown_at_once, fmt):
    out = tmp_path / f"claims.{fmt}"
    dialog = _dialog(qtbot, big_store, fmt, out)
    seen, visible = [], []
    dialog.progress.bar.valueChanged.connect(seen.append)
    dialog.progress.bar.valueChanged.connect(lambda _v: visible.append(dialog.progress.isVisible()))
    result = dialog.run()
    assert result is not None and result.claims == ARTICLES * CLAIMS
    assert len(set(seen)) >= 3 and seen[-1] == dialog.progress.bar.maximum() > 0  # steps observed, then whole
    assert any(visible) and not dialog.progress.isVisible()  # shown while it ran, hidden after
    if fmt == "csv":
        with open(out, encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.DictReader(fh))
        assert len(rows) == ARTICLES * CLAIMS and rows[0]["note"] == "'=1+1"
    else:
        assert openpyxl.load_workbook(out, read_only=True)["Claims"].max_row == ARTICLES * CLAIMS + 1
    assert dialog.action_button.isEnabled()


@pytest.mark.parametrize("fmt", ["xlsx", "w3c"])
def test_cancel_stops_the_export_and_leaves_no_file(qtbot, big_store, tmp_path, shown_at_once, fmt):
    out = tmp_path / f"claims.{fmt}"
    dialog = _dialog(qtbot, big_store, fmt, out)

    def cancel_on_first_step(value):
        if value > 0:
            dialog.progress.cancel_button.click()

    dialog.progress.bar.valueChanged.connect(cancel_on_first_step)
    assert dialog.run() is None
    assert not out.exists() and not list(tmp_path.glob("*.part"))
    assert dialog.message.text() == "Export cancelled: no file was written"
    assert dialog.result_value is None and dialog.action_button.isEnabled()
    dialog.progress.bar.valueChanged.disconnect(cancel_on_first_step)
    assert dialog.run() is not None and out.exists()  # the dialog can export again after a cancel


def test_a_failed_export_reports_its_reason(qtbot, big_store, tmp_path):
    dialog = _dialog(qtbot, big_store, "csv", tmp_path / "no-such-folder" / "claims.csv")
    assert dialog.run() is None
    assert "does not exist" in dialog.message.text() and not dialog.progress.isVisible()


def _unwritable_folder(tmp_path) -> Path:
    """A folder this user cannot create files in (root may write anywhere but in /sys)."""
    if os.geteuid() != 0:
        folder = tmp_path / "locked"
        folder.mkdir()
        folder.chmod(0o500)
        return folder
    if not Path("/sys").is_dir():
        pytest.skip("running as root without /sys: no folder refuses a new file here")
    return Path("/sys")


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_disk_full_permission_denied_and_a_folder_are_each_one_clear_line(qtbot, big_store, tmp_path, fmt):
    full = tmp_path / f"full.{fmt}"
    (tmp_path / f"full.{fmt}.part").symlink_to("/dev/full")  # the kernel's own "no space left on device"
    cases = [(full, f"{full}: cannot write (No space left on device)"),
             (_unwritable_folder(tmp_path) / f"x.{fmt}", "cannot write (Permission denied)"),
             (tmp_path, f"{tmp_path}: is a folder; give a file name to write")]
    for path, expected in cases:
        dialog = _dialog(qtbot, big_store, fmt, path)
        assert dialog.run() is None
        text = dialog.message.text()
        assert text.startswith("Failed: ") and text.endswith(expected) and "\n" not in text, text
        assert "Traceback" not in text and dialog.action_button.isEnabled()
    assert not list(tmp_path.glob("*.part")) and not full.exists()


def _made_at_anytime(fmt: str, data: bytes) -> bytes:
    """The file without what each run makes anew: the time it was made (W3C's "generated", the report's header)
    and the W3C collection's and page's own ids."""
    if fmt == "w3c":
        document = json.loads(data)
        for made in (document["id"], document["generated"], document["first"]["id"]):
            data = data.replace(made.encode(), b"", 1)
    return re.sub(rb'(<p class="meta">)[^<]*?\xc2\xb7', rb"\1", data, count=1) if fmt == "html" else data


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "jsonl", "w3c", "html"])
def test_the_window_writes_the_same_bytes_as_the_command_line(qtbot, big_store, tmp_path, fmt):
    ours = tmp_path / f"window.{fmt}"
    dialog = _dialog(qtbot, big_store, fmt, ours)
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("unreviewed"))
    result = dialog.run()
    assert result is not None and result.path == ours and result.bytes == ours.stat().st_size
    theirs = tmp_path / f"cli.{fmt}"
    subprocess.run([sys.executable, "-m", "desktop", "--store", str(big_store.path), "export", "-f", fmt,
                    "--status", "unreviewed", "-o", str(theirs)], check=True, capture_output=True)
    if fmt != "xlsx":
        assert _made_at_anytime(fmt, ours.read_bytes()) == _made_at_anytime(fmt, theirs.read_bytes())
        return
    with zipfile.ZipFile(ours) as a, zipfile.ZipFile(theirs) as b:  # all but the time the workbook was made
        assert a.namelist() == b.namelist()
        for name in a.namelist():
            if name != "docProps/core.xml":
                assert a.read(name) == b.read(name), name
