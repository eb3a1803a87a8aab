"""The claim editor: category, kind, value, unit, note and status of the selected claim."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QWidget

from desktop.core.store.models import KINDS, STATUSES, Annotation, Category

from desktop.ui.formatting import category_label, format_number, kind_label, parse_number, status_label


class ClaimEditor(QWidget):
    """Edits one claim; emits ``edited(uuid, changes)`` with only the fields that changed."""

    edited = Signal(str, dict)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.annotation: Annotation | None = None
        self.locale = QLocale()
        self.category_box = QComboBox(self)
        self.kind_box = QComboBox(self)
        self.value_edit = QLineEdit(self)
        self.unit_edit = QLineEdit(self)
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumHeight(80)
        self.status_box = QComboBox(self)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #b00020")
        self.apply_button = QPushButton(self)
        self.apply_button.clicked.connect(self.apply)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.fields = (self.category_box, self.kind_box, self.value_edit, self.unit_edit, self.note_edit,
                       self.status_box)
        self.labels = [QLabel(self) for _field in self.fields]
        for label, field in zip(self.labels, self.fields):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.form.addRow(self.error_label, self.apply_button)
        self.retranslate()
        self.set_categories([], "en")
        self.set_annotation(None)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Labels in the UI language; called again when the language changes."""
        names = (self.tr("Category"), self.tr("Kind"), self.tr("Value"), self.tr("Unit"), self.tr("Note"),
                 self.tr("Status"))
        for label, field, name in zip(self.labels, self.fields, names):
            label.setText(name)
            field.setAccessibleName(name)
        self.apply_button.setText(self.tr("&Apply"))
        self.apply_button.setAccessibleName(self.tr("Apply changes to the claim"))

    def set_categories(self, categories: list[Category], language: str, locale: QLocale | None = None) -> None:
        self.locale = locale or QLocale()
        self.category_box.clear()
        for c in categories:
            self.category_box.addItem(category_label(c, c.name, language), c.name)
        self.kind_box.clear()
        self.kind_box.addItem("—", None)
        for kind in KINDS:
            self.kind_box.addItem(kind_label(kind, language), kind)
        self.status_box.clear()
        for s in STATUSES:
            self.status_box.addItem(status_label(s, language), s)
        self.set_annotation(self.annotation)

    def set_annotation(self, a: Annotation | None) -> None:
        self.annotation = a
        self.error_label.clear()
        self.setEnabled(a is not None)
        if a is None:
            for edit in (self.value_edit, self.unit_edit):
                edit.clear()
            self.note_edit.clear()
            return
        self.category_box.setCurrentIndex(max(0, self.category_box.findData(a.category)))
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(a.kind)))
        self.value_edit.setText(format_number(a.value, self.locale) if a.value is not None else "")
        self.unit_edit.setText(a.unit)
        self.note_edit.setPlainText(a.note)
        self.status_box.setCurrentIndex(max(0, self.status_box.findData(a.status)))

    def changes(self) -> dict:
        """The fields that differ from the claim; raises ValueError for a value that is not a number."""
        a = self.annotation
        if a is None:
            return {}
        new = dict(category=self.category_box.currentData(), kind=self.kind_box.currentData(),
                   value=parse_number(self.value_edit.text()), unit=self.unit_edit.text().strip(),
                   note=self.note_edit.toPlainText(), status=self.status_box.currentData())
        return {k: v for k, v in new.items() if v != getattr(a, k)}

    def apply(self) -> None:
        try:
            changes = self.changes()
        except ValueError as exc:
            self.error_label.setText(str(exc))
            return
        self.error_label.clear()
        if changes and self.annotation is not None:
            self.edited.emit(self.annotation.uuid, changes)
