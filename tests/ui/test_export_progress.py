"""Exports from the dialog run in a worker thread: the progress bar moves, Cancel stops them and leaves no file."""

from __future__ import annotations

import csv

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
