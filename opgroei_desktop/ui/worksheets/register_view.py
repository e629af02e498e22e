"""The action register of a whole trajectory: open, overdue or all actions across meetings,
overdue ones marked in words and colour, with the chosen action's details editable below."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QColor, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.changes import Changes
from ...core.services import actions, people
from ...core.vocab import ActionStatus
from ...library import Library
from ...worksheets.register import ActionFilter, ActionLine, action_register
from ..bus import DataBus
from ..common.autosave import AutoSaver
from ..common.context import SaveTracker, Workbench
from ..theme import COLOURS
from . import labels
from .actions import ActionAdder, OwnerBox, overdue_text, owner_text
from .edits import SheetEdits
from .parts import button, label, line_edit

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


class ActionTableModel(QAbstractTableModel):
    """Register lines as table rows: what, who, due, status, meeting, worksheet."""

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines: list[ActionLine] = []
        self.titles = {sheet.key: sheet.title for sheet in library.worksheets()}
        self.headers = [
            self.tr("What"),
            self.tr("Who"),
            self.tr("Due"),
            self.tr("Status"),
            self.tr("From meeting"),
            self.tr("Worksheet"),
        ]

    def set_lines(self, lines: list[ActionLine]) -> None:
        if lines == self.lines:
            return
        self.beginResetModel()
        self.lines = lines
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = 0) -> Any:
        line = self.lines[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(line, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return line.action.what
        # "Te laat" is said in words; one calm colour on the state alone, so a list with several
        # late actions still reads as a list and not as an alarm.
        if line.overdue and role == Qt.ItemDataRole.ForegroundRole and index.column() == 3:
            return QColor(COLOURS.warning)
        return None

    def _text(self, line: ActionLine, column: int) -> str:
        action = line.action
        if column == 0:
            return action.what
        if column == 1:
            return owner_text(line)
        if column == 2:
            return labels.day(action.due_on)
        if column == 3:
            return overdue_text(line) or labels.action_status(action.status)
        if column == 4:
            return line.meeting_title or ""
        return self.titles.get(action.worksheet or "", "")


class ActionsView(QWidget):
    """The trajectory's action register; every edit goes through ``undo_stack``."""

    def __init__(
        self,
        bus: DataBus,
        library: Library,
        undo_stack: QUndoStack,
        trajectory_id: str,
        parent: QWidget | None = None,
        *,
        saves: SaveTracker | None = None,
    ) -> None:
        super().__init__(parent)
        self.bus, self.trajectory_id = bus, trajectory_id
        self.work = Workbench(bus, undo_stack, library, None, saves or SaveTracker(bus, self))  # type: ignore[arg-type]
        self.edits = SheetEdits(self.work, trajectory_id)
        self.show_filter = ActionFilter.OPEN
        self.setAccessibleName(self.tr("Action list"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        top = QHBoxLayout()
        top.addWidget(label(self.tr("Action list"), "heading"), 1)
        self.filters = QButtonGroup(self)
        self.filter_buttons: dict[ActionFilter, QPushButton] = {}
        for code, text in (
            (ActionFilter.OPEN, self.tr("&Open")),
            (ActionFilter.OVERDUE, self.tr("Over&due")),
            (ActionFilter.ALL, self.tr("A&ll")),
        ):
            widget = button(text)
            widget.setCheckable(True)
            widget.clicked.connect(lambda _checked=False, c=code: self.set_filter(c))
            self.filters.addButton(widget)
            self.filter_buttons[code] = widget
            top.addWidget(widget)
        self.filter_buttons[ActionFilter.OPEN].setChecked(True)
        self.setStyleSheet(
            f"QPushButton:checked {{ background: {COLOURS.accent}; color: {COLOURS.accent_text};"
            f" border-color: {COLOURS.accent}; font-weight: bold; }}"
        )
        layout.addLayout(top)
        self.summary = label("", "muted")
        layout.addWidget(self.summary)

        self.model = ActionTableModel(library, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Actions"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (4, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, 150)
        header.setMinimumSectionSize(80)
        # Wrapped rows are measured at the widths the columns have at that moment; measure
        # again once a column changed width, or rows laid out while the page was hidden stay
        # many lines tall.
        self.measure_rows = QTimer(self)
        self.measure_rows.setSingleShot(True)
        self.measure_rows.setInterval(0)
        self.measure_rows.timeout.connect(self.table.resizeRowsToContents)
        header.sectionResized.connect(lambda *_: self.measure_rows.start())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        layout.addWidget(self.table, 1)

        editor = QHBoxLayout()
        self.what = line_edit(self.tr("What needs doing"), self.tr("What needs doing"))
        self.owner = OwnerBox()
        self.owner.activated.connect(self._owner_chosen)
        self.due = line_edit(self.tr("dd-mm-yyyy"), self.tr("Due date"))
        self.due.setMaximumWidth(140)
        self.done_button = button(self.tr("Mark &done"), primary=True)
        self.done_button.clicked.connect(self._toggle_done)
        self.delete_button = button(self.tr("Delete"), tip=self.tr("Can be undone with Ctrl+Z"))
        self.delete_button.clicked.connect(self._delete)
        self.owner.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.owner.setMinimumContentsLength(16)
        for widget in (self.what, self.owner, self.due, self.done_button, self.delete_button):
            editor.addWidget(widget, {self.what: 3, self.owner: 1}.get(widget, 0))
        layout.addLayout(editor)
        self.saver = AutoSaver(self.work, actions.update_action, self.tr("Edit action"), self)
        self.saver.bind("what", self.what)
        self.saver.bind_custom(
            "due_on", self.due, self.due.text, self.due.setText, self.due.textChanged
        )

        layout.addWidget(label(self.tr("New action"), "subheading"))
        self.adder = ActionAdder(lambda fields: self.edits.add_action(**fields))
        layout.addWidget(self.adder)
        bus.changed.connect(self._changed)
        self.refresh()

    def set_filter(self, show: str) -> None:
        """Show open, overdue or all actions."""
        self.show_filter = ActionFilter(show)
        self.filter_buttons[self.show_filter].setChecked(True)
        self.refresh()

    def refresh(self) -> None:
        current = self._current()
        lines = self.bus.query(action_register, self.trajectory_id, self.show_filter)
        self.model.set_lines(lines)
        self.table.resizeRowsToContents()
        persons = self.bus.query(people.list_people, self.trajectory_id)
        self.owner.set_people(persons)
        self.adder.owner.set_people(persons)
        overdue = sum(line.overdue for line in lines)
        self.summary.setText(
            self.tr("%n action(s)", "", len(lines))
            + (" · " + self.tr("%n overdue", "", overdue) if overdue else "")
        )
        ids = [line.id for line in lines]
        if current is not None and current.id in ids:
            self.table.selectRow(ids.index(current.id))
        self._show_current()

    def _changed(self, changes: Changes) -> None:
        if changes.touches("actions", "people", "meetings") and changes.concerns(
            self.trajectory_id
        ):
            self.refresh()

    def _current(self) -> ActionLine | None:
        row = self.table.currentIndex().row() if hasattr(self, "table") else -1
        return self.model.lines[row] if 0 <= row < len(self.model.lines) else None

    def _show_current(self) -> None:
        line = self._current()
        for widget in (self.what, self.owner, self.due, self.done_button, self.delete_button):
            widget.setEnabled(line is not None)
        if line is None:
            self.saver.clear()
            return
        action = line.action
        self.saver.load(
            action.id,
            {"what": action.what, "due_on": labels.day(action.due_on)},
            action.row_version,
        )
        self.owner.show_owner(action.owner_person_id, action.owner_party)
        done = action.status == ActionStatus.GEDAAN
        self.done_button.setText(self.tr("Open &again") if done else self.tr("Mark &done"))

    def _owner_chosen(self) -> None:
        line = self._current()
        if line is not None:
            self.edits.set_action_owner(line.action, self.owner.owner_fields())

    def _toggle_done(self) -> None:
        line = self._current()
        if line is not None:
            self.edits.set_action_done(line.action, line.action.status != ActionStatus.GEDAAN)

    def _delete(self) -> None:
        line = self._current()
        if line is not None:
            self.edits.delete_action(line.id)
