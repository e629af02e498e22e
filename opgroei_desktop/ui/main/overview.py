"""The trajectory overview: the process picture, and beside it what needs attention now —
the preconditions, the next meeting, open and overdue actions, the next milestone."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...core.changes import Changes
from ...core.services import actions, handover, meetings, milestones, trajectories, worksheet_data
from ...core.vocab import NEGOTIATING_PARTIES, MeetingStatus, PreconditionKey
from .. import labels
from ..common.context import Workbench, concerns
from ..common.widgets import NARROW_BELOW, NARROW_SIDE_WIDTH, SIDE_WIDTH, button, card, label
from ..theme import COLOURS
from .process_picture import ProcessPicture

OVERDUE_SHOWN = 3


class OverviewPage(QWidget):
    """The first page of a trajectory; emits requests to open a worksheet or a meeting."""

    open_worksheet = Signal(str)
    open_meeting = Signal(str)
    resume_meeting = Signal(str)
    plan_meeting = Signal()

    _PARTS = {
        "tallies": ("entries", "agreements"),
        "preconditions": ("preconditions",),
        "meeting": ("meetings", "people"),
        "actions": ("actions", "entries", "people"),
        "milestone": ("milestones",),
    }
    """Which part of the page each kind of change makes stale; only those are read again."""

    def __init__(self, work: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.work = work
        self.trajectory_id: str | None = None
        self._stale: set[str] = set()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(12)
        self.picture = ProcessPicture(work.library)
        self.picture.open_worksheet.connect(self.open_worksheet)
        layout.addWidget(self.picture, 1)
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 4, 0)
        column.setSpacing(12)
        self.preconditions_card, body = card(self.tr("Preconditions"))
        self.precondition_states = _precondition_grid(body)
        self.meeting_card, body = card(self.tr("Next meeting"))
        self.meeting_text = _lines(body)
        row = QHBoxLayout()
        self.resume_button = button(
            self.tr("Resume"), self.tr("Resume the meeting that is still running"), primary=True
        )
        row.addWidget(self.resume_button)
        self.meeting_button = button(self.tr("Open"), self.tr("Open the next meeting"))
        self.plan_button = button(self.tr("Plan a meeting"))
        row.addWidget(self.meeting_button)
        row.addWidget(self.plan_button)
        row.addStretch(1)
        body.addLayout(row)
        self.newcomers_hint = label()
        self.newcomers_hint.setWordWrap(True)
        self.newcomers_hint.setAccessibleName(self.tr("Suggestion after a change at the table"))
        body.addWidget(self.newcomers_hint)
        self.actions_card, body = card(self.tr("Actions"))
        self.actions_text = _lines(body)
        self.overdue_head = label("", "overdue")
        self.overdue_text = label()
        self.overdue_text.setStyleSheet(f"color: {COLOURS.error};")
        body.addWidget(self.overdue_head)
        body.addWidget(self.overdue_text)
        self.leavers_text = label()
        self.leavers_text.setWordWrap(True)
        self.leavers_text.setStyleSheet(f"color: {COLOURS.error};")
        body.addWidget(self.leavers_text)
        self.milestone_card, body = card(self.tr("Next milestone"))
        self.milestone_text = _lines(body)
        for frame in (
            self.preconditions_card,
            self.meeting_card,
            self.actions_card,
            self.milestone_card,
        ):
            column.addWidget(frame)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(side)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFixedWidth(SIDE_WIDTH)
        layout.addWidget(scroll)
        self.side = scroll
        self._next_meeting_id: str | None = None
        self._running_meeting_id: str | None = None
        self.resume_button.clicked.connect(
            lambda: self._running_meeting_id and self.resume_meeting.emit(self._running_meeting_id)
        )
        self.meeting_button.clicked.connect(
            lambda: self._next_meeting_id and self.open_meeting.emit(self._next_meeting_id)
        )
        self.plan_button.clicked.connect(self.plan_meeting)
        work.bus.changed.connect(self._on_changed)

    def show_trajectory(self, trajectory_id: str | None) -> None:
        self.trajectory_id = trajectory_id
        self._stale = set(self._PARTS)
        self._refresh_stale()

    def showEvent(self, event: object) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self._refresh_stale()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.side.setFixedWidth(SIDE_WIDTH if self.width() >= NARROW_BELOW else NARROW_SIDE_WIDTH)

    def _on_changed(self, changes: Changes) -> None:
        if not concerns(changes, self.trajectory_id):
            return
        for part, kinds in self._PARTS.items():
            if changes.touches(*kinds):
                self._stale.add(part)
        if self.isVisible():
            self._refresh_stale()

    def _refresh_stale(self) -> None:
        if self.trajectory_id is None:
            return
        stale, self._stale = self._stale, set()
        for part in stale:
            getattr(self, f"_refresh_{part}")()

    def _refresh_tallies(self) -> None:
        self.picture.set_tallies(
            self.work.query(worksheet_data.worksheet_tallies, self.trajectory_id)
        )

    def _refresh_preconditions(self) -> None:
        found = {
            (row.key, row.party): row
            for row in self.work.query(trajectories.list_preconditions, self.trajectory_id)
        }
        for (key, party), state_label in self.precondition_states.items():
            row = found.get((key, party))
            if row is not None and row.confirmed_on:
                state = self.tr("✓ confirmed %1").replace("%1", labels.day(row.confirmed_on))
            elif row is not None and row.left_open:
                state = self.tr("○ still open")
            else:
                state = self.tr("○ not discussed yet")
            state_label.setText(state)

    def _refresh_meeting(self) -> None:
        found = self.work.query(meetings.list_meetings, self.trajectory_id)
        running = next((m for m in found if m.status == MeetingStatus.BEZIG), None)
        self._running_meeting_id = running.id if running else None
        self.resume_button.setVisible(running is not None)
        if running is not None:
            # A meeting left running (closed console, crash) comes first: resume it.
            self._next_meeting_id = None
            _set_lines(
                self.meeting_text,
                [(self.tr("Meeting still running"), "strong"), (running.title, "")],
            )
            self.meeting_button.hide()
            self.plan_button.setText(self.tr("Plan another"))
            return
        planned = [m for m in found if m.status == MeetingStatus.GEPLAND]
        now = datetime.now()
        upcoming = [m for m in planned if m.starts_at is None or m.starts_at >= now]
        chosen = (upcoming or planned or [None])[0]
        self._next_meeting_id = chosen.id if chosen else None
        if chosen is None:
            _set_lines(self.meeting_text, [(self.tr("No meeting planned."), "muted")])
        else:
            lines = [(chosen.title, "strong"), (labels.moment(chosen.starts_at), "")]
            if chosen.location:
                lines.append((chosen.location, "muted"))
            _set_lines(self.meeting_text, lines)
        left = self.work.query(handover.left_since_last_meeting, self.trajectory_id)
        if left:
            self.newcomers_hint.setText(
                self.tr(
                    "%n person(s) left the table since the last meeting. For the next meeting, "
                    "consider the format “Nieuwe mensen aan tafel”.",
                    "",
                    len(left),
                )
            )
        self.newcomers_hint.setVisible(bool(left))
        self.meeting_button.setVisible(chosen is not None)
        self.plan_button.setText(
            self.tr("Plan another") if chosen is not None else self.tr("Plan a meeting")
        )

    def _refresh_actions(self) -> None:
        found = self.work.query(actions.list_actions, self.trajectory_id, open_only=True)
        overdue = [a for a in found if actions.is_overdue(a)]
        lines = [(self.tr("%n open action(s)", "", len(found)), "strong" if found else "muted")]
        _set_lines(self.actions_text, lines)
        if overdue:
            shown = [
                self.tr("• %1 — was due %2")
                .replace("%1", _short(a.what, 48))
                .replace("%2", labels.day(a.due_on))
                for a in overdue[:OVERDUE_SHOWN]
            ]
            head = self.tr("%n overdue:", "", len(overdue))
            more = len(overdue) - OVERDUE_SHOWN
            tail = [self.tr("and %n more", "", more)] if more > 0 else []
            self.overdue_head.setText(head)
            self.overdue_text.setText("\n".join([*shown, *tail]))
        self.overdue_head.setVisible(bool(overdue))
        self.overdue_text.setVisible(bool(overdue))
        orphaned = self.work.query(handover.open_actions_of_leavers, self.trajectory_id)
        self.leavers_text.setText(
            self.tr(
                "%n action(s) still with someone who left: to be handed over.", "", len(orphaned)
            )
        )
        self.leavers_text.setVisible(bool(orphaned))

    def _refresh_milestone(self) -> None:
        milestone = self.work.query(milestones.next_milestone, self.trajectory_id)
        if milestone is None:
            _set_lines(self.milestone_text, [(self.tr("No milestone agreed yet."), "muted")])
            return
        lines = [(milestone.title, "strong")]
        if milestone.due_on:
            lines.append((labels.day(milestone.due_on), ""))
        if milestone.criteria:
            lines.append((_short(milestone.criteria, 160), "muted"))
        _set_lines(self.milestone_text, lines)


def _short(text: str, length: int) -> str:
    """One line of at most ``length`` characters."""
    line = " ".join(text.split())
    return line if len(line) <= length else line[: length - 1].rstrip() + "…"


def _precondition_grid(body: QVBoxLayout) -> dict[tuple[str, str], QLabel]:
    """Per precondition a heading, then one line per party; returns the state labels."""
    grid = QGridLayout()
    grid.setHorizontalSpacing(10)
    grid.setVerticalSpacing(3)
    states: dict[tuple[str, str], QLabel] = {}
    row = 0
    for key in PreconditionKey:
        heading = label(labels.precondition(key))
        heading.setStyleSheet("font-weight: bold;")
        grid.addWidget(heading, row, 0, 1, 2)
        row += 1
        for party in NEGOTIATING_PARTIES:
            grid.addWidget(label(labels.party(party), wrap=False), row, 0)
            states[(key.value, party.value)] = label()
            grid.addWidget(states[(key.value, party.value)], row, 1)
            row += 1
    grid.setColumnStretch(1, 1)
    body.addLayout(grid)
    return states


def _lines(body: QVBoxLayout) -> QVBoxLayout:
    """A sub-layout of plain labels that ``_set_lines`` fills."""
    box = QVBoxLayout()
    box.setSpacing(3)
    body.addLayout(box)
    return box


def _set_lines(box: QVBoxLayout, lines: list[tuple[str, str]]) -> None:
    while box.count() < len(lines):
        box.addWidget(label())
    for index in range(box.count()):
        widget = box.itemAt(index).widget()
        assert isinstance(widget, QLabel)
        if index < len(lines):
            text, style = lines[index]
            widget.setText(text)
            widget.setProperty("role", "muted" if style == "muted" else None)
            widget.setStyleSheet("font-weight: bold;" if style == "strong" else "")
            widget.style().unpolish(widget)
            widget.style().polish(widget)
            widget.show()
        else:
            widget.hide()
