"""What was last exchanged, per trajectory and peer: the common ground of the next merge.

When an archive is written, its rows are kept as *sent*; when one is read in, its rows are kept
as *received* from the data folder that wrote it. Both sides of an exchange then hold the same
rows under the same archive id. At the next import from that peer, the newest of these that both
sides are known to have seen is the base: a field that differs from it was changed since.
"""

from __future__ import annotations

import json
import zlib
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..models import ExchangeIdentity, ExchangeSnapshot
from .format import Archive, Rows

SENT = "sent"
RECEIVED = "received"
KEEP_SENT = 5
"""Sent snapshots kept per trajectory: a peer may answer an older archive than the newest."""

TableRows = dict[str, Rows]


def own_id(session: Session) -> str:
    """This data folder's id, made on first use."""
    found = session.scalar(select(ExchangeIdentity.id).order_by(ExchangeIdentity.created_at))
    if found:
        return found
    identity = ExchangeIdentity()
    session.add(identity)
    session.flush()
    return identity.id


def record(
    session: Session,
    *,
    archive_id: str,
    created: datetime,
    trajectory_id: str,
    peer_id: str,
    direction: str,
    tables: TableRows,
) -> None:
    """Keep ``tables`` (one trajectory's rows) as exchanged, dropping what is no longer needed."""
    same = select(ExchangeSnapshot.id).where(ExchangeSnapshot.trajectory_id == trajectory_id)
    if direction == RECEIVED:
        old = same.where(
            ExchangeSnapshot.direction == RECEIVED, ExchangeSnapshot.peer_id == peer_id
        )
    else:
        old = (
            same.where(ExchangeSnapshot.direction == SENT)
            .order_by(ExchangeSnapshot.archive_created.desc())
            .offset(KEEP_SENT - 1)
        )
    stale = list(session.scalars(old))
    if stale:
        session.execute(delete(ExchangeSnapshot).where(ExchangeSnapshot.id.in_(stale)))
    packed = zlib.compress(json.dumps(tables, sort_keys=True).encode("utf-8"), 6)
    session.add(
        ExchangeSnapshot(
            archive_id=archive_id,
            trajectory_id=trajectory_id,
            peer_id=peer_id,
            direction=direction,
            archive_created=created,
            rows=packed,
        )
    )


def last_received(session: Session, trajectory_ids: list[str]) -> dict[str, str]:
    """Per trajectory, the id of the newest archive read in for it (from anyone)."""
    found: dict[str, tuple[datetime, str]] = {}
    snapshot = ExchangeSnapshot
    query = select(snapshot.trajectory_id, snapshot.archive_created, snapshot.archive_id).where(
        ExchangeSnapshot.direction == RECEIVED, ExchangeSnapshot.trajectory_id.in_(trajectory_ids)
    )
    for trajectory_id, created, archive_id in session.execute(query):
        if trajectory_id not in found or created > found[trajectory_id][0]:
            found[trajectory_id] = (created, archive_id)
    return {key: archive_id for key, (_, archive_id) in found.items()}


def base_for(session: Session, archive: Archive, trajectory_id: str) -> TableRows | None:
    """The rows both this data folder and the archive's writer last had in common, if known.

    Candidates: what we last received from the writer, and what we sent in the archive the
    writer says it last received. The newer of the two is the base.
    """
    candidates = select(ExchangeSnapshot).where(ExchangeSnapshot.trajectory_id == trajectory_id)
    answered = archive.received.get(trajectory_id)
    condition = (ExchangeSnapshot.direction == RECEIVED) & (
        ExchangeSnapshot.peer_id == archive.origin
    )
    if answered:
        condition = condition | (
            (ExchangeSnapshot.direction == SENT) & (ExchangeSnapshot.archive_id == answered)
        )
    query = candidates.where(condition)
    newest = session.scalars(query.order_by(ExchangeSnapshot.archive_created.desc())).first()
    if newest is None:
        return None
    return json.loads(zlib.decompress(newest.rows))
