"""Team sync: a laptop's own database and the team database, merged both ways by archive.

1. The laptop's trajectories go to the team database as an archive and merge there (new rows
   are added, a field changed on one side wins, a field changed on both is a conflict);
2. the team database's version, now the union, comes back and merges on the laptop.

Each step is one transaction on one side, and the exchange bookkeeping remembers what both
sides last had in common. A sync broken off anywhere (the network gone, the lid closed) is
completed by running it again; a sync with nothing new changes nothing. Conflicts are found
before anything is written to the team database: ``SyncConflicts`` lists them, and ``sync``
is called again with a choice per conflict.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select, text

from ..errors import OpgroeiError
from ..models import Trajectory
from ..store import Store
from .format import SUFFIX
from .importer import import_archive, preview_import
from .merge import Choice, Conflict, MergePlan
from .writer import export_archive

SYNC_LOCK = 0x0970_0E2
"""The PostgreSQL advisory lock one laptop holds while it syncs with the team database."""

LAPTOP = Choice.THEIRS
"""Keep the laptop's value: in the team database's merge the laptop's archive is 'theirs'."""
TEAM = Choice.MINE
"""Keep the team database's value."""


class SyncConflicts(OpgroeiError):
    """Fields changed on both sides since the last sync; nothing was changed on either side."""

    def __init__(self, conflicts: list[Conflict]) -> None:
        count = len(conflicts)
        super().__init__(
            f"{count} {'gegeven is' if count == 1 else 'gegevens zijn'} zowel op deze laptop "
            "als in de teamdatabase veranderd. Kies per verschil welke versie blijft; er is "
            "nog niets veranderd."
        )
        self.conflicts = conflicts


@dataclass(frozen=True)
class SyncResult:
    """What a sync did: what the team database took, and what came back to the laptop."""

    trajectory_ids: tuple[str, ...]
    sent: MergePlan
    received: MergePlan


def sync(
    laptop: Store,
    team: Store,
    trajectory_ids: list[str] | None = None,
    resolutions: Mapping[tuple[str, str, str], Choice | str] | None = None,
) -> SyncResult:
    """Bring ``laptop`` and ``team`` level for ``trajectory_ids`` (default: the laptop's).

    ``resolutions`` maps ``Conflict.key`` to ``LAPTOP`` or ``TEAM``; a conflict without one
    raises ``SyncConflicts`` before anything is written.
    """
    if laptop.shared or not team.shared:
        raise OpgroeiError(
            "Synchroniseren gaat tussen de eigen gegevens van deze laptop en een gedeelde "
            "database op een server."
        )
    wanted = trajectory_ids if trajectory_ids is not None else _trajectories(laptop)
    if not wanted:
        raise OpgroeiError(
            "Er is nog geen traject om te synchroniseren. Noem met --trajectory het traject "
            "uit de teamdatabase dat u op deze laptop wilt hebben."
        )
    resolutions = dict(resolutions or {})
    with tempfile.TemporaryDirectory(prefix="opgroei-sync-") as folder, _team_lock(team):
        on_laptop, on_team = set(_trajectories(laptop)), set(_trajectories(team))
        missing = [tid for tid in wanted if tid not in on_laptop | on_team]
        if missing:
            raise OpgroeiError(
                f"Dit traject staat niet op deze laptop en niet in de teamdatabase: {missing[0]}."
            )
        outgoing = [tid for tid in wanted if tid in on_laptop]
        sent = MergePlan([])
        if outgoing:
            up = export_archive(laptop, Path(folder) / f"naar-team{SUFFIX}", outgoing)
            preview = preview_import(team, up.path)
            unresolved = [c for c in preview.plan.conflicts if c.key not in resolutions]
            if unresolved:
                raise SyncConflicts(unresolved)
            sent = import_archive(team, preview.archive, resolutions).plan
        incoming = list(dict.fromkeys(wanted))
        down = export_archive(team, Path(folder) / f"naar-laptop{SUFFIX}", incoming)
        back = preview_import(laptop, down.path)
        # Only an edit made on the laptop during this sync can differ here: keep it for next time.
        received = import_archive(
            laptop, back.archive, {c.key: Choice.MINE for c in back.plan.conflicts}
        ).plan
    return SyncResult(tuple(incoming), sent, received)


def _trajectories(store: Store) -> list[str]:
    with store.transaction() as session:
        query = select(Trajectory.id).where(Trajectory.deleted_at.is_(None))
        return list(session.scalars(query.order_by(Trajectory.created_at)))


@contextmanager
def _team_lock(team: Store) -> Iterator[None]:
    """One laptop at a time syncs with the team database; the next one waits its turn."""
    with team.engine.connect() as connection:
        connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": SYNC_LOCK})
        connection.commit()
        try:
            yield
        finally:
            connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": SYNC_LOCK})
            connection.commit()
