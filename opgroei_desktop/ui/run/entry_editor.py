"""Correct or re-file one entry: text, party, kind, step and worksheet; an action's owner and date.

The dialog is not modal, so the meeting goes on behind it; saving is one undo step.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import OpgroeiError
from ...core.services.validate import parse_date
from ...core.text import clean_text
from ...core.vocab import EntryKind, Party, Voice
from . import keys, labels
from .meeting_run import MeetingRun


class EntryEditor(QDialog):
    """A small form for one entry; Ctrl+Enter saves, Esc cancels."""

    def __init__(self, run: MeetingRun, entry: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.run, self.entry = run, entry
        self.action = run.state.actions.get(entry.id)
        self.setWindowTitle(self.tr("Edit entry"))
        self.setAccessibleName(self.tr("Edit entry"))
        self.setMinimumWidth(560)
        self.text = QPlainTextEdit(entry.text)
        self.text.setAccessibleName(self.tr("Text of the entry (Markdown allowed)"))
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(90)
        self.voice = self._combo(self.tr("Who"), [(self.tr("(nobody in particular)"), None)])
        for voice in Voice:
            self.voice.addItem(labels.voice(voice), voice.value)
        self.kind = self._combo(
            self.tr("Kind"), [(labels.kind(kind), kind.value) for kind in EntryKind]
        )
        self.step = self._combo(self.tr("Step"), [(self.tr("(no step)"), None)])
        for index, step in enumerate(run.state.steps):
            self.step.addItem(f"{index + 1}. {step.title}", step.id)
        self.worksheet = self._combo(self.tr("Worksheet"), [(self.tr("(no worksheet)"), None)])
        for sheet in run.library.worksheets():
            self.worksheet.addItem(sheet.title, sheet.key)
        self.owner = self._combo(self.tr("Owner"), [(self.tr("(nobody yet)"), None)])
        for party in (Party.GEMEENTE, Party.INITIATIEF, Party.PROCESBEGELEIDER):
            self.owner.addItem(labels.party(party), ("party", party.value))
        for person_id, name in run.people_for_owner():
            self.owner.addItem(name, ("person", person_id))
        self.due = QLineEdit(labels.day(self.action.due_on) if self.action else "")
        self.due.setAccessibleName(self.tr("Due date"))
        self.due.setPlaceholderText(self.tr("dd-mm-yyyy"))
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setProperty("role", "overdue")
        self.error.hide()

        self._select(self.voice, entry.voice)
        self._select(self.kind, entry.kind)
        self._select(self.step, entry.script_step_id)
        self._select(self.worksheet, entry.worksheet)
        if self.action is not None:
            owner = self.action.owner_person_id or self.action.owner_party
            kind = "person" if self.action.owner_person_id else "party"
            self._select(self.owner, (kind, owner) if owner else None)
        self.step.currentIndexChanged.connect(self._step_chosen)
        self.kind.currentIndexChanged.connect(self._show_action_fields)

        self.form = QFormLayout()
        self.form.addRow(self.tr("Text"), self.text)
        self.form.addRow(self.tr("Who"), self.voice)
        self.form.addRow(self.tr("Kind"), self.kind)
        self.form.addRow(self.tr("Step"), self.step)
        self.form.addRow(self.tr("Worksheet"), self.worksheet)
        self.form.addRow(self.tr("Owner"), self.owner)
        self.form.addRow(self.tr("Due date"), self.due)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save (Ctrl+Enter)"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setProperty("primary", True)
        self.save_button.setAccessibleName(self.tr("Save"))
        cancel = buttons.addButton(self.tr("Cancel (Esc)"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        for sequence in keys.CONFIRM:
            QShortcut(sequence, self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._show_action_fields()
        if self.kind.currentData() in (EntryKind.BESLUIT, EntryKind.AFSPRAAK, EntryKind.ACTIE):
            self.kind.setToolTip(
                self.tr("Changing the kind files the entry anew (a decision gets a new number).")
            )

    def save(self) -> None:
        """Store the changes as one undo step and close; a bad date keeps the dialog open."""
        due = None
        if self.kind.currentData() == EntryKind.ACTIE:
            try:
                due = parse_date(self.due.text(), "de uiterlijke datum")
            except OpgroeiError as error:
                self.error.setText(str(error))
                self.error.show()
                self.due.setFocus()
                return
        text = clean_text(self.text.toPlainText()).strip()
        if not text:
            self.error.setText(self.tr("The text of an entry cannot be empty."))
            self.error.show()
            return
        fields = {
            "text": text,
            "voice": self.voice.currentData(),
            "kind": self.kind.currentData(),
            "script_step_id": self.step.currentData(),
            "worksheet": self.worksheet.currentData(),
        }
        if fields["worksheet"] != self.entry.worksheet:
            step = self._step(fields["script_step_id"])
            same = step is not None and step.worksheet == fields["worksheet"]
            fields["section"] = step.section if same else None
        owner = self.owner.currentData()
        action_fields = {
            "owner_person_id": owner[1] if owner and owner[0] == "person" else None,
            "owner_party": owner[1] if owner and owner[0] == "party" else None,
            "due_on": due,
        }
        self.run.edit_entry(self.entry, fields, action_fields)
        self.accept()

    def _step(self, step_id: str | None) -> Any:
        return next((step for step in self.run.state.steps if step.id == step_id), None)

    def _step_chosen(self) -> None:
        step = self._step(self.step.currentData())
        if step is not None:
            self._select(self.worksheet, step.worksheet)

    def _show_action_fields(self) -> None:
        is_action = self.kind.currentData() == EntryKind.ACTIE
        for widget in (self.owner, self.due):
            widget.setVisible(is_action)
            self.form.labelForField(widget).setVisible(is_action)

    def _combo(self, name: str, items: list[tuple[str, Any]]) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setMinimumHeight(34)
        for text, data in items:
            combo.addItem(text, data)
        return combo

    @staticmethod
    def _select(combo: QComboBox, data: Any) -> None:
        for index in range(combo.count()):
            if combo.itemData(index) == data:
                combo.setCurrentIndex(index)
                return
