"""Adopted minutes never change: a guard at flush, so no service can forget it.

What the minutes of a meeting record (its notes, attendance, agenda and script, exercises)
cannot be written once both parties adopted them. Reopening the minutes (with a reason) is
the way back. Forgetting a person writes past this guard on purpose (``core.forget``, raw SQL),
because privacy law outranks the record; the adopted text keeps "(naam verwijderd)".
"""

from __future__ import annotations

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import identity_key

from .errors import InvalidInput
from .models import (
    AgendaItem,
    Assessment,
    AssumptionCard,
    Attendance,
    Entry,
    Meeting,
    Scenario,
    ScriptStep,
)
from .vocab import EntryKind, MeetingStatus

RECORDED = (Entry, Attendance, AgendaItem, Assessment, Scenario, AssumptionCard)
"""Rows that carry a ``meeting_id`` and are part of what that meeting's minutes say."""

ADOPTED_MESSAGE = (
    "Het verslag van deze bijeenkomst is door beide partijen vastgesteld: wat erin staat, "
    "verandert niet meer. Moet er toch iets anders? Heropen dan eerst het verslag, met een "
    "reden, op het tabblad Verslag."
)


def guard_adopted(session: Session, _context: object, _instances: object) -> None:
    """``before_flush``: refuse any write to what adopted minutes record."""
    meeting_ids: set[str] = set()
    step_items: set[str] = set()
    for row in (*session.new, *session.dirty, *session.deleted):
        if isinstance(row, Entry) and _private(row):
            continue
        if isinstance(row, RECORDED) and row.meeting_id:
            meeting_ids.add(row.meeting_id)
        elif isinstance(row, ScriptStep):
            step_items.add(row.agenda_item_id)
        elif isinstance(row, Meeting) and row in session.dirty:
            _guard_meeting(row)
    if step_items:
        meeting_ids |= set(
            session.scalars(select(AgendaItem.meeting_id).where(AgendaItem.id.in_(step_items)))
        )
    if meeting_ids and _any_adopted(session, meeting_ids):
        raise InvalidInput(ADOPTED_MESSAGE)


def refuse_if_adopted(session: Session, meeting_ids: set[str]) -> None:
    """The same refusal for a write that bypasses the flush (a bulk UPDATE)."""
    if meeting_ids and _any_adopted(session, meeting_ids):
        raise InvalidInput(ADOPTED_MESSAGE)


def _private(entry: Entry) -> bool:
    """A facilitator's private note, before and after this change: no minutes hold it."""
    kinds = inspect(entry).attrs.kind.history
    return all(kind == EntryKind.PRIVE for kind in (entry.kind, *kinds.deleted))


def _guard_meeting(meeting: Meeting) -> None:
    """A meeting whose minutes were adopted may change status (reopening), nothing else."""
    state = inspect(meeting)
    status = state.attrs.status.history
    before = status.deleted[0] if status.deleted else meeting.status
    if before != MeetingStatus.VERSLAG_VASTGESTELD or meeting.status != before:
        return
    if any(a.history.has_changes() for a in state.attrs if a.key != "updated_at"):
        raise InvalidInput(ADOPTED_MESSAGE)


def _any_adopted(session: Session, meeting_ids: set[str]) -> bool:
    unknown = set()
    for meeting_id in meeting_ids:
        status = _loaded_status(session, meeting_id)
        if status is None:
            unknown.add(meeting_id)
        elif status == MeetingStatus.VERSLAG_VASTGESTELD:
            return True
    if not unknown:
        return False
    meeting_ids = unknown
    with session.no_autoflush:
        found = session.execute(
            select(Meeting.id).where(
                Meeting.id.in_(meeting_ids),
                Meeting.status == MeetingStatus.VERSLAG_VASTGESTELD.value,
            )
        ).first()
    return found is not None


def _loaded_status(session: Session, meeting_id: str) -> str | None:
    """The stored status of a meeting this transaction already read (None when it did not):
    capturing a note then needs no extra round trip to the server."""
    meeting = session.identity_map.get(identity_key(Meeting, meeting_id))
    if meeting is None:
        return None
    state = inspect(meeting)
    if "status" not in state.dict:
        return None  # expired: ask the database
    history = state.attrs.status.history
    return history.deleted[0] if history.deleted else meeting.status
