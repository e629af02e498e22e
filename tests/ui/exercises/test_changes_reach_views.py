"""A change made in one window shows in every other open window that shows that data."""

from __future__ import annotations

from PySide6.QtCore import Qt

from opgroei_desktop.ui.worksheets import ActionsView, open_worksheet


def test_action_captured_in_console_appears_in_action_register(
    qtbot, bus, library, console, exercise_meeting
):
    """If this fails, the action register in the main window misses what was just agreed in
    the room until the app is restarted."""
    register = ActionsView(bus, library, console.run.undo_stack, exercise_meeting.trajectory)
    qtbot.addWidget(register)
    register.show()
    before = register.model.rowCount()
    qtbot.keyClicks(console.capture.line, "g: ac: Offertes opvragen")
    qtbot.keyClick(console.capture.line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: register.model.rowCount() == before + 1, timeout=2000)
    assert any("Offertes opvragen" in line.action.what for line in register.model.lines)


def test_judged_card_lesson_reaches_worksheet_and_projector(
    qtbot, bus, library, console, exercise_meeting
):
    """If this fails, a busted assumption is stored but the kennen worksheet and the beamer
    do not show it until someone reopens them."""
    sheet = open_worksheet(
        bus, library, console.run.undo_stack, exercise_meeting.trajectory, "kennen"
    )
    qtbot.addWidget(sheet)
    sheet.show()
    exercises = console.run.exercises
    console.state.go_to(3)
    exercises.add_card("gemeente", "Zij bellen nooit terug", True)
    card = console.state.exercise_data["assumption_cards"][0]
    exercises.reveal(card)
    exercises.judge(card, "niet_waar", "Wij bellen altijd binnen een week")
    lesson_step = exercise_meeting.steps[3]  # the run state the projector draws from
    qtbot.waitUntil(
        lambda: any(
            "bellen nooit terug" in e.text for e in console.state.entries_of_step(lesson_step)
        ),
        timeout=2000,
    )
    qtbot.waitUntil(
        lambda: _sheet_mentions(sheet, "bellen nooit terug"),
        timeout=3000,
    )


def _sheet_mentions(sheet, text: str) -> bool:
    from PySide6.QtWidgets import QLabel, QTextBrowser, QTextEdit

    widgets = (
        sheet.findChildren(QLabel)
        + sheet.findChildren(QTextBrowser)
        + sheet.findChildren(QTextEdit)
    )
    return any(text in (w.text() if isinstance(w, QLabel) else w.toPlainText()) for w in widgets)
