"""Scenarios renamed and cards corrected from the console by keyboard, shown on the beamer at
once, undoable, and refused plainly when the minutes are adopted or the text is empty."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from opgroei_desktop.core.services import exercises as ex
from opgroei_desktop.core.services import meetings, minutes_status
from opgroei_desktop.ui.run.console import FOCUS_SETTLE_MS

CTRL = Qt.KeyboardModifier.ControlModifier


def exercise_panel(qtbot, console, index: int):
    """Go to agenda step ``index`` and press F6, as the facilitator does (once the console
    has settled the keyboard on its capture line after opening)."""
    qtbot.wait(FOCUS_SETTLE_MS + 50)
    console.state.go_to(index)
    qtbot.keyClick(console.capture.line, Qt.Key.Key_F6)
    return console.run_page.exercise.current


def open_editor(qtbot, view) -> QLineEdit:
    """Press F2 in ``view`` and return the line that opens in place."""
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    editor = QApplication.focusWidget()
    assert view.isAncestorOf(editor), "the name is edited in place, in the list itself"
    return editor


def type_over(qtbot, editor: QLineEdit, text: str) -> None:
    """Replace what the editor shows by ``text`` and press Enter."""
    qtbot.keyClick(editor, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    if text:
        qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def add_scenarios(qtbot, panel, *titles: str) -> None:
    for title in titles:
        qtbot.keyClicks(panel.new_line, title)
        qtbot.keyClick(panel.new_line, Qt.Key.Key_Return)


def stored_titles(store, meeting) -> list[str]:
    return [
        s.title for s in ex.list_scenarios(store, meeting.trajectory, meeting_id=meeting.meeting)
    ]


def test_a_scenario_is_renamed_in_place_with_f2_and_the_beamer_follows(
    qtbot, store, console, exercise_meeting
):
    """A facilitator could not correct a scenario's name, the beamer would keep the old one,
    or Ctrl+Z would not bring it back."""
    panel = exercise_panel(qtbot, console, 2)
    add_scenarios(qtbot, panel, "De buurt aleen", "Alle drie samen")
    grid = panel.grid
    grid.setFocus()
    grid.setCurrentCell(0, 2)
    editor = open_editor(qtbot, grid)
    assert editor.text() == "De buurt aleen"
    type_over(qtbot, editor, "De buurt alleen")
    qtbot.waitUntil(lambda: stored_titles(store, exercise_meeting)[0] == "De buurt alleen")
    beamer = console.projector.exercise_screen.matrix
    assert [s.title for s in beamer.matrix.scenarios] == ["De buurt alleen", "Alle drie samen"]
    assert grid.item(0, 0).text() == "De buurt alleen"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is grid)
    qtbot.keyClick(grid, Qt.Key.Key_5)
    assert ex.scenario_ratings(store, [beamer.matrix.scenarios[0].id]), "the grid takes digits"
    assert meetings.get_meeting(store, exercise_meeting.meeting).status == "bezig"
    console.run.undo_stack.undo()  # the rating
    console.run.undo_stack.undo()  # the new name
    assert stored_titles(store, exercise_meeting)[0] == "De buurt aleen"
    assert beamer.matrix.scenarios[0].title == "De buurt aleen"


def test_a_scenario_rename_by_button_and_an_empty_name_is_refused(
    qtbot, store, console, exercise_meeting
):
    """An empty name would wipe the scenario's name, or the button would not rename."""
    panel = exercise_panel(qtbot, console, 2)
    add_scenarios(qtbot, panel, "Het warmtebedrijf")
    panel.grid.setCurrentCell(0, 1)
    qtbot.mouseClick(panel.rename_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    type_over(qtbot, QApplication.focusWidget(), "")
    qtbot.waitUntil(lambda: "naam" in console.messages.label.text())
    assert stored_titles(store, exercise_meeting) == ["Het warmtebedrijf"]
    assert panel.grid.item(0, 0).text() == "Het warmtebedrijf"


def test_a_card_typed_wrong_as_it_was_read_out_is_corrected_on_the_beamer(
    qtbot, store, console, exercise_meeting
):
    """A mistyped card would stay wrong on the beamer and in the minutes, or the correction
    could not be undone."""
    panel = exercise_panel(qtbot, console, 3)
    qtbot.keyClicks(panel.text, "Zij willen vooral snel klar zijn")
    qtbot.keyClick(panel.text, Qt.Key.Key_Return, CTRL)
    qtbot.keyClicks(panel.text, "Wij hebben geen tijd")
    qtbot.keyClick(panel.text, Qt.Key.Key_Return)
    shown = console.projector.exercise_screen.cards.card
    assert shown.card.text == "Zij willen vooral snel klar zijn"
    panel.list.setFocus()
    panel.list.setCurrentRow(0)
    editor = open_editor(qtbot, panel.list)
    assert editor.text() == "Zij willen vooral snel klar zijn", "the card's text, nothing else"
    type_over(qtbot, editor, "Zij willen vooral snel klaar zijn")
    first = lambda: ex.list_cards(store, exercise_meeting.meeting)[0]  # noqa: E731
    qtbot.waitUntil(lambda: first().text == "Zij willen vooral snel klaar zijn")
    assert shown.card.text == "Zij willen vooral snel klaar zijn", "the beamer shows it at once"
    assert console.state.shown_card_id == first().id
    assert "klaar zijn" in panel.list.item(0).text()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.list)
    assert meetings.get_meeting(store, exercise_meeting.meeting).status == "bezig"
    qtbot.keyClick(panel.list, Qt.Key.Key_Z, CTRL)
    assert first().text == "Zij willen vooral snel klar zijn"
    assert shown.card.text == "Zij willen vooral snel klar zijn"


def test_a_card_of_adopted_minutes_is_not_changed_and_the_typing_stays(
    qtbot, store, console, exercise_meeting
):
    """A card in minutes both parties adopted would change, or the console would swallow
    what was typed without saying why."""
    panel = exercise_panel(qtbot, console, 3)
    qtbot.keyClicks(panel.text, "De gemeente wil alles bepalen")
    qtbot.keyClick(panel.text, Qt.Key.Key_Return)
    meeting = exercise_meeting.meeting
    meetings.update_meeting(store, meeting, status="gehouden")
    minutes_status.agree_minutes(store, meeting, "gemeente", "An", "01-12-2026")
    minutes_status.agree_minutes(store, meeting, "initiatief", "Bo", "01-12-2026")
    panel.list.setFocus()
    panel.list.setCurrentRow(0)
    type_over(qtbot, open_editor(qtbot, panel.list), "De gemeente wil veel bepalen")
    qtbot.waitUntil(lambda: "vastgesteld" in console.messages.label.text())
    assert ex.list_cards(store, meeting)[0].text == "De gemeente wil alles bepalen"
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    assert QApplication.focusWidget().text() == "De gemeente wil veel bepalen"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.list)
    assert "alles bepalen" in panel.list.item(0).text()


def test_an_empty_card_is_refused(qtbot, store, console, exercise_meeting):
    """Emptying a card would leave a blank card on the pile and the beamer."""
    panel = exercise_panel(qtbot, console, 3)
    qtbot.keyClicks(panel.text, "Zij luisteren niet")
    qtbot.keyClick(panel.text, Qt.Key.Key_Return)
    panel.list.setFocus()
    panel.list.setCurrentRow(0)
    type_over(qtbot, open_editor(qtbot, panel.list), "")
    qtbot.waitUntil(lambda: "aanname" in console.messages.label.text())
    assert ex.list_cards(store, exercise_meeting.meeting)[0].text == "Zij luisteren niet"


def test_tab_ends_a_rename_without_opening_a_score_cell(qtbot, store, console, exercise_meeting):
    """Tab after a new name would open a text box in a score cell, where digits are lost."""
    panel = exercise_panel(qtbot, console, 2)
    add_scenarios(qtbot, panel, "Zonnedak school")
    panel.grid.setFocus()
    panel.grid.setCurrentCell(0, 1)
    editor = open_editor(qtbot, panel.grid)
    qtbot.keyClicks(editor, "Zonnedak op de school")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: stored_titles(store, exercise_meeting) == ["Zonnedak op de school"])
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.grid)
    qtbot.keyClick(panel.grid, Qt.Key.Key_4)
    scenario = ex.list_scenarios(
        store, exercise_meeting.trajectory, meeting_id=exercise_meeting.meeting
    )[0]
    assert [r.score for r in ex.scenario_ratings(store, [scenario.id])] == [4]
