"""The closing step on the console: today's decisions, agreements and actions, then finish.

Finishing is a deliberate act: the button (or Ctrl+Enter) first asks, and only a second
Ctrl+Enter or a click on "Yes, finish" ends the meeting. None of the buttons takes the
keyboard, so Space from a presenter remote or a word typed for the capture line never
presses one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..common.rich_text import safe_browser
from ..theme import COLOURS
from .run_state import FINISHED, RunState
from .summary import summary_html


class ClosingPage(QWidget):
    """What the room checks on the projector, and the button that marks the meeting held."""

    finishRequested = Signal()
    backRequested = Signal()
    closeRequested = Signal()

    def __init__(self, state: RunState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.heading = QLabel()
        self.heading.setProperty("role", "heading")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.summary = safe_browser(QTextBrowser())
        self.summary.setAccessibleName(self.tr("Decisions, agreements and actions of today"))
        self.summary.setStyleSheet("QTextBrowser { font-size: 13pt; padding: 8px; }")
        self.back_button = QPushButton(self.tr("Back to the agenda (PgUp)"))
        self.back_button.setAccessibleName(self.tr("Back to the agenda"))
        self.back_button.setProperty("big", True)
        self.back_button.clicked.connect(self.backRequested)
        self.finish_button = QPushButton(self.tr("Finish the meeting (Ctrl+Enter)"))
        self.finish_button.setAccessibleName(self.tr("Finish the meeting"))
        self.finish_button.setProperty("primary", True)
        self.finish_button.setProperty("big", True)
        self.finish_button.clicked.connect(self.ask_to_finish)
        self.confirm = QFrame()
        self.confirm.setProperty("card", True)
        self.confirm_text = QLabel(
            self.tr(
                "Finish the meeting now? It is marked as held and the screen thanks the room. "
                "Notes can no longer be added in the room."
            )
        )
        self.confirm_text.setWordWrap(True)
        self.yes_button = QPushButton(self.tr("Yes, finish (Ctrl+Enter)"))
        self.yes_button.setAccessibleName(self.tr("Yes, finish the meeting"))
        self.yes_button.setProperty("primary", True)
        self.yes_button.clicked.connect(self._confirmed)
        self.not_yet_button = QPushButton(self.tr("Not yet (Esc)"))
        self.not_yet_button.setAccessibleName(self.tr("Do not finish the meeting yet"))
        self.not_yet_button.clicked.connect(self.cancel_finish)
        confirm_row = QHBoxLayout(self.confirm)
        confirm_row.addWidget(self.confirm_text, 1)
        confirm_row.addWidget(self.not_yet_button)
        confirm_row.addWidget(self.yes_button)
        self.confirm.hide()
        self.close_button = QPushButton(self.tr("Close this window"))
        self.close_button.setAccessibleName(self.tr("Close this window"))
        self.close_button.setProperty("big", True)
        self.close_button.clicked.connect(self.closeRequested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.finish_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.confirm)
        layout.addLayout(buttons)
        for button in (self.back_button, self.finish_button, self.yes_button, self.not_yet_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        state.entriesChanged.connect(self.render)
        state.phaseChanged.connect(self.render)
        state.stepChanged.connect(self.render)
        self.render()

    def render(self) -> None:
        """Show the list and the buttons that fit the meeting's state (only when in view)."""
        if not self.isVisible():
            return
        finished = self.state.phase == FINISHED
        if finished:
            self.heading.setText(self.tr("The meeting has been finished"))
            self.hint.setText(
                self.tr("It is marked as held. The minutes can now be made from the main window.")
            )
        else:
            self.heading.setText(self.tr("Closing: is this what we agreed?"))
            self.hint.setText(
                self.tr(
                    "The screen now shows today's decisions, agreements and actions. Go through "
                    "them with the room; to correct one, go back to its step (PgUp). Then finish "
                    "the meeting."
                )
            )
        self.back_button.setVisible(not finished)
        self.finish_button.setVisible(not finished)
        self.close_button.setVisible(finished)
        if finished:
            self.confirm.hide()
        self.summary.setHtml(summary_html(self.state, COLOURS.accent, COLOURS.muted))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.render()

    @property
    def asking(self) -> bool:
        """True while the page asks whether to finish the meeting."""
        return self.confirm.isVisibleTo(self)

    def ask_to_finish(self) -> None:
        """The first step of finishing: ask, with 'not yet' as the easy way out."""
        if self.state.phase != FINISHED:
            self.confirm.show()

    def confirm_or_ask(self) -> None:
        """Ctrl+Enter: ask first; pressed again while asking, finish."""
        if self.asking:
            self._confirmed()
        else:
            self.ask_to_finish()

    def cancel_finish(self) -> None:
        """Leave the question without finishing."""
        self.confirm.hide()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt's name)
        super().hideEvent(event)
        self.confirm.hide()

    def _confirmed(self) -> None:
        self.confirm.hide()
        self.finishRequested.emit()
