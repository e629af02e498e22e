"""The worksheet view: one theme of one trajectory, with every meeting's contribution to it,
and the agreement panel beside it. ``open_worksheet`` is what the main window calls."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...core.changes import Changes
from ...core.search import Hit, HitKind
from ...library import Library
from ...worksheets.sheet import MILESTONE_SECTION, VERHELDEREN, ChallengeBlock, Sheet, build_sheet
from ..bus import DataBus
from ..common.context import SaveTracker, Workbench
from . import labels
from .agreement_panel import AgreementPanel
from .challenges import ChallengeCard
from .edits import SheetEdits
from .entries import EntryList
from .milestones import MilestoneSection
from .parts import KeyedRows, button, label, worksheet_style
from .sections import SectionCard

RELEVANT = frozenset(
    {
        "entries",
        "agreements",
        "actions",
        "worksheet_items",
        "challenge_states",
        "milestones",
        "trajectories",
        "people",
        "meetings",
    }
)
"""The kinds of change that can alter what a worksheet shows."""


class WorksheetView(QWidget):
    """One worksheet of one trajectory; every edit goes through ``undo_stack``."""

    def __init__(
        self,
        bus: DataBus,
        library: Library,
        trajectory_id: str,
        key: str,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        *,
        saves: SaveTracker | None = None,
    ) -> None:
        super().__init__(parent)
        self.bus, self.library, self.trajectory_id, self.key = bus, library, trajectory_id, key
        # Settings are not used by anything a worksheet binds; the main window's saves tracker
        # is, so Ctrl+S and closing the window save what is typed here too.
        self.work = Workbench(bus, undo_stack, library, None, saves or SaveTracker(bus, self))  # type: ignore[arg-type]
        self.edits = SheetEdits(self.work, trajectory_id)
        self.sheet: Sheet | None = None
        self.selected: str | None = None
        self.cards: dict[object, QWidget] = {}
        self._dirty = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)

        self.setStyleSheet(worksheet_style())
        first = bus.query(build_sheet, library, trajectory_id, key)
        self.setAccessibleName(self.tr("Worksheet: %1").replace("%1", first.title))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        outer.addWidget(splitter)

        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setAccessibleName(first.title)
        content = QWidget()
        self.column = QVBoxLayout(content)
        self.column.setContentsMargins(16, 12, 12, 16)
        self.column.setSpacing(12)
        self.scroller.setWidget(content)
        splitter.addWidget(self.scroller)

        self.panel = AgreementPanel(bus, self.edits)
        self.panel.closed.connect(lambda: self.choose(""))
        self.side = QScrollArea()
        self.side.setWidgetResizable(True)
        self.side.setWidget(self.panel)
        self.side.setMinimumWidth(400)
        self.side.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.side.hide()
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self._header(first)
        self._cards(first)
        self.column.addStretch(1)
        bus.changed.connect(self._changed)
        self._show(first)

    # -- building -------------------------------------------------------------------------------

    def _header(self, sheet: Sheet) -> None:
        kind = (
            self.tr("Clarify (VERHELDEREN)") if sheet.kind == VERHELDEREN else self.tr("Do (DOEN)")
        )
        self.column.addWidget(label(self.tr("Worksheet · %1").replace("%1", kind), "muted"))
        self.column.addWidget(label(sheet.title, "heading"))
        self.column.addWidget(label(sheet.summary, "muted"))
        row = QHBoxLayout()
        row.addWidget(label(self.tr("Steps you take here are recorded as taken in:")), 1)
        self.meeting = QComboBox()
        self.meeting.setAccessibleName(self.tr("Meeting the changes belong to"))
        self.meeting.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.meeting.setMinimumContentsLength(20)
        self.meeting.currentIndexChanged.connect(self._meeting_chosen)
        row.addWidget(self.meeting, 1)
        self.room_button = button(
            self.tr("Show to the &room"),
            tip=self.tr("This worksheet in large type on the beamer; the room reads along"),
        )
        self.room_button.clicked.connect(self.show_to_room)
        row.addWidget(self.room_button)
        self.column.addLayout(row)

    def _cards(self, sheet: Sheet) -> None:
        for block in sheet.challenges:
            card = ChallengeCard(sheet.key, block, self.edits, self.choose)
            self.cards[block.key] = card
            self.column.addWidget(card)
        for block in sheet.sections:
            if block.key is None:
                continue
            if (sheet.key, block.key) == MILESTONE_SECTION:
                card = MilestoneSection(block, self.work, self.edits)
            else:
                card = SectionCard(sheet.key, block, self.work, self.edits)
            self.cards[block.key] = card
            self.column.addWidget(card)
        if sheet.sections:
            card = ChallengeCard(
                sheet.key,
                self._doen_block(sheet),
                self.edits,
                self.choose,
                title=self.tr("Agreements and actions on this worksheet"),
            )
            self.cards["agreements"] = card
            self.column.addWidget(card)
            other = sheet.sections[-1]
            self.cards[None] = SectionCard(sheet.key, other, self.work, self.edits)
            self.column.addWidget(self.cards[None])

    @staticmethod
    def _doen_block(sheet: Sheet) -> ChallengeBlock:
        return ChallengeBlock(None, "", "", None, (), (), sheet.agreements, sheet.actions)

    # -- refreshing -----------------------------------------------------------------------------

    def _changed(self, changes: Changes) -> None:
        if not changes.touches(*RELEVANT) or not changes.concerns(self.trajectory_id):
            return
        self._dirty = True
        if self.isVisible():
            self._timer.start()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._dirty:
            self._timer.start()

    def refresh(self) -> None:
        """Read the worksheet again and update only the parts that changed."""
        self._show(self.bus.query(build_sheet, self.library, self.trajectory_id, self.key))

    def _show(self, sheet: Sheet) -> None:
        self._dirty = False
        self.sheet = sheet
        self._fill_meetings(sheet)
        for block in sheet.challenges:
            self.cards[block.key].show_block(block, sheet)  # type: ignore[attr-defined]
        for block in sheet.sections:
            card = self.cards[block.key]
            if isinstance(card, MilestoneSection):
                card.show_block(block, sheet)
            else:
                card.show_block(block, sheet.trajectory)  # type: ignore[attr-defined]
        if sheet.sections:
            self.cards["agreements"].show_block(self._doen_block(sheet), sheet)  # type: ignore[attr-defined]
        self._show_selected()

    def _fill_meetings(self, sheet: Sheet) -> None:
        chosen = (
            self.meeting.currentData() if self.meeting.count() else self._default_meeting(sheet)
        )
        self.meeting.blockSignals(True)
        self.meeting.clear()
        self.meeting.addItem(self.tr("Outside a meeting"), None)
        for meeting in sheet.meetings:
            when = labels.moment(meeting.starts_at)
            self.meeting.addItem(f"{meeting.title} ({when})", meeting.id)
        self.meeting.setCurrentIndex(max(0, self.meeting.findData(chosen)))
        self.meeting.blockSignals(False)
        self.edits.meeting_id = self.meeting.currentData()

    @staticmethod
    def _default_meeting(sheet: Sheet) -> str | None:
        """The latest meeting that has started: where a facilitator usually works things out."""
        now = datetime.now()
        started = [m for m in sheet.meetings if m.starts_at is not None and m.starts_at <= now]
        return started[-1].id if started else None

    def _meeting_chosen(self) -> None:
        self.edits.meeting_id = self.meeting.currentData()

    # -- the chosen agreement -------------------------------------------------------------------

    def show_to_room(self) -> QWidget:
        """Open this worksheet for the room: full screen on the beamer when there is one."""
        from .room_view import RoomView

        room = RoomView(self.bus, self.library, self.trajectory_id, self.key, self)
        room.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        room.place()
        return room

    def choose(self, agreement_id: str) -> None:
        """Open an agreement in the panel beside the sheet."""
        self.selected = agreement_id or None
        self._show_selected()

    def _show_selected(self) -> None:
        found = None
        if self.sheet is not None and self.selected:
            found = next((a for a in self.sheet.agreements if a.id == self.selected), None)
        self.panel.show_agreement(found)
        if found is not None and self.side.isHidden():
            self.side.show()
            total = max(self.splitter.width(), 800)
            self.splitter.setSizes([total - total * 2 // 5, total * 2 // 5])
        elif found is None:
            self.side.hide()
        for card in self.cards.values():
            if isinstance(card, ChallengeCard):
                card.agreements.mark(found.id if found else None)

    def focus_hit(self, hit: Hit) -> None:
        """Bring a search hit into view: open its agreement, unfold its entry, scroll to it."""
        if hit.kind == HitKind.AGREEMENT:
            self.choose(hit.id)
        row = self._row_of(hit.id)
        if row is not None:
            QTimer.singleShot(0, lambda: self.scroller.ensureWidgetVisible(row, 50, 80))

    def _row_of(self, row_id: str) -> QWidget | None:
        for card in self.cards.values():
            for said in card.findChildren(EntryList):
                if (row := said.reveal(row_id)) is not None:
                    return row
            for rows in card.findChildren(KeyedRows):
                if row_id in rows.rows:
                    return rows.rows[row_id]
        return None


def open_worksheet(
    bus: DataBus,
    library: Library,
    undo_stack: QUndoStack,
    trajectory_id: str,
    key: str,
    parent: QWidget | None = None,
    *,
    saves: SaveTracker | None = None,
) -> QWidget:
    """The worksheet ``key`` of a trajectory, ready to show in the main window."""
    return WorksheetView(bus, library, trajectory_id, key, undo_stack, parent, saves=saves)
