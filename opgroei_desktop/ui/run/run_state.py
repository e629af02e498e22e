"""The one truth about a running meeting: which step, the clock, the screen flags, the entries.

The facilitator console and the projector both render from this object and change it only
through its methods; neither keeps its own copy. It holds no database session: the
``MeetingRun`` controller feeds it plain views and stores what it reports.
"""

from __future__ import annotations

import bisect
import time
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from ..exercises.words import RADAR, TREND

CHECK_IN = "check_in"
RUNNING = "running"
FINISHED = "finished"

DARK = "dark"
LIGHT = "light"


class RunState(QObject):
    """Current step, per-step clock, blank/privacy/theme flags and this meeting's entries.

    Steps are the script steps of all agenda items in order; the index one past the last step
    is the closing step, where the room checks what was decided. ``items`` are the agenda items
    (what the walk-in screen lists). Time is kept per step, starting from what the store
    already recorded, so a resumed meeting continues its clocks.
    """

    meetingChanged = Signal()
    agendaChanged = Signal()
    stepChanged = Signal(int)
    timerChanged = Signal()
    runningChanged = Signal(bool)
    blankChanged = Signal(bool)
    privacyChanged = Signal(bool)
    themeChanged = Signal(str)
    phaseChanged = Signal(str)
    entriesChanged = Signal()
    exerciseChanged = Signal(str)
    questionChanged = Signal()
    extraTimeChanged = Signal(str, int)
    recapChanged = Signal()

    TICK_MS = 250

    def __init__(
        self,
        clock: Callable[[], float] = time.monotonic,
        now: Callable[[], datetime] = datetime.now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock, self._now = clock, now
        self.meeting: Any = None
        self.steps: tuple[Any, ...] = ()
        self.items: tuple[Any, ...] = ()
        self.question = ""
        self.index = 0
        self.phase = CHECK_IN
        self.blank = False
        self.privacy = False
        self.theme = DARK
        self.entries: list[Any] = []
        self.actions: dict[str, Any] = {}
        self.names: dict[str, str] = {}
        self.exercise_data: dict[str, Any] = {}
        self.shown_card_id: str | None = None
        self.baseline_view = RADAR
        self.recap_page = 0
        self.recap_pages = 1
        self.baseline_revealed = False
        self._base: dict[str, float] = {}
        self._saved: dict[str, int] = {}
        self._extra: dict[str, int] = {}
        self._segment_start: float | None = None
        self._ticker = QTimer(self)
        self._ticker.setInterval(self.TICK_MS)
        self._ticker.timeout.connect(self.timerChanged)

    # -- the meeting and its agenda -------------------------------------------------------

    def set_meeting(self, meeting: Any) -> None:
        """The meeting's current row (title, start time, status)."""
        self.meeting = meeting
        self.meetingChanged.emit()

    def set_items(self, items: Iterable[Any]) -> None:
        """The agenda items (with their steps), for what the room sees before the start."""
        self.items = tuple(items)

    def item_of(self, step: Any) -> Any:
        """The agenda item a step belongs to, or None."""
        item_id = getattr(step, "agenda_item_id", None)
        return next((item for item in self.items if item.id == item_id), None)

    def set_agenda(self, steps: Iterable[Any], current_step_id: str | None = None) -> None:
        """The script steps in order; keeps the current step by id when it still exists."""
        keep = current_step_id or (self.current_step.id if self.current_step else None)
        self._fold_segment()
        self.steps = tuple(steps)
        for step in self.steps:
            if step.id not in self._base:
                self._base[step.id] = float(step.spent_seconds)
                self._saved[step.id] = int(step.spent_seconds)
                self._extra[step.id] = int(getattr(step, "extra_seconds", 0) or 0)
        ids = [step.id for step in self.steps]
        self.index = ids.index(keep) if keep in ids else min(self.index, len(self.steps))
        if self.running:
            self._segment_start = self._clock()
        self.agendaChanged.emit()
        self.stepChanged.emit(self.index)

    @property
    def current_step(self) -> Any:
        """The script step being run, or None at the closing step."""
        return self.steps[self.index] if self.index < len(self.steps) else None

    @property
    def at_closing(self) -> bool:
        """True at the closing step, after the last script step."""
        return self.index >= len(self.steps)

    def go_to(self, index: int) -> None:
        """Move to step ``index`` (the closing step is ``len(steps)``); the clock follows."""
        index = max(0, min(index, len(self.steps)))
        if index == self.index:
            return
        self._fold_segment()
        self.index = index
        self.show_question("")
        self.recap_page = 0
        if self.at_closing:
            self._set_running(False)
        elif self.running:
            self._segment_start = self._clock()
        self.stepChanged.emit(index)
        self.timerChanged.emit()

    def next_step(self) -> None:
        """Go to the next step (after the last one: the closing step); at the closing step,
        to the next page of the recap, and past its last page nowhere."""
        if self.at_closing:
            self.turn_recap(1)
        else:
            self.go_to(self.index + 1)

    def previous_step(self) -> None:
        """Go back one step; at the closing step first back through the recap's pages."""
        if not (self.at_closing and self.turn_recap(-1)):
            self.go_to(self.index - 1)

    def turn_recap(self, pages: int) -> bool:
        """Show another page of the closing recap; False when there is none that way."""
        page = max(0, min(self.recap_page + pages, self.recap_pages - 1))
        if page == self.recap_page:
            return False
        self.recap_page = page
        self.recapChanged.emit()
        return True

    def set_recap_pages(self, count: int) -> None:
        """How many pages the recap takes on the projector (the projector lays it out)."""
        self.recap_pages = max(1, count)
        self.recap_page = min(self.recap_page, self.recap_pages - 1)

    def show_question(self, text: str) -> None:
        """A conversation question the beamer shows instead of the step's prompt ("": none)."""
        if text != self.question:
            self.question = text
            self.questionChanged.emit()

    def set_phase(self, phase: str) -> None:
        """Check-in, running or finished."""
        if phase != RUNNING:
            self._set_running(False)
        if phase != self.phase:
            self.phase = phase
            self.phaseChanged.emit(phase)

    # -- the clock -------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        """True while the step clock runs."""
        return self._segment_start is not None

    def start(self) -> None:
        """Let the clock of the current step run."""
        if self.phase == RUNNING and not self.at_closing:
            self._set_running(True)

    def pause(self) -> None:
        """Stop the clock."""
        self._set_running(False)

    def toggle_running(self) -> None:
        """Start or pause the clock."""
        if self.running:
            self.pause()
        else:
            self.start()

    def add_minutes(self, minutes: int) -> None:
        """Give the current step more (or, negative, less) time; never below zero."""
        step = self.current_step
        if step is None:
            return
        extra = self._extra.get(step.id, 0) + minutes * 60
        self._extra[step.id] = max(extra, -step.minutes * 60)
        self.extraTimeChanged.emit(step.id, self._extra[step.id])
        self.timerChanged.emit()

    def elapsed(self, index: int | None = None) -> float:
        """Seconds spent on a step (default: the current one), including the running part."""
        index = self.index if index is None else index
        if index >= len(self.steps):
            return 0.0
        step_id = self.steps[index].id
        seconds = self._base.get(step_id, 0.0)
        if index == self.index and self._segment_start is not None:
            seconds += self._clock() - self._segment_start
        return seconds

    def budget(self, index: int | None = None) -> int:
        """Seconds planned for a step, with the minutes added during the meeting."""
        index = self.index if index is None else index
        if index >= len(self.steps):
            return 0
        step = self.steps[index]
        return step.minutes * 60 + self._extra.get(step.id, 0)

    def remaining(self, index: int | None = None) -> float:
        """Seconds left on a step; negative once it runs over."""
        return self.budget(index) - self.elapsed(index)

    def planned_end(self) -> datetime | None:
        """When the meeting was planned to end: its start plus the agenda's minutes."""
        start = getattr(self.meeting, "starts_at", None)
        if start is None and getattr(self.meeting, "started_at", None) is not None:
            start = self.meeting.started_at.astimezone().replace(tzinfo=None)
        if start is None:
            return None
        return start + timedelta(minutes=sum(step.minutes for step in self.steps))

    def projected_end(self) -> datetime:
        """When the meeting will end if the rest of the agenda keeps to its time."""
        later = sum(self.budget(index) for index in range(self.index + 1, len(self.steps)))
        left = max(0.0, self.remaining()) if not self.at_closing else 0.0
        return self._now().replace(microsecond=0) + timedelta(seconds=left + later)

    def take_unsaved(self) -> list[tuple[str, int]]:
        """Whole seconds spent since the last call, per script step, marked as saved now."""
        found = []
        for index, step in enumerate(self.steps):
            total = int(self.elapsed(index))
            delta = total - self._saved.get(step.id, 0)
            if delta > 0:
                self._saved[step.id] = total
                found.append((step.id, delta))
        return found

    def _set_running(self, running: bool) -> None:
        if running == self.running:
            return
        if running:
            self._segment_start = self._clock()
            self._ticker.start()
        else:
            self._fold_segment()
            self._segment_start = None
            self._ticker.stop()
        self.runningChanged.emit(running)
        self.timerChanged.emit()

    def _fold_segment(self) -> None:
        step = self.current_step
        if self._segment_start is None or step is None:
            return
        now = self._clock()
        self._base[step.id] = self._base.get(step.id, 0.0) + now - self._segment_start
        self._segment_start = now

    # -- what the room sees ----------------------------------------------------------------

    def set_blank(self, blank: bool) -> None:
        """Blank the projector (or show it again)."""
        if blank != self.blank:
            self.blank = blank
            self.blankChanged.emit(blank)

    def toggle_blank(self) -> None:
        """Blank or unblank the projector."""
        self.set_blank(not self.blank)

    def set_privacy(self, hidden: bool) -> None:
        """Hide the entries on the projector (or show them again)."""
        if hidden != self.privacy:
            self.privacy = hidden
            self.privacyChanged.emit(hidden)

    def toggle_privacy(self) -> None:
        """Hide or show the entries on the projector."""
        self.set_privacy(not self.privacy)

    def set_theme(self, theme: str) -> None:
        """Dark (light text on black) or light (black text on white)."""
        if theme in (DARK, LIGHT) and theme != self.theme:
            self.theme = theme
            self.themeChanged.emit(theme)

    def toggle_theme(self) -> None:
        """Switch between the dark and the light projector theme."""
        self.set_theme(LIGHT if self.theme == DARK else DARK)

    # -- entries -----------------------------------------------------------------------------

    def set_entries(
        self, entries: Iterable[Any], actions: Iterable[Any] = (), names: dict | None = None
    ) -> None:
        """This meeting's entries, the actions made from them and the names of people."""
        self.entries = sorted(entries, key=lambda entry: entry.captured_at)
        self.actions = {action.entry_id: action for action in actions if action.entry_id}
        if names is not None:
            self.names = dict(names)
        self.entriesChanged.emit()

    def put_entry(self, entry: Any, action: Any = None) -> None:
        """Add or replace one entry (and its action), keeping the capture order."""
        action = action or self.actions.get(entry.id)
        self._remove(entry.id)
        keys = [existing.captured_at for existing in self.entries]
        self.entries.insert(bisect.bisect_right(keys, entry.captured_at), entry)
        if action is not None:
            self.actions[entry.id] = action
        self.entriesChanged.emit()

    def drop_entry(self, entry_id: str) -> None:
        """Forget a deleted entry."""
        if self._remove(entry_id):
            self.entriesChanged.emit()

    def set_names(self, names: dict[str, str]) -> None:
        """Names of the trajectory's people, for owners of actions."""
        self.names = dict(names)
        self.entriesChanged.emit()

    def entries_of_step(self, step_id: str | None) -> list[Any]:
        """Entries filed under one script step, oldest first."""
        return [entry for entry in self.entries if entry.script_step_id == step_id]

    def entry(self, entry_id: str) -> Any:
        """The entry with this id, or None."""
        return next((entry for entry in self.entries if entry.id == entry_id), None)

    def _remove(self, entry_id: str) -> bool:
        for position, existing in enumerate(self.entries):
            if existing.id == entry_id:
                del self.entries[position]
                self.actions.pop(entry_id, None)
                return True
        return False

    # -- exercises ---------------------------------------------------------------------------

    @property
    def exercise(self) -> str | None:
        """The exercise of the current step while the meeting runs (baseline, scenarios, ...)."""
        step = self.current_step
        if self.phase != RUNNING or step is None:
            return None
        return getattr(step, "exercise", None) or None

    def set_exercise_data(self, exercise: str, data: Any) -> None:
        """What one exercise shows (its result, matrix or cards), loaded by the console."""
        self.exercise_data[exercise] = data
        self.exerciseChanged.emit(exercise)

    def show_card(self, card_id: str | None) -> None:
        """The assumption card the room sees now (None: the pile, nothing turned over)."""
        if card_id != self.shown_card_id:
            self.shown_card_id = card_id
            self.exerciseChanged.emit("assumption_cards")

    def reveal_baseline(self, shown: bool) -> None:
        """Show the baseline's result to the room, or hide it again while people score."""
        if shown != self.baseline_revealed:
            self.baseline_revealed = shown
            self.exerciseChanged.emit("baseline")

    def set_baseline_view(self, view: str) -> None:
        """Show the baseline as radar with differences, or as the trend over time."""
        if view in (RADAR, TREND) and view != self.baseline_view:
            self.baseline_view = view
            self.exerciseChanged.emit("baseline")
