"""The facilitator console: check-in, capture by keyboard, correcting entries, undo."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from opgroei_desktop.core.services import actions, entries, meetings, people
from opgroei_desktop.core.vocab import EntryKind, Voice

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def file(qtbot, console, text: str) -> None:
    """Type a line into the capture line and press Enter, as the facilitator does."""
    qtbot.keyClicks(console.capture.line, text)
    qtbot.keyClick(console.capture.line, Qt.Key.Key_Return)


def key(qtbot, console, k, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(console.capture.line, k, modifier)


def stored(store, sample):
    return entries.list_entries(store, sample.trajectory, meeting_id=sample.meeting)


def test_check_in_by_keyboard_is_stored(qtbot, store, sample, open_console):
    """Ticking someone present and typing on whose behalf they speak is saved at once."""
    console = open_console(sample.meeting)
    box, line = console.checkin.rows[sample.person["anna"]]
    qtbot.waitUntil(box.hasFocus)
    qtbot.keyClick(box, Qt.Key.Key_Space)
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert line.hasFocus()
    qtbot.keyClicks(line, "het college")
    qtbot.keyClick(line, Qt.Key.Key_Tab)
    row = next(
        a
        for a in meetings.list_attendance(store, sample.meeting)
        if a.person_id == sample.person["anna"]
    )
    assert (row.status, row.speaks_for_today) == ("aanwezig", "het college")
    assert console.checkin.count_label.text().startswith("1")


def test_walk_in_is_added_present_and_undoable(qtbot, store, sample, open_console):
    """Someone who walks in is added to the trajectory, marked present, and can be undone."""
    console = open_console(sample.meeting)
    qtbot.keyClick(console.checkin.first_field(), Qt.Key.Key_N, CTRL)
    assert console.checkin.walk_in_name.hasFocus()
    qtbot.keyClicks(console.checkin.walk_in_name, "Sanne Bakker")
    console.checkin.walk_in_party.setCurrentIndex(1)
    qtbot.keyClicks(console.checkin.walk_in_speaks, "de buurtvereniging")
    qtbot.keyClick(console.checkin.walk_in_speaks, Qt.Key.Key_Return)
    sanne = next(
        p for p in people.list_people(store, sample.trajectory) if p.name == "Sanne Bakker"
    )
    row = next(
        a for a in meetings.list_attendance(store, sample.meeting) if a.person_id == sanne.id
    )
    assert (row.walk_in, row.status, row.speaks_for_today) == (
        True,
        "aanwezig",
        "de buurtvereniging",
    )
    assert sanne.id in console.checkin.rows
    console.run.undo_stack.undo()
    assert sanne.id not in {a.person_id for a in meetings.list_attendance(store, sample.meeting)}


def test_start_marks_the_meeting_running(qtbot, store, sample, open_console):
    """Ctrl+Enter on the check-in starts the meeting: status 'bezig', first step, timer on."""
    console = open_console(sample.meeting)
    qtbot.keyClick(console.checkin.first_field(), Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: console.pages.currentWidget() is console.run_page)
    meeting = meetings.get_meeting(store, sample.meeting)
    assert meeting.status == "bezig" and meeting.started_at is not None
    assert meeting.current_step_id == sample.steps[0]
    assert console.state.running
    qtbot.waitUntil(console.capture.line.hasFocus)


def test_enter_files_the_entry_under_the_step_and_its_worksheet(qtbot, store, sample, running):
    """What is typed lands under the current step, its worksheet, party and kind."""
    key(qtbot, running, Qt.Key.Key_PageDown)
    file(qtbot, running, "i: zo: Te weinig vrijwilligers voor de **bouw**")
    (entry,) = stored(store, sample)
    assert (entry.agenda_item_id, entry.worksheet, entry.voice, entry.kind) == (
        sample.items[1],
        "kennen",
        "initiatief",
        "zorg",
    )
    assert entry.text == "Te weinig vrijwilligers voor de **bouw**"
    assert running.capture.line.text() == ""
    assert running.run_page.entries.list.count() == 1
    shown = running.run_page.entries.list.item(0).text()
    assert shown.endswith("Te weinig vrijwilligers voor de bouw"), shown


def test_sticky_party_and_kind_from_shortcuts(qtbot, store, sample, running):
    """Ctrl+1 and Alt+V make the following entries the municipality's questions."""
    key(qtbot, running, Qt.Key.Key_1, CTRL)
    key(qtbot, running, Qt.Key.Key_V, ALT)
    assert "Municipality" in running.capture.voice_chip.text()
    assert "Question" in running.capture.kind_chip.text()
    file(qtbot, running, "Wie betaalt de studie?")
    file(qtbot, running, "i: Ook een vraag van ons")
    first, second = stored(store, sample)
    assert (first.voice, first.kind) == ("gemeente", "vraag")
    assert (second.voice, second.kind) == ("initiatief", "vraag")
    key(qtbot, running, Qt.Key.Key_1, CTRL)
    assert running.capture.voice is None


def test_a_mistake_keeps_the_text_and_says_why(qtbot, store, sample, running):
    """A line that cannot be filed stays in the line, with a Dutch-ready message on top."""
    file(qtbot, running, "g: i: twee partijen")
    assert running.capture.line.text() == "g: i: twee partijen"
    assert running.messages.isVisible() and "twee partijen" in running.messages.label.text()
    assert stored(store, sample) == []
    running.capture.line.reset()
    file(qtbot, running, "ac: Bellen @Klaas")
    assert "Klaas" in running.messages.label.text()
    assert running.capture.line.text() == "ac: Bellen @Klaas"


def test_action_gets_owner_and_due_date(qtbot, store, sample, running):
    """'@Anna #15-03' makes Anna the owner of the action with that deadline."""
    file(qtbot, running, "g: ac: Bel de wethouder @Anna #15-03-2027")
    (action,) = actions.list_actions(store, sample.trajectory, meeting_id=sample.meeting)
    assert (action.owner_person_id, action.due_on, action.what) == (
        sample.person["anna"],
        date(2027, 3, 15),
        "Bel de wethouder",
    )
    assert "Anna de Vries" in running.run_page.entries.list.item(0).text()


def test_undo_and_redo_a_filed_entry(qtbot, store, sample, running):
    """Ctrl+Z on an empty line takes back the last entry; Ctrl+Shift+Z brings it back."""
    file(qtbot, running, "Eerste punt")
    key(qtbot, running, Qt.Key.Key_Z, CTRL)
    assert stored(store, sample) == []
    assert running.run_page.entries.list.count() == 0
    key(qtbot, running, Qt.Key.Key_Z, CTRL | SHIFT)
    assert [e.text for e in stored(store, sample)] == ["Eerste punt"]


def test_ctrl_z_undoes_typing_before_entries(qtbot, store, sample, running):
    """While there is typing to undo, Ctrl+Z undoes the typing, not a filed entry."""
    file(qtbot, running, "Eerste punt")
    qtbot.keyClicks(running.capture.line, "half getypt")
    key(qtbot, running, Qt.Key.Key_Z, CTRL)
    assert running.capture.line.text() == ""
    assert len(stored(store, sample)) == 1


def test_click_elsewhere_gives_the_focus_back(qtbot, sample, running):
    """After clicking the agenda or a button, typing goes into the capture line again."""
    running.run_page.entries.list.setFocus()
    qtbot.mouseClick(running.run_page.entries.list.viewport(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(running.capture.line.hasFocus)
    qtbot.mouseClick(running.run_page.timer.more_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(running.capture.line.hasFocus)


def test_refile_an_entry_to_another_step_with_undo(qtbot, store, sample, running):
    """An entry filed under the wrong step moves, with its worksheet, and back on undo."""
    file(qtbot, running, "Hoort bij de ideeen")
    key(qtbot, running, Qt.Key.Key_F2)
    editor = running.editor
    assert editor is not None and editor.isVisible()
    qtbot.waitUntil(editor.isActiveWindow)
    editor.step.setCurrentIndex(3)  # (no step), 1, 2, 3: "ideeen" on stappen
    assert editor.worksheet.currentData() == "stappen"
    qtbot.keyClick(editor.text, Qt.Key.Key_Return, CTRL)
    (entry,) = stored(store, sample)
    assert (entry.agenda_item_id, entry.worksheet) == (sample.items[2], "stappen")
    assert running.run_page.entries.list.count() == 0
    running.run.undo_stack.undo()
    (entry,) = stored(store, sample)
    assert (entry.agenda_item_id, entry.worksheet) == (sample.items[0], None)


def test_changing_the_kind_refiles_the_entry_in_place(qtbot, store, sample, running):
    """A remark that turns out to be a decision gets a decision number, keeps the moment it
    was said, and keeps its number through undo and redo (as in the Notities tab)."""
    file(qtbot, running, "We gaan door met de studie")
    (said,) = stored(store, sample)
    running.edit_entry(running.run_page.entries.selected_id())
    editor = running.editor
    editor.kind.setCurrentIndex(list(EntryKind).index(EntryKind.BESLUIT))
    editor.save()
    (entry,) = stored(store, sample)
    assert (entry.id, entry.captured_at) == (said.id, said.captured_at)
    assert entry.kind == "besluit" and entry.decision_number
    number = entry.decision_number
    running.run.undo_stack.undo()
    (entry,) = stored(store, sample)
    assert (entry.id, entry.kind) == (said.id, "opmerking")
    running.run.undo_stack.redo()
    (entry,) = stored(store, sample)
    assert (entry.kind, entry.decision_number) == ("besluit", number)


def test_undoing_a_refile_as_action_takes_the_owned_action_away(qtbot, store, sample, running):
    """Undo of 'this remark is an action for Anna' would leave Anna's action standing."""
    file(qtbot, running, "Cijfers opvragen bij de netbeheerder")
    running.edit_entry(running.run_page.entries.selected_id())
    editor = running.editor
    editor.kind.setCurrentIndex(list(EntryKind).index(EntryKind.ACTIE))
    editor.owner.setCurrentIndex(editor.owner.findText("Anna de Vries"))
    editor.save()
    (action,) = actions.list_actions(store, sample.trajectory)
    assert action.owner_person_id == sample.person["anna"]
    running.run.undo_stack.undo()
    assert actions.list_actions(store, sample.trajectory) == []


def test_editor_refuses_a_bad_due_date_and_keeps_the_text(qtbot, store, sample, running):
    """A wrong date in the editor is explained there; nothing typed is lost."""
    file(qtbot, running, "ac: Cijfers sturen")
    running.edit_entry(running.run_page.entries.selected_id())
    editor = running.editor
    editor.due.setText("31-02-2027")
    editor.text.setPlainText("Cijfers sturen naar de raad")
    editor.save()
    assert editor.isVisible() and "31-02-2027" in editor.error.text()
    assert editor.text.toPlainText() == "Cijfers sturen naar de raad"


def test_delete_with_ctrl_d_and_undo(qtbot, store, sample, running):
    """Ctrl+D deletes the selected entry (and its action); Ctrl+Z brings both back."""
    file(qtbot, running, "ac: Verslag rondsturen @begeleider")
    key(qtbot, running, Qt.Key.Key_D, CTRL)
    assert stored(store, sample) == []
    assert actions.list_actions(store, sample.trajectory) == []
    key(qtbot, running, Qt.Key.Key_Z, CTRL)
    assert len(stored(store, sample)) == 1
    assert len(actions.list_actions(store, sample.trajectory)) == 1


def test_alt_arrows_pick_an_entry_while_typing(qtbot, sample, running):
    """Alt+Up selects an earlier entry without leaving the capture line."""
    for text in ("een", "twee", "drie"):
        file(qtbot, running, text)
    key(qtbot, running, Qt.Key.Key_Up, ALT)
    assert running.run.state.entry(running.run_page.entries.selected_id()).text == "twee"
    assert running.capture.line.hasFocus()


def test_refusals_from_the_store_appear_in_the_message_bar(qtbot, sample, running):
    """A Dutch refusal from a service is shown without a pop-up."""
    running.run.bus.failed.emit("Deze notitie bestaat niet (meer).")
    assert running.messages.isVisible()
    assert running.messages.label.text() == "Deze notitie bestaat niet (meer)."
    assert QApplication.activeModalWidget() is None


def test_page_keys_move_through_the_agenda(qtbot, store, sample, running):
    """PgDown/PgUp move the step, on the console and in the store."""
    key(qtbot, running, Qt.Key.Key_PageDown)
    key(qtbot, running, Qt.Key.Key_PageDown)
    assert running.state.index == 2
    assert meetings.get_meeting(store, sample.meeting).current_step_id == sample.steps[2]
    key(qtbot, running, Qt.Key.Key_PageUp)
    assert running.run_page.header.title.text() == running.state.steps[1].title


def test_timer_keys(qtbot, sample, running):
    """Ctrl+Space pauses and starts; Ctrl+Up and Ctrl+Shift+Up add one and five minutes."""
    budget = running.state.budget()
    key(qtbot, running, Qt.Key.Key_Space, CTRL)
    assert not running.state.running
    assert "Start" in running.run_page.timer.toggle_button.text()
    key(qtbot, running, Qt.Key.Key_Up, CTRL)
    key(qtbot, running, Qt.Key.Key_Up, CTRL | SHIFT)
    assert running.state.budget() == budget + 6 * 60
    key(qtbot, running, Qt.Key.Key_Space, CTRL)
    assert running.state.running


def test_capture_uses_sticky_voice_names(running):
    """The chips show the screen word for the chosen party."""
    running.capture.set_voice(Voice.SAMEN)
    assert "Both together" in running.capture.voice_chip.text()


def test_every_control_has_an_accessible_name(qtbot, running):
    """Screen readers and keyboard users can tell every button, field and list apart."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
    )

    file(qtbot, running, "Iets om te bewerken")
    running.edit_entry(running.run_page.entries.selected_id())
    kinds = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QTextEdit, QPlainTextEdit)
    nameless = [
        f"{type(widget).__name__} {widget.objectName()} in {type(widget.parent()).__name__}"
        for window in (running, running.projector, running.editor)
        for widget in window.findChildren(QWidget)
        if isinstance(widget, kinds)
        and widget.window() is window  # not the pop-up list of a combo box
        and not widget.accessibleName()
    ]
    assert nameless == []


def test_absence_with_or_without_notice_is_recorded(qtbot, store, sample, open_console):
    """Dutch minutes list who was absent with and without notice; the check-in must record it."""
    console = open_console(sample.meeting)
    person = sample.person["anna"]
    choice = console.checkin.absence[person]
    choice.setCurrentIndex(choice.findData("afwezig_mk"))
    (row,) = [a for a in meetings.list_attendance(store, sample.meeting) if a.person_id == person]
    assert row.status == "afwezig_mk"
    console.checkin.rows[person][0].setChecked(True)
    assert not choice.isEnabled()
    console.run.undo_stack.undo()
    console.run.undo_stack.undo()
    (row,) = [a for a in meetings.list_attendance(store, sample.meeting) if a.person_id == person]
    assert row.status == "uitgenodigd"
