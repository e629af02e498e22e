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
