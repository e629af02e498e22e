"""One meeting: its details and who is invited, its agenda, and (once held) its entries and
minutes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.changes import Changes
from ...core.services import meetings, people
from ...core.vocab import NEGOTIATING_PARTIES, MeetingStatus
from .. import labels
from ..common.autosave import AutoSaver
from ..common.context import Workbench, concerns
from ..common.widgets import button, combo, label, plain_tip
from ..undo import CallCommand
from .agenda_editor import AgendaEditor
from .entries_editor import EntriesEditor
from .minutes_panel import MinutesPanel
from .session_print import SessionPrintBar

ID_ROLE = Qt.ItemDataRole.UserRole
EDITABLE = ("title", "goal", "party", "starts_at", "location", "status", "minute_taker")
STARTABLE = (MeetingStatus.GEPLAND, MeetingStatus.BEZIG)
WRITTEN_UP = (MeetingStatus.VERSLAG_CONCEPT, MeetingStatus.VERSLAG_VASTGESTELD)


class InviteList(QListWidget):
    """Everyone still taking part (and anyone already invited), checked when invited."""

    def __init__(self, work: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.work = work
        self.meeting_id: str | None = None
        self.trajectory_id: str | None = None
        self.setAccessibleName(self.tr("Invited people"))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.itemChanged.connect(self._toggled)

    def show_meeting(self, trajectory_id: str | None, meeting_id: str | None) -> None:
        self.trajectory_id, self.meeting_id = trajectory_id, meeting_id
        self.refresh()

    def invited(self) -> set[str]:
        return {
            self.item(row).data(ID_ROLE)
            for row in range(self.count())
            if self.item(row).checkState() == Qt.CheckState.Checked
        }

    def refresh(self) -> None:
        self.blockSignals(True)
        self.clear()
        if self.meeting_id is not None and self.trajectory_id is not None:
            invited = {
                a.person_id for a in self.work.query(meetings.list_attendance, self.meeting_id)
            }
            for person in self.work.query(people.list_people, self.trajectory_id):
                taking_part = person.left_on is None and not person.forgotten
                if not taking_part and person.id not in invited:
                    continue
                details = ", ".join(p for p in (labels.party(person.party), person.function) if p)
                item = QListWidgetItem(f"{person.name} ({labels.party(person.party)})")
                item.setToolTip(plain_tip(f"{person.name} — {details}"))
                item.setData(ID_ROLE, person.id)
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsUserCheckable
                    | Qt.ItemFlag.ItemIsSelectable
                )
                checked = person.id in invited
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                self.addItem(item)
        self.blockSignals(False)

    def _toggled(self, item: QListWidgetItem) -> None:
        person_id, meeting_id = item.data(ID_ROLE), self.meeting_id
        bus = self.work.bus

        def invite() -> Changes | None:
            return bus.run(meetings.set_attendance, meeting_id, person_id)

        def uninvite() -> Changes | None:
            return bus.run(meetings.uninvite, meeting_id, person_id)

        if item.checkState() == Qt.CheckState.Checked:
            command = CallCommand(bus, self.tr("Invite"), invite, uninvite)
        else:
            command = CallCommand(bus, self.tr("Withdraw invitation"), uninvite, invite)
        self.work.push(command)


class MeetingEditor(QWidget):
    """Details, agenda, entries and minutes of one meeting; emits ``start_requested`` for the
    runner."""

    start_requested = Signal(str)

    def __init__(self, work: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.work = work
        self.meeting: Any = None
        self.trajectory_id: str | None = None
        self._status: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        heading = QVBoxLayout()
        self.heading = label("", "heading")
        self.subheading = label("", "muted")
        heading.addWidget(self.heading)
        heading.addWidget(self.subheading)
        header.addLayout(heading, 1)
        self.start_button = button(
            self.tr("&Start the meeting"),
            primary=True,
            tip=self.tr("Opens the meeting screen with timer, agenda and live capture"),
        )
        self.start_button.setMinimumHeight(46)
        header.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(header)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Meeting sections"))
        layout.addWidget(self.tabs, 1)
        details = QWidget()
        columns = QHBoxLayout(details)
        columns.setSpacing(16)
        form = QFormLayout()
        form.setSpacing(10)
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Title of the meeting"))
        self.goal = QPlainTextEdit()
        self.goal.setAccessibleName(self.tr("Goal of the meeting"))
        self.goal.setPlaceholderText(
            self.tr("What we want to have achieved together at the end (shown to the room)")
        )
        self.goal.setTabChangesFocus(True)
        self.goal.setFixedHeight(60)
        self.party = combo(self.tr("For whom"))
        self.party.addItem(self.tr("Both parties"), None)
        for code in NEGOTIATING_PARTIES:
            self.party.addItem(self.tr("Only %1").replace("%1", labels.party(code)), code.value)
        self.starts_at = QDateTimeEdit()
        self.starts_at.setCalendarPopup(True)
        self.starts_at.setDisplayFormat("dd-MM-yyyy  HH:mm")
        self.starts_at.setAccessibleName(self.tr("Date and time"))
        self.location = QLineEdit()
        self.location.setAccessibleName(self.tr("Location"))
        self.location.setPlaceholderText(self.tr("e.g. community centre, town hall room 2"))
        self.status = combo(self.tr("Status"))
        for code in labels.MEETING_STATUSES:
            self.status.addItem(labels.meeting_status(code), code)
        self.minute_taker = QLineEdit()
        self.minute_taker.setAccessibleName(self.tr("Minute-taker"))
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Goal"), self.goal)
        form.addRow(self.tr("For whom"), self.party)
        form.addRow(self.tr("Date and time"), self.starts_at)
        form.addRow(self.tr("Location"), self.location)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Minute-taker"), self.minute_taker)
        self.print_bar = SessionPrintBar(work)
        form.addRow("", self.print_bar)
        columns.addLayout(form, 3)
        invited = QVBoxLayout()
        self.invite_label = label(self.tr("Invited"), "subheading")
        invited.addWidget(self.invite_label)
        self.invites = InviteList(work)
        invited.addWidget(self.invites, 1)
        columns.addLayout(invited, 2)
        self.tabs.addTab(details, self.tr("Details and &invitations"))
        self.agenda = AgendaEditor(work)
        self.tabs.addTab(self.agenda, self.tr("A&genda"))
        self.entries = EntriesEditor(work)
        self.tabs.addTab(self.entries, self.tr("E&ntries"))
        self.minutes = MinutesPanel(work)
        self.minutes_tab = self.tabs.addTab(self.minutes, self.tr("Min&utes"))
        self.saver = AutoSaver(work, meetings.update_meeting, self.tr("Edit meeting"), self)
        for name, widget in (
            ("title", self.title),
            ("goal", self.goal),
            ("party", self.party),
            ("starts_at", self.starts_at),
            ("location", self.location),
            ("status", self.status),
            ("minute_taker", self.minute_taker),
        ):
            self.saver.bind(name, widget)
        self.starts_at.dateTimeChanged.connect(
            lambda value: self.agenda.set_start(value.toPython())
        )
        self.start_button.clicked.connect(self._start)
        work.bus.changed.connect(self._on_changed)

    def show_meeting(self, trajectory_id: str | None, meeting: Any) -> None:
        """Show ``meeting`` (a MeetingView) of ``trajectory_id``, or nothing."""
        self.trajectory_id = trajectory_id
        changed_meeting = (meeting.id if meeting else None) != (
            self.meeting.id if self.meeting else None
        )
        self.meeting = meeting
        if meeting is None:
            self.saver.clear()
            self.agenda.show_meeting(None, None)
            self.entries.show_meeting(None, None)
            self.invites.show_meeting(None, None)
            self.minutes.show_meeting(None, None)
            self.print_bar.show_meeting(None)
            self._status = None
            return
        self.saver.load(
            meeting.id, {name: getattr(meeting, name) for name in EDITABLE}, meeting.row_version
        )
        self.print_bar.show_meeting(meeting)
        self.heading.setText(meeting.title)
        self.subheading.setText(
            f"{labels.moment(meeting.starts_at)} · {labels.meeting_status(meeting.status)}"
        )
        resumable = meeting.status == MeetingStatus.BEZIG
        self.start_button.setText(
            self.tr("&Continue the meeting") if resumable else self.tr("&Start the meeting")
        )
        self.start_button.setAccessibleName(self.start_button.text().replace("&", ""))
        self.start_button.setVisible(meeting.status in STARTABLE)
        held = meeting.status not in STARTABLE
        just_finished = self._status in STARTABLE and held
        self._status = meeting.status
        self.tabs.setTabVisible(self.minutes_tab, held)
        self.minutes.show_meeting(trajectory_id, meeting if held else None)
        if changed_meeting:
            self.agenda.show_meeting(meeting.id, meeting.starts_at)
            self.entries.show_meeting(trajectory_id, meeting.id)
            self.invites.show_meeting(trajectory_id, meeting.id)
            self.tabs.setCurrentWidget(self._landing(meeting))
        else:
            self.agenda.set_start(self.starts_at.dateTime().toPython())
            if just_finished and meeting.ended_at is not None:
                self.tabs.setCurrentWidget(self.minutes)
        self._update_invite_label()

    def _landing(self, meeting: Any) -> QWidget:
        """Where a meeting opens: a planned one on its details; one finished with the runner
        (or already written up) on its minutes; one marked held by hand on its entries, to
        type up what was said."""
        if meeting.status in STARTABLE:
            return self.tabs.widget(0)
        if meeting.status in WRITTEN_UP or meeting.ended_at is not None:
            return self.minutes
        return self.entries

    def _update_invite_label(self) -> None:
        self.invite_label.setText(self.tr("Invited: %n", "", len(self.invites.invited())))

    def _start(self) -> None:
        if self.meeting is not None:
            self.work.saves.flush_all()
            self.start_requested.emit(self.meeting.id)

    def _on_changed(self, changes: Changes) -> None:
        if self.meeting is None or not concerns(changes, self.trajectory_id):
            return
        if changes.touches("attendance", "people"):
            self.invites.refresh()
            self._update_invite_label()
