"""The secretary's account per agenda item, and the captured lines in an annex or left out,
read back from real Word files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from opgroei_desktop.core.errors import InvalidInput
from opgroei_desktop.core.services import meetings, minutes_status
from opgroei_desktop.export.minutes import adopt_minutes, export_minutes

ACCOUNT = (
    "De partijen verkennen hun rollen. Het initiatief vraagt wie de haalbaarheidsstudie "
    "betaalt; de gemeente geeft aan dat het budget voor 2027 nog niet zeker is."
)
ANNEX = "Bijlage: wat er in de zaal is genoteerd"


def _section(text: str, start: str, end: str | None) -> str:
    """The part of ``text`` from the line ``start`` up to the line ``end`` (or the end)."""
    lines = text.split("\n")
    first = lines.index(start)
    last = lines.index(end, first + 1) if end else len(lines)
    return "\n".join(lines[first:last])


def _export(minutes, tmp_path: Path, word, name: str = "v.docx"):
    return word(export_minutes(minutes.store, minutes.meeting_id, tmp_path / name))


def test_account_stands_under_its_item_and_the_room_notes_go_to_the_annex(
    minutes, tmp_path, word
) -> None:
    """A secretary's account would not replace the typed lines, or those lines would be lost."""
    meetings.update_agenda_item(minutes.store, minutes.item_ids[1], account=ACCOUNT)
    found = _export(minutes, tmp_path, word)
    text = found.text()
    item = _section(text, "2. Rollen verkennen", "3. Rondvraag en sluiting")
    assert ACCOUNT in item
    assert "Wie betaalt de haalbaarheidsstudie?" not in item
    assert "Het budget voor 2027 is nog niet zeker." not in item
    assert "We starten een gezamenlijke haalbaarheidsstudie." in item, "what was decided stays"
    assert found.headings(1)[-1] == ANNEX
    annex = _section(text, ANNEX, None)
    assert "2. Rollen verkennen" in annex
    assert "Wie betaalt de haalbaarheidsstudie?" in annex
    assert "Het budget voor 2027 is nog niet zeker." in annex
    assert "Welkom door de procesbegeleider." not in annex, "items without an account stay"
    assert "Welkom door de procesbegeleider." in _section(
        text, "1. Opening en vaststellen agenda", "2. Rollen verkennen"
    )
    decisions = found.rows(found.table("Nummer", "Besluit"))
    assert decisions[1][1] == "We starten een gezamenlijke haalbaarheidsstudie."
    assert (
        "Plan een gesprek met de provincie"
        in found.rows(found.table("Wat", "Wie", "Wanneer", "Stand"))[2][0]
    )
    assert "De gemeente deelt conceptstukken een week vooraf." in text


def test_without_annex_the_room_notes_of_written_items_are_left_out(
    minutes, tmp_path, word
) -> None:
    """Choosing no annex would still print every line typed in the room."""
    meetings.update_agenda_item(minutes.store, minutes.item_ids[1], account=ACCOUNT)
    meetings.update_meeting(minutes.store, minutes.meeting_id, notes_annex=False)
    found = _export(minutes, tmp_path, word)
    text = found.text()
    assert ACCOUNT in text
    assert ANNEX not in text
    assert "Wie betaalt de haalbaarheidsstudie?" not in text
    assert "Het budget voor 2027 is nog niet zeker." not in text
    assert "Welkom door de procesbegeleider." in text
    assert "We starten een gezamenlijke haalbaarheidsstudie." in text


def test_minutes_without_accounts_have_no_annex(minutes, tmp_path, word) -> None:
    """Minutes written as before would grow an empty or duplicate annex."""
    text = _export(minutes, tmp_path, word).text()
    assert ANNEX not in text
    assert "Wie betaalt de haalbaarheidsstudie?" in _section(
        text, "2. Rollen verkennen", "3. Rondvraag en sluiting"
    )


def test_adopted_minutes_keep_the_account_and_refuse_changes_to_it(minutes, tmp_path) -> None:
    """An account changed after adoption would alter what both parties signed off."""
    meetings.update_agenda_item(minutes.store, minutes.item_ids[1], account=ACCOUNT)
    adopt_minutes(minutes.store, minutes.meeting_id, "gemeente", "Jan de Boer", "20-03-2026")
    adopt_minutes(minutes.store, minutes.meeting_id, "initiatief", "Ria Jansen", "21-03-2026")
    with pytest.raises(InvalidInput, match="vastgesteld"):
        meetings.update_agenda_item(minutes.store, minutes.item_ids[1], account="Anders.")
    with pytest.raises(InvalidInput, match="vastgesteld"):
        meetings.update_meeting(minutes.store, minutes.meeting_id, notes_annex=False)
    record = minutes_status.adopted_record(minutes.store, minutes.meeting_id)
    assert ACCOUNT in json.dumps(json.loads(record.document), ensure_ascii=False)
