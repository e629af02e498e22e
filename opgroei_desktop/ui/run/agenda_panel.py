"""The console's agenda (current step highlighted) and the step timer with the meeting's end."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..theme import COLOURS
from . import labels
from .run_state import RUNNING, RunState


class AgendaList(QListWidget):
    """The agenda items and the closing step; a click moves the meeting to that step."""

    def __init__(self, state: RunState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setAccessibleName(self.tr("Agenda"))
        self.setWordWrap(True)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.itemClicked.connect(self._clicked)
        state.agendaChanged.connect(self.render)
        state.stepChanged.connect(self.render)
        state.phaseChanged.connect(self.render)
        # A resumed meeting has its agenda before this list exists.
        self.render()

    def render(self) -> None:
        """Rebuild the rows: done steps with their time spent, the current one highlighted."""
        state = self.state
        self.clear()
        for index, step in enumerate(state.steps):
            spent = state.elapsed(index)
            if index < state.index and spent:
                time_text = self.tr("{0} of {1} min").format(labels.clock(spent), step.minutes)
            else:
                time_text = self.tr("%n min", "", step.minutes)
            self._add(f"{index + 1}. {step.title}", time_text, index)
        self._add(self.tr("Closing"), self.tr("decisions, agreements, actions"), len(state.steps))
        current = self.item(state.index)
        if current is not None:
            self.scrollToItem(current)

    def _add(self, title: str, detail: str, index: int) -> None:
        current = index == self.state.index and self.state.phase == RUNNING
        marker = "▶ " if current else ("✓ " if index < self.state.index else "")
        item = QListWidgetItem(f"{marker}{title}\n{detail}")
        item.setData(Qt.ItemDataRole.UserRole, index)
        item.setToolTip(title)
        if current:
            font = QFont(self.font())
            font.setBold(True)
            item.setFont(font)
            item.setBackground(QBrush(QColor(COLOURS.accent_soft)))
            item.setForeground(QBrush(QColor(COLOURS.accent)))
        elif index < self.state.index:
            item.setForeground(QBrush(QColor(COLOURS.muted)))
        self.addItem(item)

    def _clicked(self, item: QListWidgetItem) -> None:
        if self.state.phase == RUNNING:
            self.state.go_to(item.data(Qt.ItemDataRole.UserRole))


class TimerPanel(QFrame):
    """Time left on the step (or '+mm:ss' over), start/pause, extra minutes, planned end."""

    def __init__(self, state: RunState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setProperty("card", True)
        self.time_label = QLabel()
        self.time_label.setAccessibleName(self.tr("Time left on this step"))
        self.time_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status_label = QLabel()
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status_label.setProperty("role", "muted")
        self.end_label = QLabel()
        self.end_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.end_label.setWordWrap(True)
        self.toggle_button = self._button(self.tr("Start or pause the timer"))
        self.toggle_button.clicked.connect(state.toggle_running)
        self.more_button = self._button(self.tr("One minute more"), self.tr("+1 (Ctrl+↑)"))
        self.more_button.clicked.connect(lambda: state.add_minutes(1))
        self.much_more_button = self._button(
            self.tr("Five minutes more"), self.tr("+5 (Ctrl+Shift+↑)")
        )
        self.much_more_button.clicked.connect(lambda: state.add_minutes(5))
        self.less_button = self._button(self.tr("One minute less"), self.tr("−1 (Ctrl+↓)"))
        self.less_button.clicked.connect(lambda: state.add_minutes(-1))
        buttons = QGridLayout()
        buttons.setSpacing(6)
        buttons.addWidget(self.toggle_button, 0, 0)
        buttons.addWidget(self.less_button, 0, 1)
        buttons.addWidget(self.more_button, 1, 0)
        buttons.addWidget(self.much_more_button, 1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(4)
        layout.addWidget(self.time_label)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        layout.addWidget(self.end_label)
        state.timerChanged.connect(self.render)
        state.runningChanged.connect(self.render)
        state.stepChanged.connect(self.render)
        state.phaseChanged.connect(self.render)
        state.meetingChanged.connect(self.render)
        self.render()

    def render(self) -> None:
        """Refresh the reading; called on every tick, so it only sets what changed."""
        state = self.state
        active = state.phase == RUNNING and not state.at_closing
        for button in (self.toggle_button, self.more_button, self.much_more_button):
            button.setEnabled(active)
        self.less_button.setEnabled(active)
        self.toggle_button.setText(
            self.tr("Pause (Ctrl+Space)") if state.running else self.tr("Start (Ctrl+Space)")
        )
        remaining = state.remaining() if active else 0.0
        over = remaining < 0
        text = ("+" + labels.clock(-remaining)) if over else labels.clock(remaining)
        colour = COLOURS.error if over else (COLOURS.text if state.running else COLOURS.muted)
        self._set(self.time_label, text if active else "—")
        self._style(self.time_label, f"font-size: 34pt; font-weight: bold; color: {colour};")
        if not active:
            status = ""
        elif over:
            status = self.tr("over time · planned {0}").format(labels.clock(state.budget()))
        else:
            paused = "" if state.running else self.tr("paused · ")
            status = paused + self.tr("left of {0}").format(labels.clock(state.budget()))
        self._set(self.status_label, status)
        self._set(self.end_label, self._end_text())

    def _end_text(self) -> str:
        planned = self.state.planned_end()
        projected = self.state.projected_end()
        expected = self.tr("Expected end {0}").format(labels.time_of_day(projected))
        if planned is None:
            return expected
        late = int((projected - planned).total_seconds() // 60)
        text = self.tr("Planned end {0}").format(labels.time_of_day(planned)) + " · " + expected
        if late > 0:
            text += " " + self.tr("(%n min later)", "", late)
        return text

    def _button(self, name: str, text: str = "") -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.setToolTip(name)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.setMinimumHeight(36)
        return button

    @staticmethod
    def _set(label: QLabel, text: str) -> None:
        if label.text() != text:
            label.setText(text)

    @staticmethod
    def _style(label: QLabel, style: str) -> None:
        if label.styleSheet() != style:
            label.setStyleSheet(style)
