"""Notes added after the meeting in the Notities tab: a point forgotten in the room, or a
whole meeting held without the laptop typed up from the paper notes."""

from __future__ import annotations

import docx
from PySide6.QtCore import Qt

from opgroei_desktop.core.services import actions, entries, meetings
from opgroei_desktop.export.minutes import export_minutes

CONCEPT = "Afspraken voor het plan van aanpak"
ADOPTED = "Kennismaking: waarden, doelen en werkwijzen"
PLANNED = "Naar een intentieovereenkomst"


def _notes(qtbot, open_demo_meeting, title):
    window, editor = open_demo_meeting(title)
    editor.tabs.setCurrentWidget(editor.entries)
    notes = editor.entries
    qtbot.waitUntil(lambda: notes.adder.place.count() > 1)
    return window, editor, notes


def _type(qtbot, notes, line: str) -> None:
    notes.adder.line.setFocus()
    qtbot.keyClicks(notes.adder.line, line)
    qtbot.keyClick(notes.adder.line, Qt.Key.Key_Return)


def test_a_forgotten_action_is_added_under_its_agenda_item_and_undone(
    qtbot, open_demo_meeting, store
):
    """If this fails, what the room agreed but nobody typed never reaches the minutes."""
    window, editor, notes = _notes(qtbot, open_demo_meeting, CONCEPT)
    agenda = meetings.list_agenda(store, editor.meeting.id)
    notes.adder.place.setCurrentIndex(notes.adder.place.findData(agenda[1].steps[0].id))
    chosen = notes.current_id()
    place_of_chosen = entries.get_entry(store, chosen).agenda_item_id
    notes.adder.line.setFocus()
    qtbot.keyClick(notes.adder.line, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert notes.adder.place.currentData() == agenda[2].steps[0].id
    assert entries.get_entry(store, chosen).agenda_item_id == place_of_chosen, "not moved"
    _type(qtbot, notes, "i: ac: Rooster voor de werkgroepen maken @Henk #20-12")
    added = [
        e
        for e in entries.list_entries(
            store, editor.meeting.trajectory_id, meeting_id=editor.meeting.id
        )
        if e.text == "Rooster voor de werkgroepen maken"
    ]
    assert len(added) == 1
    entry = added[0]
    assert (entry.kind, entry.voice, entry.agenda_item_id) == ("actie", "initiatief", agenda[2].id)
    action = next(
        a for a in actions.list_actions(store, entry.trajectory_id) if a.entry_id == entry.id
    )
    assert action.owner_person_id is not None and action.due_on.strftime("%d-%m") == "20-12"
    assert notes.adder.line.text() == "", "the line is ready for the next note"
    assert notes.current_id() == entry.id, "the new note is chosen, to correct at once"
    window.commands.undo.trigger()
    assert all(
        e.id != entry.id
        for e in entries.list_entries(store, entry.trajectory_id, meeting_id=editor.meeting.id)
    )


def test_a_meeting_held_without_the_laptop_is_typed_up_into_minutes(
    qtbot, open_demo_meeting, store, tmp_path
):
    """If this fails, a meeting run on paper cannot get minutes from the app."""
    window, editor, notes = _notes(qtbot, open_demo_meeting, PLANNED)
    agenda = meetings.list_agenda(store, editor.meeting.id)
    notes.adder.place.setCurrentIndex(notes.adder.place.findData(agenda[1].steps[0].id))
    _type(qtbot, notes, "g: De raad wil eerst de businesscase zien.")
    _type(qtbot, notes, "s: be: We tekenen de intentieovereenkomst in januari.")
    lines = [
        p.text
        for p in docx.Document(
            str(export_minutes(store, editor.meeting.id, tmp_path / "v.docx"))
        ).paragraphs
    ]
    assert any(line.startswith("Conceptverslag") for line in lines)
    assert any("De raad wil eerst de businesscase zien." in line for line in lines)
    assert any("We tekenen de intentieovereenkomst in januari." in line for line in lines)


def test_a_line_that_cannot_be_filed_is_kept_and_explained(qtbot, open_demo_meeting, store):
    """If this fails, a typo in a prefix throws away what the secretary typed."""
    window, editor, notes = _notes(qtbot, open_demo_meeting, CONCEPT)
    before = len(
        entries.list_entries(store, editor.meeting.trajectory_id, meeting_id=editor.meeting.id)
    )
    _type(qtbot, notes, "be:")
    assert notes.adder.line.text() == "be:"
    assert window.message_bar.isVisible()
    assert "Schrijf na de afkorting" in window.message_bar.text.text()
    after = len(
        entries.list_entries(store, editor.meeting.trajectory_id, meeting_id=editor.meeting.id)
    )
    assert after == before


def test_adding_to_adopted_minutes_is_refused_and_the_text_kept(qtbot, open_demo_meeting, store):
    """If this fails, a note slips into minutes both parties already adopted."""
    window, editor, notes = _notes(qtbot, open_demo_meeting, ADOPTED)
    before = len(
        entries.list_entries(store, editor.meeting.trajectory_id, meeting_id=editor.meeting.id)
    )
    _type(qtbot, notes, "Nog iets wat gezegd is")
    assert notes.adder.line.text() == "Nog iets wat gezegd is"
    assert "vastgesteld" in window.message_bar.text.text()
    after = len(
        entries.list_entries(store, editor.meeting.trajectory_id, meeting_id=editor.meeting.id)
    )
    assert after == before
