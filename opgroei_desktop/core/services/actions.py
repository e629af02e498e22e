"""The action register: what, who, when, across meetings."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select

from ..changes import Changes, service
from ..models import Action, Trajectory
from ..store import Store
from ..views import ActionView, snapshot
from ..vocab import WORKSHEET_KEYS, ActionStatus, Party
from . import rows
from .validate import (
    choice,
    one_of,
    optional_date,
    optional_id,
    optional_line,
    required_text,
    with_required,
)

ACTION_FIELDS = {
    "what": required_text("wat er moet gebeuren"),
    "owner_person_id": optional_id,
    "owner_party": choice(Party, "de partij", optional=True),
    "due_on": optional_date("de deadline"),
    "status": choice(ActionStatus, "de status"),
    "done_on": optional_date("de datum van afronden"),
    "worksheet": one_of(WORKSHEET_KEYS, "het werkblad", optional=True),
    "challenge_key": optional_line("de uitdaging", 100),
    "meeting_id": optional_id,
}


@service
def create_action(store: Store, trajectory_id: str, **fields: Any) -> Changes:
    values = with_required(ACTION_FIELDS, fields, "what")
    with store.transaction() as session:
        rows.get_row(session, Trajectory, trajectory_id)
        action = Action(trajectory_id=trajectory_id, **values)
        session.add(action)
        session.flush()
        return Changes("actions", (action.id,), trajectory_id)


@service
def update_action(store: Store, action_id: str, **fields: Any) -> Changes:
    return rows.update_row(store, Action, action_id, ACTION_FIELDS, fields)


@service
def set_action_status(store: Store, action_id: str, status: str, on: date | None = None) -> Changes:
    """Mark done (today unless ``on`` says otherwise), dropped, or open again."""
    done_on = (on or date.today()) if status == ActionStatus.GEDAAN else None
    return update_action(store, action_id, status=status, done_on=done_on)


@service
def delete_action(store: Store, action_id: str) -> Changes:
    return rows.soft_delete(store, Action, action_id)


@service
def restore_action(store: Store, action_id: str) -> Changes:
    return rows.restore(store, Action, action_id)


def list_actions(
    store: Store, trajectory_id: str, *, open_only: bool = False, meeting_id: str | None = None
) -> list[ActionView]:
    """Actions by due date (undated last)."""
    query = select(Action).where(Action.trajectory_id == trajectory_id, Action.deleted_at.is_(None))
    if open_only:
        query = query.where(Action.status == ActionStatus.OPEN)
    if meeting_id is not None:
        query = query.where(Action.meeting_id == meeting_id)
    with store.transaction() as session:
        found = [snapshot(row) for row in session.scalars(query)]
    return sorted(found, key=lambda a: (a.due_on is None, a.due_on or date.max, a.created_at))


def is_overdue(action: ActionView, today: date | None = None) -> bool:
    """Open and past its due date."""
    return (
        action.status == ActionStatus.OPEN
        and action.due_on is not None
        and action.due_on < (today or date.today())
    )
