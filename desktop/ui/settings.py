"""Typed access to the user's preferences and window state, over a QSettings passed in (never a global)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from desktop.ui.i18n import UI_LANGUAGES, system_language

ORGANISATION = "Hamish"
APPLICATION = "hamish"
MAX_RECENT = 8
DEFAULT_FONT_SIZE = 16
MIN_FONT_SIZE, MAX_FONT_SIZE = 8, 72  # the reader's font size, in points


def default_qsettings() -> QSettings:
    """The user's settings store (organisation "Hamish", application "hamish"), in QSettings' default format
    (so tests can redirect it with QSettings.setDefaultFormat/setPath)."""
    return QSettings(QSettings.defaultFormat(), QSettings.Scope.UserScope, ORGANISATION, APPLICATION)


def _bool(value: object, default: bool) -> bool:
    if value is None:
        return default
    if isinstance(value, str):
        return value.lower() in ("1", "true", "yes")
    return bool(value)


class AppSettings:
    """Preferences (language, snapping, suggestions, font size) and remembered state, with defaults."""

    def __init__(self, qsettings: QSettings | None = None):
        self.qs = qsettings if qsettings is not None else default_qsettings()

    # --- preferences ----------------------------------------------------------------------------
    @property
    def language(self) -> str:
        value = self.qs.value("ui/language")
        return value if value in UI_LANGUAGES else system_language()

    @language.setter
    def language(self, value: str) -> None:
        self.qs.setValue("ui/language", value)

    @property
    def snap_words(self) -> bool:
        return _bool(self.qs.value("reader/snap_words"), True)

    @snap_words.setter
    def snap_words(self, value: bool) -> None:
        self.qs.setValue("reader/snap_words", bool(value))

    @property
    def isolate_latin(self) -> bool:
        """Show each Latin run inside Arabic text as one left-to-right unit (View › Latin runs as written)."""
        return _bool(self.qs.value("reader/isolate_latin"), True)

    @isolate_latin.setter
    def isolate_latin(self, value: bool) -> None:
        self.qs.setValue("reader/isolate_latin", bool(value))

    @property
    def suggest_on_import(self) -> bool:
        return _bool(self.qs.value("import/suggest"), True)

    @suggest_on_import.setter
    def suggest_on_import(self, value: bool) -> None:
        self.qs.setValue("import/suggest", bool(value))

    @property
    def font_size(self) -> int:
        try:
            size = int(self.qs.value("reader/font_size", DEFAULT_FONT_SIZE))
        except (TypeError, ValueError):
            return DEFAULT_FONT_SIZE
        return min(max(size, MIN_FONT_SIZE), MAX_FONT_SIZE)

    @font_size.setter
    def font_size(self, value: int) -> None:
        self.qs.setValue("reader/font_size", int(value))

    @property
    def font_family(self) -> str:
        return str(self.qs.value("reader/font_family", "") or "")

    @font_family.setter
    def font_family(self, value: str) -> None:
        self.qs.setValue("reader/font_family", value)

    # --- remembered state ----------------------------------------------------------------------
    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    def set_geometry(self, value: QByteArray) -> None:
        self.qs.setValue("window/geometry", value)

    def _bytes(self, key: str) -> QByteArray | None:
        value = self.qs.value(key)
        return value if isinstance(value, QByteArray) else None

    def window_state(self) -> QByteArray | None:
        """Where the docks (library, claims) are: docked on which side, floating, hidden, and their sizes."""
        return self._bytes("window/state")

    def set_window_state(self, value: QByteArray) -> None:
        self.qs.setValue("window/state", value)

    def claims_header_state(self) -> QByteArray | None:
        """The claims table's column widths and which optional columns are shown."""
        return self._bytes("claims/header")

    def set_claims_header_state(self, value: QByteArray) -> None:
        self.qs.setValue("claims/header", value)

    @property
    def claim_editor_visible(self) -> bool:
        return _bool(self.qs.value("claims/editor_visible"), True)

    @claim_editor_visible.setter
    def claim_editor_visible(self, value: bool) -> None:
        self.qs.setValue("claims/editor_visible", bool(value))

    def last_article(self, store_path: str) -> int | None:
        value = self.qs.value(f"library/last_article/{_key(store_path)}")
        try:
            return int(value) if value is not None else None
        except (TypeError, ValueError):
            return None

    def set_last_article(self, store_path: str, article_id: int) -> None:
        self.qs.setValue(f"library/last_article/{_key(store_path)}", int(article_id))

    def recent_stores(self) -> list[str]:
        value = self.qs.value("stores/recent", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or []) if v]

    def add_recent_store(self, path: str) -> None:
        path = str(Path(path))
        recent = [path] + [p for p in self.recent_stores() if p != path]
        self.qs.setValue("stores/recent", recent[:MAX_RECENT])

    def sync(self) -> None:
        self.qs.sync()


def _key(store_path: str) -> str:
    """A settings key for a store path (QSettings keys must not contain slashes)."""
    import hashlib

    return hashlib.sha1(str(store_path).encode("utf-8")).hexdigest()[:16]
