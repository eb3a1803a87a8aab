"""The claim editor: category, kind, value, unit, subject, note and status of the selected claim, and its history."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QCompleter, QFormLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton, QWidget,
)

from desktop.core.store.models import KINDS, STATUSES, Annotation, Category
from desktop.core.store.revisions import describe_changes

from desktop.ui.formatting import category_label, format_number, kind_label, parse_number, status_label


class ClaimEditor(QWidget):
    """Edits one claim; emits ``edited(uuid, changes)`` with only the fields that changed; ``annotation.revision``
    is the version the edit is based on. ``history_source(uuid)`` (set by the window) gives the claim's versions,
    newest first, shown under the form. A claim refreshed while the analyst is typing keeps what they typed."""

    edited = Signal(str, dict)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.annotation: Annotation | None = None
        self.locale = QLocale()
        self.category_box = QComboBox(self)
        self.kind_box = QComboBox(self)
        self.value_edit = QLineEdit(self)
        self.unit_edit = QLineEdit(self)
        # What the figure is about, completed over the store's subjects (names and aliases; ``subjects_source()``
        # gives them, set by the panel); a new name becomes a new subject when applied.
        self.subject_edit = QLineEdit(self)
        self.subject_edit.setObjectName("claimSubject")
        self.subject_names = QStringListModel(self)
        completer = QCompleter(self.subject_names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.subject_edit.setCompleter(completer)
        self.subjects_source = None
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumHeight(80)
        self.note_edit.setMinimumHeight(38)  # two lines at least; leaves room for the subject row in a short window
        self.status_box = QComboBox(self)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #b00020")
        self.apply_button = QPushButton(self)
        self.apply_button.clicked.connect(self.apply)
        self.history_source = None
        self.history = QListWidget(self)
        self.history.setObjectName("claimHistory")
        self.history.setMaximumHeight(110)
        self.history.setMinimumHeight(1)  # never what sets the window's minimum height
        self.history.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustIgnored)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.fields = (self.category_box, self.kind_box, self.value_edit, self.unit_edit, self.subject_edit,
                       self.note_edit, self.status_box)
        self.labels = [QLabel(self) for _field in self.fields]
        for label, field in zip(self.labels, self.fields):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.form.addRow(self.error_label, self.apply_button)
        self.history_label = QLabel(self)
        self.form.addRow(self.history_label, self.history)
        self.retranslate()
        self.set_categories([], "en")
        self.set_annotation(None)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Labels in the UI language; called again when the language changes."""
        names = (self.tr("Category"), self.tr("Kind"), self.tr("Value"), self.tr("Unit"), self.tr("Subject"),
                 self.tr("Note"), self.tr("Status"))
        for label, field, name in zip(self.labels, self.fields, names):
            label.setText(name)
            field.setAccessibleName(name)
        self.apply_button.setText(self.tr("&Apply"))
        self.apply_button.setAccessibleName(self.tr("Apply changes to the claim"))
        self.history_label.setText(self.tr("History"))
        self.history.setAccessibleName(self.tr("History of the claim"))

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
        if self._typing_over(a):
            # keep the typed fields and the revision they are based on: Apply then offers theirs / mine / both
            self.error_label.setText(self.tr("This claim was changed elsewhere while you were editing it."))
            self.show_history()
            return
        self.annotation = a
        self.error_label.clear()
        self.show_history()
        self.setEnabled(a is not None)
        if a is None:  # nothing selected: blank fields, not the last claim's leftovers
            for edit in (self.value_edit, self.unit_edit, self.subject_edit):
                edit.clear()
            self.note_edit.clear()
            for box in (self.category_box, self.kind_box, self.status_box):
                box.setCurrentIndex(-1)
            return
        self.category_box.setCurrentIndex(max(0, self.category_box.findData(a.category)))
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(a.kind)))
        self.value_edit.setText(format_number(a.value, self.locale) if a.value is not None else "")
        self.unit_edit.setText(a.unit)
        self.subject_edit.setText(a.subject or "")
        if self.subjects_source is not None:
            self.subject_names.setStringList(self.subjects_source())
        self.note_edit.setPlainText(a.note)
        self.status_box.setCurrentIndex(max(0, self.status_box.findData(a.status)))

    def _typing_over(self, a: Annotation | None) -> bool:
        """Whether ``a`` is a refresh of the claim being edited whose typed changes differ from ``a``."""
        old = self.annotation
        if a is None or old is None or a.uuid != old.uuid or a.revision == old.revision:
            return False
        try:
            typed = self._typed()
        except ValueError:
            return True
        differs_from_old = any(v != getattr(old, k) for k, v in typed.items())
        return differs_from_old and any(v != getattr(a, k) for k, v in typed.items())

    def _typed(self) -> dict:
        return dict(category=self.category_box.currentData(), kind=self.kind_box.currentData(),
                    value=parse_number(self.value_edit.text()), unit=self.unit_edit.text().strip(),
                    subject=self.subject_edit.text().strip() or None,
                    note=self.note_edit.toPlainText(), status=self.status_box.currentData())

    def show_history(self) -> None:
        """List the claim's versions: when, who, what happened, and what changed from the version before."""
        self.history.clear()
        if self.annotation is None or self.history_source is None:
            return
        versions = self.history_source(self.annotation.uuid)
        for i, v in enumerate(versions):
            before = next((w for w in versions[i + 1:] if w.action != "note"), None)
            change = describe_changes(before.record if before and not before.deleted else None,
                                      None if v.deleted else v.record) if before else ""
            where = f" ({v.source})" if v.source else ""
            item = QListWidgetItem(f"{v.made[:16].replace('T', ' ')}  {v.by or '?'}  {v.action}{where}  "
                                   f"⁨{change or v.record.get('note', '')}⁩")
            item.setData(256, v.seq)
            self.history.addItem(item)

    def changes(self) -> dict:
        """The fields that differ from the claim; raises ValueError for a value that is not a number."""
        a = self.annotation
        if a is None:
            return {}
        return {k: v for k, v in self._typed().items() if v != getattr(a, k)}

    def apply(self) -> None:
        try:
            changes = self.changes()
        except ValueError as exc:
            self.error_label.setText(str(exc))
            return
        self.error_label.clear()
        if changes and self.annotation is not None:
            self.edited.emit(self.annotation.uuid, changes)
