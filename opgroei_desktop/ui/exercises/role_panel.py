"""The console panel of the role reversal: the dilemma on the screen, and what each side
noticed while playing the other, filed with the right party and worksheet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ...core.services.exercises import PARTIES, ROLE_REVERSAL_DILEMMA
from .controller import ROLE_REVERSAL, ExerciseRun
from .words import played_line


class RoleReversalPanel(QWidget):
    """One line for the dilemma, one per side for what it noticed; Enter files each."""

    def __init__(self, exercises: ExerciseRun, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.exercises, self.state = exercises, exercises.state
        self.dilemma = QLineEdit()
        self.dilemma.setAccessibleName(self.tr("The dilemma"))
        self.dilemma.setPlaceholderText(
            self.tr("The real dilemma of today; Enter puts it on screen")
        )
        self.dilemma.returnPressed.connect(self._file_dilemma)
        self.lines: dict[str, QLineEdit] = {}
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.tr("&Dilemma"), self.dilemma)
        for party in PARTIES:
            line = QLineEdit()
            line.setAccessibleName(played_line(party))
            line.setPlaceholderText(self.tr("What struck them? Enter files it"))
            line.returnPressed.connect(lambda p=party: self._file_noticed(p))
            form.addRow(played_line(party), line)
            self.lines[party] = line
        self.current = QLabel()
        self.current.setTextFormat(Qt.TextFormat.PlainText)
        self.current.setWordWrap(True)
        self.current.setProperty("role", "muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.current)
        layout.addStretch(1)
        self.state.exerciseChanged.connect(self._on_exercise)
        self.render()

    def focus_target(self) -> QWidget:
        """Where F6 puts the keyboard: the dilemma until there is one, then the first side."""
        show = self.state.exercise_data.get(ROLE_REVERSAL)
        return self.lines[PARTIES[0]] if show is not None and show.dilemma else self.dilemma

    def _on_exercise(self, exercise: str) -> None:
        if exercise == ROLE_REVERSAL:
            self.render()

    def render(self) -> None:
        """Say which dilemma is on the screen."""
        show = self.state.exercise_data.get(ROLE_REVERSAL)
        dilemma = show.dilemma if show is not None else ""
        self.current.setText(
            self.tr("On the screen: {0}").format(dilemma)
            if dilemma
            else self.tr("No dilemma on the screen yet.")
        )

    def _file_dilemma(self) -> None:
        text = self.dilemma.text().strip()
        if text and self.exercises.file(text, "procesbegeleider", ROLE_REVERSAL_DILEMMA):
            self.dilemma.clear()

    def _file_noticed(self, party: str) -> None:
        line = self.lines[party]
        text = line.text().strip()
        if text and self.exercises.file(text, party):
            line.clear()
