"""Keys in the room: no key press loses a note or ends the meeting by accident."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from opgroei_desktop.core.services import entries, meetings
from opgroei_desktop.ui.run.run_state import LIGHT

CTRL = Qt.KeyboardModifier.ControlModifier


def typed(qtbot, text: str) -> None:
    """Type where the keyboard is, as the facilitator (or a presenter remote) does."""
    for char in text:
        qtbot.keyClick(QApplication.focusWidget(), char)


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def to_closing(qtbot, console) -> None:
    for _ in console.state.steps:
        press(qtbot, Qt.Key.Key_PageDown)
    assert console.pages.currentWidget() is console.closing


def stored(store, sample):
    return entries.list_entries(store, sample.trajectory, meeting_id=sample.meeting)


def test_space_and_typing_on_the_closing_page_do_not_finish(qtbot, store, sample, running):
    """On the closing page, words and Space (a remote) are captured, never end the meeting."""
    to_closing(qtbot, running)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is running.capture.line)
    typed(qtbot, "g: dit ")
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_PageDown)
    assert meetings.get_meeting(store, sample.meeting).status == "bezig"
    assert running.state.at_closing and running.pages.currentWidget() is running.closing
    typed(qtbot, "klopt")
    press(qtbot, Qt.Key.Key_Return)
    assert [(e.voice, e.text) for e in stored(store, sample)] == [("gemeente", "dit  klopt")]


def test_finishing_asks_and_space_cannot_confirm(qtbot, store, sample, running):
    """Ctrl+Enter asks first; Space and Enter answer nothing; Esc says not yet; a second
    Ctrl+Enter finishes."""
    to_closing(qtbot, running)
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert running.closing.asking
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Escape)
    assert not running.closing.asking
    assert meetings.get_meeting(store, sample.meeting).status == "bezig"
    running.closing.finish_button.click()
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert meetings.get_meeting(store, sample.meeting).status == "gehouden"
    assert running.projector.title_label.text() == running.projector.tr("Thank you!")


def test_typing_with_the_projector_focused_files_the_note(qtbot, store, sample, running):
    """Keys typed on the projector window are typed into the capture line: 'b:' is the
    facilitator speaking, not a blank screen; Space and arrows do not move the step."""
    projector = running.projector
    assert projector.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert projector.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    qtbot.keyClicks(projector, "b: het plan is goed")
    qtbot.keyClick(projector, Qt.Key.Key_Right)
    qtbot.keyClick(projector, Qt.Key.Key_Return)
    assert running.state.blank is False and running.state.index == 0
    assert [(e.voice, e.text) for e in stored(store, sample)] == [
        ("procesbegeleider", "het plan is goed")
    ]
    assert QApplication.focusWidget() is running.capture.line


def test_tab_completes_a_prefix_or_does_nothing(qtbot, store, sample, running):
    """Tab finishes the shorthand or the owner's name; otherwise the text and focus stay."""
    line = running.capture.line
    qtbot.keyClicks(line, "g")
    press(qtbot, Qt.Key.Key_Tab)
    assert line.text() == "g: " and QApplication.focusWidget() is line
    qtbot.keyClicks(line, "ac")
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(line, "Offerte vragen @Fa")
    press(qtbot, Qt.Key.Key_Tab)
    assert line.text() == "g: ac: Offerte vragen @Fatma "
    qtbot.keyClicks(line, "met zorg")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Backtab)
    assert line.text() == "g: ac: Offerte vragen @Fatma met zorg"
    assert QApplication.focusWidget() is line
    press(qtbot, Qt.Key.Key_Return)
    assert [e.text for e in stored(store, sample)] == ["Offerte vragen met zorg"]


def test_blank_is_black_in_the_light_theme_and_the_console_says_so(qtbot, running):
    """A blanked beamer is black whatever the theme; the console shows what the room sees."""
    badge = running.controls.badge
    assert "live" in badge.text()
    press(qtbot, Qt.Key.Key_T, CTRL)
    assert running.state.theme == LIGHT and "light" in badge.text()
    press(qtbot, Qt.Key.Key_B, CTRL)
    projector = running.projector
    projector.showNormal()
    projector.resize(640, 480)
    image = projector.grab().toImage()
    assert QColor(image.pixel(320, 240)) == QColor("#000000")
    assert "black" in badge.text()
    press(qtbot, Qt.Key.Key_B, CTRL)
    press(qtbot, Qt.Key.Key_H, CTRL)
    assert "hidden" in badge.text()


def test_someone_ticked_present_reads_present(qtbot, sample, open_console):
    """At check-in a person ticked present no longer reads 'attendance still open'."""
    console = open_console(sample.meeting)
    box, _line = console.checkin.rows[sample.person["anna"]]
    qtbot.waitUntil(box.hasFocus)
    qtbot.keyClick(box, Qt.Key.Key_Space)
    absence = console.checkin.absence[sample.person["anna"]]
    # An empty choice shows the placeholder, which says "present".
    assert absence.currentIndex() == -1 and absence.placeholderText() == "Present"
    assert not absence.isEnabled()
    other = console.checkin.absence[sample.person["karel"]]
    assert other.currentText() == "Not noted yet" and other.isEnabled()


def test_a_step_with_very_many_notes_lists_the_newest(qtbot, store, sample, running):
    """A step with hundreds of notes lists the newest hundred and adds each new one (an
    action too) at the end, without rebuilding the list (which made Enter slow)."""
    from opgroei_desktop.ui.run.entries_panel import LISTED_AT_MOST

    line = running.capture.line
    step = running.state.current_step.id
    for number in range(LISTED_AT_MOST + 5):
        running.state.put_entry(
            entries.get_entry(
                store,
                entries.capture_entry(
                    store,
                    sample.trajectory,
                    meeting_id=sample.meeting,
                    script_step_id=step,
                    text=f"Notitie {number}",
                ).id,
            )
        )
    panel = running.run_page.entries
    assert panel.list.count() == LISTED_AT_MOST
    second = panel.list.item(1)
    line.setText("De nieuwste")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert panel.list.count() == LISTED_AT_MOST
    assert panel.list.item(0) is second, "the list was extended, not rebuilt"
    assert panel.list.currentItem().text() == "De nieuwste"
    assert str(LISTED_AT_MOST + 6) in panel.heading.text()
    second = panel.list.item(1)
    line.setText("i: ac: Offerte opvragen @Piet #15-03")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert panel.list.item(0) is second, "an action is added the same way"
    assert "Piet Jansen, 15-03" in panel.list.currentItem().text()
