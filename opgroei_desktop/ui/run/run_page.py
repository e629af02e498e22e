"""The console page used while the meeting runs: agenda, step, timer, instructions, entries."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..common.rich_text import markdown_html, safe_browser
from ..exercises.panel import ExercisePanel
from ..theme import COLOURS
from .agenda_panel import AgendaList, TimerPanel
from .entries_panel import EntriesPanel
from .meeting_run import MeetingRun


class StepHeader(QWidget):
    """Which step, its worksheet, its title, and the prompt the room sees."""

    def __init__(self, run: MeetingRun, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.run = run
        self.where = QLabel()
        self.where.setTextFormat(Qt.TextFormat.PlainText)
        self.where.setProperty("role", "muted")
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 20pt; font-weight: bold;")
        self.prompt = QLabel()
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt.setWordWrap(True)
        self.prompt.setAccessibleName(self.tr("Prompt shown to the room"))
        self.prompt.setStyleSheet(
            f"background: {COLOURS.surface}; border-left: 4px solid {COLOURS.accent};"
            " padding: 6px 10px; font-size: 13pt;"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.where)
        layout.addWidget(self.title)
        layout.addWidget(self.prompt)
        layout.addStretch(1)
        run.state.stepChanged.connect(self.render)
        run.state.agendaChanged.connect(self.render)
        self.render()

    def render(self) -> None:
        """Show the current step."""
        state = self.run.state
        step = state.current_step
        if step is None:
            self.where.setText("")
            self.title.setText(self.tr("Closing"))
            self.prompt.hide()
            return
        where = self.tr("Step {0} of {1}").format(state.index + 1, len(state.steps))
        sheet = self.run.worksheet_title(step.worksheet)
        if sheet:
            where += " · " + self.tr("worksheet: {0}").format(sheet)
        self.where.setText(where)
        self.title.setText(step.title)
        prompt = " ".join(step.prompt.split())
        self.prompt.setText(self.tr("On the screen: {0}").format(prompt) if prompt else "")
        self.prompt.setVisible(bool(prompt))


class RunPage(QWidget):
    """Agenda on the left; the step, its timer, the facilitator's notes and the entries."""

    def __init__(self, run: MeetingRun, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.run = run
        state = run.state
        agenda_heading = QLabel(self.tr("Agenda"))
        agenda_heading.setProperty("role", "subheading")
        self.agenda = AgendaList(state)
        self.agenda.setMinimumWidth(210)
        hint = QLabel(self.tr("PgDown next step · PgUp back"))
        hint.setProperty("role", "muted")
        hint.setWordWrap(True)
        left = QVBoxLayout()
        left.addWidget(agenda_heading)
        left.addWidget(self.agenda, 1)
        left.addWidget(hint)
        left_host = QWidget()
        left_host.setLayout(left)
        left.setContentsMargins(0, 0, 0, 0)

        self.header = StepHeader(run)
        self.timer = TimerPanel(state)
        self.timer.setMinimumWidth(300)
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.timer)

        instructions_heading = QLabel(self.tr("For you (not on the screen)"))
        instructions_heading.setProperty("role", "subheading")
        self.instructions = safe_browser(QTextBrowser())
        self.instructions.setAccessibleName(self.tr("Instructions for the facilitator"))
        self.instructions.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.instructions.setFrameShape(QFrame.Shape.NoFrame)
        self.instructions.setStyleSheet("QTextBrowser { font-size: 12pt; padding: 6px; }")
        notes = QWidget()
        notes_layout = QVBoxLayout(notes)
        notes_layout.setContentsMargins(0, 0, 0, 0)
        notes_layout.addWidget(instructions_heading)
        notes_layout.addWidget(self.instructions, 1)
        self.entries = EntriesPanel(state)
        self.notes = notes
        self.middle = QSplitter(Qt.Orientation.Horizontal)
        self.middle.addWidget(notes)
        self.middle.addWidget(self.entries)
        self.middle.setStretchFactor(0, 2)
        self.middle.setStretchFactor(1, 3)
        self.middle.setSizes([400, 600])
        self.middle.setChildrenCollapsible(False)
        # During an exercise the notes and entries stack on the left of the exercise panel.
        self.exercise = ExercisePanel(run.exercises)
        self.side = QSplitter(Qt.Orientation.Vertical)
        self.side.setChildrenCollapsible(False)
        self.exercise_split = QSplitter(Qt.Orientation.Horizontal)
        self.exercise_split.setChildrenCollapsible(False)
        self.exercise_split.addWidget(self.side)
        self.exercise_split.addWidget(self.exercise)
        self.exercise_split.setStretchFactor(1, 1)
        self.exercise_split.hide()

        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addLayout(top)
        right.addWidget(self.middle, 1)
        right.addWidget(self.exercise_split, 1)
        right_host = QWidget()
        right_host.setLayout(right)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(left_host)
        self.split.addWidget(right_host)
        self.split.setStretchFactor(1, 1)
        self.split.setSizes([260, 1000])
        self.split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.split)
        state.stepChanged.connect(self._show_instructions)
        state.agendaChanged.connect(self._show_instructions)
        for signal in (state.stepChanged, state.agendaChanged, state.phaseChanged):
            signal.connect(self._arrange)
        self._show_instructions()
        self._arrange()

    def _arrange(self, *_: object) -> None:
        """Notes beside the entries; during an exercise both beside the exercise panel."""
        exercise = self.run.state.exercise is not None
        if exercise == self.exercise_split.isVisible():
            return
        self.entries.set_compact(exercise)
        if exercise:
            self.side.addWidget(self.notes)
            self.side.addWidget(self.entries)
            self.side.setSizes([300, 300])
            self.middle.hide()
            self.exercise_split.show()
            # Once now and once after the window system settled the new layout.
            QTimer.singleShot(0, self._give_exercise_room)
            QTimer.singleShot(150, self._give_exercise_room)
        else:
            self.middle.addWidget(self.notes)
            self.middle.addWidget(self.entries)
            self.middle.setSizes([400, 600])
            self.exercise_split.hide()
            self.middle.show()

    def _give_exercise_room(self) -> None:
        # The exercise needs the room; notes and entries stay readable at 300 pixels.
        width = self.exercise_split.width()
        if width > 600:
            self.exercise_split.setSizes([300, width - 300])

    def _show_instructions(self) -> None:
        step = self.run.state.current_step
        text = step.instructions if step is not None else ""
        if not text.strip():
            text = self.tr("No instructions for this step.")
        self.instructions.setHtml(markdown_html(text))
