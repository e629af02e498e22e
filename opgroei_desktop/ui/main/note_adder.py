"""Adding a note after the meeting: a point nobody typed in the room, or a whole meeting held
without the laptop typed up from the paper notes. Typed as in the room (docs/capture.md) and
filed under a chosen agenda item, undoably."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from ...core.services import entries, people
from ...worksheets.capture_syntax import CaptureError, entry_fields, match_person, parse_capture
from ..common.context import Workbench
from ..common.widgets import button, combo, label
from ..undo import CreateCommand

_ALT_ARROWS = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}


class NoteLine(QLineEdit):
    """The typing line; Alt+Up and Alt+Down choose the previous or next agenda item for the
    note being typed (rather than moving the note chosen in the list, as elsewhere on the tab)."""

    step_place = Signal(int)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and self._place_step(event) is not None:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        step = self._place_step(event)
        if step is None:
            super().keyPressEvent(event)
        else:
            self.step_place.emit(step)

    @staticmethod
    def _place_step(event: Any) -> int | None:
        if event.modifiers() != Qt.KeyboardModifier.AltModifier:
            return None
        return _ALT_ARROWS.get(event.key())


class NoteAdder(QWidget):
    """One line to add a note to the meeting shown, under the agenda item chosen beside it."""

    added = Signal(str)
    """The id of the note just added."""

    def __init__(self, work: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.work = work
        self.trajectory_id: str | None = None
        self.meeting_id: str | None = None
        self._places: dict[str, tuple[str | None, str | None]] = {}
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 4)
        self.place = combo(self.tr("Agenda item of the new entry"), 16)
        self.line = NoteLine()
        self.line.setAccessibleName(self.tr("New entry"))
        self.line.setPlaceholderText(
            self.tr("Type what was said as in the room (g: i: ac: be: …), then Enter")
        )
        self.add_button = button(self.tr("Add (Enter)"))
        where = QHBoxLayout()
        where.addWidget(label(self.tr("Add at"), wrap=False))
        where.addWidget(self.place, 1)
        typing = QHBoxLayout()
        typing.addWidget(self.line, 1)
        typing.addWidget(self.add_button)
        rows.addLayout(where)
        rows.addLayout(typing)
        self.line.returnPressed.connect(self.add)
        self.add_button.clicked.connect(self.add)
        self.line.step_place.connect(self._step_place)

    def show_meeting(
        self,
        trajectory_id: str | None,
        meeting_id: str | None,
        places: list[tuple[str, str]],
        where: dict[str, tuple[str | None, str | None]],
    ) -> None:
        """Offer ``places`` ((title, key) in agenda order; ``where`` maps a key to its agenda
        item and step) for the meeting's new notes, keeping the chosen one where it still is."""
        if meeting_id != self.meeting_id:
            self.line.clear()
        kept = self.place.currentData() if meeting_id == self.meeting_id else None
        self.trajectory_id, self.meeting_id, self._places = trajectory_id, meeting_id, where
        self.place.clear()
        for title, key in places:
            self.place.addItem(title, key)
        index = self.place.findData(kept) if kept is not None else -1
        # a new meeting starts at its first agenda item, not "outside the agenda"
        self.place.setCurrentIndex(index if index >= 0 else min(1, self.place.count() - 1))

    def add(self) -> None:
        """File the typed line; a line that cannot be filed stays, with the reason shown."""
        text = self.line.text()
        if not text.strip() or self.meeting_id is None or self.trajectory_id is None:
            return
        try:
            parsed = parse_capture(text, today=date.today())
            owner = match_person(parsed.owner, self._owners()) if parsed.owner else None
        except CaptureError as error:
            self.work.bus.failed.emit(str(error))
            return
        item_id, step_id = self._places.get(self.place.currentData() or "", (None, None))
        fields = {
            **entry_fields(parsed, owner),
            "agenda_item_id": item_id,
            "script_step_id": step_id,
        }
        trajectory_id, meeting_id = self.trajectory_id, self.meeting_id
        command = CreateCommand(
            self.work.bus,
            self.tr("Add entry"),
            lambda: self.work.bus.run(
                entries.capture_entry, trajectory_id, meeting_id=meeting_id, **fields
            ),
            entries.delete_entry,
            entries.restore_entry,
        )
        if self.work.push(command) and command.created_id is not None:
            self.line.clear()
            self.added.emit(command.created_id)

    def _owners(self) -> list[tuple[str, str]]:
        """(id, name) of the people who may own an action, those still at the table first."""
        found = self.work.query(people.list_people, self.trajectory_id)
        ordered = sorted(found, key=lambda person: person.left_on is not None)
        return [(person.id, person.name) for person in ordered if not person.forgotten]

    def _step_place(self, step: int) -> None:
        index = self.place.currentIndex() + step
        if 0 <= index < self.place.count():
            self.place.setCurrentIndex(index)
