"""The entries filed under the current step, for checking, correcting and deleting."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...core.vocab import EntryKind
from ..common.rich_text import plain_text
from ..theme import COLOURS
from . import labels
from .run_state import RunState

LISTED_AT_MOST = 100
"""The newest notes of a step the console lists; older ones are in the main window."""


def entry_line(entry: Any, state: RunState) -> str:
    """One entry as a line of plain text: who and what kind, the text, an action's owner."""
    tags = [labels.voice(entry.voice)] if entry.voice else []
    if entry.kind != EntryKind.OPMERKING:
        number = f" {entry.decision_number}" if entry.decision_number else ""
        tags.append(labels.kind(entry.kind) + number)
    text = plain_text(entry.text)
    line = f"[{' · '.join(tags)}] {text}" if tags else text
    action = state.actions.get(entry.id)
    if action is not None:
        owner = state.names.get(action.owner_person_id or "", "") or labels.party(
            action.owner_party
        )
        details = [part for part in (owner, labels.day(action.due_on)) if part]
        if details:
            line += " → " + ", ".join(details)
    return line


class EntryList(QListWidget):
    """Entries as rows; Enter or F2 edits, Delete deletes (when the list has the focus)."""

    editRequested = Signal(str)
    deleteRequested = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        entry_id = self.current_id()
        if entry_id and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            self.editRequested.emit(entry_id)
        elif entry_id and event.key() == Qt.Key.Key_Delete:
            self.deleteRequested.emit(entry_id)
        else:
            super().keyPressEvent(event)

    def current_id(self) -> str | None:
        """The id of the selected entry."""
        item = self.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


class EntriesPanel(QWidget):
    """Heading, the list of this step's entries, and buttons to edit or delete one."""

    editRequested = Signal(str)
    deleteRequested = Signal(str)

    def __init__(self, state: RunState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._rows: list[tuple[Any, Any]] = []
        """What each row of the list shows: the entry and its action, as last drawn."""
        self._names: dict[str, str] = state.names
        self.heading = QLabel()
        self.heading.setProperty("role", "subheading")
        self.list = EntryList()
        self.list.setAccessibleName(self.tr("Entries of this step"))
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setMinimumWidth(200)
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.list.itemDoubleClicked.connect(lambda _: self._edit())
        self.list.editRequested.connect(self.editRequested)
        self.list.deleteRequested.connect(self.deleteRequested)
        # Rows that wrap anew when the list's width changes (the window system fitting the
        # window to the screen after a resume, a beamer unplugged) keep the chosen one in view.
        self.list.verticalScrollBar().rangeChanged.connect(lambda *_: self._scroll_to_current())
        self.edit_button = QPushButton(self.tr("Edit or move (F2)"))
        self.edit_button.setAccessibleName(self.tr("Edit or move the selected entry"))
        self.edit_button.clicked.connect(self._edit)
        self.delete_button = QPushButton(self.tr("Delete (Ctrl+D)"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected entry"))
        self.delete_button.clicked.connect(self._delete)
        hint = QLabel(self.tr("Alt+↑/↓ selects an entry while you type"))
        hint.setProperty("role", "muted")
        hint.setToolTip(hint.text())
        self.hint = hint
        for button in (self.edit_button, self.delete_button):
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        heading = QHBoxLayout()
        heading.addWidget(self.heading)
        heading.addStretch(1)
        heading.addWidget(hint)
        buttons = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.buttons = buttons
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(heading)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        state.entriesChanged.connect(self.render)
        state.stepChanged.connect(self.render)
        self.render()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        # Rows filled before the list had its size (a resumed meeting) scroll only now.
        QTimer.singleShot(0, self._scroll_to_current)

    def _scroll_to_current(self) -> None:
        if self.list.currentItem() is not None:
            self.list.scrollToItem(self.list.currentItem())

    def set_compact(self, compact: bool) -> None:
        """Beside an exercise the panel is narrow: the buttons stack and the hint goes."""
        self.hint.setVisible(not compact)
        self.buttons.setDirection(
            QBoxLayout.Direction.TopToBottom if compact else QBoxLayout.Direction.LeftToRight
        )

    def render(self) -> None:
        """Show this step's entries, newest last; a new entry is appended and selected.

        A step with very many notes lists its newest ``LISTED_AT_MOST``: the list is for
        checking and correcting what was just said, and stays quick however long the step.
        """
        state = self.state
        step = state.current_step
        every = state.entries_of_step(step.id) if step is not None else []
        shown = every[-LISTED_AT_MOST:]
        ids = [entry.id for entry in shown]
        listed = [entry.id for entry, _action in self._rows]
        dropped = len(listed) - len(ids) + 1 if len(ids) > 1 else len(listed)
        if (
            ids
            and listed
            and ids[-1] not in listed
            and ids[:-1] == listed[dropped:]
            and self._rows_unchanged(shown[:-1], dropped)
        ):
            for _ in range(dropped):
                self.list.takeItem(0)
            self.list.addItem(self._item(shown[-1]))
            self._rows = [*self._rows[dropped:], self._row(shown[-1])]
            self.list.setCurrentRow(len(ids) - 1)
        else:
            self._rebuild(shown, listed)
        self._names = state.names
        if self.list.currentItem() is not None:
            self.list.scrollToItem(self.list.currentItem())
        if len(every) > len(shown):
            heading = self.tr("Entries of this step: {0}, the newest {1} listed").format(
                len(every), len(shown)
            )
        else:
            heading = self.tr("Entries of this step (%n)", "", len(shown))
        self.heading.setText(heading)
        self.edit_button.setEnabled(bool(ids))
        self.delete_button.setEnabled(bool(ids))

    def _rebuild(self, shown: list[Any], listed: list[str]) -> None:
        selected = self.list.current_id()
        self.list.clear()
        for entry in shown:
            self.list.addItem(self._item(entry))
        self._rows = [self._row(entry) for entry in shown]
        ids = [entry.id for entry in shown]
        new = [entry_id for entry_id in ids if entry_id not in listed]
        target = new[-1] if new and listed else selected
        if target in ids:
            self.list.setCurrentRow(ids.index(target))
        elif ids:
            self.list.setCurrentRow(len(ids) - 1)

    def _row(self, entry: Any) -> tuple[Any, Any]:
        return entry, self.state.actions.get(entry.id)

    def _rows_unchanged(self, entries: list[Any], first: int) -> bool:
        """Whether the rows from ``first`` on still show ``entries`` as the run state holds
        them: the same entry and names objects (the run state replaces what changes) and an
        equal action, so no line needs to be made again."""
        if self.state.names is not self._names:
            return False
        actions = self.state.actions
        return all(
            entry is shown and actions.get(entry.id) == action
            for entry, (shown, action) in zip(entries, self._rows[first:], strict=True)
        )

    def _item(self, entry: Any) -> QListWidgetItem:
        item = QListWidgetItem(entry_line(entry, self.state))
        item.setData(Qt.ItemDataRole.UserRole, entry.id)
        item.setData(Qt.ItemDataRole.DecorationRole, QColor(COLOURS.party(entry.voice)))
        item.setToolTip(entry.text)
        return item

    def pick(self, step: int) -> None:
        """Move the selection up (-1) or down (+1) without leaving the capture line."""
        if self.list.count():
            row = max(0, min(self.list.currentRow() + step, self.list.count() - 1))
            self.list.setCurrentRow(row)

    def selected_id(self) -> str | None:
        """The selected entry's id."""
        return self.list.current_id()

    def _edit(self) -> None:
        if entry_id := self.list.current_id():
            self.editRequested.emit(entry_id)

    def _delete(self) -> None:
        if entry_id := self.list.current_id():
            self.deleteRequested.emit(entry_id)
