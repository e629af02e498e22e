"""Bringing an archive into this data folder: check it all in memory, then one transaction.

``preview_import`` reads, checks and plans without writing (the dry run, and what the app shows
before asking about conflicts). ``import_archive`` does it again inside one write transaction,
after a backup, and applies the plan with the facilitator's resolutions; on any failure nothing
changes. Reading the same file a second time finds nothing to do and writes nothing.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError, StatementError
from sqlalchemy.orm import Session

from ..changes import Changes
from ..models import ExchangeSnapshot
from ..store import Store
from . import snapshots
from .format import Archive, Rows
from .merge import Choice, MergePlan, apply_plan, plan_trajectory
from .reader import ArchiveRefused, read_archive
from .validate import validate_archive
from .writer import split_by_trajectory

Resolutions = Mapping[tuple[str, str, str], Choice | str]


@dataclass(frozen=True)
class ImportResult:
    """What reading the archive did (or, in a dry run, would do)."""

    archive: Archive
    plan: MergePlan
    applied: bool

    @property
    def changes(self) -> Changes:
        """Every row the import wrote, by table, for the views to refresh what they show."""
        ids = tuple(p.trajectory_id for p in self.plan.trajectories)
        written: dict[str, set[str]] = {}
        for part in self.plan.trajectories:
            for name, rows in part.inserts.items():
                written.setdefault(name, set()).update(row["id"] for row in rows)
            for name, updated in part.updates.items():
                written.setdefault(name, set()).update(updated)
            for conflict in part.conflicts:
                written.setdefault(conflict.table, set()).add(conflict.row_id)
        return Changes(
            "trajectories",
            ids,
            ids[0] if ids else None,
            written={name: frozenset(found) for name, found in written.items()},
            trajectory_ids=frozenset(ids),
        )


def preview_import(store: Store, source: str | os.PathLike[str] | bytes | Archive) -> ImportResult:
    """Read and check ``source`` and plan the merge; nothing is written."""
    archive = source if isinstance(source, Archive) else read_archive(source)
    with store.transaction() as session:
        plan = _plan(session, archive)
    return ImportResult(archive, plan, applied=False)


def import_archive(
    store: Store,
    source: str | os.PathLike[str] | bytes | Archive,
    resolutions: Resolutions | None = None,
    *,
    dry_run: bool = False,
) -> ImportResult:
    """Merge ``source`` into this data folder in one transaction (or only plan: ``dry_run``).

    Every conflict needs a resolution (``Conflict.key`` -> ``Choice``); otherwise
    ``OpgroeiError`` and nothing changes. A refused file raises ``ArchiveRefused``.
    """
    preview = preview_import(store, source)
    archive = preview.archive
    if dry_run:
        return preview
    if preview.plan.is_empty() and _already_received(store, archive):
        return ImportResult(archive, preview.plan, applied=False)
    if not preview.plan.is_empty() and not store.shared:  # a server keeps its own backups
        store.backup("voor-inlezen")
    try:
        with store.transaction() as session:
            plan = _plan(session, archive)
            apply_plan(session, plan, resolutions)
            parts = split_by_trajectory(archive.tables, [t.id for t in archive.trajectories])
            for trajectory_id, tables in parts.items():
                _record_received(session, archive, trajectory_id, tables)
    except SQLAlchemyError as error:
        cause = error.orig if isinstance(error, StatementError) and error.orig else error
        raise ArchiveRefused(
            "Het bestand kon niet worden ingelezen: de database weigerde een rij "
            f"({type(cause).__name__}). Er is niets veranderd."
        ) from error
    return ImportResult(archive, plan, applied=True)


def _plan(session: Session, archive: Archive) -> MergePlan:
    validate_archive(session, archive)
    parts = split_by_trajectory(archive.tables, [t.id for t in archive.trajectories])
    return MergePlan(
        [
            plan_trajectory(
                session, trajectory_id, theirs, snapshots.base_for(session, archive, trajectory_id)
            )
            for trajectory_id, theirs in parts.items()
        ]
    )


def _already_received(store: Store, archive: Archive) -> bool:
    with store.transaction() as session:
        found = set(
            session.scalars(
                select(ExchangeSnapshot.trajectory_id).where(
                    ExchangeSnapshot.archive_id == archive.archive_id,
                    ExchangeSnapshot.direction.in_((snapshots.RECEIVED, snapshots.SENT)),
                )
            )
        )
    return all(t.id in found for t in archive.trajectories)


def _record_received(
    session: Session, archive: Archive, trajectory_id: str, tables: dict[str, Rows]
) -> None:
    snapshots.record(
        session,
        archive_id=archive.archive_id,
        created=archive.created,
        trajectory_id=trajectory_id,
        peer_id=archive.origin,
        direction=snapshots.RECEIVED,
        tables=tables,
    )
