"""Reading and correcting what was captured in a held meeting: the text, its kind, the party
it speaks for, the worksheet it is filed under and the agenda item (or step) it was said at;
deleting with undo. Alt+Up and Alt+Down move a note to the previous or next agenda item."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QPlainTextEdit,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.changes import Changes
from ...core.services import entries, meetings
from .. import labels
from ..common.autosave import AutoSaver
from ..common.context import Workbench
from ..common.widgets import ReadsWhenShown, button, combo, label, plain_tip
from ..undo import DeleteCommand, UpdateCommand
from .note_adder import NoteAdder
from .wrapping import wrap_columns

ID_ROLE = Qt.ItemDataRole.UserRole
EDITABLE = ("text", "kind", "voice", "worksheet")


class EntriesEditor(ReadsWhenShown, QWidget):
    """The entries of one meeting in the order they were captured."""

    def __init__(self, work: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.work = work
        self.meeting_id: str | None = None
        self.trajectory_id: str | None = None
        self._entries: list[Any] = []
        worksheets = work.library.worksheets()
        self._worksheet_titles = {w.key: w.title for w in worksheets}
        self._wanted: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.adder = NoteAdder(work)
        self.adder.added.connect(self._added)
        layout.addWidget(self.adder)
        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical)
        self.list = QTreeWidget()
        self.list.setAccessibleName(self.tr("Entries of this meeting"))
        self.list.setHeaderLabels(
            [
                self.tr("Kind"),
                self.tr("Party"),
                self.tr("Worksheet"),
                self.tr("Item"),
                self.tr("Text"),
            ]
        )
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        wrap_columns(self.list)  # what was said is read in full, not cut off with "…"
        header = self.list.header()
        header.setStretchLastSection(True)
        for column in (0, 1, 3):
            header.setSectionResizeMode(column, header.ResizeMode.ResizeToContents)
        # A worksheet's long title wraps in a narrow column, so what was said keeps the room.
        header.setSectionResizeMode(2, header.ResizeMode.Interactive)
        header.resizeSection(2, 140)
        splitter.addWidget(self.list)
        form_box = QWidget()
        form = QFormLayout(form_box)
        form.setContentsMargins(0, 8, 0, 0)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        # two lines at least: the theme's minimum (one line) would win over setMinimumHeight
        self.text.setStyleSheet(f"min-height: {2 * self.text.fontMetrics().lineSpacing()}px;")
        self.text.setAccessibleName(self.tr("Text of the entry"))
        self.kind = combo(self.tr("Kind of entry"), 10)
        for code in labels.KINDS:
            self.kind.addItem(labels.kind(code), code)
        self.voice = combo(self.tr("Speaks for"), 10)
        self.voice.addItem(self.tr("(not stated)"), None)
        for code in labels.VOICES:
            self.voice.addItem(labels.voice(code), code)
        self.worksheet = combo(self.tr("Worksheet"), 16)
        self.worksheet.addItem(self.tr("(no worksheet)"), None)
        for sheet in worksheets:
            self.worksheet.addItem(sheet.title, sheet.key)
        self.place = combo(self.tr("Agenda item of the entry"), 16)
        self.place.setToolTip(
            self.tr("Alt+Up and Alt+Down move the entry to the previous or next agenda item")
        )
        self._places: dict[str, tuple[str | None, str | None]] = {}
        self._placing = False
        self.delete_button = button(self.tr("Delete entry"), tip=self.tr("Delete"))
        form.addRow(self.tr("Text"), self.text)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Speaks for"), self.voice)
        form.addRow(self.tr("Worksheet"), self.worksheet)
        form.addRow(self.tr("Agenda item"), self.place)
        form.addRow("", self.delete_button)
        splitter.addWidget(form_box)
        splitter.setSizes([260, 300])
        layout.addWidget(splitter, 1)
        self.empty = label(
            self.tr(
                "No entries yet. What is captured during the meeting appears here; what was "
                "noted on paper can be typed in the line above."
            ),
            "muted",
        )
        layout.addWidget(self.empty)
        layout.addStretch(0)  # takes the room only while the list is hidden
        self.saver = AutoSaver(work, entries.update_entry, self.tr("Correct entry"), self)
        for name, widget in (
            ("text", self.text),
            ("kind", self.kind),
            ("voice", self.voice),
            ("worksheet", self.worksheet),
        ):
            self.saver.bind(name, widget)
        self.delete_button.clicked.connect(self.delete_current)
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete),
            self.list,
            self.delete_current,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self.place.currentIndexChanged.connect(self._place_chosen)
        for key, step in ((Qt.Key.Key_Up, -1), (Qt.Key.Key_Down, 1)):
            QShortcut(
                QKeySequence(Qt.KeyboardModifier.AltModifier | key),
                self,
                lambda step=step: self.move_current(step),
                context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
            )
        self.list.currentItemChanged.connect(self._current_changed)
        work.bus.changed.connect(self._on_changed)
        self._current_changed(None, None)

    def show_meeting(self, trajectory_id: str | None, meeting_id: str | None) -> None:
        if meeting_id != self.meeting_id:
            self.saver.clear()
        self.trajectory_id, self.meeting_id = trajectory_id, meeting_id
        self.mark_stale()

    def refresh(self) -> None:
        self._stale = False
        if self.meeting_id is None or self.trajectory_id is None:
            return
        current = self._wanted or self.current_id()
        self._wanted = None
        self._entries = self.work.query(
            entries.list_entries, self.trajectory_id, meeting_id=self.meeting_id
        )
        numbers = self._fill_places()
        self.list.blockSignals(True)
        self.list.clear()
        for entry in self._entries:
            kind = labels.kind(entry.kind)
            if entry.decision_number:
                kind = f"{kind} {entry.decision_number}"
            row = QTreeWidgetItem(
                [
                    kind,
                    labels.voice(entry.voice) or "—",
                    self._worksheet_titles.get(entry.worksheet or "", "—"),
                    numbers.get(entry.agenda_item_id or "", "—"),
                    " ".join(entry.text.split()),
                ]
            )
            row.setData(0, ID_ROLE, entry.id)
            row.setToolTip(4, plain_tip(entry.text))
            self.list.addTopLevelItem(row)
        self.list.blockSignals(False)
        rows = [self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount())]
        chosen = next((row for row in rows if row.data(0, ID_ROLE) == current), None)
        if chosen is None and rows:
            chosen = rows[0]
        if chosen is not None:
            self.list.setCurrentItem(chosen)
        self._current_changed(self.list.currentItem(), None)
        # Nothing to read or correct yet: only the line to type up the paper notes, and why.
        self.empty.setVisible(not self._entries)
        self.splitter.setVisible(bool(self._entries))

    def current_id(self) -> str | None:
        row = self.list.currentItem()
        return row.data(0, ID_ROLE) if row is not None else None

    def delete_current(self) -> None:
        entry_id = self.current_id()
        if entry_id is None:
            return
        self.saver.clear()
        self.work.push(
            DeleteCommand(
                self.work.bus,
                self.tr("Delete entry"),
                entry_id,
                entries.delete_entry,
                entries.restore_entry,
            )
        )

    def _current_changed(self, row: QTreeWidgetItem | None, _previous: object) -> None:
        entry_id = row.data(0, ID_ROLE) if row is not None else None
        entry = next((e for e in self._entries if e.id == entry_id), None)
        widgets = (self.text, self.kind, self.voice, self.worksheet, self.place)
        for widget in (*widgets, self.delete_button):
            widget.setEnabled(entry is not None)
        if entry is None:
            self.saver.clear()
            return
        self.saver.load(
            entry.id, {name: getattr(entry, name) for name in EDITABLE}, entry.row_version
        )
        self._show_place(entry)

    # -- the agenda item a note was said at -----------------------------------------------------

    def _fill_places(self) -> dict[str, str]:
        """Offer the meeting's agenda items (and, for an item of several steps, its steps) as
        places for a note; returns each agenda item's number as shown in the list."""
        agenda = self.work.query(meetings.list_agenda, self.meeting_id)
        self._placing = True
        self.place.clear()
        self._places = {"": (None, None)}
        self.place.addItem(self.tr("(outside the agenda)"), "")
        numbers: dict[str, str] = {}
        for number, item in enumerate(agenda, 1):
            numbers[item.id] = f"{number}."
            title = f"{number}. {item.title}"
            if len(item.steps) == 1:
                step = item.steps[0]
                self._places[step.id] = (item.id, step.id)
                self.place.addItem(title, step.id)
                continue
            self._places[item.id] = (item.id, None)
            self.place.addItem(title, item.id)
            for step in item.steps:
                self._places[step.id] = (item.id, step.id)
                self.place.addItem(f"      › {step.title}", step.id)
        self._placing = False
        places = [
            (self.place.itemText(i), self.place.itemData(i)) for i in range(self.place.count())
        ]
        self.adder.show_meeting(self.trajectory_id, self.meeting_id, places, self._places)
        return numbers

    def _added(self, entry_id: str) -> None:
        """Choose the note just added, to correct it at once; the typing line keeps the keys."""
        self._wanted = entry_id
        self.refresh()

    def _place_of(self, entry: Any) -> str:
        """The place key (step, agenda item or "") that shows where ``entry`` was said."""
        if entry.script_step_id in self._places:
            return entry.script_step_id
        if entry.agenda_item_id in self._places:
            return entry.agenda_item_id
        item = entry.agenda_item_id
        return next((key for key, (owner, _) in self._places.items() if item and owner == item), "")

    def _show_place(self, entry: Any) -> None:
        self._placing = True
        self.place.setCurrentIndex(max(0, self.place.findData(self._place_of(entry))))
        self._placing = False

    def move_current(self, step: int) -> None:
        """Move the chosen note to the previous (-1) or next (+1) place in the agenda."""
        index = self.place.currentIndex() + step
        if self.current_id() is None or not 0 <= index < self.place.count():
            return
        self.place.setCurrentIndex(index)

    def _place_chosen(self, index: int) -> None:
        if self._placing or index < 0:
            return
        entry = next((e for e in self._entries if e.id == self.current_id()), None)
        key = self.place.itemData(index)
        if entry is None or key not in self._places or key == self._place_of(entry):
            return
        item_id, step_id = self._places[key]
        old = {"agenda_item_id": entry.agenda_item_id, "script_step_id": entry.script_step_id}
        new = {"agenda_item_id": item_id, "script_step_id": step_id}
        command = UpdateCommand(
            self.work.bus,
            self.tr("Move entry"),
            entry.id,
            entries.update_entry,
            old,
            new,
            entry.row_version,
        )
        if not self.work.push(command):
            self._show_place(entry)

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("entries") and self.meeting_id is not None:
            self.mark_stale()
