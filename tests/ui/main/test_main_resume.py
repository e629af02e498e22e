"""The main window says when a meeting is still running and opens it again."""

from __future__ import annotations

from opgroei_desktop.core.services import meetings


def test_overview_offers_to_resume_a_running_meeting(qtbot, store, window, trajectory):
    """After a crash the overview says the meeting still runs and 'Resume' opens its console."""
    meeting = meetings.plan_meeting(store, trajectory, title="Avond in het dorpshuis").id
    meetings.add_agenda_item(store, meeting, title="Welkom", minutes=5)
    bus = window.work.bus
    bus.run(meetings.start_meeting, meeting)
    overview = window.view.overview
    texts = [overview.meeting_text.itemAt(i).widget().text() for i in range(2)]
    assert texts == ["Meeting still running", "Avond in het dorpshuis"]
    assert overview.resume_button.isVisible() and not overview.meeting_button.isVisible()
    overview.resume_button.click()
    runner = window.view.page("meetings")._runner
    assert runner is not None and runner.isVisible()
    qtbot.addWidget(runner.projector)
    assert runner.pages.currentWidget() is runner.run_page
    runner.close()


def test_a_step_tailored_while_its_meeting_runs_is_saved(qtbot, store, window, trajectory):
    """Tailoring a step in the main window while the console keeps its clock: every second
    of the clock would count as someone else's change to the step."""
    from tests.ui.main.test_main_meetings import agenda_for

    meeting = meetings.plan_meeting(store, trajectory, title="Avond in het dorpshuis").id
    meetings.add_agenda_item(store, meeting, title="Gesprek", minutes=20, prompt="Wat?")
    step = meetings.list_script(store, meeting)[0]
    window.work.bus.run(meetings.start_meeting, meeting)
    window.view.overview.resume_button.click()
    runner = window.view.page("meetings")._runner
    qtbot.addWidget(runner.projector)
    if not runner.state.running:
        runner.state.toggle_running()
    qtbot.waitUntil(
        lambda: meetings.list_script(store, meeting)[0].spent_seconds >= 2, timeout=5000
    )
    agenda = agenda_for(window, meeting)
    agenda.select(step.id)
    agenda.prompt.selectAll()
    qtbot.keyClicks(agenda.prompt, "Wat heeft u nodig?")
    agenda.step_saver.flush()
    stored = meetings.list_script(store, meeting)[0]
    assert stored.prompt == "Wat heeft u nodig?"
    assert stored.row_version == step.row_version + 1, "only the edit counts as a change"
    runner.close()
