"""The console's exercise panel: the panel of the current step's exercise, with a heading."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from .baseline_panel import BaselinePanel
from .cards_panel import CardsPanel
from .controller import BASELINE, CARDS, ROLE_REVERSAL, SCENARIOS, ExerciseRun
from .role_panel import RoleReversalPanel
from .scenario_panel import ScenarioPanel


class ExercisePanel(QWidget):
    """Shows the panel of the exercise the current step has (and nothing otherwise)."""

    def __init__(self, exercises: ExerciseRun, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.exercises, self.state = exercises, exercises.state
        self.setAccessibleName(self.tr("Exercise"))
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setProperty("role", "subheading")
        self.baseline = BaselinePanel(exercises)
        self.scenarios = ScenarioPanel(exercises)
        self.cards = CardsPanel(exercises)
        self.role = RoleReversalPanel(exercises)
        self.panels = {
            BASELINE: (self.baseline, self.tr("Baseline: scores per party (F6 to enter)")),
            SCENARIOS: (self.scenarios, self.tr("Scenarios: ratings per party (F6 to enter)")),
            CARDS: (self.cards, self.tr("Assumption cards (F6 to enter)")),
            ROLE_REVERSAL: (self.role, self.tr("Role reversal (F6 to enter)")),
        }
        self.stack = QStackedWidget()
        for panel, _ in self.panels.values():
            self.stack.addWidget(panel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.stack, 1)
        self.state.stepChanged.connect(self.render)
        self.state.phaseChanged.connect(self.render)
        self.render()

    @property
    def current(self) -> QWidget | None:
        """The panel of the current step's exercise, or None."""
        found = self.panels.get(self.state.exercise or "")
        return found[0] if found else None

    def render(self, *_: object) -> None:
        """Show the panel that fits the current step."""
        found = self.panels.get(self.state.exercise or "")
        if found is None:
            return
        panel, heading = found
        self.heading.setText(heading)
        self.stack.setCurrentWidget(panel)

    def take_keyboard(self) -> None:
        """Put the keyboard in the current panel (F6)."""
        panel = self.current
        if panel is not None:
            panel.focus_target().setFocus(Qt.FocusReason.ShortcutFocusReason)
