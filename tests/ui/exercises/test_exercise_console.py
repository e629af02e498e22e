"""The exercises run from the console by keyboard: stored per party, shown on the projector."""

from __future__ import annotations

import docx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from opgroei_desktop.core.services import entries, meetings
from opgroei_desktop.core.services import exercises as ex
from opgroei_desktop.core.services.worksheet_data import list_items
from opgroei_desktop.export.minutes import export_minutes
from opgroei_desktop.ui.exercises.words import TREND

CTRL = Qt.KeyboardModifier.ControlModifier


def go_to_exercise(qtbot, console, index: int):
    """Move to agenda step ``index`` and press F6 to put the keyboard in the exercise panel."""
    console.state.go_to(index)
    qtbot.keyClick(console.capture.line, Qt.Key.Key_F6)
    panel = console.run_page.exercise.current
    assert panel is not None
    return panel


def test_baseline_scores_by_keyboard_per_party_and_radar(qtbot, store, console, exercise_meeting):
    """Typed scores would not be stored per party, or the room would not see the radar."""
    panel = go_to_exercise(qtbot, console, 1)
    assert QApplication.focusWidget() is panel.sheet_line, "anonymous sheets come first"
    panel.by_party.setChecked(True)
    grid = panel.grid
    grid.setFocus()
    grid.setCurrentCell(0, 2)
    for digit in (Qt.Key.Key_4, Qt.Key.Key_2, Qt.Key.Key_5):
        qtbot.keyClick(grid, digit)
    assert (grid.currentRow(), grid.currentColumn()) == (3, 2), "the cursor moved down"
    grid.setCurrentCell(0, 3)
    qtbot.keyClick(grid, Qt.Key.Key_1)
    qtbot.keyClick(grid, Qt.Key.Key_3)
    assessment = ex.meeting_assessment(store, exercise_meeting.meeting)
    stored = {(s.statement_key, s.party): s.score for s in ex.scores(store, assessment.id)}
    assert stored == {
        ("kennen.doelen", "gemeente"): 4,
        ("kennen.besluiten", "gemeente"): 2,
        ("kennen.zorgen", "gemeente"): 5,
        ("kennen.doelen", "initiatief"): 1,
        ("kennen.besluiten", "initiatief"): 3,
    }
    assert grid.item(0, 2).text() == "4"
    screen = console.projector.exercise_screen
    assert console.projector.body.currentWidget() is screen
    assert screen.currentWidget() is screen.baseline
    assert screen.baseline.pages.currentWidget() is screen.baseline.empty, "hidden at first"
    panel.reveal_button.click()
    assert screen.baseline.pages.currentWidget() is screen.baseline.radar_page
    radar = screen.baseline.radar
    assert radar.series[0].values[0] == 11 / 3 and radar.series[1].values[0] == 2
    assert not radar.grab().isNull()
    first = screen.baseline.rows[0].text()
    assert "Ik kan uitleggen hoe de andere partij" in first or "We weten van elkaar" in first
    grid.setCurrentCell(0, 2)
    qtbot.keyClick(grid, Qt.Key.Key_0)
    stored = {(s.statement_key, s.party) for s in ex.scores(store, assessment.id)}
    assert ("kennen.doelen", "gemeente") not in stored


def test_scores_per_person_and_undo(qtbot, store, console, exercise_meeting):
    """Scores per person would mix people up, or Ctrl+Z would not take a wrong score back."""
    panel = go_to_exercise(qtbot, console, 1)
    panel.by_person.setChecked(True)
    names = [panel.grid.horizontalHeaderItem(c).text() for c in range(2, panel.grid.columnCount())]
    assert names == ["Anna de Vries", "Karel Smit", "Fatma Yilmaz", "Piet Jansen"]
    panel.grid.setCurrentCell(0, 3)
    qtbot.keyClick(panel.grid, Qt.Key.Key_2)
    assessment = ex.meeting_assessment(store, exercise_meeting.meeting)
    (score,) = ex.scores(store, assessment.id)
    assert (score.party, score.person_id) == ("gemeente", exercise_meeting.person["karel"])
    qtbot.keyClick(panel.grid, Qt.Key.Key_Z, CTRL)
    assert ex.scores(store, assessment.id) == []
    qtbot.keyClick(panel.grid, Qt.Key.Key_Y, CTRL)
    assert len(ex.scores(store, assessment.id)) == 1


def test_measurement_ties_to_a_milestone_and_shows_the_trend(
    qtbot, store, console, exercise_meeting
):
    """A repeat measurement at a milestone would not be linked, nor its trend shown."""
    earlier = ex.create_assessment(
        store, exercise_meeting.trajectory, title="Vorig jaar", held_on="01-12-2025"
    ).id
    ex.set_score(store, earlier, "kennen.doelen", "kennen", "gemeente", 1)
    panel = go_to_exercise(qtbot, console, 1)
    panel.milestone.setCurrentIndex(panel.milestone.findData(exercise_meeting.milestone))
    panel.milestone.activated.emit(panel.milestone.currentIndex())
    panel.by_party.setChecked(True)
    panel.grid.setCurrentCell(0, 2)
    qtbot.keyClick(panel.grid, Qt.Key.Key_4)
    assessment = ex.meeting_assessment(store, exercise_meeting.meeting)
    assert assessment.milestone_id == exercise_meeting.milestone
    assert panel.trend_button.isEnabled()
    qtbot.mouseClick(panel.trend_button, Qt.MouseButton.LeftButton)
    assert console.state.baseline_view == TREND
    baseline = console.projector.exercise_screen.baseline
    assert baseline.pages.currentWidget() is baseline.trend
    assert not baseline.trend.grab().isNull()


def test_scenarios_rated_per_party_shown_as_matrix_and_shared(
    qtbot, store, console, exercise_meeting
):
    """Ratings would not be kept apart per party, the matrix would not show, or what both
    value would not reach the shared-story worksheet."""
    panel = go_to_exercise(qtbot, console, 2)
    assert QApplication.focusWidget() is panel.new_line
    qtbot.keyClicks(panel.new_line, "De buurt alleen")
    qtbot.keyClick(panel.new_line, Qt.Key.Key_Return)
    qtbot.keyClicks(panel.new_line, "Alle drie samen")
    qtbot.keyClick(panel.new_line, Qt.Key.Key_Return)
    grid = panel.grid
    grid.setFocus()
    grid.setCurrentCell(0, 1)
    for digit in (Qt.Key.Key_4, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_3, Qt.Key.Key_5):
        qtbot.keyClick(grid, digit)
    assert (grid.currentRow(), grid.currentColumn()) == (1, 1), "next scenario after the row"
    qtbot.keyClick(grid, Qt.Key.Key_I)
    assert panel.party == "initiatief"
    grid.setCurrentCell(0, 1)
    qtbot.keyClick(grid, Qt.Key.Key_5)
    grid.setCurrentCell(0, 1)
    qtbot.keyClicks(panel.note, "Zeggenschap blijft in de buurt")
    qtbot.keyClick(panel.note, Qt.Key.Key_Return)
    found = ex.list_scenarios(
        store, exercise_meeting.trajectory, meeting_id=exercise_meeting.meeting
    )
    ratings = {
        (r.criterion_key, r.party): (r.score, r.note)
        for r in ex.scenario_ratings(store, [found[0].id])
    }
    assert ratings[("waarden", "gemeente")] == (4, "")
    assert ratings[("waarden", "initiatief")] == (5, "Zeggenschap blijft in de buurt")
    assert ratings[("draagvlak", "gemeente")] == (5, "")
    matrix_view = console.projector.exercise_screen.matrix
    assert console.projector.exercise_screen.currentWidget() is matrix_view
    assert matrix_view.matrix.rating(found[0].id, "waarden", "initiatief").score == 5
    assert not matrix_view.grab().isNull()
    assert panel.share_button.isEnabled()
    qtbot.mouseClick(panel.share_button, Qt.MouseButton.LeftButton)
    (item,) = list_items(store, exercise_meeting.trajectory, "verhaal")
    assert item.title == "De buurt alleen: past bij onze waarden"


def test_cards_written_revealed_and_judged(qtbot, store, console, exercise_meeting):
    """Cards would not be revealed one by one, verdicts not stored, or busted assumptions
    not reach the get-to-know-each-other worksheet."""
    panel = go_to_exercise(qtbot, console, 3)
    assert QApplication.focusWidget() is panel.text
    panel.author.setCurrentIndex(1)
    qtbot.keyClicks(panel.text, "De gemeente wil vooral snelheid")
    qtbot.keyClick(panel.text, Qt.Key.Key_Return)
    panel.author.setCurrentIndex(0)
    qtbot.keyClicks(panel.text, "Zij willen alles gratis")
    qtbot.keyClick(panel.text, Qt.Key.Key_Return)
    cards = ex.list_cards(store, exercise_meeting.meeting)
    assert [(c.author_party, c.anonymous) for c in cards] == [
        ("initiatief", True),
        ("gemeente", True),
    ]
    card_screen = console.projector.exercise_screen.cards
    assert card_screen.card.card is None, "nothing is turned over before the facilitator does"
    panel.list.setFocus()
    panel.list.setCurrentRow(0)
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert card_screen.card.card.text == "De gemeente wil vooral snelheid"
    assert ex.list_cards(store, exercise_meeting.meeting)[0].revealed_at is not None
    panel.reaction.setText("Zorgvuldig gaat voor snel")
    qtbot.keyClick(panel.list, Qt.Key.Key_3)
    judged = ex.list_cards(store, exercise_meeting.meeting)[0]
    assert (judged.verdict, judged.reaction) == ("niet_waar", "Zorgvuldig gaat voor snel")
    assert card_screen.card.card.verdict == "niet_waar"
    qtbot.waitUntil(lambda: card_screen.card.progress == 1.0, timeout=2000)
    assert not card_screen.card.grab().isNull()
    (lesson,) = entries.list_entries(store, exercise_meeting.trajectory, worksheet="kennen")
    assert lesson.voice == "gemeente" and lesson.kind == "aanname"
    assert lesson.agenda_item_id == exercise_meeting.items[3]


def test_role_reversal_dilemma_and_what_each_side_noticed(qtbot, store, console, exercise_meeting):
    """The dilemma would not reach the screen, or what a side noticed would be filed under
    the wrong party or worksheet."""
    panel = go_to_exercise(qtbot, console, 4)
    assert QApplication.focusWidget() is panel.dilemma
    qtbot.keyClicks(panel.dilemma, "Wie betaalt de projectleider?")
    qtbot.keyClick(panel.dilemma, Qt.Key.Key_Return)
    line = panel.lines["initiatief"]
    qtbot.keyClicks(line, "De wethouder kan niets toezeggen zonder de raad")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    found = entries.list_entries(
        store, exercise_meeting.trajectory, agenda_item_id=exercise_meeting.items[4]
    )
    noticed = next(e for e in found if e.voice == "initiatief")
    assert noticed.worksheet == "rollen" and noticed.section == "rollen.ambtenaar_en_pionier"
    role = console.projector.exercise_screen.role
    assert role.dilemma.text() == "Wie betaalt de projectleider?"
    assert "toezeggen" in role.columns["initiatief"][1].text()
    assert not role.grab().isNull()


def test_privacy_hides_the_exercise_and_steps_without_one_show_entries(qtbot, console):
    """The projector would show scores while hidden, or a chart on a step without exercise."""
    projector = console.projector
    assert projector.body.currentWidget() is projector.entries_view
    console.state.go_to(1)
    assert projector.body.currentWidget() is projector.exercise_screen
    qtbot.keyClick(console.capture.line, Qt.Key.Key_H, CTRL)
    assert projector.body.currentWidget() is projector.entries_view
    assert projector.entries_view.toPlainText() == ""


def test_exercise_results_reach_the_minutes(qtbot, store, console, exercise_meeting, tmp_path):
    """After the meeting, its minutes would lack the radar chart, matrix or card verdicts."""
    exercises = console.run.exercises
    console.state.go_to(1)
    exercises.score("verhaal.samen", "gemeente", 5)
    exercises.score("verhaal.samen", "initiatief", 2)
    console.state.go_to(2)
    exercises.add_scenario("Coöperatie en gemeente")
    scenario = console.state.exercise_data["scenarios"].scenarios[0]
    exercises.rate(scenario.id, "risico", "gemeente", 2)
    exercises.rate(scenario.id, "risico", "initiatief", 4)
    console.state.go_to(3)
    exercises.add_card("gemeente", "Zij bellen nooit terug", True)
    card = console.state.exercise_data["assumption_cards"][0]
    exercises.reveal(card)
    exercises.judge(card, "deels", "Soms, als het druk is")
    meetings.end_meeting(store, exercise_meeting.meeting)
    path = export_minutes(store, exercise_meeting.meeting, tmp_path / "verslag.docx")
    document = docx.Document(str(path))
    assert len(document.inline_shapes) >= 1
    tables = [[[c.text for c in row.cells] for row in t.rows] for t in document.tables]
    matrix = next(t for t in tables if t[0][0] == "Scenario")
    assert matrix[1][:3] == ["Coöperatie en gemeente", "G – · I –", "G 2 · I 4"]
    cards = next(t for t in tables if t[0][0] == "Aanname")
    assert cards[1] == [
        "Zij bellen nooit terug",
        "Gemeente",
        "klopt deels",
        "Soms, als het druk is",
    ]
