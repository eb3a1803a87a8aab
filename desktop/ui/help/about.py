"""Help › About: the version, the open store's path, and the licences of the fonts Hamish ships."""

from __future__ import annotations

import platform

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout,
)

from desktop import __version__
from desktop.paths import resource
from desktop.ui.fonts import register_bundled_fonts
from desktop.ui.i18n import isolate

LICENCE_NAMES = {"OFL.txt": "SIL Open Font License 1.1"}  # licence file in resources/fonts → its name


def shipped_fonts() -> list[tuple[str, str, str]]:
    """(font file, licence name, licence text) for every font in resources/fonts."""
    folder = resource("fonts")
    licences = {name: (folder / name).read_text(encoding="utf-8") for name in LICENCE_NAMES if (folder / name).exists()}
    rows = []
    for path in sorted(folder.glob("*.ttf")):
        for name, text in licences.items():  # one licence file covers the folder's fonts
            rows.append((path.name, LICENCE_NAMES[name], text))
            break
    return rows


class AboutDialog(QDialog):
    def __init__(self, store_path: str, parent=None):
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Hamish"))
        layout = QVBoxLayout(self)
        self.version_label = QLabel(self.tr("Hamish (هامش), version %s") % isolate(__version__), self)
        self.version_label.setStyleSheet("font-size: 16pt; font-weight: bold")
        store_title = QLabel(self.tr("Store:"), self)
        self.store_label = QLineEdit(store_path, self)  # a path reads left to right, and can be copied
        self.store_label.setReadOnly(True)
        self.store_label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.store_label.setAccessibleName(self.tr("Store"))
        store_row = QHBoxLayout()
        store_row.addWidget(store_title)
        store_row.addWidget(self.store_label, 1)
        self.runtime_label = QLabel(f"Qt {qVersion()} · PySide6 {PySide6.__version__} · "
                                    f"Python {platform.python_version()}", self)
        self.runtime_label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        licence = QLabel(self.tr("Hamish is free software under the MIT licence. It reads and writes only local "
                                 "files and never uses the network."), self)
        licence.setWordWrap(True)
        fonts = shipped_fonts()
        names = sorted({name for _file, name, _text in fonts})
        self.fonts_label = QLabel(self.tr("Fonts shipped with Hamish, licensed under the %s:")
                                  % isolate(", ".join(names)), self)
        self.fonts_label.setWordWrap(True)
        self.font_list = QLabel(", ".join(register_bundled_fonts()) + "\n" + ", ".join(f for f, _n, _t in fonts), self)
        self.font_list.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.font_list.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.font_list.setWordWrap(True)
        self.licence_text = QPlainTextEdit(self)
        self.licence_text.setReadOnly(True)
        self.licence_text.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.licence_text.setPlainText("\n\n".join(dict.fromkeys(text for _f, _n, text in fonts)))
        self.licence_text.setAccessibleName(self.tr("Font licence"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(self.version_label)
        layout.addLayout(store_row)
        for widget in (self.runtime_label, licence, self.fonts_label, self.font_list, self.licence_text, buttons):
            layout.addWidget(widget)
        self.resize(620, 520)
