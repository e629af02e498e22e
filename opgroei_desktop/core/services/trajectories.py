"""Trajectories (the partnership between one municipality and one initiative) and their
two preconditions."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from ..changes import Changes, service
from ..models import Precondition, Trajectory, utcnow
from ..store import Store
from ..views import PreconditionView, TrajectoryView, snapshot
from ..vocab import NEGOTIATING_PARTIES, PreconditionKey
from . import rows
from .validate import (
    boolean,
    choice,
    one_of,
    optional_date,
    optional_line,
    optional_text,
    required_line,
    validate_fields,
    with_required,
)

TRAJECTORY_FIELDS = {
    "municipality": required_line("de naam van de gemeente"),
    "initiative": required_line("de naam van het initiatief"),
    "area": optional_line("de wijk of buurt"),
    "project": optional_line("het project", 300),
    "phase": optional_line("de fase", 100),
    "shared_name": optional_line("de naam van de samenwerking"),
    "slogan": optional_line("de slogan", 300),
    "shared_goal": optional_text("het gezamenlijke doel"),
    "facilitator": optional_line("de procesbegeleider"),
    "notes": optional_text("de notities"),
}

_NEGOTIATING_PARTY = one_of(tuple(p.value for p in NEGOTIATING_PARTIES), "de partij")

PRECONDITION_FIELDS = {
    "confirmed_on": optional_date("de datum van bevestiging"),
    "left_open": boolean,
    "note": optional_text("de toelichting"),
}


@service
def create_trajectory(store: Store, **fields: Any) -> Changes:
    """A new trajectory, with an open precondition per key and party ready to be filled in."""
    values = with_required(TRAJECTORY_FIELDS, fields, "municipality", "initiative")
    with store.transaction() as session:
        trajectory = Trajectory(**values)
        session.add(trajectory)
        session.flush()
        for key in PreconditionKey:
            for party in NEGOTIATING_PARTIES:
                session.add(
                    Precondition(trajectory_id=trajectory.id, key=key.value, party=party.value)
                )
        return Changes("trajectories", (trajectory.id,), trajectory.id)


@service
def update_trajectory(store: Store, trajectory_id: str, **fields: Any) -> Changes:
    return rows.update_row(store, Trajectory, trajectory_id, TRAJECTORY_FIELDS, fields)


@service
def set_archived(store: Store, trajectory_id: str, archived: bool) -> Changes:
    with store.transaction() as session:
        trajectory = rows.get_row(session, Trajectory, trajectory_id)
        trajectory.archived_at = utcnow() if archived else None
        return Changes("trajectories", (trajectory_id,), trajectory_id)


@service
def delete_trajectory(store: Store, trajectory_id: str) -> Changes:
    return rows.soft_delete(store, Trajectory, trajectory_id)


@service
def restore_trajectory(store: Store, trajectory_id: str) -> Changes:
    return rows.restore(store, Trajectory, trajectory_id)


def get_trajectory(store: Store, trajectory_id: str) -> TrajectoryView:
    with store.transaction() as session:
        return snapshot(rows.get_row(session, Trajectory, trajectory_id))


def list_trajectories(
    store: Store, *, search: str = "", archived: bool | None = False
) -> list[TrajectoryView]:
    """Trajectories by name; ``archived`` None lists both active and archived ones."""
    query = select(Trajectory).where(Trajectory.deleted_at.is_(None))
    if archived is not None:
        query = query.where(
            Trajectory.archived_at.is_not(None) if archived else Trajectory.archived_at.is_(None)
        )
    needle = search.strip().casefold()
    with store.transaction() as session:
        found = [snapshot(row) for row in session.scalars(query)]
    if needle:
        found = [t for t in found if needle in display_name(t).casefold() + t.area.casefold()]
    return sorted(found, key=lambda t: display_name(t).casefold())


def display_name(trajectory: TrajectoryView) -> str:
    """How a trajectory is named in lists: its own name, or initiative and municipality."""
    return trajectory.shared_name or f"{trajectory.initiative} – {trajectory.municipality}"


def list_preconditions(store: Store, trajectory_id: str) -> list[PreconditionView]:
    query = select(Precondition).where(
        Precondition.trajectory_id == trajectory_id, Precondition.deleted_at.is_(None)
    )
    with store.transaction() as session:
        return [snapshot(row) for row in session.scalars(query)]


@service
def set_precondition(
    store: Store, trajectory_id: str, key: str, party: str, **fields: Any
) -> Changes:
    """Record whether ``party`` confirmed precondition ``key`` (a date), or left it open."""
    key = choice(PreconditionKey, "de voorwaarde")(key)
    party = _NEGOTIATING_PARTY(party)
    values = validate_fields(PRECONDITION_FIELDS, fields)
    with store.transaction() as session:
        row = session.scalars(
            select(Precondition).where(
                Precondition.trajectory_id == trajectory_id,
                Precondition.key == key,
                Precondition.party == party,
            )
        ).first()
        if row is None:
            row = Precondition(trajectory_id=trajectory_id, key=key, party=party)
            session.add(row)
        for name, value in values.items():
            setattr(row, name, value)
        session.flush()
        return Changes("preconditions", (row.id,), trajectory_id)
