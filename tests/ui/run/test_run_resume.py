"""Resume after a crash: everything on screen comes back as it was."""

from __future__ import annotations

from PySide6.QtCore import Qt

from opgroei_desktop.core.store import Store
from opgroei_desktop.ui.bus import DataBus
from opgroei_desktop.ui.run import open_meeting_runner

CTRL = Qt.KeyboardModifier.ControlModifier


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def crash_and_reopen(qtbot, running, store, library, settings, sample):
    """Abandon the console without closing or saving, then open the data afresh."""
    running.hide()
    running.projector.hide()
    reopened = Store.open(store.data_dir)
    console = open_meeting_runner(DataBus(reopened), library, settings, sample.meeting)
    qtbot.addWidget(console)
    qtbot.addWidget(console.projector)
    qtbot.waitUntil(lambda: console.projector.isVisible())
    return console, reopened


def test_resume_restores_agenda_scroll_time_and_timer_adjustments(
    qtbot, store, sample, running, library, settings
):
    """After a crash the agenda is there, the newest note in view, the step's time kept to
    the second and the minutes added to it still added."""
    line = running.capture.line
    qtbot.keyClick(line, Qt.Key.Key_PageDown)
    for number in range(40):
        line.setText(f"Punt {number} " + "met een lange toelichting " * 8)
        qtbot.keyClick(line, Qt.Key.Key_Return)
    clock = FakeClock()
    running.state.pause()
    running.state._clock = clock
    running.state.start()
    qtbot.keyClick(line, Qt.Key.Key_Up, CTRL)
    qtbot.keyClick(line, Qt.Key.Key_Up, CTRL | Qt.KeyboardModifier.ShiftModifier)
    budget = running.state.budget()
    clock.now += 83.6
    qtbot.wait(1300)  # the clock is written every second while it runs
    console, reopened = crash_and_reopen(qtbot, running, store, library, settings, sample)
    try:
        state = console.state
        assert state.index == 1
        agenda = console.run_page.agenda
        assert agenda.count() == len(state.steps) + 1
        assert agenda.item(1).text().startswith("▶ 2.")
        assert abs(state.elapsed() - 83.6) <= 1
        assert state.budget() == budget == sample_minutes(state) * 60 + 6 * 60
        entries = console.run_page.entries.list
        bar = entries.verticalScrollBar()
        qtbot.waitUntil(lambda: bar.maximum() > 0)  # forty long notes overflow the list
        qtbot.wait(50)
        assert bar.value() == bar.maximum(), "scrolled to the newest note"
        # The window system fits the window to the laptop's screen a moment after it shows.
        console.resize(console.width() - 300, console.height())
        qtbot.wait(100)
        assert bar.value() == bar.maximum(), "still at the newest note after the resize"
        newest = entries.visualItemRect(entries.item(entries.count() - 1))
        assert 0 <= newest.top() and newest.bottom() <= entries.viewport().height()
        console.close()
    finally:
        reopened.close()


def sample_minutes(state) -> int:
    return state.current_step.minutes


def test_resume_on_the_closing_page(qtbot, store, sample, running, library, settings):
    """A crash during the closing round reopens on the closing page, not on the last step."""
    for _ in running.state.steps:
        qtbot.keyClick(running.capture.line, Qt.Key.Key_PageDown)
    assert running.state.at_closing
    console, reopened = crash_and_reopen(qtbot, running, store, library, settings, sample)
    try:
        assert console.state.at_closing
        assert console.pages.currentWidget() is console.closing
        assert console.projector.title_label.text() == console.projector.tr("Closing")
        console.close()
    finally:
        reopened.close()
