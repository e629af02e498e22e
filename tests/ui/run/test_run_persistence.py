"""Durable by default: entries, time and the current step survive closing and crashing."""

from __future__ import annotations

from PySide6.QtCore import Qt

from opgroei_desktop.core.services import entries, meetings, minutes_status
from opgroei_desktop.core.store import Store
from opgroei_desktop.ui.bus import DataBus
from opgroei_desktop.ui.run import open_meeting_runner


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def file(qtbot, console, text: str) -> None:
    qtbot.keyClicks(console.capture.line, text)
    qtbot.keyClick(console.capture.line, Qt.Key.Key_Return)


def with_clock(console) -> FakeClock:
    clock = FakeClock()
    console.state.pause()
    console.state._clock = clock
    console.state.start()
    return clock


def spent(store, sample) -> list[int]:
    return [item.spent_seconds for item in meetings.list_agenda(store, sample.meeting)]


def test_time_spent_is_stored_on_step_change_and_pause(qtbot, store, sample, running):
    """The minutes per step that the minutes report come from what actually happened."""
    clock = with_clock(running)
    clock.now += 125
    qtbot.keyClick(running.capture.line, Qt.Key.Key_PageDown)
    clock.now += 30
    running.state.pause()
    assert spent(store, sample)[:2] == [125, 30]


def test_time_is_saved_every_few_seconds_while_running(qtbot, store, sample, running):
    """A power cut loses at most the last quarter minute of timing."""
    clock = with_clock(running)
    clock.now += 40
    running.run._saver.timeout.emit()
    assert spent(store, sample)[0] == 40
    clock.now += 5
    running.run._saver.timeout.emit()
    assert spent(store, sample)[0] == 45


def test_resume_after_a_crash(qtbot, store, sample, running, library, settings):
    """After a crash the meeting reopens at the same step with every filed entry."""
    qtbot.keyClick(running.capture.line, Qt.Key.Key_PageDown)
    qtbot.keyClick(running.capture.line, Qt.Key.Key_PageDown)
    for number in range(3):
        file(qtbot, running, f"i: vr: Vraag {number}")
    # The crash: nothing is closed or saved; the old objects are simply abandoned.
    running.hide()
    running.projector.hide()
    reopened = Store.open(store.data_dir)
    try:
        console = open_meeting_runner(DataBus(reopened), library, settings, sample.meeting)
        qtbot.addWidget(console)
        qtbot.addWidget(console.projector)
        qtbot.waitUntil(lambda: console.projector.isVisible())
        assert console.pages.currentWidget() is console.run_page
        assert console.state.index == 2
        assert console.messages.isVisible() and console.state.current_step.title in (
            console.messages.label.text()
        )
        assert not console.state.running, "the clock waits for the facilitator after a crash"
        assert [e.text for e in console.state.entries_of_step(sample.steps[2])] == [
            "Vraag 0",
            "Vraag 1",
            "Vraag 2",
        ]
        assert console.projector.entries_view.toPlainText().count("Vraag") == 3
        console.close()
    finally:
        reopened.close()


def test_closing_the_console_keeps_the_meeting_running(qtbot, store, sample, running):
    """Closing the window is not the end of the meeting: it resumes when opened again."""
    file(qtbot, running, "Nog niet klaar")
    running.close()
    assert not running.projector.isVisible()
    assert meetings.get_meeting(store, sample.meeting).status == "bezig"


def test_finishing_marks_the_meeting_held(qtbot, store, sample, running):
    """'Bijeenkomst afronden', confirmed, marks the meeting held, with an end time."""
    file(qtbot, running, "be: Door naar fase twee")
    running.state.go_to(len(running.state.steps))
    for _ in range(2):  # once to ask, once to confirm
        qtbot.keyClick(running.capture.line, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    meeting = meetings.get_meeting(store, sample.meeting)
    assert meeting.status == "gehouden" and meeting.ended_at is not None
    assert running.projector.title_label.text() == running.projector.tr("Thank you!")
    assert "Door naar fase twee" in running.projector.entries_view.toPlainText()
    assert running.closing.close_button.isVisible()


def test_a_meeting_with_adopted_minutes_cannot_restart(qtbot, store, sample, open_console):
    """Minutes already adopted are not reopened by accident; the console says why."""
    meetings.update_meeting(store, sample.meeting, status="gehouden")
    minutes_status.agree_minutes(store, sample.meeting, "gemeente", "An", "01-12-2026")
    minutes_status.agree_minutes(store, sample.meeting, "initiatief", "Bo", "01-12-2026")
    assert meetings.get_meeting(store, sample.meeting).status == "verslag_vastgesteld"
    console = open_console(sample.meeting)
    console.checkin.request_start()
    assert console.pages.currentWidget() is console.checkin
    assert "verslag" in console.messages.label.text()


def test_entries_are_committed_on_enter(qtbot, store, sample, running):
    """Each entry is in the database the moment Enter is pressed, seen by a second connection."""
    file(qtbot, running, "Direct bewaard")
    other = Store.open(store.data_dir)
    try:
        found = entries.list_entries(other, sample.trajectory, meeting_id=sample.meeting)
        assert [e.text for e in found] == ["Direct bewaard"]
    finally:
        other.close()
