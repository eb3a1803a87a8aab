"""Preferences › Lexicon edits the analyst's lexicon file; a file the core refuses is never saved."""

from __future__ import annotations

from desktop.core.claims.lexicon import load_lexicon
from desktop.ui.preferences import LexiconDialog


def test_a_sound_lexicon_is_saved_and_a_malformed_one_is_refused_with_its_line(qtbot, tmp_path):
    path = tmp_path / "data" / "lexicon.toml"
    dialog = LexiconDialog(path)
    qtbot.addWidget(dialog)
    assert "[units.podcasts]" in dialog.editor.toPlainText()  # the template shows the format
    dialog.editor.setPlainText('[units.podcasts]\nar = "بودكاست"\nnouns = ["حلقة+"]\n')
    assert dialog.save() is True and path.exists()
    assert "podcasts" in load_lexicon(path).units
    dialog = LexiconDialog(path)
    qtbot.addWidget(dialog)
    assert "podcasts" in dialog.editor.toPlainText()
    dialog.editor.setPlainText('[units.podcasts]\nar = "بودكاست"\ncategory = "nope"\n')
    assert dialog.save() is False
    assert f"{path}:3:" in dialog.status.text() and "category" in dialog.status.text()
    assert "nouns" in path.read_text(encoding="utf-8")  # the file on disk is unchanged
