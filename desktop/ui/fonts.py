"""Choosing a readable Arabic font: the installed ones, plus the Noto Arabic faces we ship in resources/fonts."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QFontDatabase

from desktop.paths import resource

_bundled: list[str] | None = None

PREFERRED_ARABIC_FONTS = ("Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", "Scheherazade New", "Noto Kufi Arabic")


def pick_family(installed: Iterable[str], arabic_capable: Iterable[str]) -> str | None:
    """The first preferred family installed, else the first Arabic-capable one, else None (pure, testable)."""
    installed = list(installed)
    for name in PREFERRED_ARABIC_FONTS:
        if name in installed:
            return name
    for name in arabic_capable:
        return name
    return None


def register_bundled_fonts() -> list[str]:
    """Make the fonts in resources/fonts available to Qt, once per process; returns their families.

    Needs a running QGuiApplication. A font file that Qt cannot load is skipped (the families installed on
    the machine still serve).
    """
    global _bundled
    if _bundled is None:
        _bundled = []
        folder = resource("fonts")
        for path in sorted(folder.glob("*.ttf")) if folder.is_dir() else []:
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id != -1:
                _bundled += [f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in _bundled]
    return list(_bundled)


def arabic_font_family() -> str | None:
    """The best family for reading Arabic, or None when no font at all covers Arabic."""
    register_bundled_fonts()
    families = QFontDatabase.families()
    capable = [f for f in families if QFontDatabase.WritingSystem.Arabic in QFontDatabase.writingSystems(f)]
    return pick_family(families, capable)
