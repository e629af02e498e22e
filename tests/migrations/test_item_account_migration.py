"""Migration 0011: an account per agenda item and the choice of an annex, old data intact."""

from __future__ import annotations

import shutil
from pathlib import Path

from opgroei_desktop.core.paths import DATABASE_NAME
from opgroei_desktop.core.services import entries, meetings
from opgroei_desktop.core.store import Store

SCHEMA_0010 = Path(__file__).parent / "data" / "schema-0010.sqlite3"


def test_schema_0010_database_keeps_its_meeting_and_gets_an_empty_account(tmp_path):
    """After updating, a held meeting keeps its agenda and notes, and its items take an account."""
    shutil.copy(SCHEMA_0010, tmp_path / DATABASE_NAME)
    store = Store.open(tmp_path)
    assert store.report.migrated_from == "0010"
    meeting = meetings.get_meeting(store, "m1")
    assert (meeting.status, meeting.notes_annex) == ("gehouden", True)
    agenda = meetings.list_agenda(store, "m1")
    assert [(item.title, item.account) for item in agenda] == [
        ("Opening", ""),
        ("Warmtebronnen", ""),
    ]
    meetings.update_agenda_item(store, "a2", account="Het initiatief ziet kansen in de vijver.")
    assert meetings.list_agenda(store, "m1")[1].account.startswith("Het initiatief")
    [entry] = entries.list_entries(store, "t1", meeting_id="m1")
    assert (entry.agenda_item_id, entry.script_step_id) == ("a2", "s2")
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    store.close()
