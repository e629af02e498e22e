"""The check-in: who is here today and on whose behalf they speak, walk-ins added on the spot.

Each tick and each "speaks for" is stored at once (through the undo stack); the page can be
reopened during the meeting (F4) for someone who arrives late.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...core.services import meetings, people
from ...core.text import clean_line
from ...core.vocab import AttendanceStatus, Party
from ..undo import CallCommand
from . import labels
from .meeting_run import MeetingRun
from .run_state import RUNNING

PRESENT = AttendanceStatus.AANWEZIG.value
INVITED = AttendanceStatus.UITGENODIGD.value


class WalkInCommand(QUndoCommand):
    """Add someone who was not invited (a new person, or one known to the trajectory)."""

    def __init__(self, run: MeetingRun, text: str, person_id: str | None, fields: dict) -> None:
        super().__init__(text)
        self.run, self.person_id, self.fields = run, person_id, fields
        self.created = False

    def redo(self) -> None:
        bus, run = self.run.bus, self.run
        if self.person_id is None:
            changes = bus.run(people.add_person, run.trajectory_id, **self.fields["person"])
            if changes is None:
                self.setObsolete(True)
                return
            self.person_id, self.created = changes.id, True
        elif self.created:
            bus.run(people.restore_person, self.person_id)
        bus.run(
            meetings.set_attendance,
            run.meeting_id,
            self.person_id,
            status=PRESENT,
            walk_in=True,
            speaks_for_today=self.fields["speaks_for_today"],
        )

    def undo(self) -> None:
        self.run.bus.run(meetings.uninvite, self.run.meeting_id, self.person_id)
        if self.created:
            self.run.bus.run(people.delete_person, self.person_id)


class CheckInPage(QWidget):
    """Tick who is present and fill in on whose behalf they speak today."""

    startRequested = Signal()

    def __init__(self, run: MeetingRun, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.run = run
        self.rows: dict[str, tuple[QCheckBox, QLineEdit]] = {}
        self.absence: dict[str, QComboBox] = {}
        """Per invited person: absent with or without notice, as Dutch minutes record it."""
        heading = QLabel(self.tr("Who is here today?"))
        heading.setProperty("role", "heading")
        self.meeting_label = QLabel()
        self.meeting_label.setTextFormat(Qt.TextFormat.PlainText)
        self.meeting_label.setProperty("role", "muted")
        hint = QLabel(
            self.tr(
                "Tick who is present (Space) and fill in on whose behalf each person speaks "
                "today (Tab goes to the next field). Everything is saved at once."
            )
        )
        hint.setWordWrap(True)

        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setColumnStretch(2, 1)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(6)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)

        self.walk_in = self._walk_in_form()
        self.count_label = QLabel()
        self.count_label.setProperty("role", "subheading")
        self.start_button = QPushButton()
        self.start_button.setProperty("primary", True)
        self.start_button.setProperty("big", True)
        self.start_button.clicked.connect(self.request_start)

        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addStretch(1)
        bottom.addWidget(self.start_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(self.meeting_label)
        layout.addWidget(hint)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.walk_in)
        layout.addLayout(bottom)
        run.peopleChanged.connect(self.refresh)
        run.state.phaseChanged.connect(self._label_start)
        self.refresh()
        self._label_start()

    # -- the list of attendees ---------------------------------------------------------------

    def attendees(self) -> list[tuple[Any, Any]]:
        """(attendance, person) of everyone on this meeting's list, by party and name."""
        by_person = {row.person_id: row for row in self.run.attendance}
        return [
            (by_person[person.id], person) for person in self.run.people if person.id in by_person
        ]

    def refresh(self) -> None:
        """Show the current list; rows are rebuilt only when people join or leave it."""
        found = self.attendees()
        meeting = self.run.meeting
        when = labels.day(meeting.starts_at.date()) if meeting.starts_at else ""
        self.meeting_label.setText(" · ".join(part for part in (meeting.title, when) if part))
        if [person.id for _, person in found] != list(self.rows):
            self._rebuild(found)
        for attendance, person in found:
            box, line = self.rows[person.id]
            box.blockSignals(True)
            box.setChecked(attendance.status == PRESENT)
            box.blockSignals(False)
            absence = self.absence[person.id]
            absence.blockSignals(True)
            # Someone present reads "present" here (the placeholder), not "not noted yet".
            absence.setCurrentIndex(
                -1 if attendance.status == PRESENT else max(0, absence.findData(attendance.status))
            )
            absence.setEnabled(attendance.status != PRESENT)
            absence.blockSignals(False)
            if not line.hasFocus() and line.text() != attendance.speaks_for_today:
                line.setText(attendance.speaks_for_today)
        present = sum(1 for attendance, _ in found if attendance.status == PRESENT)
        self.count_label.setText(self.tr("%n present", "", present))
        self._update_completer()

    def _rebuild(self, found: list[tuple[Any, Any]]) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.rows.clear()
        self.absence.clear()
        if not found:
            empty = QLabel(self.tr("Nobody was invited yet. Add the people present below."))
            empty.setProperty("role", "muted")
            self.grid.addWidget(empty, 0, 0, 1, 3)
        for row, (attendance, person) in enumerate(found):
            box = QCheckBox(person.name)
            box.setAccessibleName(self.tr("{0} is present").format(person.name))
            box.setMinimumHeight(36)
            box.toggled.connect(lambda on, pid=person.id: self._set_present(pid, on))
            details = [labels.party(person.party), person.function]
            if attendance.walk_in:
                details.append(self.tr("walk-in"))
            info = QLabel(" · ".join(part for part in details if part))
            info.setTextFormat(Qt.TextFormat.PlainText)
            info.setProperty("role", "muted")
            line = QLineEdit()
            line.setAccessibleName(self.tr("On whose behalf {0} speaks today").format(person.name))
            line.setPlaceholderText(
                person.speaks_for or self.tr("On whose behalf does this person speak today?")
            )
            line.setMinimumHeight(36)
            line.editingFinished.connect(lambda pid=person.id: self._set_speaks_for(pid))
            absence = self._absence_choice(person)
            self.grid.addWidget(box, row, 0)
            self.grid.addWidget(info, row, 1)
            self.grid.addWidget(line, row, 2)
            self.grid.addWidget(absence, row, 3)
            self.rows[person.id] = (box, line)
            self.absence[person.id] = absence
        self.grid.setRowStretch(len(found) + 1, 1)

    def _absence_choice(self, person: Any) -> QComboBox:
        choice = QComboBox()
        choice.setAccessibleName(self.tr("Why {0} is absent").format(person.name))
        choice.setMinimumHeight(36)
        choice.setPlaceholderText(self.tr("Present"))
        choice.addItem(self.tr("Not noted yet"), INVITED)
        choice.addItem(
            self.tr("Absent with notice (m.k.)"), AttendanceStatus.AFWEZIG_MET_KENNISGEVING.value
        )
        choice.addItem(
            self.tr("Absent without notice (z.k.)"),
            AttendanceStatus.AFWEZIG_ZONDER_KENNISGEVING.value,
        )
        choice.currentIndexChanged.connect(lambda _=0, pid=person.id: self._set_absence(pid))
        return choice

    def _set_absence(self, person_id: str) -> None:
        old = self._status(person_id)
        new_status = self.absence[person_id].currentData()
        if old is None or old.status == new_status:
            return
        self._push_attendance(person_id, self.tr("Absence"), status=(old.status, new_status))

    def _status(self, person_id: str) -> Any:
        return next((row for row in self.run.attendance if row.person_id == person_id), None)

    def _set_present(self, person_id: str, present: bool) -> None:
        old = self._status(person_id)
        old_status = old.status if old is not None else INVITED
        new_status = PRESENT if present else (INVITED if old_status == PRESENT else old_status)
        self._push_attendance(person_id, self.tr("Check in"), status=(old_status, new_status))

    def _set_speaks_for(self, person_id: str) -> None:
        old = self._status(person_id)
        text = clean_line(self.rows[person_id][1].text())
        if old is None or text == old.speaks_for_today:
            return
        self._push_attendance(
            person_id, self.tr("On whose behalf"), speaks_for_today=(old.speaks_for_today, text)
        )

    def _push_attendance(self, person_id: str, text: str, **fields: tuple[str, str]) -> None:
        bus, meeting_id = self.run.bus, self.run.meeting_id
        before = {name: pair[0] for name, pair in fields.items()}
        after = {name: pair[1] for name, pair in fields.items()}
        self.run.undo_stack.push(
            CallCommand(
                bus,
                text,
                lambda: bus.run(meetings.set_attendance, meeting_id, person_id, **after),
                lambda: bus.run(meetings.set_attendance, meeting_id, person_id, **before),
            )
        )

    def commit_pending(self) -> None:
        """Store "speaks for" texts still being typed (Ctrl+Enter does not leave the field)."""
        for person_id in list(self.rows):
            self._set_speaks_for(person_id)

    # -- walk-ins ----------------------------------------------------------------------------

    def _walk_in_form(self) -> QGroupBox:
        box = QGroupBox(self.tr("Someone who was not on the list (Ctrl+N)"))
        self.walk_in_name = QLineEdit()
        self.walk_in_name.setAccessibleName(self.tr("Name of the walk-in"))
        self.walk_in_name.setPlaceholderText(self.tr("Name"))
        self.walk_in_party = QComboBox()
        self.walk_in_party.setAccessibleName(self.tr("Party of the walk-in"))
        for party in Party:
            self.walk_in_party.addItem(labels.party(party), party.value)
        self.walk_in_function = QLineEdit()
        self.walk_in_function.setAccessibleName(self.tr("Function of the walk-in"))
        self.walk_in_function.setPlaceholderText(self.tr("Function (optional)"))
        self.walk_in_speaks = QLineEdit()
        self.walk_in_speaks.setAccessibleName(self.tr("On whose behalf the walk-in speaks"))
        self.walk_in_speaks.setPlaceholderText(self.tr("Speaks on behalf of (optional)"))
        self.walk_in_button = QPushButton(self.tr("Add (Enter)"))
        self.walk_in_button.setAccessibleName(self.tr("Add the walk-in"))
        self.walk_in_button.clicked.connect(self.add_walk_in)
        self._completer_model = QStringListModel(self)
        completer = QCompleter(self._completer_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.walk_in_name.setCompleter(completer)
        for line in (self.walk_in_name, self.walk_in_function, self.walk_in_speaks):
            line.setMinimumHeight(36)
            line.returnPressed.connect(self.add_walk_in)
        self.walk_in_party.setMinimumHeight(36)
        self.walk_in_button.setMinimumHeight(36)
        row = QHBoxLayout(box)
        row.setSpacing(8)
        row.addWidget(self.walk_in_name, 3)
        row.addWidget(self.walk_in_party, 2)
        row.addWidget(self.walk_in_function, 2)
        row.addWidget(self.walk_in_speaks, 3)
        row.addWidget(self.walk_in_button)
        return box

    def focus_walk_in(self) -> None:
        """Put the cursor in the walk-in's name field."""
        self.walk_in_name.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def add_walk_in(self) -> None:
        """Add the person typed in the walk-in form as present today."""
        name = clean_line(self.walk_in_name.text())
        known = next(
            (
                person
                for person in self.run.people
                if person.name.casefold() == name.casefold() and name and not person.forgotten
            ),
            None,
        )
        if known is not None and known.id in self.rows:
            self.rows[known.id][0].setChecked(True)
            self._clear_walk_in()
            return
        fields = {
            "person": {
                "name": name,
                "party": self.walk_in_party.currentData(),
                "function": self.walk_in_function.text(),
            },
            "speaks_for_today": clean_line(self.walk_in_speaks.text()),
        }
        command = WalkInCommand(
            self.run, self.tr("Add walk-in"), known.id if known else None, fields
        )
        self.run.undo_stack.push(command)
        if command.person_id is not None:
            self._clear_walk_in()

    def _clear_walk_in(self) -> None:
        for line in (self.walk_in_name, self.walk_in_function, self.walk_in_speaks):
            line.clear()
        self.focus_walk_in()

    def _update_completer(self) -> None:
        listed = set(self.rows)
        self._completer_model.setStringList(
            [p.name for p in self.run.people if p.id not in listed and not p.forgotten]
        )

    # -- starting ----------------------------------------------------------------------------

    def request_start(self) -> None:
        """Store what is still being typed and ask to start (or return to) the meeting."""
        self.commit_pending()
        self.startRequested.emit()

    def first_field(self) -> QWidget:
        """Where the cursor goes when the page opens."""
        if self.rows:
            return next(iter(self.rows.values()))[0]
        return self.walk_in_name

    def _label_start(self, *_: object) -> None:
        running = self.run.state.phase == RUNNING
        text = self.tr("Back to the meeting") if running else self.tr("Start the meeting")
        self.start_button.setText(self.tr("{0} (Ctrl+Enter)").format(text))
        self.start_button.setAccessibleName(text)
