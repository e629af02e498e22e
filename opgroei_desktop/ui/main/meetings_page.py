"""The meetings of a trajectory: a list by date beside the selected meeting's editor.

"Plan a meeting" creates one straight away (a week from today at 19:30, everyone taking part
invited) and puts the cursor in its title, so planning is typing, not filling in a dialog.
Held meetings say in words whether their minutes are still a draft or adopted, and when.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QModelIndex, QObject, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStackedWidget,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ...core.changes import Changes
from ...core.services import meetings, people
from ...core.vocab import NEGOTIATING_PARTIES, MeetingStatus
from .. import labels
from ..common.context import Workbench, concerns
from ..common.widgets import (
    SUBTITLE_ROLE,
    ReadsWhenShown,
    TwoLineDelegate,
    button,
    label,
    plain_tip,
)
from ..theme import COLOURS
from ..undo import CreateCommand, DeleteCommand
from .meeting_editor import MeetingEditor

ID_ROLE = Qt.ItemDataRole.UserRole
MINUTES_ROLE = Qt.ItemDataRole.UserRole + 2
"""Item data role: the state of a held meeting's minutes, in words (a third line)."""
ADOPTED_ROLE = Qt.ItemDataRole.UserRole + 3
DEFAULT_START = time(19, 30)
DRAFT = (MeetingStatus.GEHOUDEN, MeetingStatus.VERSLAG_CONCEPT)


def default_start(today: date | None = None) -> datetime:
    """A week from today at half past seven in the evening, when most of these meetings are."""
    day = (today or date.today()) + timedelta(days=7)
    return datetime.combine(day, DEFAULT_START)


class MeetingDelegate(TwoLineDelegate):
    """Title and date, and for a held meeting a third line saying how far its minutes are."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().paint(painter, option, index)
        state = str(index.data(MINUTES_ROLE) or "")
        if not state:
            return
        painter.save()
        font = QFont(option.font)
        font.setBold(True)
        painter.setFont(font)
        line = painter.fontMetrics().height()
        rect = option.rect.adjusted(12, 6, -10, -6)
        adopted = bool(index.data(ADOPTED_ROLE))
        painter.setPen(QColor(COLOURS.ok if adopted else COLOURS.warning))
        below = QRect(rect.left(), rect.top() + 2 * (line + 2), rect.width(), line)
        elided = painter.fontMetrics().elidedText(state, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(below, Qt.AlignmentFlag.AlignLeft, elided)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        size = super().sizeHint(option, index)
        if index.data(MINUTES_ROLE):
            size.setHeight(size.height() + option.fontMetrics.height() + 2)
        return size


class MeetingsPage(ReadsWhenShown, QWidget):
    """Meetings by date, and the one being edited."""

    def __init__(self, work: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.work = work
        self.trajectory_id: str | None = None
        self._meetings: dict[str, Any] = {}
        self._runner: QWidget | None = None
        self._runner_meeting: str | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        self.plan_button = button(self.tr("P&lan a meeting"), primary=True)
        column.addWidget(self.plan_button)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Meetings"))
        self.list.setItemDelegate(MeetingDelegate(self.list))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left.setMinimumWidth(240)
        column.addWidget(self.list, 1)
        self.empty = label(self.tr("No meetings yet."), "muted")
        column.addWidget(self.empty)
        row = QHBoxLayout()
        self.delete_button = button(self.tr("Delete meeting"))
        row.addWidget(self.delete_button)
        row.addStretch(1)
        column.addLayout(row)
        splitter.addWidget(left)
        self.stack = QStackedWidget()
        self.placeholder = label(
            self.tr("Choose a meeting in the list, or plan a new one."), "muted"
        )
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.editor = MeetingEditor(work)
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self.editor)
        splitter.addWidget(self.stack)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, 720])
        outer.addWidget(splitter)
        self.plan_button.clicked.connect(self.plan_meeting)
        self.delete_button.clicked.connect(self.delete_current)
        self.list.currentItemChanged.connect(self._current_changed)
        self.editor.start_requested.connect(self.start_meeting)
        work.bus.changed.connect(self._on_changed)

    def show_trajectory(self, trajectory_id: str | None) -> None:
        if trajectory_id != self.trajectory_id:
            self.list.clear()
            self.editor.show_meeting(None, None)
        self.trajectory_id = trajectory_id
        self.mark_stale()

    def refresh(self) -> None:
        self._stale = False
        if self.trajectory_id is None:
            return
        found = self.work.query(meetings.list_meetings, self.trajectory_id)
        self._meetings = {m.id: m for m in found}
        current = self.current_id()
        self.list.blockSignals(True)
        self.list.clear()
        for meeting in reversed(found):
            when = labels.moment(meeting.starts_at)
            state = self.minutes_state(meeting)
            # A held meeting's third line tells its minutes' state, so its status is not repeated.
            subtitle = when if state else f"{when} · {labels.meeting_status(meeting.status)}"
            item = QListWidgetItem(meeting.title)
            item.setData(ID_ROLE, meeting.id)
            item.setData(SUBTITLE_ROLE, subtitle)
            item.setData(MINUTES_ROLE, state)
            item.setData(ADOPTED_ROLE, meeting.status == MeetingStatus.VERSLAG_VASTGESTELD)
            lines = [meeting.title, subtitle, state]
            item.setData(Qt.ItemDataRole.AccessibleTextRole, ". ".join(filter(None, lines)))
            item.setToolTip(plain_tip("\n".join(filter(None, lines))))
            self.list.addItem(item)
        self.list.blockSignals(False)
        if current is None and found:
            current = self._first_to_show(found)
        self.select(current)
        self.empty.setVisible(not found)
        self._show_current()

    def minutes_state(self, meeting: Any) -> str:
        """For a held meeting whether its minutes are a draft or adopted (and when); else ""."""
        if meeting.status in DRAFT:
            return self.tr("Minutes: draft")
        if meeting.status != MeetingStatus.VERSLAG_VASTGESTELD:
            return ""
        agreed = [
            on
            for on in (getattr(meeting, f"agreed_{p.value}_on") for p in NEGOTIATING_PARTIES)
            if on is not None
        ]
        if not agreed:
            return self.tr("Minutes adopted")
        return self.tr("Adopted on %1").replace("%1", labels.day(max(agreed)))

    @staticmethod
    def _first_to_show(found: list[Any]) -> str:
        """The next planned meeting, or else the latest one."""
        planned = [m for m in found if m.status == MeetingStatus.GEPLAND]
        return (planned or found[::-1])[0].id

    def select(self, meeting_id: str | None) -> None:
        for index in range(self.list.count()):
            item = self.list.item(index)
            if item.data(ID_ROLE) == meeting_id:
                self.list.setCurrentItem(item)
                return

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def open_meeting(self, meeting_id: str) -> None:
        if self._stale:
            self.refresh()
        self.select(meeting_id)

    def plan_meeting(self) -> None:
        """Create a meeting with sensible defaults and put the cursor in its title."""
        trajectory_id = self.trajectory_id
        if trajectory_id is None:
            return
        self.work.saves.flush_all()
        invite = tuple(
            p.id
            for p in self.work.query(people.list_people, trajectory_id, include_left=False)
            if not p.forgotten
        )
        number = len(self.work.query(meetings.list_meetings, trajectory_id)) + 1
        fields = {
            "title": self.tr("Meeting %1").replace("%1", str(number)),
            "starts_at": default_start(),
        }
        bus = self.work.bus
        command = CreateCommand(
            bus,
            self.tr("Plan a meeting"),
            lambda: bus.run(meetings.plan_meeting, trajectory_id, invite=invite, **fields),
            meetings.delete_meeting,
            meetings.restore_meeting,
        )
        if not self.work.push(command):
            return
        if self._stale:
            self.refresh()
        self.select(command.created_id)
        self.editor.tabs.setCurrentIndex(0)
        self.editor.title.setFocus()
        self.editor.title.selectAll()

    def delete_current(self) -> None:
        meeting_id = self.current_id()
        if meeting_id is None:
            return
        self.work.saves.flush_all()
        self.work.push(
            DeleteCommand(
                self.work.bus,
                self.tr("Delete meeting"),
                meeting_id,
                meetings.delete_meeting,
                meetings.restore_meeting,
            )
        )

    def start_meeting(self, meeting_id: str) -> None:
        """Open the meeting runner (built elsewhere) on this meeting, or bring back the one
        already open for it."""
        from ..run import open_meeting_runner

        if self._runner is None or self._runner_meeting != meeting_id:
            self._runner = open_meeting_runner(
                self.work.bus,
                self.work.library,
                self.work.settings,
                meeting_id,
                parent=self.window(),
                undo_stack=self.work.undo,
            )
            self._runner_meeting = meeting_id
            self._runner.installEventFilter(self)
        self._runner.show()
        self._runner.raise_()
        self._runner.activateWindow()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Close and isinstance(watched, QWidget):
            # Look after the close has happened: the console may still refuse it.
            QTimer.singleShot(0, self, lambda: self._drop_runner(watched))
        return super().eventFilter(watched, event)

    def _drop_runner(self, runner: QWidget) -> None:
        """Free a closed console (and its projector) instead of keeping it hidden."""
        if not shiboken6.isValid(runner) or runner.isVisible():
            return
        runner.removeEventFilter(self)
        if runner is self._runner:
            self._runner, self._runner_meeting = None, None
        runner.deleteLater()

    def _show_current(self) -> None:
        meeting = self._meetings.get(self.current_id() or "")
        self.delete_button.setEnabled(meeting is not None)
        self.stack.setCurrentWidget(self.editor if meeting else self.placeholder)
        self.editor.show_meeting(self.trajectory_id, meeting)

    def _current_changed(self, *_args: object) -> None:
        self._show_current()

    def _on_changed(self, changes: Changes) -> None:
        if concerns(changes, self.trajectory_id, "meetings"):
            self.mark_stale()
