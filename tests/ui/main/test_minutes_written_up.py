"""Writing the minutes after the meeting: an account per agenda item beside the captured
lines, the annex chosen per meeting, and notes moved between agenda items, all undoable."""

from __future__ import annotations

import docx
from PySide6.QtCore import Qt

from opgroei_desktop.core.services import entries, meetings
from opgroei_desktop.export.minutes import export_minutes
from opgroei_desktop.ui import labels

CONCEPT = "Afspraken voor het plan van aanpak"
ADOPTED = "Kennismaking: waarden, doelen en werkwijzen"
TIRED = "Onze vrijwilligers raken overbelast als er drie werkgroepen tegelijk draaien."
LOTTE = "Lotte is ingehuurd en spreekt als projectleider, niet namens de leden."
SAID = "Iedereen noemt aan het begin van een overleg in welke rol hij aan tafel zit."


def _accounts(qtbot, editor):
    panel = editor.minutes
    editor.tabs.setCurrentWidget(panel)
    panel.views.setCurrentWidget(panel.accounts)
    accounts = panel.accounts
    qtbot.waitUntil(lambda: accounts.items.count() >= 4)
    return panel, accounts


def _docx_lines(path) -> list[str]:
    return [p.text for p in docx.Document(str(path)).paragraphs]


def test_the_secretary_writes_an_account_from_the_captured_lines(
    qtbot, open_demo_meeting, store, tmp_path
):
    """If this fails, the minutes can only ever be the lines typed in the room."""
    window, editor = open_demo_meeting(CONCEPT)
    panel, accounts = _accounts(qtbot, editor)
    assert accounts.items.itemText(2) == "3. Rollen en werkstructuur  ✓", "the demo's"
    assert accounts.items.itemText(3) == "4. Namens wie spreek je?"
    accounts.items.setCurrentIndex(3)
    lines = [accounts.lines.item(i).text() for i in range(accounts.lines.count())]
    assert any(LOTTE in line for line in lines)
    accounts.lines.setFocus()
    accounts.lines.setCurrentRow(next(i for i, line in enumerate(lines) if LOTTE in line))
    qtbot.keyClick(accounts.lines, Qt.Key.Key_Return)
    assert accounts.account.toPlainText() == f"{labels.voice('initiatief')}: {LOTTE}"
    accounts.account.setPlainText("")
    accounts.account.setFocus()
    qtbot.keyClicks(accounts.account, SAID)
    accounts.saver.flush()
    item_id = accounts.current_item_id()
    stored = next(i for i in meetings.list_agenda(store, editor.meeting.id) if i.id == item_id)
    assert stored.account == SAID
    qtbot.waitUntil(lambda: accounts.items.itemText(3).endswith("✓"))
    panel.refresh_preview()
    assert SAID in panel.preview.toPlainText()
    assert "Bijlage: wat er in de zaal is genoteerd" in panel.preview.toPlainText()
    lines = _docx_lines(export_minutes(store, editor.meeting.id, tmp_path / "v.docx"))
    heading = lines.index("4. Namens wie spreek je?")
    assert lines[heading + 1] == SAID
    window.commands.undo.trigger()
    stored = next(i for i in meetings.list_agenda(store, editor.meeting.id) if i.id == item_id)
    assert stored.account == ""


def test_the_annex_is_chosen_once_for_the_meeting_and_undone(qtbot, open_demo_meeting, store):
    """If this fails, the secretary cannot keep the room's lines out of the minutes."""
    window, editor = open_demo_meeting(CONCEPT)
    _panel, accounts = _accounts(qtbot, editor)
    meeting_id = editor.meeting.id
    assert accounts.annex.isChecked()
    accounts.annex.click()
    assert meetings.get_meeting(store, meeting_id).notes_annex is False
    window.commands.undo.trigger()
    assert meetings.get_meeting(store, meeting_id).notes_annex is True
    qtbot.waitUntil(lambda: accounts.annex.isChecked())


def test_adopted_minutes_offer_no_account_to_edit(qtbot, open_demo_meeting):
    """If this fails, the secretary types an account the record refuses to keep."""
    _window, editor = open_demo_meeting(ADOPTED)
    _panel, accounts = _accounts(qtbot, editor)
    accounts.items.setCurrentIndex(1)
    assert accounts.account.isReadOnly()
    assert not accounts.annex.isEnabled()
    assert not accounts.copy_button.isEnabled()


def _entries_tab(qtbot, window, editor, text):
    """The entries tab with the note holding ``text`` chosen and the keyboard in the list."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    notes = editor.entries
    editor.tabs.setCurrentWidget(notes)
    rows = [notes.list.topLevelItem(i) for i in range(notes.list.topLevelItemCount())]
    notes.list.setCurrentItem(next(row for row in rows if text in row.text(4)))
    notes.list.setFocus()
    return notes


def test_a_note_moves_to_the_next_agenda_item_by_keyboard_and_back(
    qtbot, open_demo_meeting, store, tmp_path
):
    """If this fails, a note filed under the wrong item stays there in the minutes."""
    window, editor = open_demo_meeting(CONCEPT)
    meeting_id = editor.meeting.id
    agenda = meetings.list_agenda(store, meeting_id)
    notes = _entries_tab(qtbot, window, editor, TIRED)
    entry_id = notes.current_id()
    assert notes.place.currentText() == "3. Rollen en werkstructuur"
    qtbot.keyClick(notes.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    moved = entries.get_entry(store, entry_id)
    assert moved.agenda_item_id == agenda[3].id
    assert moved.script_step_id == agenda[3].steps[0].id
    assert notes.current_id() == entry_id, "the same note stays chosen"
    assert notes.place.currentText() == "4. Namens wie spreek je?"
    lines = _docx_lines(export_minutes(store, meeting_id, tmp_path / "v.docx"))
    fourth = lines.index("4. Namens wie spreek je?")
    item = lines[fourth : lines.index("5. Check-out en volgende keer")]
    assert any(TIRED in line for line in item)
    assert sum(TIRED in line for line in lines) == 1, "no longer in the annex of item 3"
    window.commands.undo.trigger()
    assert entries.get_entry(store, entry_id).agenda_item_id == agenda[2].id
    notes.place.setCurrentIndex(notes.place.findData(agenda[0].steps[0].id))
    assert entries.get_entry(store, entry_id).agenda_item_id == agenda[0].id


def test_moving_a_note_of_adopted_minutes_is_refused_in_dutch(qtbot, open_demo_meeting, store):
    """If this fails, adopted minutes change under the parties' signatures."""
    window, editor = open_demo_meeting(ADOPTED)
    notes = _entries_tab(qtbot, window, editor, "aardgasvrij")
    entry_id = notes.current_id()
    before = entries.get_entry(store, entry_id).agenda_item_id
    qtbot.keyClick(notes.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert entries.get_entry(store, entry_id).agenda_item_id == before
    assert window.message_bar.isVisible()
    assert "vastgesteld" in window.message_bar.text.text()
    assert notes.place.currentText() == "2. Waarden en doelen", "the choice shows the truth"
