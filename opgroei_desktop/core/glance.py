"""A first glance at the data, read before the data layer is loaded.

At start-up the main window shows its frame, the trajectory list and the last used trajectory
while SQLAlchemy, the models and the services are still loading (together several times the
cost of Qt itself). This reads those few things with the standard library's sqlite3,
read-only, and gives up quietly on anything unexpected: the store opens the file properly
right after, with its checks, migrations and messages.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from .paths import DATABASE_NAME
from .tally import WorksheetTally, count_tallies


@dataclass(frozen=True)
class TrajectoryGlance:
    """The fields of a trajectory that its list entry and its heading show."""

    id: str
    shared_name: str
    initiative: str
    municipality: str
    area: str
    project: str

    @property
    def name(self) -> str:
        """As ``trajectories.display_name`` names it: its own name, or initiative and
        municipality."""
        return self.shared_name or f"{self.initiative} – {self.municipality}"


@dataclass(frozen=True)
class Glance:
    """The active trajectories by name, and the one to open with its worksheet tallies."""

    trajectories: tuple[TrajectoryGlance, ...]
    current: TrajectoryGlance | None
    tallies: dict[str, WorksheetTally]


def read_glance(data_dir: Path, trajectory_id: str | None) -> Glance | None:
    """The glance at the database in ``data_dir``; None when there is none or it cannot be
    read as expected (then the store will say why)."""
    database = data_dir / DATABASE_NAME
    if not database.is_file() or database.stat().st_size == 0:
        return None
    try:
        connection = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True, timeout=0.2)
        with closing(connection):
            return _read(connection, trajectory_id)
    except sqlite3.Error:
        return None


def _read(connection: sqlite3.Connection, trajectory_id: str | None) -> Glance:
    rows = connection.execute(
        "SELECT id, shared_name, initiative, municipality, area, project FROM trajectories"
        " WHERE deleted_at IS NULL AND archived_at IS NULL"
    ).fetchall()
    found = sorted((TrajectoryGlance(*row) for row in rows), key=lambda t: t.name.casefold())
    current = next((t for t in found if t.id == trajectory_id), None)
    tallies: dict[str, WorksheetTally] = {}
    if current is not None:
        entries = connection.execute(
            "SELECT worksheet, count(*) FROM entries WHERE trajectory_id = ?"
            " AND deleted_at IS NULL AND worksheet IS NOT NULL GROUP BY worksheet",
            (current.id,),
        )
        agreements = connection.execute(
            "SELECT worksheet, status, count(*) FROM agreements WHERE trajectory_id = ?"
            " AND deleted_at IS NULL GROUP BY worksheet, status",
            (current.id,),
        )
        tallies = count_tallies(entries.fetchall(), agreements.fetchall())
    return Glance(tuple(found), current, tallies)
