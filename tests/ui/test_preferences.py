"""Preferences: the reader's font family is chosen among Arabic fonts, applies at once and is remembered."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from desktop.ui.fonts import arabic_font_family
from desktop.ui.preferences import ArabicFontBox, PreferencesDialog

from .conftest import add_article


def arabic_families() -> list[str]:
    return [f for f in QFontDatabase.families() if QFontDatabase.WritingSystem.Arabic in QFontDatabase.writingSystems(f)]


def other_family(avoid: str | None) -> str:
    """An installed Arabic-capable family that is not the automatic pick (CI installs fonts-noto-core and Amiri)."""
    choices = [f for f in arabic_families() if f != avoid]
    assert choices, "these tests need two installed fonts that cover Arabic (Debian: fonts-noto-core)"
    return choices[-1]


def test_font_box_offers_automatic_then_only_arabic_fonts(qtbot):
    box = ArabicFontBox()
    qtbot.addWidget(box)
    assert box.itemText(0) == "Automatic (best Arabic font)"
    offered = [box.itemText(i) for i in range(1, box.count())]
    capable = set(arabic_families())
    assert offered and all(f in capable for f in offered)
    latin_only = [f for f in QFontDatabase.families() if f not in capable]
    assert not set(latin_only) & set(offered)
    assert box.family() == ""
    box.set_family(offered[-1])
    assert box.family() == offered[-1] and box.currentIndex() == box.count() - 1
    box.set_family("No Such Font 123")
    assert box.family() == "" and box.currentIndex() == 0


def test_preferences_dialog_saves_the_family(qtbot, settings):
    family = other_family(None)
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.family_box.family() == ""  # nothing chosen yet: automatic
    dialog.family_box.set_family(family)
    dialog.save()
    assert settings.font_family == family
    again = PreferencesDialog(settings)
    qtbot.addWidget(again)
    assert again.family_box.family() == family


def test_family_applies_at_once_and_is_remembered(qtbot, store, settings, make_window):
    article = add_article(store, "استثمرت الشركة 1.3 مليار يورو.")
    window = make_window(store)
    window.open_article(article)
    automatic = arabic_font_family()
    assert window.reader.font_family == (automatic or "")
    family = other_family(automatic)

    window.actions_by_name["preferences"].trigger()
    dialog = window.findChild(PreferencesDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.family_box.set_family(family)
    dialog.font_spin.setValue(21)
    dialog.accept()
    assert window.reader.font_family == family  # at once, no restart
    assert window.reader.document().defaultFont().family() == family
    assert window.reader.font_size == 21
    assert settings.font_family == family
    window.close()

    again = make_window(store)
    assert again.reader.font_family == family
    assert again.reader.document().defaultFont().family() == family

    again.actions_by_name["preferences"].trigger()
    dialog = again.findChild(PreferencesDialog)
    assert dialog.family_box.family() == family
    dialog.family_box.set_family("")
    dialog.accept()
    assert settings.font_family == ""
    assert again.reader.font_family == (automatic or "")


def test_cancel_keeps_the_font(qtbot, store, settings, make_window):
    window = make_window(store)
    before = window.reader.font_family
    window.actions_by_name["preferences"].trigger()
    dialog = window.findChild(PreferencesDialog)
    dialog.family_box.set_family(other_family(before))
    dialog.reject()
    assert window.reader.font_family == before and settings.font_family == ""
