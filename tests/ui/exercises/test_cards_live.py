"""Assumption cards typed as they are read out: one keystroke adds and shows each card."""

from __future__ import annotations

from PySide6.QtCore import Qt

from opgroei_desktop.core.services import exercises as ex
from opgroei_desktop.core.services import meetings

CTRL = Qt.KeyboardModifier.ControlModifier


def test_an_empty_pile_says_what_to_do_and_ctrl_enter_shows_a_new_card(
    qtbot, store, console, exercise_meeting
):
    """The beamer explains an empty pile; Ctrl+Enter files the card and turns it over,
    without starting or finishing anything else."""
    console.state.go_to(3)
    qtbot.keyClick(console.capture.line, Qt.Key.Key_F6)
    screen = console.projector.exercise_screen.cards
    assert "as they are read out" in screen.pile.text()
    panel = console.run_page.exercise.current
    qtbot.keyClicks(panel.text, "Zij willen vooral snel klaar zijn")
    qtbot.keyClick(panel.text, Qt.Key.Key_Return, CTRL)
    [card] = ex.list_cards(store, exercise_meeting.meeting)
    assert card.text == "Zij willen vooral snel klaar zijn" and card.revealed_at is not None
    assert console.state.shown_card_id == card.id
    assert panel.text.text() == ""
    assert meetings.get_meeting(store, exercise_meeting.meeting).status == "bezig"
    assert "Card 1 of 1" in screen.pile.text()
