"""Composing a meeting's agenda and its script (draaiboek) from the library's session formats.

The tree shows the agenda items (what the invitation and the minutes list) with their script
steps below (what the console runs). A whole format becomes one agenda item with all its steps;
a single library step or an own item becomes an item with one step. A step's title, minutes,
room prompt and instructions can be tailored for this meeting, and a library step can go back
to the library's text. Rows move with buttons or Ctrl+Up/Down; the total time and the planned
end are shown as they change.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.changes import Changes
from ...core.services import meetings
from ..common.autosave import AutoSaver
from ..common.context import Workbench
from ..common.widgets import ReadsWhenShown, button, combo, label, scrolling
from ..undo import CallCommand, CreateCommand, DeleteCommand
from .library_browser import LibraryBrowser

ID_ROLE = Qt.ItemDataRole.UserRole
ITEM, STEP = "item", "step"


class AgendaEditor(ReadsWhenShown, QWidget):
    """The agenda and script of one meeting."""

    def __init__(self, work: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.work = work
        self.meeting_id: str | None = None
        self.starts_at: datetime | None = None
        self.items: list[Any] = []
        self.browser: LibraryBrowser | None = None
        self._worksheets = {w.key: w.title for w in work.library.worksheets()}
        # The page scrolls when the screen is low (a 1280x800 laptop with a taskbar) rather
        # than making the window taller than the screen.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        content = QWidget()
        outer.addWidget(scrolling(content))
        layout = QVBoxLayout(content)
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
        self.browse_button = button(
            self.tr("&Browse the library…"),
            tip=self.tr("Search and read every session format, then add it (Ctrl+B)"),
        )
        picker.addWidget(self.formats, 0, 0)
        picker.addWidget(self.add_format_button, 0, 1)
        picker.addWidget(self.steps, 1, 0)
        picker.addWidget(self.add_step_button, 1, 1)
        picker.setColumnStretch(0, 1)
        heading = QHBoxLayout()
        heading.addWidget(
            label(self.tr("Add from the library of session formats"), "subheading"), 1
        )
        heading.addWidget(self.browse_button)
        layout.addLayout(heading)
        layout.addLayout(picker)
        self.list = QTreeWidget()
        self.list.setAccessibleName(self.tr("Agenda and script"))
        self.list.setHeaderLabels(
            [self.tr("Time"), self.tr("Item"), self.tr("Minutes"), self.tr("Worksheet")]
        )
        self.list.setAlternatingRowColors(True)
        self.list.setItemsExpandable(False)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, header.ResizeMode.Stretch)
        for column in (0, 2):
            header.setSectionResizeMode(column, header.ResizeMode.ResizeToContents)
        # Worksheet titles are long; the step's own title gets the room.
        header.setSectionResizeMode(3, header.ResizeMode.Interactive)
        header.resizeSection(3, 130)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        # The tree and its buttons on the left, the chosen item or step to tailor on the right.
        body = QSplitter(Qt.Orientation.Horizontal)
        body.setChildrenCollapsible(False)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        self.total = label("", "subheading")
        summary = QHBoxLayout()
        summary.addWidget(self.total, 1)
        summary.addWidget(self.add_own_button)
        left_layout.addLayout(summary)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        body.addWidget(left)
        body.addWidget(right)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 2)
        layout.addWidget(body, 1)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.item_title = QLineEdit()
        self.item_title.setAccessibleName(self.tr("Title of the agenda item"))
        self.step_title = QLineEdit()
        self.step_title.setAccessibleName(self.tr("Title of the step"))
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 600)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Minutes for the step"))
        step_row = QHBoxLayout()
        step_row.addWidget(self.step_title, 1)
        step_row.addWidget(self.minutes)
        self.prompt = QPlainTextEdit()
        self.prompt.setAccessibleName(self.tr("What the room sees during the step"))
        self.prompt.setTabChangesFocus(True)
        self.prompt.setFixedHeight(60)
        self.instructions = QPlainTextEdit()
        self.instructions.setAccessibleName(self.tr("Instructions for the facilitator"))
        self.instructions.setTabChangesFocus(True)
        self.instructions.setMinimumHeight(60)
        form.addRow(self.tr("Agenda item"), self.item_title)
        form.addRow(self.tr("Step"), step_row)
        form.addRow(self.tr("On the screen"), self.prompt)
        form.addRow(self.tr("Instructions"), self.instructions)
        right_layout.addLayout(form, 1)

        controls = QHBoxLayout()
        tailoring = QHBoxLayout()
        self.up_button = button(self.tr("Up"), tip=self.tr("Ctrl+Up"))
        self.down_button = button(self.tr("Down"), tip=self.tr("Ctrl+Down"))
        self.add_own_step_button = button(self.tr("Add step to item"))
        self.library_text_button = button(
            self.tr("Back to library text"),
            tip=self.tr("Undo your changes to the prompt and instructions of this step"),
        )
        self.split_button = button(
            self.tr("Split here"),
            tip=self.tr("This step and the ones after it become an agenda item of their own"),
        )
        self.merge_button = button(
            self.tr("Merge with next item"),
            tip=self.tr("The steps of the next agenda item join this one"),
        )
        self.remove_button = button(self.tr("Remove"), tip=self.tr("Delete"))
        # Shortcuts only while the agenda has focus, so Delete elsewhere never removes an item.
        within = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence("Ctrl+B"), self, self.browse, context=within)
        QShortcut(QKeySequence("Ctrl+Up"), self, lambda: self.move_current(-1), context=within)
        QShortcut(QKeySequence("Ctrl+Down"), self, lambda: self.move_current(1), context=within)
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete),
            self.list,
            self.remove_current,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        # Two short rows, so the page still fits a 1280-wide laptop screen in Dutch.
        for widget in (self.up_button, self.down_button):
            controls.addWidget(widget)
        controls.addStretch(1)
        controls.addWidget(self.remove_button)
        regroup = QHBoxLayout()
        regroup.addWidget(self.split_button)
        regroup.addWidget(self.merge_button)
        regroup.addStretch(1)
        left_layout.addLayout(controls)
        left_layout.addLayout(regroup)
        tailoring.addWidget(self.add_own_step_button)
        tailoring.addStretch(1)
        tailoring.addWidget(self.library_text_button)
        right_layout.addLayout(tailoring)
        self.empty = label(
            self.tr("The agenda is empty. Choose a session format above and add it."), "muted"
        )
        layout.addWidget(self.empty)
        self.saver = AutoSaver(work, meetings.update_agenda_item, self.tr("Edit agenda item"), self)
        self.saver.bind("title", self.item_title)
        self.step_saver = AutoSaver(work, meetings.update_script_step, self.tr("Edit step"), self)
        self.step_saver.bind("title", self.step_title)
        self.step_saver.bind("minutes", self.minutes)
        self.step_saver.bind("prompt", self.prompt)
        self.step_saver.bind("instructions", self.instructions)
        self.formats.currentIndexChanged.connect(self._fill_steps)
        self.add_format_button.clicked.connect(self.add_format)
        self.add_step_button.clicked.connect(self.add_step)
        self.add_own_button.clicked.connect(self.add_own_item)
        self.browse_button.clicked.connect(self.browse)
        self.add_own_step_button.clicked.connect(self.add_own_step)
        self.library_text_button.clicked.connect(self.restore_library_text)
        self.split_button.clicked.connect(self.split_current)
        self.merge_button.clicked.connect(self.merge_current)
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
            self.step_saver.clear()
            if self.browser is not None:
                self.browser.close()
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
        align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for item in self.items:
            row = QTreeWidgetItem(["", item.title, str(item.minutes), ""])
            row.setData(0, ID_ROLE, (ITEM, item.id))
            row.setTextAlignment(2, align)
            font = row.font(1)
            font.setBold(True)
            row.setFont(1, font)
            for step in item.steps:
                child = QTreeWidgetItem(
                    [
                        "",
                        step.title,
                        str(step.minutes),
                        self._worksheets.get(step.worksheet or "", ""),
                    ]
                )
                child.setData(0, ID_ROLE, (STEP, step.id))
                child.setTextAlignment(2, align)
                row.addChild(child)
            self.list.addTopLevelItem(row)
        self.list.expandAll()
        self.list.blockSignals(False)
        self.select(current)
        self._current_changed(self.list.currentItem(), None)
        self.empty.setVisible(not self.items)

    def select(self, row_id: str | None) -> None:
        """Make the agenda item or step with this id the current row."""
        for row in self._rows():
            if row.data(0, ID_ROLE)[1] == row_id:
                self.list.setCurrentItem(row)
                return

    def current_id(self) -> str | None:
        """The id of the current agenda item or step."""
        row = self.list.currentItem()
        return row.data(0, ID_ROLE)[1] if row is not None else None

    def _current(self) -> tuple[Any, Any]:
        """The current agenda item and, when a step is current, that step."""
        row = self.list.currentItem()
        if row is None:
            return None, None
        kind, row_id = row.data(0, ID_ROLE)
        for item in self.items:
            if kind == ITEM and item.id == row_id:
                return item, None
            step = next((s for s in item.steps if s.id == row_id), None)
            if step is not None:
                return item, step
        return None, None

    def _rows(self) -> list[QTreeWidgetItem]:
        rows = []
        for index in range(self.list.topLevelItemCount()):
            row = self.list.topLevelItem(index)
            rows.append(row)
            rows.extend(row.child(i) for i in range(row.childCount()))
        return rows

    # -- editing -------------------------------------------------------------------------------

    def add_format(self) -> None:
        """Add the chosen format as one agenda item with all its steps (one undo step)."""
        session_format = self.work.library.format(self.formats.currentData())
        text = self.tr("Add session format %1").replace("%1", session_format.title)
        self._add_item(text, session_format.agenda_item())

    def add_step(self) -> None:
        """Add the chosen library step as an agenda item of its own."""
        session_format = self.work.library.format(self.formats.currentData())
        step = session_format.steps[max(0, self.steps.currentIndex())]
        self._add_item(self.tr("Add agenda item"), step.agenda_fields(session_format.key))

    def browse(self) -> LibraryBrowser:
        """Open the library browser; what it adds lands on this meeting's agenda."""
        if self.browser is None:
            self.browser = LibraryBrowser(self.work.library, self._add_item, self)
            self.browser.finished.connect(lambda _result: self.list.setFocus())
        self.browser.show()
        self.browser.raise_()
        self.browser.activateWindow()
        self.browser.search.setFocus()
        self.browser.search.selectAll()
        return self.browser

    def add_own_item(self) -> None:
        """Add an own agenda item with one step, and put the cursor in its title."""
        fields = {"title": self.tr("New agenda item"), "minutes": 10}
        if self._add_item(self.tr("Add agenda item"), fields):
            self.item_title.setFocus()
            self.item_title.selectAll()

    def add_own_step(self) -> None:
        """Add an own step at the end of the current agenda item."""
        item, _step = self._current()
        if item is None:
            return
        bus = self.work.bus
        fields = {"title": self.tr("New step"), "minutes": 10}
        command = CreateCommand(
            bus,
            self.tr("Add step"),
            lambda: bus.run(meetings.add_script_step, item.id, **fields),
            meetings.remove_script_step,
            meetings.restore_script_step,
        )
        if self.work.push(command):
            self.select(command.created_id)
            self.step_title.setFocus()
            self.step_title.selectAll()

    def restore_library_text(self) -> None:
        """Give the current step the library's prompt and instructions again (undoable)."""
        _item, step = self._current()
        if step is None or not step.format_key:
            return
        self.step_saver.flush()
        bus, step_id = self.work.bus, step.id
        old = {"prompt": step.prompt, "instructions": step.instructions}
        self.work.push(
            CallCommand(
                bus,
                self.tr("Back to library text"),
                lambda: bus.run(meetings.restore_library_text, step_id),
                lambda: bus.run(meetings.update_script_step, step_id, **old),
            )
        )

    def split_current(self) -> None:
        """Make the current step and those after it an agenda item of their own (undoable)."""
        item, step = self._current()
        if step is None or item.steps[0].id == step.id:
            return
        self.saver.flush()
        self.step_saver.flush()
        bus, step_id, item_id = self.work.bus, step.id, item.id
        self.work.push(
            CallCommand(
                bus,
                self.tr("Split agenda item"),
                lambda: bus.run(meetings.split_agenda_item, step_id),
                lambda: bus.run(meetings.merge_with_next, item_id),
            )
        )
        self.select(step_id)

    def merge_current(self) -> None:
        """Join the next agenda item's steps onto the current item (undoable)."""
        item, _step = self._current()
        ids = [i.id for i in self.items]
        if item is None or ids.index(item.id) + 1 >= len(ids):
            return
        self.saver.flush()
        self.step_saver.flush()
        bus, item_id = self.work.bus, item.id
        merged: list[str] = []

        def merge() -> Changes | None:
            changes = bus.run(meetings.merge_with_next, item_id)
            if changes is not None:
                merged[:] = list(changes.ids[1:])
            return changes

        def unmerge() -> Changes | None:
            removed, first_step = merged
            if not first_step:
                return bus.run(meetings.restore_agenda_item, removed)
            return bus.run(meetings.split_agenda_item, first_step, into=removed)

        self.work.push(CallCommand(bus, self.tr("Merge agenda items"), merge, unmerge))
        self.select(item_id)

    def move_current(self, offset: int) -> None:
        """Move the current item among the items, or the current step within its item."""
        item, step = self._current()
        if item is None:
            return
        if step is None:
            ids, move = [i.id for i in self.items], meetings.move_agenda_item
            row_id = item.id
        else:
            ids, move = [s.id for s in item.steps], meetings.move_script_step
            row_id = step.id
        old = ids.index(row_id)
        new = old + offset
        if not 0 <= new < len(ids):
            return
        self.saver.flush()
        self.step_saver.flush()
        bus = self.work.bus
        self.work.push(
            CallCommand(
                bus,
                self.tr("Move agenda item") if step is None else self.tr("Move step"),
                lambda: bus.run(move, row_id, new),
                lambda: bus.run(move, row_id, old),
            )
        )
        self.select(row_id)
        self.list.setFocus()

    def remove_current(self) -> None:
        """Take the current item (with its steps) or the current step off the agenda."""
        item, step = self._current()
        if item is None:
            return
        self.saver.clear()
        self.step_saver.clear()
        if step is None:
            command = DeleteCommand(
                self.work.bus,
                self.tr("Remove agenda item"),
                item.id,
                meetings.remove_agenda_item,
                meetings.restore_agenda_item,
            )
        else:
            command = DeleteCommand(
                self.work.bus,
                self.tr("Remove step"),
                step.id,
                meetings.remove_script_step,
                meetings.restore_script_step,
            )
        self.work.push(command)

    def _add_item(self, text: str, fields: dict[str, Any]) -> str | None:
        bus, meeting_id = self.work.bus, self.meeting_id
        command = CreateCommand(
            bus,
            text,
            lambda: bus.run(meetings.add_agenda_item, meeting_id, **fields),
            meetings.remove_agenda_item,
            meetings.restore_agenda_item,
        )
        if not self.work.push(command):
            return None
        self.select(command.created_id)
        return command.created_id

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

    def _current_changed(self, _row: QTreeWidgetItem | None, _previous: object) -> None:
        item, step = self._current()
        for widget in (self.item_title, self.up_button, self.down_button, self.remove_button):
            widget.setEnabled(item is not None)
        self.add_own_step_button.setEnabled(item is not None)
        self.split_button.setEnabled(step is not None and item.steps[0].id != step.id)
        self.merge_button.setEnabled(item is not None and item.id != self.items[-1].id)
        for widget in (self.step_title, self.minutes, self.prompt, self.instructions):
            widget.setEnabled(step is not None)
        if item is None:
            self.saver.clear()
        else:
            self.saver.load(item.id, {"title": item.title}, item.row_version)
        if step is None:
            self.step_saver.clear()
            self.minutes.setValue(0)
        else:
            self.step_saver.load(
                step.id,
                {
                    "title": step.title,
                    "minutes": step.minutes,
                    "prompt": step.prompt,
                    "instructions": step.instructions,
                },
                step.row_version,
            )
        tailored = (
            step is not None
            and bool(step.format_key)
            and (
                (step.prompt, step.instructions) != (step.library_prompt, step.library_instructions)
            )
        )
        self.library_text_button.setEnabled(tailored)
        self._update_total()

    def _update_total(self) -> None:
        """Each row's start time, the total, and the planned end, using minutes being typed."""
        _item, current = self._current()
        total = 0
        for index in range(self.list.topLevelItemCount()):
            row = self.list.topLevelItem(index)
            item = self.items[index] if index < len(self.items) else None
            start = total
            for child_index in range(row.childCount()):
                child = row.child(child_index)
                step = item.steps[child_index] if item else None
                typing = current is not None and step is not None and step.id == current.id
                minutes = self.minutes.value() if typing else (step.minutes if step else 0)
                child.setText(2, str(minutes))
                child.setText(0, self._clock(total))
                total += minutes
            row.setText(0, self._clock(start))
            row.setText(2, str(total - start))
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

    def _clock(self, minutes: int) -> str:
        if self.starts_at is None:
            return ""
        return f"{self.starts_at + timedelta(minutes=minutes):%H:%M}"

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("agenda_items", "script_steps") and self.meeting_id is not None:
            self.mark_stale()
