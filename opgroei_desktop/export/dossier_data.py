"""Everything the handover dossier of a trajectory draws on, read through the core's queries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..core.services import (
    actions,
    agreements,
    clause_documents,
    entries,
    meetings,
    milestones,
    people,
    trajectories,
    worksheet_data,
)
from ..core.store import Store
from ..core.vocab import ActionStatus, EntryKind
from .minutes_data import Row


@dataclass(frozen=True)
class Decision:
    """A numbered decision and the meeting it was taken in (if any)."""

    entry: Row
    meeting: Row | None


@dataclass(frozen=True)
class DossierData:
    trajectory: Row
    preconditions: tuple[Row, ...]
    people: tuple[Row, ...]
    person_by_id: dict[str, Row]
    meetings: tuple[Row, ...]
    decisions: tuple[Decision, ...]
    agreements: tuple[Row, ...]
    history: dict[str, tuple[Row, ...]]
    milestones: tuple[Row, ...]
    open_actions: tuple[Row, ...]
    documents: tuple[Row, ...]
    drafted: tuple[Row, ...]
    today: date


def gather(store: Store, trajectory_id: str, today: date | None = None) -> DossierData:
    """Read what the dossier of ``trajectory_id`` needs; ``NotFound`` when it does not exist."""
    trajectory = trajectories.get_trajectory(store, trajectory_id)
    everyone = people.list_people(store, trajectory_id)
    all_meetings = meetings.list_meetings(store, trajectory_id)
    by_meeting = {meeting.id: meeting for meeting in all_meetings}
    decided = [
        Decision(entry, by_meeting.get(entry.meeting_id) if entry.meeting_id else None)
        for entry in entries.list_entries(store, trajectory_id)
        if entry.kind == EntryKind.BESLUIT and entry.decision_number
    ]
    decided.sort(key=lambda d: _number_key(d.entry.decision_number))
    all_agreements = agreements.list_agreements(store, trajectory_id)
    open_actions = actions.list_actions(store, trajectory_id, open_only=True)
    known = {person.id: person for person in everyone}
    for action in open_actions:
        if action.owner_person_id and action.owner_person_id not in known:
            known[action.owner_person_id] = people.get_person(store, action.owner_person_id)
    drafted = [
        found
        for doc_type in clause_documents.DOCUMENT_TYPES
        if (found := clause_documents.get_document(store, trajectory_id, doc_type)) is not None
    ]
    return DossierData(
        trajectory=trajectory,
        preconditions=tuple(trajectories.list_preconditions(store, trajectory_id)),
        people=tuple(everyone),
        person_by_id=known,
        meetings=tuple(all_meetings),
        decisions=tuple(decided),
        agreements=tuple(all_agreements),
        history={a.id: tuple(agreements.history(store, a.id)) for a in all_agreements},
        milestones=tuple(milestones.list_milestones(store, trajectory_id)),
        open_actions=tuple(a for a in open_actions if a.status == ActionStatus.OPEN),
        documents=tuple(
            item
            for item in worksheet_data.list_items(store, trajectory_id, "borgen")
            if item.section == "documenten"
        ),
        drafted=tuple(drafted),
        today=today or date.today(),
    )


def _number_key(number: str) -> tuple[int, int, str]:
    """``2026-03`` sorts as (2026, 3); anything else after, by its text."""
    year, _, serial = number.partition("-")
    if year.isdigit() and serial.isdigit():
        return (int(year), int(serial), "")
    return (9999, 0, number)
