"""'Vraag op het scherm': a conversation question from the library on the beamer, by keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt

from opgroei_desktop.ui.run.question_picker import conversation_questions


def test_f7_puts_a_searched_question_on_the_beamer_until_the_next_step(qtbot, library, running):
    """If this fails, the library's conversation questions cannot reach the room."""
    questions = conversation_questions(library)
    assert len(questions) >= 60
    qtbot.waitUntil(lambda: running.isActiveWindow())
    qtbot.keyClick(running.capture.line, Qt.Key.Key_F7)
    picker = running.question_picker
    qtbot.waitUntil(lambda: picker.isVisible() and picker.search.hasFocus())
    qtbot.keyClicks(picker.search, "besluit")
    wanted = next(q for _source, q in questions if "besluit" in q.casefold())
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert not picker.isVisible()
    projector = running.projector
    assert projector.prompt_label.text() == wanted
    step_prompt = running.state.steps[1].prompt
    qtbot.waitUntil(lambda: running.capture.line.hasFocus())
    qtbot.keyClick(running.capture.line, Qt.Key.Key_PageDown)
    assert running.state.question == ""
    assert projector.prompt_label.text() == step_prompt
