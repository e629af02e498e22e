"""A nulmeting for a room of twelve: paper sheets typed per anonymous respondent, the result
hidden until shown, and the three lines on the beamer and in the minutes."""

from __future__ import annotations

import docx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from opgroei_desktop.core.services import exercises as ex
from opgroei_desktop.core.services import meetings
from opgroei_desktop.export.minutes import export_minutes
from opgroei_desktop.library import exercise_content
from opgroei_desktop.worksheets.exercise_results import baseline_result

CONTENT = exercise_content()
COUNT = len(CONTENT.statements)


def sheet(first: int, rest: int) -> str:
    """A sheet with ``first`` for the first statement and ``rest`` everywhere else, grouped
    in fives as people copy it from paper."""
    digits = str(first) + str(rest) * (COUNT - 1)
    return " ".join(digits[i : i + 5] for i in range(0, COUNT, 5))


def type_sheet(qtbot, line, text: str) -> None:
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)


def test_twelve_anonymous_sheets_give_radar_differences_and_three_lines(
    qtbot, store, console, exercise_meeting, tmp_path
):
    """Twelve typed sheets are stored without names and give the radar, the biggest
    differences and the three lines; the room sees nothing until the result is shown."""
    console.state.go_to(1)
    qtbot.keyClick(console.capture.line, Qt.Key.Key_F6)
    panel = console.run_page.exercise.current
    line = panel.sheet_line
    assert QApplication.focusWidget() is line
    for number in range(6):
        type_sheet(qtbot, line, ("g " if number == 0 else "") + sheet(5, 3 + number % 2))
    type_sheet(qtbot, line, "i" + sheet(1, 3)[:-1])  # one digit short: refused, text kept
    assert line.text().startswith("i") or line.text() == sheet(1, 3)[:-1]
    assert "26" in console.messages.label.text() or str(COUNT) in console.messages.label.text()
    line.clear()
    for number in range(6):
        type_sheet(qtbot, line, ("i " if number == 0 else "") + sheet(1, 4 - number % 2))

    assessment = ex.meeting_assessment(store, exercise_meeting.meeting)
    stored = ex.scores(store, assessment.id)
    assert len(stored) == 12 * COUNT
    assert {s.person_id for s in stored} == {None}, "no person is stored for anonymous sheets"
    assert ex.respondents(stored, "gemeente") == [1, 2, 3, 4, 5, 6]
    assert ex.respondents(stored, "initiatief") == [1, 2, 3, 4, 5, 6]

    screen = console.projector.exercise_screen.baseline
    assert screen.pages.currentWidget() is screen.empty, "hidden while people score"
    assert "Scoring in silence" in screen.empty.text()
    panel.reveal_button.click()
    assert screen.pages.currentWidget() is screen.radar_page

    result = baseline_result(CONTENT, stored)
    first = CONTENT.statements[0]
    assert result.statements[first.key] == {"gemeente": 5, "initiatief": 1}
    assert result.biggest(1)[0].statement.key == first.key
    assert first.text in screen.rows[0].text()
    dimensions = result.dimensions
    assert screen.radar.series[0].values == tuple(result.average(d, "gemeente") for d in dimensions)
    assert set(result.lines) == {"partijen", "samenwerking", "participatie"}
    lines = screen.lines.text()
    for title in ("Parties", "Collaboration", "Participation"):
        assert title in lines
    assert "3,5" in lines  # every line but the first statement's: gemeente 3 and 4 alike

    meetings.end_meeting(store, exercise_meeting.meeting)
    path = export_minutes(store, exercise_meeting.meeting, tmp_path / "verslag.docx")
    tables = [[[c.text for c in row.cells] for row in t.rows] for t in docx.Document(path).tables]
    three = next(t for t in tables if t[0][0] == "Lijn")
    assert [row[0].split(":")[0] for row in three[1:]] == [
        "Partijen",
        "Samenwerking",
        "Participatie",
    ]


def test_a_typed_sheet_is_undone_as_one(qtbot, store, console, exercise_meeting):
    """Ctrl+Z after a wrong sheet takes the whole sheet back, not one score."""
    console.state.go_to(1)
    qtbot.keyClick(console.capture.line, Qt.Key.Key_F6)
    panel = console.run_page.exercise.current
    type_sheet(qtbot, panel.sheet_line, "g" + sheet(2, 2))
    assessment = ex.meeting_assessment(store, exercise_meeting.meeting)
    assert len(ex.scores(store, assessment.id)) == COUNT
    qtbot.keyClick(panel.sheet_line, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ex.scores(store, assessment.id) == []
