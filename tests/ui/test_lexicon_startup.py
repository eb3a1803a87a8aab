"""A malformed analyst lexicon in the data folder is named (file and line) in the window at start-up, not a crash."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QLabel

from desktop.core.claims.lexicon import analyst_lexicon_path
from desktop.core.claims.suggest import suggest
from desktop.ui.app import run_app
from desktop.ui.main_window import MainWindow


def _run_and_read_notice(tmp_path) -> list[str | None]:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "config"))
    seen: list[str | None] = []

    waited = [0]

    def read_and_close() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not all(getattr(w, "started", False) for w in windows) and waited[0] < 100:
            waited[0] += 1  # the notice comes with the start-up work that follows the first paint
            QTimer.singleShot(100, read_and_close)
            return
        for w in windows:
            notice = w.statusBar().findChild(QLabel, "lexiconProblem")
            seen.append(notice.text() if notice is not None and notice.isVisible() else None)
            w.close()

    QTimer.singleShot(50, read_and_close)
    try:
        assert run_app(tmp_path / "app.db") == 0
    finally:
        QSettings.setDefaultFormat(QSettings.Format.NativeFormat)
    return seen


def test_malformed_lexicon_is_named_with_its_line_at_startup_and_builtin_still_works(qtbot, qapp, tmp_path):
    path = analyst_lexicon_path()
    assert str(path).startswith(str(tmp_path))  # the isolated data folder, never the user's
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('[units.podcasts]\nar = "بودكاست"\nnouns = ["حلقة+"]\ncolour = "blue"\n', encoding="utf-8")
    seen = _run_and_read_notice(tmp_path)
    assert len(seen) == 1 and seen[0] is not None
    assert f"{path}:4:" in seen[0] and "colour" in seen[0]
    found = suggest("باعت الشركة 3 آلاف سيارة وربحت 12 مليون دولار.")
    assert [(s.value, s.unit) for s in found] == [(3000, "cars"), (12e6, "USD")]  # the built-in lexicon still works


def test_sound_lexicon_shows_no_notice(qtbot, qapp, tmp_path):
    path = analyst_lexicon_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('[units.podcasts]\nar = "بودكاست"\nnouns = ["حلقة+"]\n', encoding="utf-8")
    assert _run_and_read_notice(tmp_path) == [None]
