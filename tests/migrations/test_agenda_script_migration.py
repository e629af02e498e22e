"""Migration 0006: every agenda item becomes an agenda item with one script step, data intact."""

from __future__ import annotations

import shutil
from pathlib import Path

from opgroei_desktop.core import migrate, search
from opgroei_desktop.core.paths import DATABASE_NAME
from opgroei_desktop.core.services import entries, meetings, people
from opgroei_desktop.core.store import Store

SCHEMA_0005 = Path(__file__).parent / "data" / "schema-0005.sqlite3"


def _open_0005(tmp_path) -> Store:
    shutil.copy(SCHEMA_0005, tmp_path / DATABASE_NAME)
    return Store.open(tmp_path)


def test_each_agenda_item_becomes_an_item_with_one_step(tmp_path):
    """After updating, a planned agenda must run the same steps with the same texts and times."""
    store = _open_0005(tmp_path)
    assert (store.report.migrated_from, store.report.revision) == ("0005", migrate.HEAD)
    agenda = meetings.list_agenda(store, "m1")
    assert [(item.id, item.title, item.format_key) for item in agenda] == [
        ("a1", "Check-in ronde", "check_in"),
        ("a2", "Warmteplan van de gemeente", None),
    ]
    assert [len(item.steps) for item in agenda] == [1, 1]
    check_in, own = agenda[0].steps[0], agenda[1].steps[0]
    assert (check_in.title, check_in.minutes, check_in.spent_seconds) == ("Check-in ronde", 15, 840)
    assert (check_in.worksheet, check_in.section, check_in.step_key) == (
        "kennen",
        "ervaringen",
        "ronde",
    )
    assert check_in.library_prompt == check_in.prompt == "Waarmee kom je binnen?"
    assert (own.prompt, own.library_prompt, own.minutes) == (
        "Wat vinden we van het warmteplan?",
        "",
        40,
    )
    assert meetings.total_minutes(store, "m1") == 55
    store.close()


def test_running_meeting_resumes_at_its_step_and_entries_keep_their_place(tmp_path):
    """A meeting stopped mid-way must resume at the same point with its notes under it."""
    store = _open_0005(tmp_path)
    meeting = meetings.get_meeting(store, "m1")
    assert meeting.current_step_id == "a2" and meeting.goal == "" and meeting.party is None
    found = entries.list_entries(store, "t1", meeting_id="m1")
    assert [(e.id, e.agenda_item_id, e.script_step_id) for e in found] == [
        ("e1", "a1", "a1"),
        ("e2", "a2", "a2"),
    ]
    assert people.list_people(store, "t1")[0].email == ""
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    store.close()


def test_search_still_finds_old_and_new_entries_after_the_update(tmp_path):
    """The table of entries is rebuilt; search must keep finding what was said, old and new."""
    store = _open_0005(tmp_path)
    assert {hit.id for hit in search.search(store, "warmteplan")} == {"e2"}
    new = entries.capture_entry(
        store, "t1", meeting_id="m1", script_step_id="a2", text="Het warmteplan gaat in maart open."
    ).id
    assert {hit.id for hit in search.search(store, "warmteplan")} == {"e2", new}
    assert entries.get_entry(store, new).agenda_item_id == "a2"
    store.close()


def test_tailored_library_step_goes_back_to_the_library_text(tmp_path):
    """After changing a migrated library step for this group, its library text must come back."""
    store = _open_0005(tmp_path)
    meetings.update_script_step(store, "a1", prompt="Hoe was je week?", instructions="Kort.")
    assert meetings.list_script(store, "m1")[0].prompt == "Hoe was je week?"
    meetings.restore_library_text(store, "a1")
    step = meetings.list_script(store, "m1")[0]
    assert (step.prompt, step.instructions) == (
        "Waarmee kom je binnen?",
        "Iedereen zegt in een minuut waarmee hij binnenkomt.",
    )
    store.close()
