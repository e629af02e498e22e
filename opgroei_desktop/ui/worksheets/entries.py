"""What was said in meetings about one part of a worksheet: newest first, with meeting,
date and party, the older ones folded away until asked for."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from ...worksheets.sheet import SheetEntry
from . import labels
from .parts import KeyedRows, button, label, set_style

SHOWN_AT_FIRST = 4


class EntryRow(QFrame):
    """One entry: a line saying when, where and who, then the text itself."""

    def __init__(self, entry: SheetEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 4, 6, 4)
        layout.setSpacing(1)
        self.meta = label("", "muted")
        self.text = label("")
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.meta)
        layout.addWidget(self.text)
        self.entry_id = entry.id
        self.show_value(entry)

    def show_value(self, entry: SheetEntry) -> None:
        when = labels.day(
            entry.meeting_starts_at.date() if entry.meeting_starts_at else entry.captured_at.date()
        )
        who = labels.voice(entry.voice)
        if entry.person_name:
            who = f"{who} ({entry.person_name})" if who else entry.person_name
        kind = labels.kind(entry.kind)
        if entry.decision_number:
            kind = f"{kind} {entry.decision_number}"
        parts = [when, entry.meeting_title or self.tr("outside a meeting"), who, kind]
        self.meta.setText(" · ".join(part for part in parts if part))
        self.text.setText(entry.text)
        set_style(self, "voice", entry.voice or "")
        self.setAccessibleName(f"{self.meta.text()}: {entry.text}")


class EntryList(QWidget):
    """The entries of one block; the newest few show, the rest behind a button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.rows = KeyedRows(EntryRow)
        self.more = button("", self.tr("Show all entries"))
        self.more.setFlat(True)
        self.more.clicked.connect(self._toggle)
        layout.addWidget(self.rows)
        layout.addWidget(self.more, 0, Qt.AlignmentFlag.AlignLeft)
        self.entries: tuple[SheetEntry, ...] | None = None
        self.expanded = False
        self.show_entries(())

    def show_entries(self, entries: tuple[SheetEntry, ...]) -> None:
        """Show ``entries`` (newest first); nothing happens when they did not change."""
        if entries == self.entries:
            return
        self.entries = entries
        self._fill()

    def reveal(self, entry_id: str) -> QWidget | None:
        """Unfold the list when ``entry_id`` is folded away; its row, when it is here."""
        if entry_id not in self.rows.rows and any(e.id == entry_id for e in self.entries or ()):
            self.expanded = True
            self._fill()
        return self.rows.rows.get(entry_id)

    def _toggle(self) -> None:
        self.expanded = not self.expanded
        self._fill()

    def _fill(self) -> None:
        entries = self.entries or ()
        shown = entries if self.expanded else entries[:SHOWN_AT_FIRST]
        self.rows.sync((entry.id, entry) for entry in shown)
        hidden = len(entries) - SHOWN_AT_FIRST
        self.more.setVisible(hidden > 0)
        self.more.setText(
            self.tr("Show fewer") if self.expanded else self.tr("Show %n older entries", "", hidden)
        )
        self.setVisible(bool(entries))
