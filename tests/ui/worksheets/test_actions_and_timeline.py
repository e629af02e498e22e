"""The action register and the milestone time line, as a facilitator sees them."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from opgroei_desktop.core.services import actions, milestones
from opgroei_desktop.ui.theme import COLOURS
from opgroei_desktop.ui.worksheets import ActionsView
from opgroei_desktop.ui.worksheets.timeline_view import point_lines


def _register(qtbot, bus, library, undo_stack, trajectory):
    view = ActionsView(bus, library, undo_stack, trajectory)
    qtbot.addWidget(view)
    view.show()
    return view


def test_overdue_action_is_flagged_in_words_and_colour(
    qtbot, bus, store, library, undo_stack, trajectory
):
    """A late action must stand out with a warning in words and one calm colour, no alarm."""
    late = date.today() - timedelta(days=3)
    actions.create_action(store, trajectory, what="Offertes opvragen", due_on=late)
    actions.create_action(store, trajectory, what="Later", due_on=date.today() + timedelta(9))
    view = _register(qtbot, bus, library, undo_stack, trajectory)
    assert view.model.rowCount() == 2
    qtbot.mouseClick(view.filter_buttons["overdue"], Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == 1
    status = view.model.index(0, 3)
    assert status.data() == "⚠ 3 day(s) overdue"
    assert status.data(Qt.ItemDataRole.ForegroundRole) == QColor(COLOURS.warning)
    assert status.data(Qt.ItemDataRole.BackgroundRole) is None
    assert view.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert "1 overdue" in view.summary.text()


def test_register_rows_are_no_taller_than_their_text(
    qtbot, bus, store, library, undo_stack, trajectory
):
    """If this fails, a long action fills the list with empty space and hides the others."""
    what = "Concept-intentieovereenkomst opstellen op basis van de afspraken tot nu toe."
    for _ in range(4):
        actions.create_action(store, trajectory, what=what, due_on=date.today())
    view = ActionsView(bus, library, undo_stack, trajectory)
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    qtbot.waitExposed(view)
    line = view.table.fontMetrics().lineSpacing()

    def tallest() -> int:
        return max(view.table.rowHeight(row) for row in range(view.model.rowCount()))

    qtbot.waitUntil(lambda: tallest() <= 2 * line + 12)


def test_register_marks_done_and_undoes(qtbot, bus, store, library, undo_stack, trajectory):
    """Marking an action done must move it off the open list; Ctrl+Z brings it back."""
    made = actions.create_action(store, trajectory, what="Verslag sturen").id
    view = _register(qtbot, bus, library, undo_stack, trajectory)
    view.table.selectRow(0)
    qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)
    assert actions.list_actions(store, trajectory)[0].status == "gedaan"
    assert view.model.rowCount() == 0
    undo_stack.undo()
    assert [a.id for a in actions.list_actions(store, trajectory, open_only=True)] == [made]
    assert view.model.rowCount() == 1


def test_milestone_with_guarantee_and_outcome_is_on_the_time_line(
    qtbot, store, trajectory, meeting, open_sheet
):
    """The time line must show what was guaranteed and how the evaluation went."""
    reached = milestones.create_milestone(
        store,
        trajectory,
        title="Studie klaar",
        due_on=date(2026, 6, 1),
        guarantee="Budget voor de planfase",
    ).id
    milestones.evaluate_milestone(
        store, reached, "doorgaan", on=date(2026, 6, 10), meeting_id=meeting
    )
    milestones.create_milestone(store, trajectory, title="Zonder garantie", due_on=date.today())
    view = open_sheet(trajectory, "stappen")
    section = view.cards["piketpalen"]
    line = section.timeline
    [first, second] = line.timeline.points
    assert point_lines(first)[1:] == ["Evaluated: Go on", "Guaranteed: Budget voor de planfase"]
    assert "Stop-go risk" in point_lines(second)[-1]
    assert "Studie klaar" in line.accessibleDescription()
    assert "Zonder garantie" in section.warnings.text() and section.warnings.isVisible()
    picture = line.grab().toImage()
    assert picture.width() > 300
    assert picture.pixelColor(int(line._x(first.when)), int(line._axis_y())) == QColor(COLOURS.ok)
    line.setFocus()
    qtbot.waitUntil(line.hasFocus)
    chosen = []
    line.chosen.connect(chosen.append)
    qtbot.keyClick(line, Qt.Key.Key_Right)
    qtbot.keyClick(line, Qt.Key.Key_Right)
    assert chosen == [first.id, second.id] and line.hasFocus()
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert section.rows.rows[second.id].title.hasFocus()


def test_new_milestone_added_on_the_sheet(qtbot, store, trajectory, open_sheet):
    """Typing a name and date must put a new milestone on the time line."""
    view = open_sheet(trajectory, "stappen")
    section = view.cards["piketpalen"]
    qtbot.keyClicks(section.new_title, "Vergunning binnen")
    qtbot.keyClicks(section.new_date, "01-09-2027")
    qtbot.keyClick(section.new_date, Qt.Key.Key_Return)
    [made] = milestones.list_milestones(store, trajectory)
    assert (made.title, made.due_on) == ("Vergunning binnen", date(2027, 9, 1))
    qtbot.waitUntil(lambda: len(section.timeline.timeline.points) == 1)
