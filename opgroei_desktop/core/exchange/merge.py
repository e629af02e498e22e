"""Merging an archive's rows into the database by id: the plan, then one write.

For each trajectory in the archive:

- a row only the archive has is added; a row only this side has stays;
- for a row both have, each field is compared with the *base*, the rows both sides last
  exchanged (``snapshots.base_for``): changed on one side only, that side's value wins;
  changed on both sides to different values, it is a ``Conflict`` the facilitator resolves;
- without a base (the two copies never exchanged before), the row changed last wins whole.

``plan_merge`` reads and decides without writing; ``apply_plan`` writes the plan, with a
resolution for every conflict, inside the caller's transaction. Team sync (issue 18) uses the
same two steps with rows from the team database instead of a file.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import insert, update
from sqlalchemy.orm import Session

from ..errors import OpgroeiError
from .format import Rows
from .tables import owners, rows_of
from .values import decode, encode

METADATA_FIELDS = frozenset({"id", "updated_at", "row_version"})
"""Fields never compared: the key, the moment of the last change (the later one is kept), and
the row's version, which each database counts for itself (a merged change raises it)."""


class Choice(StrEnum):
    """How a conflict is resolved: keep this side's value, or take the archive's."""

    MINE = "mine"
    THEIRS = "theirs"


@dataclass(frozen=True)
class Conflict:
    """One field changed on both sides since the last exchange, to different values."""

    table: str
    row_id: str
    field: str
    base: Any
    mine: Any
    theirs: Any
    trajectory_id: str

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.table, self.row_id, self.field)


@dataclass
class TrajectoryPlan:
    """What merging one trajectory would do."""

    trajectory_id: str
    is_new: bool
    has_base: bool
    inserts: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    updates: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)
    mine: Mapping[str, Rows] = field(default_factory=dict)
    theirs: Mapping[str, Rows] = field(default_factory=dict)

    def added(self) -> int:
        return sum(len(rows) for rows in self.inserts.values())

    def changed(self) -> int:
        return sum(len(rows) for rows in self.updates.values())


@dataclass
class MergePlan:
    """What merging a set of rows would do, trajectory by trajectory."""

    trajectories: list[TrajectoryPlan]

    @property
    def conflicts(self) -> list[Conflict]:
        return [c for plan in self.trajectories for c in plan.conflicts]

    def is_empty(self) -> bool:
        """True when applying would change nothing (re-reading the same file)."""
        return not any(p.inserts or p.updates or p.conflicts for p in self.trajectories)


def read_rows(session: Session, trajectory_id: str) -> dict[str, Rows]:
    """This side's rows of one trajectory, in the archive's JSON form."""
    tables: dict[str, Rows] = {}
    for name, owner in owners().items():
        columns = list(owner.table.columns)
        tables[name] = {
            record.id: {c.name: encode(c, record._mapping[c.name]) for c in columns}
            for record in session.execute(rows_of(name, [trajectory_id]))
        }
    return tables


def plan_trajectory(
    session: Session,
    trajectory_id: str,
    theirs: Mapping[str, Rows],
    base: Mapping[str, Rows] | None,
) -> TrajectoryPlan:
    """Decide, without writing, how ``theirs`` (one trajectory's rows) merges into this side."""
    mine = read_rows(session, trajectory_id)
    plan = TrajectoryPlan(
        trajectory_id,
        is_new=not mine["trajectories"],
        has_base=base is not None,
        mine=mine,
        theirs=theirs,
    )
    for name in owners():
        local = mine.get(name, {})
        known = (base or {}).get(name, {})
        for row_id, their_row in theirs.get(name, {}).items():
            my_row = local.get(row_id)
            if my_row is None:
                plan.inserts.setdefault(name, []).append(their_row)
                continue
            changes = _merge_row(plan, name, row_id, my_row, their_row, known.get(row_id), base)
            if changes:
                plan.updates.setdefault(name, {})[row_id] = changes
    return plan


def _merge_row(
    plan: TrajectoryPlan,
    table: str,
    row_id: str,
    mine: dict[str, Any],
    theirs: dict[str, Any],
    base_row: dict[str, Any] | None,
    base: Mapping[str, Rows] | None,
) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    theirs_newer = later(theirs.get("updated_at"), mine.get("updated_at"))
    for name, their_value in theirs.items():
        if name in METADATA_FIELDS or name not in mine or their_value == mine[name]:
            continue
        if base_row is not None and name in base_row:
            before = base_row[name]
            if their_value == before:
                continue
            if mine[name] == before:
                changes[name] = their_value
                continue
            plan.conflicts.append(
                Conflict(table, row_id, name, before, mine[name], their_value, plan.trajectory_id)
            )
        elif base is not None and base_row is None:
            # Both sides added the row since the base (it came from a third copy): last wins.
            if theirs_newer:
                changes[name] = their_value
        elif theirs_newer:
            changes[name] = their_value
    return changes


def apply_plan(
    session: Session,
    plan: MergePlan,
    resolutions: Mapping[tuple[str, str, str], Choice | str] | None = None,
) -> None:
    """Write ``plan`` in the caller's transaction; every conflict needs a resolution.

    ``resolutions`` maps ``Conflict.key`` to ``Choice.MINE`` or ``Choice.THEIRS``.
    """
    resolutions = resolutions or {}
    missing = [c for c in plan.conflicts if c.key not in resolutions]
    if missing:
        raise OpgroeiError(
            f"Er {'is' if len(missing) == 1 else 'zijn'} nog {len(missing)} "
            f"{'verschil' if len(missing) == 1 else 'verschillen'} waarin beide kanten iets "
            "anders hebben veranderd. Kies per verschil welke versie blijft; er is niets "
            "veranderd."
        )
    if session.get_bind().dialect.name == "sqlite":
        session.connection().exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    for trajectory in plan.trajectories:
        updates = {name: dict(rows) for name, rows in trajectory.updates.items()}
        for conflict in trajectory.conflicts:
            if Choice(resolutions[conflict.key]) is Choice.THEIRS:
                row = updates.setdefault(conflict.table, {}).setdefault(conflict.row_id, {})
                row[conflict.field] = conflict.theirs
        for name, owner in owners().items():
            table = owner.table
            rows = trajectory.inserts.get(name)
            if rows:
                session.execute(
                    insert(table),
                    [{k: decode(table.c[k], v) for k, v in row.items()} for row in rows],
                )
            for row_id, values in updates.get(name, {}).items():
                if not values:
                    continue
                mine = trajectory.mine[name][row_id].get("updated_at")
                theirs = trajectory.theirs[name][row_id].get("updated_at")
                stamped = dict(values)
                stamped["updated_at"] = theirs if later(theirs, mine) else mine
                decoded = {k: decode(table.c[k], v) for k, v in stamped.items()}
                decoded.pop("row_version", None)
                if "row_version" in table.c:
                    # A window that read the row before the merge must not overwrite it.
                    decoded["row_version"] = table.c.row_version + 1
                session.execute(update(table).where(table.c.id == row_id).values(decoded))


def later(first: str | None, second: str | None) -> bool:
    """Whether moment ``first`` (JSON form) is after ``second``; a missing moment is oldest."""
    if first is None:
        return False
    if second is None:
        return True
    return datetime.fromisoformat(first) > datetime.fromisoformat(second)
