"""The link between a meeting in the store and its run state.

``MeetingRun`` loads the meeting into a ``RunState``, files what the facilitator types (each
entry is committed on Enter, through the bus and the undo stack), records the time spent per
step every few seconds and the current step on every move, and refreshes the run state when
the bus announces a change. The windows never call services themselves.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from ...core.changes import Changes
from ...core.errors import NotFound
from ...core.services import actions, entries, meetings, people
from ...core.services.agenda import set_extra_time
from ...core.vocab import EntryKind, MeetingStatus
from ...library import Library
from ...worksheets.capture_syntax import Capture, entry_fields
from ..bus import DataBus
from ..exercises.controller import ExerciseRun
from ..undo import CallCommand, CreateCommand, DeleteCommand, UpdateCommand
from .run_state import FINISHED, RUNNING, RunState

SAVE_EVERY_MS = 1_000
"""How often the running clock is written: a crash loses at most a second of step time."""


class MeetingRun(QObject):
    """Runs one meeting: loading, capturing, keeping time, starting and finishing."""

    peopleChanged = Signal()

    def __init__(
        self,
        bus: DataBus,
        library: Library,
        meeting_id: str,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(parent)
        self.bus, self.library, self.meeting_id = bus, library, meeting_id
        self.state = RunState(clock=clock, parent=self)
        # The main window hands its own stack, so that both windows undo in one order and
        # neither can undo onto a row the other changed since.
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.people: list[Any] = []
        self.attendance: list[Any] = []
        self._own_write = False
        self._saver = QTimer(self)
        self._saver.setInterval(SAVE_EVERY_MS)
        self._saver.timeout.connect(self.save_time)
        self._load()
        bus.changed.connect(self._on_changed)
        self.state.stepChanged.connect(self._on_step)
        self.state.runningChanged.connect(self._on_running)
        self.state.extraTimeChanged.connect(
            lambda step_id, seconds: self._write(set_extra_time, step_id, seconds)
        )
        self.exercises = ExerciseRun(self)

    @property
    def meeting(self) -> Any:
        """The meeting's current row."""
        return self.state.meeting

    @property
    def trajectory_id(self) -> str:
        """The trajectory the meeting belongs to."""
        return self.meeting.trajectory_id

    def worksheet_title(self, key: str | None) -> str:
        """The library's title of a worksheet, or an empty string."""
        titles = {sheet.key: sheet.title for sheet in self.library.worksheets()}
        return titles.get(key or "", "")

    # -- loading -----------------------------------------------------------------------------

    def _load(self) -> None:
        meeting = self.bus.query(meetings.get_meeting, self.meeting_id)
        self.state.set_meeting(meeting)
        self._set_agenda(meeting.current_step_id)
        if meeting.status == MeetingStatus.BEZIG and meeting.current_step_id is None:
            # A running meeting without a current step was at its closing step.
            self.state.go_to(len(self.state.steps))
        self._load_people()
        self.state.set_entries(
            self.bus.query(entries.list_entries, meeting.trajectory_id, meeting_id=meeting.id),
            self.bus.query(actions.list_actions, meeting.trajectory_id, meeting_id=meeting.id),
            {person.id: person.name for person in self.people},
        )
        if meeting.status == MeetingStatus.BEZIG:
            self.state.set_phase(RUNNING)
            self._saver.start()

    def _set_agenda(self, current_step_id: str | None = None) -> None:
        """The agenda items and the script steps the console runs, in order."""
        agenda = self.bus.query(meetings.list_agenda, self.meeting_id)
        self.state.set_items(agenda)
        self.state.set_agenda([step for item in agenda for step in item.steps], current_step_id)

    def _load_people(self) -> None:
        self.people = self.bus.query(people.list_people, self.trajectory_id)
        self.attendance = self.bus.query(meetings.list_attendance, self.meeting_id)

    def person(self, person_id: str) -> Any:
        """The person with this id among the trajectory's people, or None."""
        return next((person for person in self.people if person.id == person_id), None)

    def people_for_owner(self) -> list[tuple[str, str]]:
        """(id, name) of people who may own an action: those present first, then the rest."""
        present = {row.person_id for row in self.attendance if row.status == "aanwezig"}
        ordered = sorted(self.people, key=lambda person: person.id not in present)
        return [(person.id, person.name) for person in ordered if not person.forgotten]

    # -- starting and finishing --------------------------------------------------------------

    def begin(self) -> bool:
        """Start (or resume) the meeting: status 'bezig', at its current step."""
        if self.state.phase == RUNNING:
            return True
        if self.bus.run(meetings.start_meeting, self.meeting_id) is None:
            return False
        meeting = self.bus.query(meetings.get_meeting, self.meeting_id)
        self.state.set_meeting(meeting)
        self.state.set_agenda(self.state.steps, meeting.current_step_id)
        self.state.set_phase(RUNNING)
        self._saver.start()
        return True

    def finish(self) -> bool:
        """Record the time and mark the meeting as held."""
        self.save_time()
        if self.bus.run(meetings.end_meeting, self.meeting_id) is None:
            return False
        self._saver.stop()
        self.state.set_phase(FINISHED)
        return True

    def close(self) -> None:
        """Store the time spent; the meeting stays 'bezig', so reopening resumes it."""
        self.state.pause()
        self.save_time()
        self._saver.stop()
        self.bus.changed.disconnect(self._on_changed)
        self.exercises.detach()

    def save_time(self) -> None:
        """Write the seconds spent since the last save to the script steps."""
        for step_id, seconds in self.state.take_unsaved():
            self._write(meetings.add_spent_time, step_id, seconds)

    def _on_step(self, index: int) -> None:
        if self.state.phase != RUNNING:
            return
        self.save_time()
        step = self.state.current_step
        step_id = step.id if step is not None else None
        if step_id != self.meeting.current_step_id:
            if self._write(meetings.set_current_step, self.meeting_id, step_id) is not None:
                self.state.set_meeting(self.bus.query(meetings.get_meeting, self.meeting_id))

    def _on_running(self, running: bool) -> None:
        if not running:
            self.save_time()

    def _write(self, service: Callable[..., Changes], *args: Any) -> Changes | None:
        self._own_write = True
        try:
            return self.bus.run(service, *args)
        finally:
            self._own_write = False

    # -- capturing and correcting ------------------------------------------------------------

    def capture(self, parsed: Capture, owner_person_id: str | None = None) -> bool:
        """File one entry under the current step (and its worksheet), undoably."""
        step = self.state.current_step
        fields = entry_fields(parsed, owner_person_id)
        fields["script_step_id"] = step.id if step is not None else None
        command = CreateCommand(
            self.bus,
            self.tr("File entry"),
            lambda: self.bus.run(
                entries.capture_entry, self.trajectory_id, meeting_id=self.meeting_id, **fields
            ),
            entries.delete_entry,
            entries.restore_entry,
        )
        self.undo_stack.push(command)
        return command.created_id is not None

    def delete_entry(self, entry_id: str) -> None:
        """Delete an entry (and the agreement or action made from it), undoably."""
        self.undo_stack.push(
            DeleteCommand(
                self.bus,
                self.tr("Delete entry"),
                entry_id,
                entries.delete_entry,
                entries.restore_entry,
            )
        )

    def edit_entry(self, entry: Any, fields: dict[str, Any], action_fields: dict[str, Any]) -> None:
        """Correct or re-file an entry in place, as one undo step: it keeps its time and its
        decision number, exactly as when corrected in the main window's Notities tab."""
        stack = self.undo_stack
        stack.beginMacro(self.tr("Edit entry"))
        try:
            if fields["kind"] != entry.kind:
                self._refile(entry, fields, action_fields)
            else:
                self._update(entry, fields, entries.update_entry)
                action = self.state.actions.get(entry.id)
                if action is not None:
                    self._update(
                        action, {**action_fields, "what": fields["text"]}, actions.update_action
                    )
        finally:
            stack.endMacro()

    def _update(self, row: Any, fields: dict[str, Any], service: Callable[..., Changes]) -> None:
        new = {name: value for name, value in fields.items() if getattr(row, name) != value}
        if new:
            old = {name: getattr(row, name) for name in new}
            self.undo_stack.push(
                UpdateCommand(
                    self.bus, self.tr("Edit entry"), row.id, service, old, new, row.row_version
                )
            )

    def _refile(self, entry: Any, fields: dict[str, Any], action_fields: dict[str, Any]) -> None:
        """Another kind for the entry; undo files it back and takes away an action that the
        re-file gave someone (filing it back alone would leave an owned action standing)."""
        new = {name: value for name, value in fields.items() if getattr(entry, name) != value}
        old = {name: getattr(entry, name) for name in new}
        made_for = action_fields if fields["kind"] == EntryKind.ACTIE else {}
        had_action = entry.id in self.state.actions

        def undo() -> None:
            self.bus.run(entries.update_entry, entry.id, **old)
            if not had_action and (action := self._actions_by_entry().get(entry.id)):
                self.bus.run(actions.delete_action, action.id)

        self.undo_stack.push(
            CallCommand(
                self.bus,
                self.tr("Edit entry"),
                lambda: self.bus.run(entries.update_entry, entry.id, **new, **made_for),
                undo,
            )
        )

    # -- keeping the run state current -------------------------------------------------------

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("entries"):
            # One read of the actions and one redraw, also for a captured action.
            ids = changes.ids_of("entries")
            by_entry = self._actions_by_entry() if changes.touches("actions") else None
            if by_entry is not None:
                self.state.actions = by_entry
                if not ids:
                    self.state.entriesChanged.emit()
            self._refresh_entries(ids, changes.views, by_entry)
        elif changes.touches("actions"):
            self._refresh_actions()
        if changes.touches("agenda_items", "script_steps") and not self._own_write:
            self._set_agenda()
        if changes.touches("people", "attendance"):
            self._load_people()
            self.state.set_names({person.id: person.name for person in self.people})
            self.peopleChanged.emit()
        if self.meeting_id in changes.ids_of("meetings") and not self._own_write:
            self.state.set_meeting(self.bus.query(meetings.get_meeting, self.meeting_id))

    def _refresh_entries(
        self, ids: Iterable[str], known: Mapping[str, Any], by_entry: dict[str, Any] | None = None
    ) -> None:
        for entry_id in ids:
            try:
                entry = known.get(entry_id) or self.bus.query(entries.get_entry, entry_id)
            except NotFound:
                self.state.drop_entry(entry_id)
                continue
            if entry.meeting_id != self.meeting_id:
                self.state.drop_entry(entry_id)
                continue
            action = None
            if entry.kind == EntryKind.ACTIE:
                action = (by_entry if by_entry is not None else self._actions_by_entry()).get(
                    entry.id
                )
            self.state.put_entry(entry, action)

    def _refresh_actions(self) -> None:
        self.state.actions = self._actions_by_entry()
        self.state.entriesChanged.emit()

    def _actions_by_entry(self) -> dict[str, Any]:
        found = self.bus.query(actions.list_actions, self.trajectory_id, meeting_id=self.meeting_id)
        return {action.entry_id: action for action in found if action.entry_id}
