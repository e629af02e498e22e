"""The console panel of the baseline (nulmeting): scores by keyboard, per anonymous respondent
(a paper sheet typed as one row of digits), per party, or per named person.

Anonymous is the default: the exercise promises that nobody is judged, so no name is stored
unless the facilitator chooses "per person". The result stays off the beamer until the
facilitator shows it, so people score without seeing the others.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.services.exercises import PARTIES, respondents
from .. import labels
from ..common.lines import UndoFriendlyLine
from ..theme import COLOURS
from .controller import BASELINE, ExerciseRun
from .score_grid import DOWN, ScoreGrid
from .words import RADAR, TREND, score_text

FIRST_SCORE_COLUMN = 2


class BaselinePanel(QWidget):
    """Statements down, raters across (the two parties, or the people present)."""

    def __init__(self, exercises: ExerciseRun, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.exercises, self.state = exercises, exercises.state
        self.raters: list[tuple[str, str | None, int | None, str]] = []
        self.statements = list(exercises.content.statements)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setProperty("role", "subheading")
        self.status.setWordWrap(True)
        self.milestone = QComboBox()
        self.milestone.setAccessibleName(self.tr("Milestone this measurement belongs to"))
        self.milestone.activated.connect(self._milestone_chosen)
        milestone_label = QLabel(self.tr("&Milestone:"))
        milestone_label.setBuddy(self.milestone)
        self.by_sheet = QRadioButton(self.tr("Per &respondent (anonymous)"))
        self.by_party = QRadioButton(self.tr("Per &party"))
        self.by_person = QRadioButton(self.tr("Per p&erson (named)"))
        modes = QButtonGroup(self)
        for button in (self.by_sheet, self.by_party, self.by_person):
            button.setAccessibleName(button.text().replace("&", ""))
            modes.addButton(button)
        self.by_sheet.setChecked(True)
        modes.buttonToggled.connect(lambda _button, on: on and self._rebuild())
        self.sheet_party = QComboBox()
        self.sheet_party.setAccessibleName(self.tr("Party of the score sheet"))
        for party in PARTIES:
            self.sheet_party.addItem(labels.party(party), party)
        self.sheet_line = UndoFriendlyLine()
        self.sheet_line.setAccessibleName(self.tr("Scores of one sheet"))
        self.sheet_line.setPlaceholderText(
            self.tr("One sheet: {0} digits 1–5 in order (0 = open), then Enter").format(
                len(self.statements)
            )
        )
        self.sheet_line.returnPressed.connect(self._sheet_entered)
        self.sheet_note = QLabel()
        self.sheet_note.setTextFormat(Qt.TextFormat.PlainText)
        self.sheet_note.setProperty("role", "muted")
        self.reveal_button = QPushButton(self.tr("Show the result on the screen"))
        self.reveal_button.setCheckable(True)
        self.reveal_button.setAccessibleName(self.tr("Show the result on the screen"))
        self.reveal_button.toggled.connect(self.state.reveal_baseline)
        self.grid = ScoreGrid(FIRST_SCORE_COLUMN, DOWN)
        self.grid.setAccessibleName(self.tr("Scores per statement"))
        self.grid.scoreEntered.connect(self._entered)
        hint = QLabel(
            self.tr(
                "Type 1–5 in a cell (1 not at all, 5 completely); 0 clears. Arrows and Tab move."
            )
        )
        hint.setProperty("role", "muted")
        hint.setWordWrap(True)
        self.radar_button = QPushButton(self.tr("Radar"))
        self.trend_button = QPushButton(self.tr("Trend"))
        for button, view in ((self.radar_button, RADAR), (self.trend_button, TREND)):
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, v=view: self._show_on_screen(v))
        self.radar_button.setAccessibleName(self.tr("Show the radar and the differences"))
        self.trend_button.setAccessibleName(self.tr("Show the trend over time"))
        mode = QHBoxLayout()
        mode.addWidget(QLabel(self.tr("Enter scores:")))
        mode.addWidget(self.by_sheet)
        mode.addWidget(self.by_party)
        mode.addWidget(self.by_person)
        mode.addStretch(1)
        mode.addWidget(milestone_label)
        mode.addWidget(self.milestone, 1)
        self.sheet_row = QWidget()
        sheet = QHBoxLayout(self.sheet_row)
        sheet.setContentsMargins(0, 0, 0, 0)
        sheet.addWidget(self.sheet_party)
        sheet.addWidget(self.sheet_line, 1)
        sheet.addWidget(self.sheet_note)
        screen = QHBoxLayout()
        screen.addWidget(hint, 1)
        screen.addWidget(QLabel(self.tr("On the screen:")))
        screen.addWidget(self.reveal_button)
        screen.addWidget(self.radar_button)
        screen.addWidget(self.trend_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addLayout(mode)
        layout.addWidget(self.sheet_row)
        layout.addWidget(self.grid, 1)
        layout.addLayout(screen)
        self.state.exerciseChanged.connect(self._on_exercise)
        run = exercises.run
        run.peopleChanged.connect(self._rebuild)
        self._rebuild()

    def focus_target(self) -> QWidget:
        """Where F6 puts the keyboard: the sheet line, or the score grid."""
        return self.sheet_line if self.by_sheet.isChecked() else self.grid

    def _on_exercise(self, exercise: str) -> None:
        if exercise == BASELINE:
            self.render()

    def _respondent_raters(self) -> list[tuple[str, str | None, int | None, str]]:
        show = self.state.exercise_data.get(BASELINE)
        scores = show.scores if show is not None else ()
        return [
            (party, None, number, f"{labels.party(party)[:1]}{number}")
            for party in PARTIES
            for number in respondents(scores, party)
        ]

    def _rebuild(self) -> None:
        run = self.exercises.run
        self.sheet_row.setVisible(self.by_sheet.isChecked())
        if self.by_sheet.isChecked():
            self.raters = self._respondent_raters()
        elif self.by_party.isChecked():
            self.raters = [(party, None, None, labels.party(party)) for party in PARTIES]
        else:
            present = {a.person_id for a in run.attendance if a.status == "aanwezig"}
            people = [p for p in run.people if p.party in PARTIES and not p.forgotten]
            chosen = [p for p in people if p.id in present] or people
            chosen.sort(key=lambda p: (PARTIES.index(p.party), p.name.casefold()))
            self.raters = [(p.party, p.id, None, p.name) for p in chosen]
        grid = self.grid
        grid.clear()
        grid.setRowCount(len(self.statements))
        grid.setColumnCount(FIRST_SCORE_COLUMN + len(self.raters))
        for column, title in enumerate((self.tr("Part"), self.tr("Statement"))):
            grid.setHorizontalHeaderItem(column, QTableWidgetItem(title))
        for column, (party, _, _, name) in enumerate(self.raters, FIRST_SCORE_COLUMN):
            header = QTableWidgetItem(name)
            header.setForeground(QColor(COLOURS.party(party)))
            grid.setHorizontalHeaderItem(column, header)
        content = self.exercises.content
        previous = None
        for row, statement in enumerate(self.statements):
            # The part is named once, above its statements, so the rows read as groups.
            part = content.short_title(statement.dimension)
            grid.text_cell(row, 0, part if statement.dimension != previous else "", muted=True)
            grid.text_cell(row, 1, statement.text)
            previous = statement.dimension
        header = grid.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        metrics = header.fontMetrics()
        for column, (*_, name) in enumerate(self.raters, FIRST_SCORE_COLUMN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            narrowest = 40 if self.by_sheet.isChecked() else 64
            grid.setColumnWidth(
                column, min(max(narrowest, metrics.horizontalAdvance(name) + 20), 130)
            )
        grid.setCurrentCell(0, FIRST_SCORE_COLUMN)
        self.render()

    def render(self) -> None:
        """Fill the scores, the status line, the milestone choice and the screen buttons."""
        if self.by_sheet.isChecked() and self._respondent_raters() != self.raters:
            self._rebuild()
            return
        show = self.state.exercise_data.get(BASELINE)
        scores = show.scores if show is not None else ()
        given = {(s.statement_key, s.party, s.person_id, s.respondent): s.score for s in scores}
        rows = {statement.key: row for row, statement in enumerate(self.statements)}
        for row in range(self.grid.rowCount()):
            for column in range(FIRST_SCORE_COLUMN, self.grid.columnCount()):
                self.grid.put(row, column, None)
        for (key, party, person, respondent), value in given.items():
            column = self._column(party, person, respondent)
            if key in rows and column is not None:
                self.grid.put(rows[key], column, value)
        self._status(show)
        self._milestones(show)
        view = self.state.baseline_view
        self.radar_button.setChecked(view == RADAR)
        self.trend_button.setChecked(view == TREND)
        self.trend_button.setEnabled(show is not None and len(show.trend) >= 2)
        self.reveal_button.blockSignals(True)
        self.reveal_button.setChecked(self.state.baseline_revealed)
        self.reveal_button.blockSignals(False)

    def _column(self, party: str, person_id: str | None, respondent: int | None) -> int | None:
        for column, rater in enumerate(self.raters, FIRST_SCORE_COLUMN):
            if rater[:3] == (party, person_id, respondent):
                return column
        return None

    def _show_on_screen(self, view: str) -> None:
        """Radar or trend: choosing one also shows the result to the room."""
        self.state.set_baseline_view(view)
        self.state.reveal_baseline(True)
        self.render()

    def _sheet_entered(self) -> None:
        text = self.sheet_line.text().strip()
        if text[:1].lower() in ("g", "i"):
            # A leading g or i says whose sheet it is, and stays chosen for the next ones.
            party = "gemeente" if text[0].lower() == "g" else "initiatief"
            self.sheet_party.setCurrentIndex(self.sheet_party.findData(party))
            text = text[1:]
        party = self.sheet_party.currentData()
        number = self.exercises.score_sheet(party, text)
        if number is not None:
            self.sheet_line.setText("")  # and its typing history: Ctrl+Z undoes the sheet
            self.sheet_note.setText(
                self.tr("Stored as {0} respondent {1}").format(labels.party(party).lower(), number)
            )

    def _status(self, show: Any) -> None:
        if show is None or show.assessment is None:
            self.status.setText(self.tr("Baseline: starts with the first score"))
            return
        result = show.result
        averages = " · ".join(
            f"{labels.party(party)} {score_text(_overall(result, party))}" for party in PARTIES
        )
        self.status.setText(f"{show.assessment.title} — {averages}")

    def _milestones(self, show: Any) -> None:
        combo = self.milestone
        chosen = (
            show.assessment.milestone_id
            if show is not None and show.assessment is not None
            else self.exercises.pending_milestone
        )
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("(none)"), None)
        for stone in show.milestones if show is not None else ():
            combo.addItem(stone.title, stone.id)
        index = combo.findData(chosen)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def _milestone_chosen(self, index: int) -> None:
        self.exercises.tie_to_milestone(self.milestone.itemData(index))

    def _entered(self, row: int, column: int, value: int | None) -> None:
        party, person, respondent, _ = self.raters[column - FIRST_SCORE_COLUMN]
        self.exercises.score(self.statements[row].key, party, value, person, respondent)


def _overall(result: Any, party: str) -> float | None:
    values = [v for d in result.dimensions if (v := result.average(d, party)) is not None]
    return sum(values) / len(values) if values else None
