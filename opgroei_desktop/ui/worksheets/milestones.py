"""The milestones (piketpalen) section of 'Ga stapsgewijs aan de slag': the time line, the
stop-go warnings in words, and each milestone's date, criteria, guarantee and evaluation."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
)

from ...core.services import milestones
from ...core.views import MeetingView
from ...worksheets.sheet import SectionBlock, Sheet
from ...worksheets.timeline import TimelinePoint
from ..common.autosave import AutoSaver
from ..common.context import Workbench
from . import labels
from .edits import SheetEdits
from .entries import EntryList
from .parts import KeyedRows, button, compact_button, label, line_edit, set_style
from .timeline_view import TimelineWidget


def _text_box(placeholder: str, accessible: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setPlaceholderText(placeholder)
    box.setAccessibleName(accessible)
    box.setTabChangesFocus(True)
    box.setFixedHeight(62)
    return box


class MilestoneRow(QFrame):
    """One milestone's details, saved as they are typed."""

    def __init__(self, point: TimelinePoint, work: Workbench, edits: SheetEdits) -> None:
        super().__init__()
        self.setProperty("card", True)
        self.milestone_id = point.id
        rows = QVBoxLayout(self)
        rows.setContentsMargins(10, 8, 10, 8)
        rows.setSpacing(6)
        self.risks = label("", "overdue")
        self.title = line_edit(self.tr("Name of the milestone"), self.tr("Milestone"))
        self.due_on = line_edit(self.tr("dd-mm-yyyy"), self.tr("Date of the milestone"))
        self.due_on.setMaximumWidth(130)
        self.criteria = _text_box(
            self.tr("When is it reached? What do we see then?"), self.tr("When it is reached")
        )
        self.guarantee = _text_box(
            self.tr("What is guaranteed to follow when it is reached?"),
            self.tr("What is guaranteed to follow"),
        )
        self.meeting = QComboBox()
        self.meeting.setAccessibleName(self.tr("Evaluation meeting"))
        self.outcome = QComboBox()
        self.outcome.setAccessibleName(self.tr("Outcome of the evaluation"))
        self.outcome.addItem(self.tr("Not evaluated yet"), None)
        for code in labels.MILESTONE_OUTCOMES:
            self.outcome.addItem(labels.milestone_outcome(code), code)
        self.note = line_edit(
            self.tr("What was decided, and what comes next"), self.tr("Outcome note")
        )
        self.delete_button = compact_button(
            "✕", self.tr("Delete milestone"), self.tr("Delete this milestone (Ctrl+Z undoes it)")
        )
        self.delete_button.clicked.connect(lambda: edits.delete_milestone(self.milestone_id))
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.due_on)
        top.addWidget(self.delete_button)
        texts = QHBoxLayout()
        for caption, box in (
            (self.tr("Reached when"), self.criteria),
            (self.tr("Then guaranteed"), self.guarantee),
        ):
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(label(caption, "muted"))
            column.addWidget(box)
            texts.addLayout(column, 1)
        evaluation = QHBoxLayout()
        evaluation.addWidget(label(self.tr("Evaluated in"), "muted", wrap=False))
        evaluation.addWidget(self.meeting, 2)
        evaluation.addWidget(self.outcome, 1)
        self.meeting.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.meeting.setMinimumContentsLength(12)
        self.outcome.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.outcome.setMinimumContentsLength(10)
        rows.addWidget(self.risks)
        rows.addLayout(top)
        rows.addLayout(texts)
        rows.addLayout(evaluation)
        rows.addWidget(self.note)
        self.saver = AutoSaver(work, milestones.update_milestone, self.tr("Edit milestone"), self)
        for name, widget in (
            ("title", self.title),
            ("criteria", self.criteria),
            ("guarantee", self.guarantee),
            ("evaluation_meeting_id", self.meeting),
            ("outcome", self.outcome),
            ("outcome_note", self.note),
        ):
            self.saver.bind(name, widget)
        self.saver.bind_custom(
            "due_on", self.due_on, self.due_on.text, self.due_on.setText, self.due_on.textChanged
        )
        self.held: tuple[MeetingView, ...] | None = None

    def show_value(self, value: tuple[TimelinePoint, tuple[MeetingView, ...]]) -> None:
        point, held = value
        if held != self.held:
            self.held = held
            self.meeting.blockSignals(True)
            self.meeting.clear()
            self.meeting.addItem(self.tr("No meeting chosen"), None)
            for meeting in held:
                when = labels.day(meeting.starts_at.date()) if meeting.starts_at else ""
                self.meeting.addItem(f"{when} {meeting.title}".strip(), meeting.id)
            self.meeting.blockSignals(False)
        milestone = point.milestone
        self.saver.load(
            milestone.id,
            {
                "title": milestone.title,
                "due_on": labels.day(milestone.due_on),
                "criteria": milestone.criteria,
                "guarantee": milestone.guarantee,
                "evaluation_meeting_id": milestone.evaluation_meeting_id,
                "outcome": milestone.outcome,
                "outcome_note": milestone.outcome_note,
            },
            milestone.row_version,
        )
        self.risks.setText("\n".join("⚠ " + labels.risk(risk) for risk in point.risks))
        self.risks.setVisible(point.at_risk)
        self.delete_button.setAccessibleName(
            self.tr("Delete milestone: %1").replace("%1", milestone.title)
        )

    def set_chosen(self, chosen: bool) -> None:
        set_style(self, "chosen", chosen)


class MilestoneSection(QFrame):
    """The piketpalen section: time line, warnings, details per milestone, a row to add one."""

    def __init__(self, block: SectionBlock, work: Workbench, edits: SheetEdits) -> None:
        super().__init__()
        self.setProperty("card", True)
        self.edits = edits
        self.block: tuple | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 14)
        layout.setSpacing(8)
        layout.addWidget(label(block.title, "subheading"))
        layout.addWidget(label(block.help, "muted"))
        self.setAccessibleName(block.title)
        self.timeline = TimelineWidget()
        self.timeline.chosen.connect(self.choose)
        self.timeline.activated.connect(self.open)
        layout.addWidget(self.timeline)
        self.warnings = label("", "overdue")
        layout.addWidget(self.warnings)
        self.rows = KeyedRows(lambda value: self._row(value, work))
        layout.addWidget(self.rows)
        adder = QHBoxLayout()
        self.new_title = line_edit(
            self.tr("New milestone: name"), self.tr("Name of the new milestone")
        )
        self.new_date = line_edit(self.tr("dd-mm-yyyy"), self.tr("Date of the new milestone"))
        self.new_date.setMaximumWidth(130)
        self.add_button = button(self.tr("Add milestone"))
        for edit in (self.new_title, self.new_date):
            edit.returnPressed.connect(self._add)
        self.add_button.clicked.connect(self._add)
        adder.addWidget(self.new_title, 1)
        adder.addWidget(self.new_date)
        adder.addWidget(self.add_button)
        layout.addLayout(adder)
        self.said_heading = label(self.tr("Said in meetings"), "muted")
        self.said = EntryList()
        layout.addWidget(self.said_heading)
        layout.addWidget(self.said)

    def _row(self, value: tuple, work: Workbench) -> MilestoneRow:
        row = MilestoneRow(value[0], work, self.edits)
        row.show_value(value)
        return row

    def show_block(self, block: SectionBlock, sheet: Sheet) -> None:
        timeline = sheet.timeline
        state = (block, timeline, sheet.meetings)
        if state == self.block or timeline is None:
            return
        self.block = state
        self.timeline.set_timeline(timeline)
        self.rows.sync((point.id, (point, sheet.meetings)) for point in timeline.points)
        self.warnings.setText(self._warnings(timeline.at_risk))
        self.warnings.setVisible(bool(timeline.at_risk))
        self.said.show_entries(block.entries)
        self.said_heading.setVisible(bool(block.entries))

    def choose(self, milestone_id: str) -> None:
        """Mark the milestone chosen on the time line and bring its details into view."""
        for key, row in self.rows.rows.items():
            row.set_chosen(key == milestone_id)  # type: ignore[attr-defined]
        row = self.rows.rows.get(milestone_id)
        scroller = self.parent()
        while scroller is not None and not isinstance(scroller, QScrollArea):
            scroller = scroller.parent()
        if row is not None and scroller is not None:
            scroller.ensureWidgetVisible(row)

    def open(self, milestone_id: str) -> None:
        """Put the cursor in the chosen milestone's details."""
        self.choose(milestone_id)
        row = self.rows.rows.get(milestone_id)
        if row is not None:
            row.title.setFocus()

    def _warnings(self, points: Iterable[TimelinePoint]) -> str:
        return "\n".join(
            f"⚠ {point.milestone.title}: " + "; ".join(labels.risk(r) for r in point.risks)
            for point in points
        )

    def _add(self) -> None:
        if self.edits.add_milestone(title=self.new_title.text(), due_on=self.new_date.text()):
            self.new_title.clear()
            self.new_date.clear()
