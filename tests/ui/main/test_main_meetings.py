"""Meetings: planning, composing and reordering the agenda, inviting, starting the runner,
and correcting the entries of a held meeting."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QWidget

from opgroei_desktop.core.services import entries, meetings, people


def meetings_page(window):
    return window.view.show_page("meetings")


def planned(store, trajectory, **fields):
    fields.setdefault("starts_at", "10-03-2026 19:30")
    return meetings.plan_meeting(store, trajectory, title="Kennismaking", **fields).id


def agenda_for(window, meeting):
    page = meetings_page(window)
    page.select(meeting)
    page.editor.tabs.setCurrentWidget(page.editor.agenda)
    return page.editor.agenda


def titles(store, meeting):
    return [item.title for item in meetings.list_agenda(store, meeting)]


def test_agenda_items_move_with_buttons_and_keys_and_moves_undo(qtbot, store, window, trajectory):
    """If this fails, the facilitator cannot put the agenda in the right order."""
    meeting = planned(store, trajectory)
    for title in ("Opening", "Kennismaken", "Rondvraag"):
        meetings.add_agenda_item(store, meeting, title=title, minutes=10)
    agenda = agenda_for(window, meeting)
    agenda.select(meetings.list_agenda(store, meeting)[0].id)
    agenda.down_button.click()
    assert titles(store, meeting) == ["Kennismaken", "Opening", "Rondvraag"]
    agenda.list.setFocus()
    qtbot.keyClick(agenda.list, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert titles(store, meeting) == ["Kennismaken", "Rondvraag", "Opening"]
    qtbot.keyClick(agenda.list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert titles(store, meeting) == ["Kennismaken", "Opening", "Rondvraag"]
    window.commands.undo.trigger()
    window.commands.undo.trigger()
    window.commands.undo.trigger()
    assert titles(store, meeting) == ["Opening", "Kennismaken", "Rondvraag"]
    assert agenda.list.topLevelItem(0).text(1) == "Opening"


def test_minutes_change_the_total_and_end_time_at_once(qtbot, store, window, trajectory):
    """If this fails, the facilitator plans an evening that runs over without seeing it."""
    meeting = planned(store, trajectory)
    for title in ("Opening", "Gesprek"):
        meetings.add_agenda_item(store, meeting, title=title, minutes=15)
    agenda = agenda_for(window, meeting)
    assert agenda.total.text() == "Total: 30 minutes · from 19:30 to 20:00"
    agenda.select(meetings.list_agenda(store, meeting)[1].steps[0].id)
    agenda.minutes.setValue(45)
    assert agenda.total.text() == "Total: 60 minutes · from 19:30 to 20:30"
    assert agenda.list.topLevelItem(1).text(0) == "19:45"
    assert agenda.list.topLevelItem(1).text(2) == "45"
    qtbot.waitUntil(lambda: meetings.list_agenda(store, meeting)[1].minutes == 45)
    page = meetings_page(window)
    page.editor.tabs.setCurrentIndex(0)
    page.editor.starts_at.setDateTime(QDateTime.fromString("10-03-2026 20:00", "dd-MM-yyyy HH:mm"))
    assert agenda.total.text().endswith("from 20:00 to 21:00")
    qtbot.waitUntil(
        lambda: meetings.get_meeting(store, meeting).starts_at == datetime(2026, 3, 10, 20, 0)
    )


def test_removing_an_agenda_item_can_be_undone(qtbot, store, window, trajectory):
    """If this fails, a mis-click deletes a carefully written agenda item."""
    meeting = planned(store, trajectory)
    meetings.add_agenda_item(store, meeting, title="Opening", minutes=5)
    meetings.add_agenda_item(store, meeting, title="Gesprek", minutes=30, prompt="Wat?")
    agenda = agenda_for(window, meeting)
    agenda.select(meetings.list_agenda(store, meeting)[1].id)
    agenda.list.setFocus()
    qtbot.keyClick(agenda.list, Qt.Key.Key_Delete)
    assert titles(store, meeting) == ["Opening"]
    window.commands.undo.trigger()
    assert titles(store, meeting) == ["Opening", "Gesprek"]
    assert meetings.list_agenda(store, meeting)[1].steps[0].prompt == "Wat?"


def test_single_steps_and_own_items_join_the_agenda(qtbot, store, window, trajectory, library):
    """If this fails, an agenda can only be built from whole formats."""
    meeting = planned(store, trajectory)
    agenda = agenda_for(window, meeting)
    check_out = library.format("check_out")
    agenda.formats.setCurrentIndex(agenda.formats.findData("check_out"))
    agenda.steps.setCurrentIndex(1)
    agenda.add_step_button.click()
    [item] = meetings.list_agenda(store, meeting)
    [step] = item.steps
    assert (item.title, step.format_key, step.step_key) == (
        check_out.steps[1].title,
        "check_out",
        check_out.steps[1].key,
    )
    agenda.add_own_button.click()
    assert agenda.item_title.hasFocus()
    qtbot.keyClicks(agenda.item_title, "Rondvraag")
    agenda.saver.flush()
    assert titles(store, meeting) == [check_out.steps[1].title, "Rondvraag"]


def test_inviting_and_withdrawing_are_saved_and_undone(qtbot, store, window, trajectory):
    """If this fails, the attendance list of the minutes starts wrong."""
    anna = people.add_person(store, trajectory, name="Anna", party="gemeente").id
    kees = people.add_person(store, trajectory, name="Kees", party="initiatief").id
    meeting = planned(store, trajectory, invite=(anna,))
    page = meetings_page(window)
    page.select(meeting)
    invites = page.editor.invites
    assert invites.invited() == {anna}
    row = next(
        invites.item(i)
        for i in range(invites.count())
        if invites.item(i).data(Qt.ItemDataRole.UserRole) == kees
    )
    row.setCheckState(Qt.CheckState.Checked)
    assert {a.person_id for a in meetings.list_attendance(store, meeting)} == {anna, kees}
    window.commands.undo.trigger()
    assert {a.person_id for a in meetings.list_attendance(store, meeting)} == {anna}
    assert invites.invited() == {anna}


def test_planning_invites_everyone_taking_part_and_focuses_the_title(
    qtbot, store, window, trajectory
):
    """If this fails, planning a meeting takes needless clicks or invites people who left."""
    people.add_person(store, trajectory, name="Anna", party="gemeente")
    people.add_person(store, trajectory, name="Piet", party="gemeente", left_on="01-01-2026")
    page = meetings_page(window)
    page.plan_button.click()
    [meeting] = meetings.list_meetings(store, trajectory)
    assert meeting.status == "gepland" and meeting.starts_at.hour == 19
    assert len(meetings.list_attendance(store, meeting.id)) == 1
    assert page.editor.title.hasFocus()


def test_start_button_opens_the_meeting_runner(qtbot, store, window, trajectory, monkeypatch):
    """If this fails, the facilitator cannot begin the meeting from its page."""
    import opgroei_desktop.ui.run as run

    opened = []

    def fake_runner(bus, library, settings, meeting_id, parent=None, undo_stack=None):
        opened.append((bus, library, settings, meeting_id, parent, undo_stack))
        runner = QWidget()
        qtbot.addWidget(runner)
        return runner

    monkeypatch.setattr(run, "open_meeting_runner", fake_runner, raising=False)
    meeting = planned(store, trajectory)
    page = meetings_page(window)
    page.select(meeting)
    assert page.editor.start_button.isVisible()
    page.editor.start_button.click()
    [(bus, library, settings, meeting_id, parent, undo_stack)] = opened
    assert (bus, meeting_id, parent) == (window.work.bus, meeting, window)
    assert undo_stack is window.work.undo, "the console would undo in an order of its own"
    assert page._runner.isVisible()


def test_entries_of_a_held_meeting_can_be_corrected_and_deleted(qtbot, store, window, trajectory):
    """If this fails, a mistake in what was captured ends up in the minutes."""
    meeting = planned(store, trajectory, status="gehouden")
    entry = entries.capture_entry(
        store, trajectory, meeting_id=meeting, text="Wij willen zon", worksheet="kennen"
    ).id
    page = meetings_page(window)
    page.select(meeting)
    editor = page.editor
    assert editor.tabs.currentWidget() is editor.entries
    assert not editor.start_button.isVisible()
    notes = editor.entries
    assert notes.current_id() == entry
    notes.kind.setCurrentIndex(notes.kind.findData("zorg"))
    notes.voice.setCurrentIndex(notes.voice.findData("initiatief"))
    notes.worksheet.setCurrentIndex(notes.worksheet.findData("financiering"))
    notes.text.setFocus()
    notes.text.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(notes.text, " en wind")
    notes.saver.flush()
    stored = entries.get_entry(store, entry)
    assert (stored.text, stored.kind, stored.voice, stored.worksheet) == (
        "Wij willen zon en wind",
        "zorg",
        "initiatief",
        "financiering",
    )
    assert notes.list.topLevelItem(0).text(0) == "Concern"
    notes.delete_button.click()
    assert entries.list_entries(store, trajectory) == []
    assert notes.list.topLevelItemCount() == 0
    window.commands.undo.trigger()
    assert [e.id for e in entries.list_entries(store, trajectory)] == [entry]


def test_an_agenda_item_splits_and_merges_with_undo(qtbot, store, window, trajectory, library):
    """If this fails, a format's steps cannot be spread over agenda items as the room needs."""
    meeting = planned(store, trajectory)
    meetings.add_agenda_item(store, meeting, **library.format("check_in").agenda_item())
    agenda = agenda_for(window, meeting)
    [item] = meetings.list_agenda(store, meeting)
    agenda.select(item.steps[0].id)
    assert not agenda.split_button.isEnabled() and not agenda.merge_button.isEnabled()
    agenda.select(item.steps[2].id)
    agenda.split_button.click()
    assert titles(store, meeting) == [item.title, item.steps[2].title]
    assert agenda.list.topLevelItemCount() == 2
    agenda.select(item.id)
    agenda.merge_button.click()
    assert titles(store, meeting) == [item.title]
    window.commands.undo.trigger()
    assert titles(store, meeting) == [item.title, item.steps[2].title]
    window.commands.undo.trigger()
    assert titles(store, meeting) == [item.title]
    assert [s.id for s in meetings.list_agenda(store, meeting)[0].steps] == [
        s.id for s in item.steps
    ]
