"""Choosing a readable Arabic font from those installed."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QFontDatabase

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


def arabic_font_family() -> str | None:
    """The best installed family for reading Arabic, or None when no installed font covers Arabic."""
    families = QFontDatabase.families()
    capable = [f for f in families if QFontDatabase.WritingSystem.Arabic in QFontDatabase.writingSystems(f)]
    return pick_family(families, capable)
