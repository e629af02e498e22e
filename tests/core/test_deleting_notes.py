"""Deleting or re-filing a note never destroys what was agreed from it."""

from __future__ import annotations

import sqlite3

import pytest

from opgroei_desktop.core.services import (
    actions,
    agreements,
    entries,
    meetings,
    people,
    trajectories,
)


@pytest.fixture
def held(store):
    trajectory = trajectories.create_trajectory(
        store, municipality="Gemeente Proef", initiative="Coöperatie Proef"
    ).id
    karin = people.add_person(store, trajectory, name="Karin Smit", party="gemeente").id
    meeting = meetings.plan_meeting(
        store, trajectory, title="Overleg", starts_at="01-12-2026 19:30"
    ).id
    return store, trajectory, meeting, karin


def _rows(store, table: str, *, without: tuple[str, ...] = ()) -> list[dict]:
    """The table's rows as read from the file, leaving out the columns in ``without``."""
    connection = sqlite3.connect(store.path)
    connection.row_factory = sqlite3.Row
    try:
        found = connection.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
        return [{k: row[k] for k in row.keys() if k not in without} for row in found]
    finally:
        connection.close()


def _made(store, trajectory, meeting, **fields):
    entry = entries.capture_entry(store, trajectory, meeting_id=meeting, **fields).id
    return entry


def test_deleting_a_note_keeps_the_agreement_both_adopted_and_the_done_action(held) -> None:
    """If this fails, deleting a typo'd note wipes an agreement both parties adopted and
    recorded, or an action that was already done."""
    store, trajectory, meeting, _karin = held
    said = _made(store, trajectory, meeting, text="We delen de kosten", kind="afspraak")
    (agreement,) = agreements.list_agreements(store, trajectory)
    agreements.agree(store, agreement.id, "gemeente", meeting_id=meeting)
    agreements.agree(store, agreement.id, "initiatief", meeting_id=meeting)
    todo = _made(store, trajectory, meeting, text="Offertes opvragen", kind="actie")
    (action,) = actions.list_actions(store, trajectory)
    actions.set_action_status(store, action.id, "gedaan")
    before = {t: _rows(store, t) for t in ("agreements", "actions")}

    changes = entries.delete_entry(store, said)
    assert changes.kept == {"agreements"}
    changes = entries.delete_entry(store, todo)
    assert changes.kept == {"actions"}
    after = {t: _rows(store, t) for t in ("agreements", "actions")}
    assert after == before, "the agreement and the action must stay exactly as they were"
    kept = agreements.get_agreement(store, agreement.id)
    assert kept.status == "akkoord_beiden"


def test_re_filing_a_note_keeps_what_was_agreed(held) -> None:
    """If this fails, changing a note's kind in the console deletes the adopted agreement."""
    store, trajectory, meeting, karin = held
    said = _made(store, trajectory, meeting, text="We delen de kosten", kind="afspraak")
    (agreement,) = agreements.list_agreements(store, trajectory)
    agreements.agree(store, agreement.id, "gemeente", meeting_id=meeting)
    owned = _made(
        store, trajectory, meeting, text="Offertes opvragen", kind="actie", owner_person_id=karin
    )
    entries.update_entry(store, said, kind="opmerking")
    entries.update_entry(store, owned, kind="opmerking")
    assert agreements.get_agreement(store, agreement.id).deleted_at is None
    (action,) = actions.list_actions(store, trajectory)
    assert action.owner_person_id == karin


def test_undo_of_a_delete_restores_exactly_what_it_took(held) -> None:
    """If this fails, undoing a delete brings back a proposal that was deleted on purpose
    earlier, or leaves out the open action that went with the note."""
    store, trajectory, meeting, _karin = held
    proposal_note = _made(store, trajectory, meeting, text="Samen optrekken", kind="afspraak")
    (proposal,) = agreements.list_agreements(store, trajectory)
    agreements.delete_agreement(store, proposal.id)  # deleted for a reason of its own
    action_note = _made(store, trajectory, meeting, text="Zaal regelen", kind="actie")
    tables = ("entries", "agreements", "actions")
    before = {t: _rows(store, t, without=("updated_at", "row_version")) for t in tables}

    entries.delete_entry(store, action_note)
    assert actions.list_actions(store, trajectory) == []
    entries.restore_entry(store, action_note)
    entries.delete_entry(store, proposal_note)
    entries.restore_entry(store, proposal_note)

    after = {t: _rows(store, t, without=("updated_at", "row_version")) for t in tables}
    assert after == before
    assert agreements.list_agreements(store, trajectory) == []
