"""Writing trajectories to a ``.opgroei`` file."""

from __future__ import annotations

import hashlib
import io
import json
import os
import tempfile
import uuid
import zipfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ... import __version__
from .. import migrate
from ..errors import NotFound, OpgroeiError
from ..models import Trajectory, utcnow
from ..os_words import reason
from ..store import Store
from . import snapshots
from .format import (
    FORMAT_NAME,
    FORMAT_VERSION,
    MANIFEST,
    PURPOSE_FULL,
    PURPOSE_HANDOVER,
    Rows,
    member_name,
)
from .private import leave_out_private
from .tables import owners, rows_of
from .values import encode


@dataclass(frozen=True)
class ExportResult:
    """What was written: where, which trajectories, how many rows per table."""

    path: Path
    trajectory_ids: tuple[str, ...]
    counts: dict[str, int]
    left_out: dict[str, int]


def export_archive(
    store: Store,
    target: str | os.PathLike[str],
    trajectory_ids: list[str] | None = None,
    *,
    handover: bool = False,
) -> ExportResult:
    """Write the trajectories (all that are not deleted when ``None``) to ``target``.

    ``handover`` leaves out the facilitator's own notes, for parties who go on without one.
    The file is written beside the target under a temporary name and then put in its place.
    """
    target = Path(target)
    with store.transaction() as session:
        ids = _chosen(session, trajectory_ids)
        tables = read_tables(session, ids)
        left_out = leave_out_private(tables) if handover else {}
        archive_id = str(uuid.uuid4())
        created = utcnow()
        origin = snapshots.own_id(session)
        counts = {name: len(rows) for name, rows in tables.items()}
        manifest = {
            "format": FORMAT_NAME,
            "format_version": FORMAT_VERSION,
            "app_version": __version__,
            "schema": migrate.HEAD,
            "archive_id": archive_id,
            "origin": origin,
            "created": created.isoformat(),
            "purpose": PURPOSE_HANDOVER if handover else PURPOSE_FULL,
            "trajectories": [
                {"id": row_id, "name": _name(tables["trajectories"][row_id])} for row_id in ids
            ],
            "received": snapshots.last_received(session, ids),
            "counts": counts,
        }
        payload = build_zip(manifest, tables)
        _write_atomically(target, payload)
        for trajectory_id, part in split_by_trajectory(tables, ids).items():
            snapshots.record(
                session,
                archive_id=archive_id,
                created=created,
                trajectory_id=trajectory_id,
                peer_id=origin,
                direction=snapshots.SENT,
                tables=part,
            )
    return ExportResult(target, tuple(ids), counts, left_out)


def read_tables(session: Session, trajectory_ids: list[str]) -> dict[str, Rows]:
    """Every travelling table's rows for ``trajectory_ids``, in JSON form, keyed by id."""
    tables: dict[str, Rows] = {}
    for name, owner in owners().items():
        columns = list(owner.table.columns)
        rows: Rows = {}
        for record in session.execute(rows_of(name, trajectory_ids)):
            values = record._mapping
            rows[values["id"]] = {c.name: encode(c, values[c.name]) for c in columns}
        tables[name] = rows
    return tables


def split_by_trajectory(
    tables: dict[str, Rows], trajectory_ids: list[str]
) -> dict[str, dict[str, Rows]]:
    """``tables`` cut into one set of tables per trajectory, following each row's owner."""
    owner_of: dict[str, dict[str, str]] = {}
    parts: dict[str, dict[str, Rows]] = {tid: {} for tid in trajectory_ids}
    for name, owner in owners().items():
        mine: dict[str, str] = {}
        for row_id, row in tables.get(name, {}).items():
            if owner.link is None:
                trajectory_id = row_id
            else:
                trajectory_id = owner_of[owner.link.parent].get(row[owner.link.column.name], "")
            mine[row_id] = trajectory_id
            if trajectory_id in parts:
                parts[trajectory_id].setdefault(name, {})[row_id] = row
        owner_of[name] = mine
    return parts


def build_zip(manifest: dict, tables: dict[str, Rows]) -> bytes:
    """The zip's bytes: the table members, and the manifest with their hashes."""
    members = {
        member_name(name): json.dumps(
            {"table": name, "rows": rows}, ensure_ascii=False, sort_keys=True, indent=0
        ).encode("utf-8")
        for name, rows in tables.items()
    }
    manifest = dict(manifest)
    manifest["members"] = {
        name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
        for name, data in members.items()
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2))
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _chosen(session: Session, trajectory_ids: list[str] | None) -> list[str]:
    query = select(Trajectory.id).where(Trajectory.deleted_at.is_(None))
    if trajectory_ids is None:
        found = list(session.scalars(query.order_by(Trajectory.created_at)))
        if not found:
            raise OpgroeiError("Er is nog geen traject om te bewaren.")
        return found
    existing = set(session.scalars(query.where(Trajectory.id.in_(trajectory_ids))))
    missing = [tid for tid in trajectory_ids if tid not in existing]
    if missing:
        raise NotFound(f"Dit traject bestaat niet (meer): {missing[0]}.")
    return list(dict.fromkeys(trajectory_ids))


def _name(row: dict) -> str:
    return " en ".join(part for part in (row.get("municipality"), row.get("initiative")) if part)


def _write_atomically(target: Path, payload: bytes) -> None:
    folder = target.parent if str(target.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(prefix=".opgroei-", suffix=".tmp", dir=folder)
    except OSError as error:
        raise OpgroeiError(
            f"Het bestand kan niet worden geschreven in {folder} ({reason(error)})."
        ) from error
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(payload)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, target)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise OpgroeiError(
            f"Het bestand kan niet worden geschreven: {target} ({reason(error)}). "
            "Is het misschien geopend in een ander programma?"
        ) from error
