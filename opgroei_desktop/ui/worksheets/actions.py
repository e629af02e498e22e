"""Actions on a worksheet (the *Doen* column): who does what by when, done or not, and a row
to add one without leaving the sheet. Overdue actions say so in words and in colour."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QFrame, QHBoxLayout, QVBoxLayout, QWidget

from ...core.views import PersonView
from ...core.vocab import ActionStatus, Party
from ...worksheets.register import ActionLine, display_name
from . import labels
from .edits import SheetEdits
from .parts import KeyedRows, button, label, line_edit

OVERDUE_MARK = "⚠"


def owner_text(line: ActionLine) -> str:
    """Who does it: "Gemeente (Karin Bos)", "Initiatief", or "nobody yet"; flagged while the
    owner has left and nobody took it over yet."""
    who = labels.party(line.owner_party)
    if line.owner_name:
        text = f"{who} ({line.owner_name})" if who else line.owner_name
    else:
        text = who or QCoreApplication.translate("Actions", "nobody yet")
    if line.owner_left_on is not None:
        text += " " + QCoreApplication.translate(
            "Actions", "(left on %1: to be handed over)"
        ).replace("%1", labels.day(line.owner_left_on))
    return text


def overdue_text(line: ActionLine) -> str:
    """The overdue warning in words, with its sign; empty when the action is on time."""
    if not line.overdue:
        return ""
    return (
        OVERDUE_MARK
        + " "
        + QCoreApplication.translate("Actions", "%n day(s) overdue", None, line.days_overdue)
    )


class ActionRow(QFrame):
    """One action with a check box to mark it done."""

    def __init__(self, line: ActionLine, edits: SheetEdits) -> None:
        super().__init__()
        self.edits = edits
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 0, 2)
        layout.setSpacing(10)
        self.done = QCheckBox(self.tr("Done"))
        self.done.toggled.connect(self._toggled)
        column = QVBoxLayout()
        column.setSpacing(1)
        self.what = label("")
        self.meta = label("", "muted")
        self.late = label("", "overdue")
        column.addWidget(self.what)
        column.addWidget(self.meta)
        column.addWidget(self.late)
        self.delete_button = button(self.tr("Delete"), tip=self.tr("Can be undone with Ctrl+Z"))
        self.delete_button.clicked.connect(lambda: self.edits.delete_action(self.line.id))
        layout.addWidget(self.done, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(column, 1)
        layout.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignTop)
        self.show_value(line)

    def show_value(self, line: ActionLine) -> None:
        self.line = line
        action = line.action
        self.done.blockSignals(True)
        self.done.setChecked(action.status == ActionStatus.GEDAAN)
        self.done.blockSignals(False)
        self.done.setAccessibleName(self.tr("Done: %1").replace("%1", action.what))
        self.delete_button.setAccessibleName(
            self.tr("Delete action: %1").replace("%1", action.what)
        )
        self.what.setText(action.what)
        font = self.what.font()
        font.setStrikeOut(action.status != ActionStatus.OPEN)
        self.what.setFont(font)
        parts = [owner_text(line)]
        if action.due_on:
            parts.append(self.tr("due %1").replace("%1", labels.day(action.due_on)))
        if action.status != ActionStatus.OPEN:
            parts.append(labels.action_status(action.status))
        self.meta.setText(" · ".join(parts))
        self.late.setText(overdue_text(line))
        self.late.setVisible(line.overdue)

    def _toggled(self, checked: bool) -> None:
        if not self.edits.set_action_done(self.line.action, checked):
            self.show_value(self.line)


class ActionList(KeyedRows):
    """The actions of one block."""

    def __init__(self, edits: SheetEdits, parent: QWidget | None = None) -> None:
        super().__init__(lambda line: ActionRow(line, edits), parent)

    def show_actions(self, lines: Iterable[ActionLine]) -> None:
        self.sync((line.id, line) for line in lines)


def owner_key(person_id: str | None, party: str | None) -> str | None:
    """How an owner is kept in the owner box: "person:<id>", "party:<code>", or None."""
    if person_id:
        return f"person:{person_id}"
    return f"party:{party}" if party else None


class OwnerBox(QComboBox):
    """Who an action is for: nobody yet, a party, or a person."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Who does it"))
        self.people: tuple[PersonView, ...] | None = None
        self.set_people(())

    def set_people(self, persons: Iterable[PersonView]) -> None:
        persons = tuple(p for p in persons if p.left_on is None and not p.forgotten)
        if persons == self.people:
            return
        self.people = persons
        chosen = self.currentData()
        self.clear()
        self.addItem(self.tr("Nobody yet"), None)
        for code in (Party.GEMEENTE, Party.INITIATIEF, Party.PROCESBEGELEIDER):
            self.addItem(labels.party(code), owner_key(None, code.value))
        for person in persons:
            name = display_name(person) or labels.party(person.party)
            self.addItem(f"{name} ({labels.party(person.party)})", owner_key(person.id, None))
        self.setCurrentIndex(max(0, self.findData(chosen)))

    def show_owner(self, person_id: str | None, party: str | None) -> None:
        self.setCurrentIndex(max(0, self.findData(owner_key(person_id, party))))

    def owner_fields(self) -> dict[str, Any]:
        """The chosen owner as action fields: a person, a party, or nothing."""
        kind, _, code = (self.currentData() or "").partition(":")
        if kind == "person":
            return {"owner_person_id": code}
        return {"owner_party": code} if kind == "party" else {}


class ActionAdder(QWidget):
    """What, who and by when, in one row; the text stays if the store refuses it."""

    def __init__(self, add: Callable[[dict[str, Any]], bool], parent: QWidget | None = None):
        super().__init__(parent)
        self.add = add
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.what = line_edit(self.tr("New action: what needs doing…"), self.tr("New action"))
        self.owner = OwnerBox()
        self.due = line_edit(self.tr("due dd-mm-yyyy"), self.tr("Due date of the new action"))
        self.due.setMaximumWidth(190)
        self.add_button = button(self.tr("Add action"))
        for edit in (self.what, self.due):
            edit.returnPressed.connect(self.submit)
        self.add_button.clicked.connect(self.submit)
        self.owner.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.owner.setMinimumContentsLength(16)
        row = QHBoxLayout()
        row.addWidget(self.owner, 1)
        row.addWidget(self.due)
        row.addWidget(self.add_button)
        layout.addWidget(self.what)
        layout.addLayout(row)

    def submit(self) -> None:
        fields = {"what": self.what.text(), "due_on": self.due.text(), **self.owner.owner_fields()}
        if self.add(fields):
            self.what.clear()
            self.due.clear()
            self.what.setFocus()
