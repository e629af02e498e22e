"""Capturing a note asks the database as little as it can: on a team database every question
is a round trip to the server, and Enter must feel instant."""

from __future__ import annotations

from contextlib import contextmanager

import pytest
from sqlalchemy import event

from opgroei_desktop.core.services import entries, meetings, trajectories
from opgroei_desktop.library import load_library

pytestmark = pytest.mark.both_databases


@contextmanager
def statements(store):
    """The SELECT, INSERT, UPDATE and DELETE statements sent while the block runs."""
    sent: list[str] = []

    def note(_conn, _cursor, statement, *_rest):
        first = statement.lstrip().split(None, 1)[0].upper()
        if first in {"SELECT", "INSERT", "UPDATE", "DELETE"} and "pg_notify" not in statement:
            sent.append(statement)

    event.listen(store.engine, "before_cursor_execute", note)
    try:
        yield sent
    finally:
        event.remove(store.engine, "before_cursor_execute", note)


@pytest.fixture
def step(store):
    """A meeting with one agenda item from the library, and its first script step."""
    trajectory = trajectories.create_trajectory(
        store, municipality="Gemeente Heiberg", initiative="Coöperatie Zon"
    ).id
    meeting = meetings.plan_meeting(store, trajectory, title="Kennismaking").id
    library = load_library(store.formats_dir)
    first = library.format("kennismaken").steps[0]
    meetings.add_agenda_item(store, meeting, **first.agenda_fields("kennismaken"))
    return meeting, meetings.list_script(store, meeting)[0]


def test_a_note_is_filed_with_one_read_and_one_write(store, step):
    """Each extra question to the server makes Enter slower in the room."""
    meeting, first = step
    with statements(store) as sent:
        changes = entries.capture_entry(
            store, "", meeting_id=meeting, text="Het dak kan het aan", script_step_id=first.id
        )
    assert [s.split(None, 1)[0].upper() for s in sent] == ["SELECT", "INSERT"], sent
    shown = changes.views[changes.id]
    assert shown == entries.get_entry(store, changes.id), "the note handed back is as stored"


def test_a_decision_gets_its_number_as_it_is_written(store, step):
    """A decision written and then updated with its number costs a round trip more."""
    meeting, first = step
    with statements(store) as sent:
        changes = entries.capture_entry(
            store,
            "",
            meeting_id=meeting,
            text="We gaan door",
            kind="besluit",
            script_step_id=first.id,
        )
    assert not [s for s in sent if s.lstrip().upper().startswith("UPDATE")], sent
    assert entries.get_entry(store, changes.id).decision_number
