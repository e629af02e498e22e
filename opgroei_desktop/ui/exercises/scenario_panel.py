"""The console panel of the scenarios: define them, rate them per party, note why, and send
what both value to the shared story."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.services.exercises import PARTIES
from .. import labels
from ..theme import COLOURS
from .controller import SCENARIOS, ExerciseRun
from .inline_edit import TEXT_ROLE, InlineEditDelegate, start_editing
from .score_grid import RIGHT, ScoreGrid

FIRST_SCORE_COLUMN = 1
MAX_SCENARIOS = 5


class ScenarioPanel(QWidget):
    """Scenarios down, criteria across, for the party whose ratings are being entered;
    G and I switch between the municipality and the initiative."""

    def __init__(self, exercises: ExerciseRun, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.exercises, self.state = exercises, exercises.state
        self.criteria = list(exercises.content.criteria)
        self.scenarios: list = []
        self.party = PARTIES[0]
        self.party_buttons: dict[str, QRadioButton] = {}
        choose = QHBoxLayout()
        choose.addWidget(QLabel(self.tr("Ratings of:")))
        group = QButtonGroup(self)
        for party, text in zip(
            PARTIES, (self.tr("the &municipality (G)"), self.tr("the ini&tiative (I)")), strict=True
        ):
            button = QRadioButton(text)
            button.setAccessibleName(text.replace("&", ""))
            button.toggled.connect(lambda on, p=party: on and self.set_party(p))
            group.addButton(button)
            choose.addWidget(button)
            self.party_buttons[party] = button
        choose.addSpacing(12)
        self.party_buttons[self.party].setChecked(True)
        self.choose = choose
        self.new_line = QLineEdit()
        self.new_line.setPlaceholderText(self.tr("New scenario, then Enter"))
        self.new_line.setAccessibleName(self.tr("Name of a new scenario"))
        self.new_line.returnPressed.connect(self._add)
        self.new_line.setMinimumWidth(180)
        self.examples_button = QPushButton(self.tr("Examples"))
        self.examples_button.setAccessibleName(self.tr("Add the four example scenarios"))
        self.examples_button.setToolTip(self.tr("Add the four example scenarios"))
        self.examples_button.clicked.connect(self.exercises.add_examples)
        self.rename_button = QPushButton(self.tr("Rename (F2)"))
        self.rename_button.setAccessibleName(self.tr("Rename the selected scenario"))
        self.rename_button.clicked.connect(self.rename)
        self.remove_button = QPushButton(self.tr("Delete"))
        self.remove_button.setAccessibleName(self.tr("Delete the selected scenario"))
        self.remove_button.clicked.connect(self._remove)
        self.grid = ScoreGrid(FIRST_SCORE_COLUMN, RIGHT)
        self.grid.setAccessibleName(self.tr("Ratings per scenario"))
        self.grid.scoreEntered.connect(self._entered)
        self.grid.currentCellChanged.connect(lambda *_: self._show_note())
        self.grid.blocks = [range(FIRST_SCORE_COLUMN, FIRST_SCORE_COLUMN + len(self.criteria))]
        self.grid.setWordWrap(False)
        self.grid.letters = {
            Qt.Key.Key_G: lambda: self.set_party("gemeente"),
            Qt.Key.Key_I: lambda: self.set_party("initiatief"),
            Qt.Key.Key_F2: self.rename,
        }
        self.names = InlineEditDelegate(self.grid, self._rename_row)
        self.names.finished = self._edit_over
        self.grid.setItemDelegateForColumn(0, self.names)
        self._stale = False
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Why this rating"))
        self.note.setPlaceholderText(self.tr("Why this rating? Enter saves the note"))
        self.note.returnPressed.connect(self._save_note)
        self.shared = QLabel()
        self.shared.setTextFormat(Qt.TextFormat.PlainText)
        self.shared.setWordWrap(True)
        self.share_button = QPushButton(self.tr("To the shared story"))
        self.share_button.setAccessibleName(
            self.tr("Put what both value on the shared-story worksheet")
        )
        self.share_button.clicked.connect(self._share_all)
        self.mark_button = QPushButton(self.tr("Both value this cell"))
        self.mark_button.setAccessibleName(
            self.tr("Put the selected scenario and criterion on the shared story")
        )
        self.mark_button.clicked.connect(self._share_current)
        hint = QLabel(self.tr("Type 1–5 (1 poor, 5 good); 0 clears; G or I switches the party."))
        hint.setProperty("role", "muted")
        hint.setWordWrap(True)
        top = self.choose
        top.addWidget(self.new_line, 2)
        top.addWidget(self.examples_button)
        top.addWidget(self.rename_button)
        top.addWidget(self.remove_button)
        share = QHBoxLayout()
        share.addWidget(hint, 1)
        share.addWidget(self.mark_button)
        share.addWidget(self.share_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.shared)
        layout.addLayout(share)
        self.state.exerciseChanged.connect(self._on_exercise)
        self.render()

    def focus_target(self) -> QWidget:
        """Where F6 puts the keyboard: the grid, or the name line when there is nothing yet."""
        return self.grid if self.scenarios else self.new_line

    def _on_exercise(self, exercise: str) -> None:
        if exercise == SCENARIOS:
            self.render()

    def render(self) -> None:
        """Rebuild the grid from the matrix in the run state, keeping the cursor (after a
        name being edited in place is done)."""
        if self.names.editing():
            self._stale = True
            return
        self._stale = False
        matrix = self.state.exercise_data.get(SCENARIOS)
        self.scenarios = list(matrix.scenarios) if matrix is not None else []
        grid = self.grid
        row, column = grid.currentRow(), grid.currentColumn()
        grid.clear()
        grid.setRowCount(len(self.scenarios))
        grid.setColumnCount(FIRST_SCORE_COLUMN + len(self.criteria))
        grid.setHorizontalHeaderItem(0, QTableWidgetItem(self.tr("Scenario")))
        colour = QColor(COLOURS.party(self.party))
        for column_index, criterion in enumerate(self.criteria, FIRST_SCORE_COLUMN):
            header = QTableWidgetItem(criterion.short)
            header.setForeground(colour)
            header.setToolTip(f"{labels.party(self.party)}: {criterion.question}")
            grid.setHorizontalHeaderItem(column_index, header)
        for row_index, scenario in enumerate(self.scenarios):
            grid.text_cell(row_index, 0, scenario.title)
            grid.item(row_index, 0).setData(TEXT_ROLE, scenario.title)
            for column_index, criterion in enumerate(self.criteria, FIRST_SCORE_COLUMN):
                rating = matrix.rating(scenario.id, criterion.key, self.party)
                grid.put(row_index, column_index, rating.score if rating else None)
        header = grid.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column_index in range(FIRST_SCORE_COLUMN, grid.columnCount()):
            header.setSectionResizeMode(column_index, QHeaderView.ResizeMode.Fixed)
            grid.setColumnWidth(column_index, 84)
        if self.scenarios:
            grid.setCurrentCell(
                min(max(row, 0), len(self.scenarios) - 1), max(column, FIRST_SCORE_COLUMN)
            )
        full = len(self.scenarios) >= MAX_SCENARIOS
        self.new_line.setEnabled(not full)
        self.examples_button.setVisible(not self.scenarios)
        self.remove_button.setEnabled(bool(self.scenarios))
        self.rename_button.setEnabled(bool(self.scenarios))
        shared = matrix.shared() if matrix is not None else ()
        listed = "; ".join(f"{s.title} – {c.short.lower()}" for s, c in shared[:3])
        if len(shared) > 3:
            listed += " …"
        self.shared.setText(
            self.tr("Both value (%n): {0}", "", len(shared)).format(listed)
            if shared
            else self.tr("Nothing yet that both rate 4 or higher.")
        )
        self.shared.setToolTip("\n".join(f"{s.title} – {c.title}" for s, c in shared))
        self.share_button.setEnabled(bool(shared))
        self._show_note()

    def set_party(self, party: str) -> None:
        """Enter (and show) the ratings of ``party``."""
        if party == self.party:
            return
        self.party = party
        self.party_buttons[party].setChecked(True)
        self.render()

    def _cell(self) -> tuple | None:
        row, column = self.grid.currentRow(), self.grid.currentColumn()
        if not 0 <= row < len(self.scenarios) or column < FIRST_SCORE_COLUMN:
            return None
        return self.scenarios[row], self.criteria[column - FIRST_SCORE_COLUMN], self.party

    def _show_note(self) -> None:
        cell = self._cell()
        matrix = self.state.exercise_data.get(SCENARIOS)
        rating = matrix.rating(cell[0].id, cell[1].key, cell[2]) if cell and matrix else None
        self.note.setEnabled(rating is not None)
        self.mark_button.setEnabled(cell is not None)
        if not self.note.hasFocus():
            self.note.setText(rating.note if rating else "")

    def _add(self) -> None:
        title = self.new_line.text().strip()
        if title and self.exercises.add_scenario(title):
            self.new_line.clear()

    def rename(self) -> None:
        """Edit the selected scenario's name in place; Enter stores it, Esc keeps the old."""
        row = self.grid.currentRow()
        if 0 <= row < len(self.scenarios):
            start_editing(self.grid, self.grid.model().index(row, 0))

    def _rename_row(self, index: QModelIndex, title: str) -> bool:
        if not 0 <= index.row() < len(self.scenarios):
            return True
        return self.exercises.rename_scenario(self.scenarios[index.row()], title.strip())

    def _edit_over(self) -> None:
        if self._stale:
            self.render()

    def _remove(self) -> None:
        row = self.grid.currentRow()
        if 0 <= row < len(self.scenarios):
            self.exercises.remove_scenario(self.scenarios[row].id)

    def _entered(self, row: int, column: int, value: int | None) -> None:
        criterion = self.criteria[column - FIRST_SCORE_COLUMN]
        self.exercises.rate(self.scenarios[row].id, criterion.key, self.party, value)

    def _save_note(self) -> None:
        cell = self._cell()
        matrix = self.state.exercise_data.get(SCENARIOS)
        rating = matrix.rating(cell[0].id, cell[1].key, cell[2]) if cell and matrix else None
        if rating is not None:
            self.exercises.rate(cell[0].id, cell[1].key, cell[2], rating.score, self.note.text())
            self.grid.setFocus()

    def _share_current(self) -> None:
        cell = self._cell()
        if cell is not None:
            self.exercises.share(cell[0], cell[1].key)

    def _share_all(self) -> None:
        matrix = self.state.exercise_data.get(SCENARIOS)
        if matrix is None:
            return
        stack = self.exercises.run.undo_stack
        stack.beginMacro(self.tr("To the shared story"))
        try:
            for scenario, criterion in matrix.shared():
                self.exercises.share(scenario, criterion.key)
        finally:
            stack.endMacro()
