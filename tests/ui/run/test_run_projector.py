"""The projector view: what the room sees, how it reads from afar, and what it never does."""

from __future__ import annotations

import inspect

from PySide6.QtCore import Qt

from opgroei_desktop.core.services import meetings
from opgroei_desktop.ui.run import projector as projector_module
from opgroei_desktop.ui.run.run_state import LIGHT


def file(qtbot, console, text: str) -> None:
    qtbot.keyClicks(console.capture.line, text)
    qtbot.keyClick(console.capture.line, Qt.Key.Key_Return)


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_projector_shows_step_prompt_timer_and_newest_entries(qtbot, running):
    """The room sees the step's title and prompt, the time left and what was just said."""
    projector = running.projector
    step = running.state.current_step
    assert projector.title_label.text() == step.title
    assert projector.prompt_label.text() == step.prompt
    assert projector.timer_label.text().count(":") == 1
    projector.showNormal()
    projector.resize(1024, 768)
    for number in range(10):
        file(qtbot, running, f"g: Punt {number}")
    shown = projector.entries_view.toPlainText()
    assert "Punt 9" in shown and "Punt 6" in shown
    assert "Punt 0" not in shown, "only the newest entries fit on a beamer"
    view = projector.entries_view
    assert view.document().size().height() <= view.viewport().height(), "no entry cut in half"


def test_check_in_shows_the_goal_and_agenda_items(qtbot, store, sample, open_console):
    """While people arrive, the screen shows the meeting, its goal and agenda; no notes or timer."""
    meetings.update_meeting(store, sample.meeting, goal="Samen de eerste stap kiezen.")
    console = open_console(sample.meeting)
    projector = console.projector
    assert projector.title_label.text() == "Derde overleg"
    assert projector.timer_label.text() == ""
    shown = projector.entries_view.toPlainText()
    assert "Samen de eerste stap kiezen." in shown
    for item in meetings.list_agenda(store, sample.meeting):
        assert item.title in shown


def test_blank_and_privacy_keys_on_projector_and_console(qtbot, running):
    """Ctrl+B blanks the screen and Ctrl+H hides entries, pressed on the console or the
    projector alike."""
    projector = running.projector
    control = Qt.KeyboardModifier.ControlModifier
    file(qtbot, running, "Vertrouwelijk punt")
    qtbot.keyClick(projector, Qt.Key.Key_B, control)
    assert projector.pages.currentWidget() is projector.blank_page
    assert running.controls.blank_button.isChecked()
    qtbot.keyClick(running.capture.line, Qt.Key.Key_B, control)
    assert projector.pages.currentWidget() is projector.content
    qtbot.keyClick(projector, Qt.Key.Key_H, control)
    assert "Vertrouwelijk" not in projector.entries_view.toPlainText()
    qtbot.keyClick(running.capture.line, Qt.Key.Key_H, control)
    assert "Vertrouwelijk" in projector.entries_view.toPlainText()


def test_presenter_remote_keys_move_the_step(qtbot, running):
    """PageDown from a presenter remote on the projector moves both windows on."""
    qtbot.keyClick(running.projector, Qt.Key.Key_PageDown)
    assert running.state.index == 1
    assert running.run_page.header.title.text() == running.state.steps[1].title
    qtbot.keyClick(running.projector, Qt.Key.Key_PageUp)
    assert running.state.index == 0


def test_type_scales_with_the_window(qtbot, running):
    """On a bigger screen the letters grow, so the back of the room can read them."""
    projector = running.projector
    projector.showNormal()
    projector.resize(800, 600)
    small = projector.title_label.font().pixelSize()
    projector.resize(1920, 1080)
    large = projector.title_label.font().pixelSize()
    assert large > small * 1.5
    assert projector.timer_label.font().pixelSize() >= 1080 * 0.09


def test_overrun_shows_plus_time_in_a_warning_colour(qtbot, running):
    """Past its time, the step's timer reads '+mm:ss' in a clear colour on both windows."""
    clock = FakeClock()
    running.state.pause()
    running.state._clock = clock
    running.state.start()
    clock.now += running.state.budget() + 75
    running.state.timerChanged.emit()
    assert running.projector.timer_label.text() == "+01:15"
    assert running.projector.palette_.overrun in running.projector.timer_label.styleSheet()
    assert running.run_page.timer.time_label.text() == "+01:15"


def test_user_text_is_shown_as_text_never_as_html(qtbot, running):
    """Raw HTML typed in an entry appears literally; Markdown emphasis still works."""
    file(qtbot, running, "<b>geen html</b> maar wel **vet** [link](javascript:alert(1))")
    html = running.projector.entries_view.toHtml()
    assert "&lt;b&gt;geen html&lt;/b&gt;" in html
    assert "javascript" not in html
    assert "font-weight:700" in html or "font-weight:600" in html


def test_closing_shows_decisions_agreements_and_actions(qtbot, running):
    """At the end the room checks today's decisions (numbered), agreements and actions."""
    file(qtbot, running, "be: We starten een haalbaarheidsstudie")
    file(qtbot, running, "af: We overleggen elke maand")
    file(qtbot, running, "ac: Offerte opvragen @Piet #01-02-2027")
    file(qtbot, running, "Een gewone opmerking")
    for _ in running.state.steps:
        qtbot.keyClick(running.capture.line, Qt.Key.Key_PageDown)
    assert running.state.at_closing
    assert running.pages.currentWidget() is running.closing
    shown = running.projector.entries_view.toPlainText()
    decision = running.state.entries[0].decision_number
    assert decision and decision in shown
    assert "We overleggen elke maand" in shown
    assert "Offerte opvragen" in shown and "Piet Jansen" in shown and "01-02-2027" in shown
    assert "Een gewone opmerking" not in shown


def test_theme_switch_gives_a_light_screen(qtbot, running):
    """Ctrl+T switches the projector to black on white, and the choice is remembered."""
    qtbot.keyClick(running.capture.line, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert running.state.theme == LIGHT
    assert "#FFFFFF" in running.projector.styleSheet()
    assert running.settings.value("projector/theme") == LIGHT


def test_projector_never_writes():
    """The projector only reads the run state: it has no way to reach the store."""
    source = inspect.getsource(projector_module)
    assert "services" not in source and "DataBus" not in source and ".run(" not in source


def test_closing_the_projector_alone_only_hides_it(qtbot, running):
    """Closing the room's window by accident keeps it ready for F5 from the console."""
    running.projector.close()
    assert not running.projector.isVisible()
    qtbot.keyClick(running.capture.line, Qt.Key.Key_F5)
    assert running.projector.isVisible()


def test_typing_on_the_projector_by_mistake_goes_to_the_capture_line(qtbot, running):
    """If the projector has the keyboard, typed words land in the console, not in the void."""
    qtbot.keyClicks(running.projector, "zon")
    assert running.capture.line.text() == "zon"
    assert running.state.blank is False


def test_a_private_note_shows_on_the_console_never_on_the_beamer(qtbot, store, sample, running):
    """The facilitator's own note about someone in the room would appear on the big screen."""
    qtbot.keyClicks(running.capture.line, "pr: Henk lijkt gespannen")
    qtbot.keyClick(running.capture.line, Qt.Key.Key_Return)
    qtbot.keyClicks(running.capture.line, "g: We willen door")
    qtbot.keyClick(running.capture.line, Qt.Key.Key_Return)
    [private, said] = running.state.entries
    assert private.kind == "prive" and private.worksheet is None
    panel = running.run_page.entries.list
    shown_on_console = [panel.item(row).text() for row in range(panel.count())]
    assert any("Henk lijkt gespannen" in text for text in shown_on_console)
    on_beamer = running.projector.entries_view.toPlainText()
    assert "We willen door" in on_beamer and "Henk" not in on_beamer
