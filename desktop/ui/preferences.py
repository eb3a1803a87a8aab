"""The Preferences dialog: UI language, snapping to words, suggesting on import, font size."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QSpinBox

from .settings import AppSettings


class PreferencesDialog(QDialog):
    """Edits :class:`AppSettings`; :meth:`save` writes them back. A language change applies on restart."""

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
        self.font_spin = QSpinBox(self)
        self.font_spin.setRange(8, 72)
        self.font_spin.setValue(settings.font_size)
        for widget, name in ((self.language_box, self.tr("Interface language")), (self.snap_box, self.tr("Snap to words")),
                             (self.suggest_box, self.tr("Suggest on import")), (self.font_spin, self.tr("Font size"))):
            widget.setAccessibleName(name)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Interface language (after restart)"), self.language_box)
        form.addRow(self.snap_box)
        form.addRow(self.suggest_box)
        form.addRow(self.tr("Reader font size"), self.font_spin)
        form.addRow(buttons)

    def save(self) -> None:
        self.settings.language = self.language_box.currentData()
        self.settings.snap_words = self.snap_box.isChecked()
        self.settings.suggest_on_import = self.suggest_box.isChecked()
        self.settings.font_size = self.font_spin.value()
        self.settings.sync()
