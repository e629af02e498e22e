"""Writing the minutes after the meeting: per agenda item (chosen at the top) a short account
in the secretary's words, with the lines captured for that item beside it to draw from.

The account is saved as it is typed and undone like any other text. Enter (or the button) on
a captured line copies it into the account as a starting point. Whether the captured lines of
the items with an account go into the minutes as an annex is chosen once for the meeting: the
minutes are one document, sent round as a whole.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...core.changes import Changes
from ...core.services import entries, meetings
from ...core.vocab import EntryKind, MeetingStatus
from .. import labels
from ..common.autosave import AutoSaver
from ..common.context import Workbench, concerns
from ..common.widgets import ReadsWhenShown, button, combo, label, plain_tip

TEXT_ROLE = Qt.ItemDataRole.UserRole + 2


class AccountEditor(ReadsWhenShown, QWidget):
    """The agenda items of one held meeting, the account of the chosen item, and what was
    captured for it."""

    def __init__(self, work: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.work = work
        self.meeting: Any = None
        self.trajectory_id: str | None = None
        self._agenda: list[Any] = []
        self._entries: list[Any] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(6)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(label(self.tr("Agenda item"), "subheading", wrap=False))
        self.items = combo(self.tr("Agenda item to write the account of"), 20)
        self.items.setToolTip(self.tr("✓: an account is written for this item"))
        top.addWidget(self.items, 1)
        self.annex = QCheckBox(self.tr("Captured lines as an &annex"))
        self.annex.setAccessibleName(self.tr("Captured lines as an annex to the minutes"))
        self.annex.setToolTip(
            self.tr(
                "For items with an account, the lines captured in the room go into an annex "
                "at the end of the minutes. Unticked, they are left out of the minutes."
            )
        )
        top.addWidget(self.annex)
        layout.addLayout(top)
        self.hint = label(
            self.tr(
                'Write per item what was discussed, in the third person ("The municipality '
                'states that …"), and end with what was decided. Items without an account '
                "show the captured lines."
            ),
            "muted",
        )
        layout.addWidget(self.hint)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        self.account = QPlainTextEdit()
        self.account.setAccessibleName(self.tr("Account of this agenda item"))
        self.account.setPlaceholderText(
            self.tr("e.g. The initiative asks who pays for the study. The municipality …")
        )
        self.account.setTabChangesFocus(True)
        self.account_label = label(self.tr("Account"), "subheading")
        splitter.addWidget(self._column(self.account_label, self.account))
        lines_box = QWidget()
        lines = QVBoxLayout(lines_box)
        lines.setContentsMargins(0, 0, 0, 0)
        lines.addWidget(label(self.tr("Captured in the room"), "subheading"))
        self.lines = QListWidget()
        self.lines.setAccessibleName(self.tr("Lines captured for this agenda item"))
        self.lines.setWordWrap(True)
        self.lines.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.lines.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.lines.setSpacing(2)
        self.lines.setToolTip(self.tr("Enter copies the chosen line into the account"))
        lines.addWidget(self.lines, 1)
        self.copy_button = button(
            self.tr("&Copy into the account"),
            tip=self.tr("Adds the chosen line at the end of the account, to rewrite it there"),
        )
        lines.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignRight)
        splitter.addWidget(lines_box)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 4)
        layout.addWidget(splitter, 1)
        self.saver = AutoSaver(
            work, meetings.update_agenda_item, self.tr("Write the account"), self
        )
        self.saver.bind("account", self.account)
        self.annex_saver = AutoSaver(
            work, meetings.update_meeting, self.tr("Annex of the minutes"), self
        )
        self.annex_saver.bind("notes_annex", self.annex)
        self.items.currentIndexChanged.connect(self._item_changed)
        self.copy_button.clicked.connect(self.copy_line)
        self.lines.itemActivated.connect(lambda _item: self.copy_line())
        QShortcut(
            QKeySequence(Qt.Key.Key_Insert),
            self.lines,
            self.copy_line,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        work.bus.changed.connect(self._on_changed)

    def _column(self, title: QWidget, widget: QWidget) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(title)
        column.addWidget(widget, 1)
        return box

    # -- showing -------------------------------------------------------------------------------

    def show_meeting(self, trajectory_id: str | None, meeting: Any) -> None:
        """Show the agenda of ``meeting`` (a MeetingView) to write its accounts, or nothing."""
        if meeting is None or (self.meeting is not None and meeting.id != self.meeting.id):
            self.saver.clear()
            self.annex_saver.clear()
            self.items.clear()
            self.lines.clear()
        self.trajectory_id, self.meeting = trajectory_id, meeting
        if meeting is not None:
            self.annex_saver.load(
                meeting.id, {"notes_annex": meeting.notes_annex}, meeting.row_version
            )
            adopted = meeting.status == MeetingStatus.VERSLAG_VASTGESTELD
            self.account.setReadOnly(adopted)
            self.annex.setEnabled(not adopted)
            self.mark_stale()

    def refresh(self) -> None:
        self._stale = False
        if self.meeting is None or self.trajectory_id is None:
            return
        current = self.current_item_id()
        self._agenda = self.work.query(meetings.list_agenda, self.meeting.id)
        self._entries = [
            entry
            for entry in self.work.query(
                entries.list_entries, self.trajectory_id, meeting_id=self.meeting.id
            )
            if entry.kind != EntryKind.PRIVE
        ]
        self.items.blockSignals(True)
        self.items.clear()
        for number, item in enumerate(self._agenda, 1):
            mark = "  ✓" if item.account.strip() else ""
            self.items.addItem(f"{number}. {item.title}{mark}", item.id)
        index = self.items.findData(current)
        self.items.setCurrentIndex(index if index >= 0 else 0)
        self.items.blockSignals(False)
        self._item_changed(self.items.currentIndex())

    def current_item_id(self) -> str | None:
        return self.items.currentData() if self.items.currentIndex() >= 0 else None

    def _item_changed(self, _index: int) -> None:
        item_id = self.current_item_id()
        item = next((i for i in self._agenda if i.id == item_id), None)
        adopted = self.meeting is not None and self.meeting.status == (
            MeetingStatus.VERSLAG_VASTGESTELD
        )
        self.account.setEnabled(item is not None)
        if item is None:
            self.saver.clear()
            self.lines.clear()
            self.copy_button.setEnabled(False)
            return
        self.account_label.setText(self.tr("Account of %1").replace("%1", item.title))
        self.account_label.setToolTip(plain_tip(item.title))
        self.saver.load(item.id, {"account": item.account}, item.row_version)
        self.lines.clear()
        for entry in self._entries:
            if entry.agenda_item_id != item.id:
                continue
            said = " ".join(entry.text.split())
            words = (labels.kind(entry.kind), labels.voice(entry.voice))
            heading = " · ".join(word for word in words if word)
            line = QListWidgetItem(f"{heading}: {said}")
            line.setToolTip(plain_tip(entry.text))
            starter = f"{labels.voice(entry.voice)}: {said}" if entry.voice else said
            line.setData(TEXT_ROLE, starter)
            self.lines.addItem(line)
        if self.lines.count():
            self.lines.setCurrentRow(0)
        else:
            self.lines.addItem(self.tr("Nothing was captured for this item."))
            self.lines.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        self.copy_button.setEnabled(not adopted and self.lines.currentItem() is not None)

    # -- copying -------------------------------------------------------------------------------

    def copy_line(self) -> None:
        """Add the chosen captured line at the end of the account, as a new paragraph (the
        editor's own Ctrl+Z takes it out again); the list keeps the keyboard for the next."""
        line = self.lines.currentItem()
        starter = line.data(TEXT_ROLE) if line is not None else None
        if not starter or self.account.isReadOnly() or self.current_item_id() is None:
            return
        cursor = self.account.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        text = self.account.toPlainText()
        gap = "" if not text.strip() else ("\n" if text.endswith("\n") else "\n\n")
        cursor.insertText(gap + starter)
        self.account.setTextCursor(cursor)

    def _on_changed(self, changes: Changes) -> None:
        if self.meeting is not None and concerns(
            changes, self.trajectory_id, "entries", "agenda_items"
        ):
            self.mark_stale()
