"""Milestones (piketpalen): pre-agreed evaluation moments and what follows when reached."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select

from ..changes import Changes, service
from ..models import Milestone, Trajectory
from ..store import Store
from ..views import MilestoneView, snapshot
from ..vocab import MilestoneOutcome
from . import rows
from .validate import (
    choice,
    optional_date,
    optional_id,
    optional_text,
    required_line,
    with_required,
)

MILESTONE_FIELDS = {
    "title": required_line("de naam van de piketpaal", 300),
    "due_on": optional_date("de piketpaal"),
    "criteria": optional_text("wanneer hij bereikt is"),
    "guarantee": optional_text("wat er dan gegarandeerd volgt"),
    "evaluation_meeting_id": optional_id,
    "outcome": choice(MilestoneOutcome, "de uitkomst", optional=True),
    "outcome_note": optional_text("de toelichting"),
    "evaluated_on": optional_date("de evaluatie"),
}


@service
def create_milestone(store: Store, trajectory_id: str, **fields: Any) -> Changes:
    values = with_required(MILESTONE_FIELDS, fields, "title")
    with store.transaction() as session:
        rows.get_row(session, Trajectory, trajectory_id)
        milestone = Milestone(trajectory_id=trajectory_id, **values)
        session.add(milestone)
        session.flush()
        return Changes("milestones", (milestone.id,), trajectory_id)


@service
def update_milestone(store: Store, milestone_id: str, **fields: Any) -> Changes:
    return rows.update_row(store, Milestone, milestone_id, MILESTONE_FIELDS, fields)


@service
def evaluate_milestone(
    store: Store,
    milestone_id: str,
    outcome: str,
    *,
    note: str = "",
    on: date | str | None = None,
    meeting_id: str | None = None,
) -> Changes:
    """Record the go on / adjust / stop decision taken at a milestone."""
    fields: dict[str, Any] = {
        "outcome": outcome,
        "outcome_note": note,
        "evaluated_on": on or date.today(),
    }
    if meeting_id:
        fields["evaluation_meeting_id"] = meeting_id
    return update_milestone(store, milestone_id, **fields)


@service
def delete_milestone(store: Store, milestone_id: str) -> Changes:
    return rows.soft_delete(store, Milestone, milestone_id)


@service
def restore_milestone(store: Store, milestone_id: str) -> Changes:
    return rows.restore(store, Milestone, milestone_id)


def list_milestones(store: Store, trajectory_id: str) -> list[MilestoneView]:
    """Milestones by date (undated last)."""
    query = select(Milestone).where(
        Milestone.trajectory_id == trajectory_id, Milestone.deleted_at.is_(None)
    )
    with store.transaction() as session:
        found = [snapshot(row) for row in session.scalars(query)]
    return sorted(found, key=lambda m: (m.due_on is None, m.due_on or date.max))


def next_milestone(store: Store, trajectory_id: str) -> MilestoneView | None:
    """The first milestone not yet evaluated."""
    return next((m for m in list_milestones(store, trajectory_id) if m.outcome is None), None)
