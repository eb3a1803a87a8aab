"""The Preferences dialog: UI language, snapping to words, suggesting on import, reader font and size, and the
analyst's own lexicon of units (edited as its TOML text, saved only when the core finds it sound)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFontComboBox, QFormLayout, QHBoxLayout, QLabel,
    QPlainTextEdit, QPushButton, QSpinBox, QVBoxLayout,
)

from desktop.core.claims.lexicon import ANALYST_TEMPLATE, analyst_lexicon_path, check_lexicon_text
from desktop.ui.settings import MAX_FONT_SIZE, MIN_FONT_SIZE, AppSettings


class LexiconDialog(QDialog):
    """Edits the analyst's lexicon file (nouns, units, currencies the suggester adds to its own); a file the
    core would refuse is not saved and its line and reason are shown."""

    def __init__(self, path: Path | None = None, parent=None):
        super().__init__(parent)
        self.path = path or analyst_lexicon_path()
        self.setWindowTitle(self.tr("Lexicon"))
        self.editor = QPlainTextEdit(self)
        self.editor.setAccessibleName(self.tr("Lexicon file"))
        try:
            self.editor.setPlainText(self.path.read_text(encoding="utf-8-sig"))
        except (OSError, UnicodeDecodeError):
            self.editor.setPlainText(ANALYST_TEMPLATE)
        self.status = QLabel(self.tr("Your own nouns, units and currencies, added to the built-in lexicon."), self)
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("File: {path}").format(path=self.path), self))
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    def save(self) -> bool:
        """Write the file when the core accepts it; otherwise show why and keep the file as it was."""
        text = self.editor.toPlainText()
        problem = check_lexicon_text(text, self.path)
        if problem is None:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self.path.write_text(text, encoding="utf-8")
            except OSError as exc:
                problem = f"{self.path}: {exc.strerror or exc}"
        if problem is not None:
            self.status.setText(self.tr("Not saved: {problem}").format(problem=problem))
            return False
        self.accept()
        return True


class ArabicFontBox(QFontComboBox):
    """The installed font families that can write Arabic, after an "Automatic" choice (stored as "")."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWritingSystem(QFontDatabase.WritingSystem.Arabic)
        self.setEditable(False)
        self.insertItem(0, self.tr("Automatic (best Arabic font)"))
        self.setCurrentIndex(0)

    def family(self) -> str:
        """The chosen family, or "" for the automatic choice."""
        return "" if self.currentIndex() <= 0 else self.currentText()

    def set_family(self, family: str) -> None:
        """Choose ``family``; an empty or uninstalled family selects the automatic choice."""
        found = self.findText(family) if family else -1
        self.setCurrentIndex(found if found > 0 else 0)


class PreferencesDialog(QDialog):
    """Edits :class:`AppSettings`; :meth:`save` writes them back. A language change applies at once."""

    def __init__(self, settings: AppSettings, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.language_box = QComboBox(self)
        self.language_box.addItem("English", "en")
        self.language_box.addItem("العربية", "ar")
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(settings.language)))
        self.snap_box = QCheckBox(self.tr("Snap selections to whole words"), self)
        self.snap_box.setChecked(settings.snap_words)
        self.suggest_box = QCheckBox(self.tr("Suggest claims when importing"), self)
        self.suggest_box.setChecked(settings.suggest_on_import)
        self.family_box = ArabicFontBox(self)
        self.family_box.set_family(settings.font_family)
        self.font_spin = QSpinBox(self)
        self.font_spin.setRange(MIN_FONT_SIZE, MAX_FONT_SIZE)
        self.font_spin.setValue(settings.font_size)
        for widget, name in ((self.language_box, self.tr("Interface language")), (self.snap_box, self.tr("Snap to words")),
                             (self.suggest_box, self.tr("Suggest on import")), (self.family_box, self.tr("Font family")),
                             (self.font_spin, self.tr("Font size"))):
            widget.setAccessibleName(name)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.lexicon_button = QPushButton(self.tr("Edit lexicon…"), self)
        self.lexicon_button.clicked.connect(lambda: LexiconDialog(parent=self).exec())
        font_row = QHBoxLayout()
        font_row.addWidget(self.family_box, 1)
        font_row.addWidget(self.font_spin)
        form = QFormLayout(self)
        form.addRow(self.tr("Interface language"), self.language_box)
        form.addRow(self.snap_box)
        form.addRow(self.suggest_box)
        form.addRow(self.tr("Reader font"), font_row)
        form.addRow(self.tr("Units the suggester knows"), self.lexicon_button)
        form.addRow(buttons)

    def save(self) -> None:
        self.settings.language = self.language_box.currentData()
        self.settings.snap_words = self.snap_box.isChecked()
        self.settings.suggest_on_import = self.suggest_box.isChecked()
        self.settings.font_family = self.family_box.family()
        self.settings.font_size = self.font_spin.value()
        self.settings.sync()
