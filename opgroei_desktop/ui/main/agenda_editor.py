"""Composing a meeting's agenda from the library's session formats.

A whole format adds all its steps (one undo step); a single step can be added too. Items are
reordered with buttons or Ctrl+Up/Down, their minutes and titles edited in place, and the
total time with the planned end time is shown as it changes.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.changes import Changes
from ...core.services import meetings
from ..undo import CallCommand, CreateCommand, DeleteCommand
from .autosave import AutoSaver
from .context import Workbench
from .widgets import ReadsWhenShown, button, combo, label

ID_ROLE = Qt.ItemDataRole.UserRole


class AgendaEditor(ReadsWhenShown, QWidget):
    """The agenda of one meeting."""

    def __init__(self, work: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.work = work
        self.meeting_id: str | None = None
        self.starts_at: datetime | None = None
        self.items: list[Any] = []
        self._worksheets = {w.key: w.title for w in work.library.worksheets()}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)
        picker = QGridLayout()
        picker.setHorizontalSpacing(8)
        self.formats = combo(self.tr("Session format"), 12)
        for session_format in work.library.formats:
            self.formats.addItem(
                self.tr("%1 (%2 min)")
                .replace("%1", session_format.title)
                .replace("%2", str(session_format.total_minutes)),
                session_format.key,
            )
        self.add_format_button = button(self.tr("Add &whole format"), primary=True)
        self.steps = combo(self.tr("Step of the session format"), 12)
        self.add_step_button = button(self.tr("Add this step"))
        self.add_own_button = button(self.tr("Add own item"))
        picker.addWidget(self.formats, 0, 0)
        picker.addWidget(self.add_format_button, 0, 1)
        picker.addWidget(self.steps, 1, 0)
        picker.addWidget(self.add_step_button, 1, 1)
        picker.setColumnStretch(0, 1)
        layout.addWidget(label(self.tr("Add from the library of session formats"), "subheading"))
        layout.addLayout(picker)
        self.list = QTreeWidget()
        self.list.setAccessibleName(self.tr("Agenda"))
        self.list.setHeaderLabels(
            [self.tr("Time"), self.tr("Item"), self.tr("Minutes"), self.tr("Worksheet")]
        )
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, header.ResizeMode.Stretch)
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, header.ResizeMode.ResizeToContents)
        layout.addWidget(self.list, 1)
        self.total = label("", "subheading")
        summary = QHBoxLayout()
        summary.addWidget(self.total, 1)
        summary.addWidget(self.add_own_button)
        layout.addLayout(summary)
        controls = QHBoxLayout()
        self.item_title = QLineEdit()
        self.item_title.setAccessibleName(self.tr("Title of the agenda item"))
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 600)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Minutes for the agenda item"))
        self.up_button = button(self.tr("Up"), tip=self.tr("Ctrl+Up"))
        self.down_button = button(self.tr("Down"), tip=self.tr("Ctrl+Down"))
        self.remove_button = button(self.tr("Remove"), tip=self.tr("Delete"))
        # Shortcuts only while the agenda has focus, so Delete elsewhere never removes an item.
        within = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence("Ctrl+Up"), self, lambda: self.move_current(-1), context=within)
        QShortcut(QKeySequence("Ctrl+Down"), self, lambda: self.move_current(1), context=within)
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete),
            self.list,
            self.remove_current,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        controls.addWidget(self.item_title, 1)
        controls.addWidget(self.minutes)
        controls.addWidget(self.up_button)
        controls.addWidget(self.down_button)
        controls.addWidget(self.remove_button)
        layout.addLayout(controls)
        self.empty = label(
            self.tr("The agenda is empty. Choose a session format above and add it."), "muted"
        )
        layout.addWidget(self.empty)
        self.saver = AutoSaver(work, meetings.update_agenda_item, self.tr("Edit agenda item"), self)
        self.saver.bind("title", self.item_title)
        self.saver.bind("minutes", self.minutes)
        self.formats.currentIndexChanged.connect(self._fill_steps)
        self.add_format_button.clicked.connect(self.add_format)
        self.add_step_button.clicked.connect(self.add_step)
        self.add_own_button.clicked.connect(self.add_own_item)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.remove_button.clicked.connect(self.remove_current)
        self.list.currentItemChanged.connect(self._current_changed)
        self.minutes.valueChanged.connect(self._update_total)
        work.bus.changed.connect(self._on_changed)
        self._fill_steps()
        self._current_changed(None, None)

    # -- showing -------------------------------------------------------------------------------

    def show_meeting(self, meeting_id: str | None, starts_at: datetime | None) -> None:
        if meeting_id != self.meeting_id:
            self.saver.clear()
        self.meeting_id = meeting_id
        self.starts_at = starts_at
        self.mark_stale()

    def set_start(self, starts_at: datetime | None) -> None:
        """The meeting's start changed (even before it is saved): recompute the times."""
        self.starts_at = starts_at
        self._update_total()

    def refresh(self) -> None:
        self._stale = False
        if self.meeting_id is None:
            return
        current = self.current_id()
        self.items = self.work.query(meetings.list_agenda, self.meeting_id)
        self.list.blockSignals(True)
        self.list.clear()
        for item in self.items:
            row = QTreeWidgetItem(
                ["", item.title, str(item.minutes), self._worksheets.get(item.worksheet or "", "")]
            )
            row.setData(0, ID_ROLE, item.id)
            row.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(row)
        self.list.blockSignals(False)
        self.select(current)
        self._current_changed(self.list.currentItem(), None)
        self.empty.setVisible(not self.items)

    def select(self, item_id: str | None) -> None:
        for index in range(self.list.topLevelItemCount()):
            row = self.list.topLevelItem(index)
            if row.data(0, ID_ROLE) == item_id:
                self.list.setCurrentItem(row)
                return

    def current_id(self) -> str | None:
        row = self.list.currentItem()
        return row.data(0, ID_ROLE) if row is not None else None

    # -- editing -------------------------------------------------------------------------------

    def add_format(self) -> None:
        """Add every step of the chosen format at the end, as one undo step."""
        session_format = self.work.library.format(self.formats.currentData())
        commands = [
            self._create(self.tr("Add agenda item"), step.agenda_fields(session_format.key))
            for step in session_format.steps
        ]
        text = self.tr("Add session format %1").replace("%1", session_format.title)
        self.work.macro(text, commands)
        self.list.setFocus()

    def add_step(self) -> None:
        session_format = self.work.library.format(self.formats.currentData())
        step = session_format.steps[max(0, self.steps.currentIndex())]
        command = self._create(self.tr("Add agenda item"), step.agenda_fields(session_format.key))
        if self.work.push(command):
            self.select(command.created_id)

    def add_own_item(self) -> None:
        fields = {"title": self.tr("New agenda item"), "minutes": 10}
        command = self._create(self.tr("Add agenda item"), fields)
        if self.work.push(command):
            self.select(command.created_id)
            self.item_title.setFocus()
            self.item_title.selectAll()

    def move_current(self, offset: int) -> None:
        item_id = self.current_id()
        ids = [item.id for item in self.items]
        if item_id not in ids:
            return
        old = ids.index(item_id)
        new = old + offset
        if not 0 <= new < len(ids):
            return
        self.saver.flush()
        bus = self.work.bus
        self.work.push(
            CallCommand(
                bus,
                self.tr("Move agenda item"),
                lambda: bus.run(meetings.move_agenda_item, item_id, new),
                lambda: bus.run(meetings.move_agenda_item, item_id, old),
            )
        )
        self.select(item_id)
        self.list.setFocus()

    def remove_current(self) -> None:
        item_id = self.current_id()
        if item_id is None:
            return
        self.saver.clear()
        self.work.push(
            DeleteCommand(
                self.work.bus,
                self.tr("Remove agenda item"),
                item_id,
                meetings.remove_agenda_item,
                meetings.restore_agenda_item,
            )
        )

    def _create(self, text: str, fields: dict[str, Any]) -> CreateCommand:
        bus, meeting_id = self.work.bus, self.meeting_id
        return CreateCommand(
            bus,
            text,
            lambda: bus.run(meetings.add_agenda_item, meeting_id, **fields),
            meetings.remove_agenda_item,
            meetings.restore_agenda_item,
        )

    # -- reacting ------------------------------------------------------------------------------

    def _fill_steps(self) -> None:
        self.steps.clear()
        key = self.formats.currentData()
        if key is None:
            return
        for step in self.work.library.format(key).steps:
            self.steps.addItem(
                self.tr("%1 (%2 min)").replace("%1", step.title).replace("%2", str(step.minutes)),
                step.key,
            )

    def _current_changed(self, row: QTreeWidgetItem | None, _previous: object) -> None:
        item_id = row.data(0, ID_ROLE) if row is not None else None
        item = next((i for i in self.items if i.id == item_id), None)
        for widget in (
            self.item_title,
            self.minutes,
            self.up_button,
            self.down_button,
            self.remove_button,
        ):
            widget.setEnabled(item is not None)
        if item is None:
            self.saver.clear()
        else:
            self.saver.load(item.id, {"title": item.title, "minutes": item.minutes})
        self._update_total()

    def _update_total(self) -> None:
        """Each item's start time, the total, and the planned end, using any minutes being typed."""
        current = self.current_id()
        total = 0
        for index in range(self.list.topLevelItemCount()):
            row = self.list.topLevelItem(index)
            item = self.items[index] if index < len(self.items) else None
            minutes = (
                self.minutes.value()
                if row.data(0, ID_ROLE) == current
                else (item.minutes if item else 0)
            )
            row.setText(2, str(minutes))
            start = self.starts_at + timedelta(minutes=total) if self.starts_at else None
            row.setText(0, f"{start:%H:%M}" if start else "")
            total += minutes
        if self.starts_at is None:
            text = self.tr("Total: %n minutes", "", total)
        else:
            end = self.starts_at + timedelta(minutes=total)
            text = (
                self.tr("Total: %n minutes", "", total)
                + " · "
                + self.tr("from %1 to %2")
                .replace("%1", f"{self.starts_at:%H:%M}")
                .replace("%2", f"{end:%H:%M}")
            )
        self.total.setText(text)

    def _on_changed(self, changes: Changes) -> None:
        if changes.kind == "agenda_items" and self.meeting_id is not None:
            self.mark_stale()
