"""The export dialog's choice of subjects for the report's charts: modes, a searchable checkable list, the export."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.ui.exchange.dialogs import ExportDialog
from desktop.ui.exchange.subject_picker import NAME_ROLE
from tests.core.compare.library import build


def _dialog(qtbot, store, path, fmt="html") -> ExportDialog:
    dialog = ExportDialog(store, [])
    qtbot.addWidget(dialog)
    dialog.set_format(fmt)
    dialog.path_field.set_path(path)
    return dialog


def _charted(path) -> set[str]:
    html = path.read_text(encoding="utf-8")
    section = html[html.index('<section class="subjects"'):]
    return {h.split(">", 1)[1].split("</h3>")[0] for h in section.split("<h3")[1:]}


def _visible(picker) -> list[str]:
    return [picker.list.item(i).data(NAME_ROLE) for i in range(picker.list.count())
            if not picker.list.item(i).isHidden()]


def test_the_choice_is_offered_for_the_reports_only(store, qtbot, tmp_path):
    build(store)
    dialog = _dialog(qtbot, store, tmp_path / "x.csv", fmt="csv")
    assert not dialog.subject_picker.isEnabled()
    dialog.set_format("pdf")
    assert dialog.subject_picker.isEnabled() and dialog.subject_picker.choice() == "suggested"
    assert dialog.subject_picker.list.count() == 0  # filled only when subjects are to be chosen one by one


def test_chosen_subjects_found_by_search_are_the_ones_charted(store, qtbot, tmp_path):
    build(store)
    dialog = _dialog(qtbot, store, tmp_path / "r.html")
    picker = dialog.subject_picker
    picker.set_choice("chosen")
    assert picker.list.isVisibleTo(dialog) and sorted(_visible(picker)) == sorted(["أرامكو", "طلبات", "ميسترال"])
    qtbot.keyClicks(picker.search, "talab")  # an alias, any case
    assert _visible(picker) == ["طلبات"]
    picker.list.item([picker.list.item(i).data(NAME_ROLE) for i in range(3)].index("طلبات")).setCheckState(
        Qt.CheckState.Checked)
    picker.search.clear()
    assert len(_visible(picker)) == 3 and picker.chosen_subjects() == ["طلبات"]
    assert dialog.run() is not None, dialog.message.text()
    assert _charted(tmp_path / "r.html") == {"طلبات — users", "طلبات — valuation"}


def test_contradictions_only_and_an_empty_choice(store, qtbot, tmp_path):
    build(store)
    dialog = _dialog(qtbot, store, tmp_path / "r.html")
    dialog.subject_picker.set_choice("contradictions")
    assert dialog.run() is not None, dialog.message.text()
    assert _charted(tmp_path / "r.html") == {"أرامكو — amount", "طلبات — users"}
    (tmp_path / "r.html").unlink()
    dialog.subject_picker.set_choice("chosen")
    assert dialog.run() is None and "at least one subject" in dialog.message.text()
    assert not (tmp_path / "r.html").exists()
