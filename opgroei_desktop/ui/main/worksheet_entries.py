"""A simple page listing what was captured under one worksheet, newest first.

It stands in until the real worksheets (ui/worksheets/) exist: the overview opens it through
``TrajectoryView.open_worksheet``, so swapping it for the real page touches one place.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ...core.changes import Changes
from ...core.services import entries, meetings
from . import labels
from .context import Workbench, concerns
from .widgets import button, label


class WorksheetEntriesPage(QWidget):
    """The entries filed under one worksheet, with their meeting and party."""

    back = Signal()

    def __init__(self, work: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.work = work
        self.trajectory_id: str | None = None
        self.worksheet: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 12)
        layout.setSpacing(8)
        top = QHBoxLayout()
        self.back_button = button(
            self.tr("← Back to overview"), self.tr("Back to overview"), tip=self.tr("Esc")
        )
        self.back_button.clicked.connect(self.back)
        QShortcut(
            QKeySequence(Qt.Key.Key_Escape),
            self,
            self.back.emit,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self.title = label("", "heading")
        top.addWidget(self.back_button)
        top.addSpacing(12)
        top.addWidget(self.title, 1)
        layout.addLayout(top)
        self.summary = label("", "muted")
        layout.addWidget(self.summary)
        self.list = QTreeWidget()
        self.list.setAccessibleName(self.tr("Entries on this worksheet"))
        self.list.setHeaderLabels(
            [self.tr("Entry"), self.tr("Kind"), self.tr("Party"), self.tr("Meeting")]
        )
        self.list.setRootIsDecorated(False)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setUniformRowHeights(False)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, header.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, header.ResizeMode.ResizeToContents)
        layout.addWidget(self.list, 1)
        self.empty = label(
            self.tr(
                "Nothing has been filed under this worksheet yet. Entries captured during "
                "a meeting appear here."
            ),
            "muted",
        )
        layout.addWidget(self.empty)
        work.bus.changed.connect(self._on_changed)

    def show_worksheet(self, trajectory_id: str, worksheet: str) -> None:
        """List the entries of ``worksheet`` in ``trajectory_id``."""
        self.trajectory_id, self.worksheet = trajectory_id, worksheet
        titles = {w.key: w.title for w in self.work.library.worksheets()}
        self.title.setText(titles.get(worksheet, worksheet))
        self.refresh()
        self.list.setFocus()

    def refresh(self) -> None:
        if self.trajectory_id is None:
            return
        found = self.work.query(entries.list_entries, self.trajectory_id, worksheet=self.worksheet)
        held = {m.id: m for m in self.work.query(meetings.list_meetings, self.trajectory_id)}
        self.list.clear()
        for entry in reversed(found):
            meeting = held.get(entry.meeting_id)
            where = (
                f"{meeting.title}\n{labels.moment(meeting.starts_at)}"
                if meeting
                else self.tr("outside a meeting")
            )
            kind = labels.kind(entry.kind)
            if entry.decision_number:
                kind = f"{kind} {entry.decision_number}"
            item = QTreeWidgetItem([entry.text, kind, labels.voice(entry.voice) or "—", where])
            item.setData(0, Qt.ItemDataRole.UserRole, entry.id)
            self.list.addTopLevelItem(item)
        self.summary.setText(self.tr("%n entries, newest first", "", len(found)))
        self.empty.setVisible(not found)

    def _on_changed(self, changes: Changes) -> None:
        if self.isVisible() and concerns(changes, self.trajectory_id, "entries", "meetings"):
            self.refresh()
