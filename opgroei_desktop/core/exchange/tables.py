"""Which tables travel in an archive, walked from the models rather than listed by hand.

A table travels when its rows belong to one trajectory: it has a ``trajectory_id`` column, or a
required foreign key to a table that travels (an agreement event through its agreement, a score
through its assessment). A new table or column added to the models travels without a change here.
A table that belongs to no trajectory must be named in ``LOCAL_TABLES`` on purpose; a test fails
until it is, so nothing is left out of an archive by accident.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from sqlalchemy import Column, FromClause, Select, Table, select

from ..models import Base

TRAJECTORY_TABLE = "trajectories"

LOCAL_TABLES = frozenset({"exchange_identity", "exchange_snapshots"})
"""Tables of this data folder alone: the exchange bookkeeping itself."""


@dataclass(frozen=True)
class Link:
    """The column of a row that holds its owner row's id, and the owner's table name."""

    column: Column
    parent: str


@dataclass(frozen=True)
class Owner:
    """How a table's rows lead to their trajectory: follow ``link`` (none for trajectories)."""

    table: Table
    link: Link | None


@cache
def owners() -> dict[str, Owner]:
    """Every travelling table by name, parents before children (the order rows are written)."""
    found: dict[str, Owner] = {}
    for table in Base.metadata.sorted_tables:
        if table.name == TRAJECTORY_TABLE:
            found[table.name] = Owner(table, None)
            continue
        candidates = [
            fk
            for column in table.columns
            if not column.nullable
            for fk in column.foreign_keys
            if fk.column.table.name in found
        ]
        candidates.sort(key=lambda fk: fk.column.table.name != TRAJECTORY_TABLE)
        if candidates:
            fk = candidates[0]
            found[table.name] = Owner(table, Link(fk.parent, fk.column.table.name))
    return found


def unattributed_tables() -> list[str]:
    """Modelled tables that neither travel nor are declared local (should be none)."""
    return sorted(set(Base.metadata.tables) - set(owners()) - LOCAL_TABLES)


def trajectory_column(name: str) -> Select:
    """``SELECT <name>.id, <its trajectory id>`` following the owner chain with joins."""
    chain = owners()
    table = chain[name].table
    current = name
    joined: FromClause = table
    while (link := chain[current].link) is not None:
        parent = chain[link.parent].table
        joined = joined.join(parent, link.column == parent.c.id)
        current = link.parent
    trajectory = chain[current].table.c.id
    return select(table.c.id, trajectory.label("trajectory_id")).select_from(joined)


def rows_of(name: str, trajectory_ids: list[str]) -> Select:
    """All rows of table ``name`` that belong to one of ``trajectory_ids``, by id."""
    owned = trajectory_column(name).subquery()
    table = owners()[name].table
    return (
        select(table)
        .join(owned, owned.c.id == table.c.id)
        .where(owned.c.trajectory_id.in_(trajectory_ids))
        .order_by(table.c.id)
    )
