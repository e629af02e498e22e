"""Adopted minutes are a record: they never change, and reopening them is on the record."""

from __future__ import annotations

from datetime import date

import docx
import pytest

from opgroei_desktop.core.errors import InvalidInput
from opgroei_desktop.core.services import actions, agreements, entries, meetings, people
from opgroei_desktop.core.services.minutes_status import agree_minutes, reopen_minutes
from opgroei_desktop.export.minutes import adopt_minutes, build_minutes, export_minutes


def _text(path) -> str:
    document = docx.Document(str(path))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def _adopt(minutes) -> None:
    adopt_minutes(minutes.store, minutes.meeting_id, "gemeente", "Jan de Boer", "20-03-2026")
    adopt_minutes(minutes.store, minutes.meeting_id, "initiatief", "Ria Jansen", "21-03-2026")


def _an_entry(minutes):
    return entries.list_entries(
        minutes.store, minutes.trajectory_id, meeting_id=minutes.meeting_id
    )[0]


def test_adopted_minutes_refuse_edits_until_reopened_with_a_reason(minutes, tmp_path) -> None:
    """What both parties adopted could be changed afterwards under the same adoption line."""
    _adopt(minutes)
    entry = _an_entry(minutes)
    with pytest.raises(InvalidInput, match="vastgesteld"):
        entries.update_entry(minutes.store, entry.id, text="Iets anders gezegd.")
    with pytest.raises(InvalidInput, match="vastgesteld"):
        entries.delete_entry(minutes.store, entry.id)
    with pytest.raises(InvalidInput, match="vastgesteld"):
        entries.capture_entry(
            minutes.store, minutes.trajectory_id, meeting_id=minutes.meeting_id, text="Laat"
        )
    person = next(a.person_id for a in meetings.list_attendance(minutes.store, minutes.meeting_id))
    with pytest.raises(InvalidInput, match="vastgesteld"):
        meetings.set_attendance(minutes.store, minutes.meeting_id, person, status="afwezig_zk")
    with pytest.raises(InvalidInput, match="vastgesteld"):
        meetings.update_meeting(minutes.store, minutes.meeting_id, title="Andere titel")
    with pytest.raises(InvalidInput, match="reden"):
        reopen_minutes(minutes.store, minutes.meeting_id, "  ")

    reopen_minutes(minutes.store, minutes.meeting_id, "Naam van de wethouder verkeerd gespeld.")
    entries.update_entry(minutes.store, entry.id, text="Welkom door de voorzitter.")
    _adopt(minutes)
    text = _text(export_minutes(minutes.store, minutes.meeting_id, tmp_path / "v.docx"))
    assert "Welkom door de voorzitter." in text
    assert "Geschiedenis van dit verslag" in text
    assert "heropend. Reden: Naam van de wethouder verkeerd gespeld." in text
    assert text.count(": vastgesteld door Jan de Boer; Ria Jansen.") == 2


def test_adopted_minutes_export_the_same_after_later_changes(minutes, tmp_path) -> None:
    """The adopted minutes would show today's state of agreements, actions and people."""
    _adopt(minutes)
    before = _text(export_minutes(minutes.store, minutes.meeting_id, tmp_path / "a.docx"))
    store, trajectory = minutes.store, minutes.trajectory_id
    for action in actions.list_actions(store, trajectory):
        actions.set_action_status(store, action.id, "gedaan", on=date(2026, 4, 21))
    for agreement in agreements.list_agreements(store, trajectory):
        agreements.reword(store, agreement.id, "Nieuwe tekst van later.")
    jan = next(p for p in people.list_people(store, trajectory) if p.name == "Jan de Boer")
    people.update_person(store, jan.id, function="teamleider")
    after = _text(export_minutes(store, minutes.meeting_id, tmp_path / "b.docx"))
    assert after == before
    assert "teamleider" not in after and "Nieuwe tekst van later." not in after


def test_concept_minutes_show_states_as_at_the_meeting(minutes, tmp_path) -> None:
    """Minutes of 12 March would say an action was 'gedaan op 21-04-2026'."""
    store, trajectory = minutes.store, minutes.trajectory_id
    for action in actions.list_actions(store, trajectory):
        actions.set_action_status(store, action.id, "gedaan", on=date(2026, 4, 21))
    text = _text(export_minutes(store, minutes.meeting_id, tmp_path / "c.docx"))
    assert "21-04-2026" not in text


def test_a_planned_meeting_cannot_be_adopted(minutes) -> None:
    """Minutes could be adopted for a meeting that has not been held."""
    with pytest.raises(InvalidInput, match="gehouden"):
        agree_minutes(minutes.store, minutes.next_meeting_id, "gemeente", "Jan de Boer")


def test_adopted_document_is_kept_with_its_hash(minutes) -> None:
    """The app could not show that the minutes are exactly those that were adopted."""
    from opgroei_desktop.core.services.minutes_status import adopted_record
    from opgroei_desktop.export import document_json

    _adopt(minutes)
    record = adopted_record(minutes.store, minutes.meeting_id)
    assert record.sha256 == document_json.digest(record.document)
    assert document_json.dumps(build_minutes(minutes.store, minutes.meeting_id)) == record.document


def test_a_private_note_can_still_be_added_to_adopted_minutes(minutes) -> None:
    """The facilitator's own notes are in no minutes, so adoption must not block them."""
    _adopt(minutes)
    note = entries.capture_entry(
        minutes.store, minutes.trajectory_id, meeting_id=minutes.meeting_id,
        text="Volgende keer eerder beginnen", kind="prive",
    )  # fmt: skip
    assert entries.get_entry(minutes.store, note.id).kind == "prive"
