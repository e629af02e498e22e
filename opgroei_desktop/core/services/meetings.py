"""Meetings: planning, who attends, and running them.

The agenda and its script live in ``agenda``; their functions are part of this module's
interface too, since planning a meeting means composing its agenda.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select

from ..changes import Changes, service
from ..errors import InvalidInput
from ..models import Attendance, Meeting, Person, Trajectory, utcnow
from ..store import Store
from ..views import AttendanceView, MeetingView, snapshot
from ..vocab import NEGOTIATING_PARTIES, AttendanceStatus, MeetingStatus
from . import rows
from .agenda import (
    AgendaItemPlan,
    add_agenda_item,
    add_script_step,
    add_spent_time,
    first_step_id,
    list_agenda,
    list_script,
    merge_with_next,
    move_agenda_item,
    move_script_step,
    remove_agenda_item,
    remove_script_step,
    restore_agenda_item,
    restore_library_text,
    restore_script_step,
    split_agenda_item,
    step_in_meeting,
    total_minutes,
    update_agenda_item,
    update_script_step,
)
from .validate import (
    boolean,
    choice,
    one_of,
    optional_datetime,
    optional_line,
    optional_text,
    required_line,
    validate_fields,
    with_required,
)

__all__ = [
    "AgendaItemPlan",
    "add_agenda_item",
    "add_script_step",
    "add_spent_time",
    "list_agenda",
    "list_script",
    "merge_with_next",
    "move_agenda_item",
    "move_script_step",
    "remove_agenda_item",
    "remove_script_step",
    "restore_agenda_item",
    "restore_library_text",
    "restore_script_step",
    "split_agenda_item",
    "total_minutes",
    "update_agenda_item",
    "update_script_step",
]

MEETING_FIELDS = {
    "title": required_line("de titel van de bijeenkomst", 300),
    "goal": optional_text("het doel van de bijeenkomst"),
    "party": one_of(
        tuple(p.value for p in NEGOTIATING_PARTIES), "de partij van de bijeenkomst", optional=True
    ),
    "starts_at": optional_datetime("de bijeenkomst"),
    "location": optional_line("de locatie", 300),
    "status": choice(MeetingStatus, "de status"),
    "minute_taker": optional_line("de notulist"),
    "notes_annex": boolean,
}

ATTENDANCE_FIELDS = {
    "status": choice(AttendanceStatus, "de aanwezigheid"),
    "speaks_for_today": optional_line("namens wie iemand vandaag spreekt", 300),
    "walk_in": boolean,
}


@service
def plan_meeting(
    store: Store, trajectory_id: str, *, invite: tuple[str, ...] = (), **fields: Any
) -> Changes:
    """A planned meeting, with ``invite`` (person ids) on its attendance list."""
    values = with_required(MEETING_FIELDS, fields, "title")
    with store.transaction() as session:
        rows.get_row(session, Trajectory, trajectory_id)
        meeting = Meeting(trajectory_id=trajectory_id, **values)
        session.add(meeting)
        session.flush()
        for person_id in invite:
            session.add(Attendance(meeting_id=meeting.id, person_id=person_id))
        return Changes("meetings", (meeting.id,), trajectory_id)


@service
def update_meeting(store: Store, meeting_id: str, **fields: Any) -> Changes:
    """Change a meeting's details; minutes count as adopted only once both parties did so
    (or, for a meeting with one party, that party)."""
    if fields.get("status") == MeetingStatus.VERSLAG_VASTGESTELD:
        meeting = get_meeting(store, meeting_id)
        parties = (meeting.party,) if meeting.party else ("gemeente", "initiatief")
        if any(getattr(meeting, f"agreed_{party}_on") is None for party in parties):
            raise InvalidInput(
                "Een verslag is pas vastgesteld als gemeente en initiatief het allebei hebben "
                "vastgesteld. Leg dat vast op het tabblad Verslag."
            )
    return rows.update_row(store, Meeting, meeting_id, MEETING_FIELDS, fields)


@service
def delete_meeting(store: Store, meeting_id: str) -> Changes:
    return rows.soft_delete(store, Meeting, meeting_id)


@service
def restore_meeting(store: Store, meeting_id: str) -> Changes:
    return rows.restore(store, Meeting, meeting_id)


def get_meeting(store: Store, meeting_id: str) -> MeetingView:
    with store.transaction() as session:
        return snapshot(rows.get_row(session, Meeting, meeting_id))


def list_meetings(store: Store, trajectory_id: str) -> list[MeetingView]:
    """Meetings of a trajectory, oldest first; unscheduled ones last."""
    query = select(Meeting).where(
        Meeting.trajectory_id == trajectory_id, Meeting.deleted_at.is_(None)
    )
    with store.transaction() as session:
        found = [snapshot(row) for row in session.scalars(query)]
    return sorted(found, key=lambda m: (m.starts_at is None, m.starts_at or datetime.max))


@service
def set_attendance(store: Store, meeting_id: str, person_id: str, **fields: Any) -> Changes:
    """Invite, check in or mark absent; creates the attendance line when needed."""
    values = validate_fields(ATTENDANCE_FIELDS, fields)
    with store.transaction() as session:
        meeting = rows.get_row(session, Meeting, meeting_id)
        rows.get_row(session, Person, person_id)
        row = session.scalars(
            select(Attendance).where(
                Attendance.meeting_id == meeting_id, Attendance.person_id == person_id
            )
        ).first()
        if row is None:
            row = Attendance(meeting_id=meeting_id, person_id=person_id)
            session.add(row)
        row.deleted_at = None
        for name, value in values.items():
            setattr(row, name, value)
        session.flush()
        return Changes("attendance", (row.id,), meeting.trajectory_id)


@service
def uninvite(store: Store, meeting_id: str, person_id: str) -> Changes:
    with store.transaction() as session:
        row = session.scalars(
            select(Attendance).where(
                Attendance.meeting_id == meeting_id, Attendance.person_id == person_id
            )
        ).first()
        if row is not None:
            session.delete(row)
        return Changes("attendance", (row.id,) if row else (), None)


def list_attendance(store: Store, meeting_id: str) -> list[AttendanceView]:
    query = select(Attendance).where(
        Attendance.meeting_id == meeting_id, Attendance.deleted_at.is_(None)
    )
    with store.transaction() as session:
        return [snapshot(row) for row in session.scalars(query)]


@service
def start_meeting(store: Store, meeting_id: str) -> Changes:
    """Mark the meeting as running ('bezig'); a resumed meeting keeps its first start time.

    The current script step starts at the first step unless the meeting stopped somewhere.
    """
    with store.transaction() as session:
        meeting = rows.get_row(session, Meeting, meeting_id)
        if meeting.status in (MeetingStatus.VERSLAG_CONCEPT, MeetingStatus.VERSLAG_VASTGESTELD):
            raise InvalidInput(
                "Van deze bijeenkomst is het verslag al gemaakt, dus ze kan niet opnieuw "
                "beginnen. Plan een nieuwe bijeenkomst."
            )
        meeting.status = MeetingStatus.BEZIG
        meeting.started_at = meeting.started_at or utcnow()
        meeting.ended_at = None
        current = meeting.current_step_id
        if current is None or not step_in_meeting(session, current, meeting_id):
            meeting.current_step_id = first_step_id(session, meeting_id)
        return Changes("meetings", (meeting_id,), meeting.trajectory_id)


@service
def end_meeting(store: Store, meeting_id: str) -> Changes:
    """Mark a running meeting as held ('gehouden') and note when it ended."""
    with store.transaction() as session:
        meeting = rows.get_row(session, Meeting, meeting_id)
        if meeting.status != MeetingStatus.BEZIG:
            raise InvalidInput("Deze bijeenkomst loopt niet; start haar eerst.")
        meeting.status = MeetingStatus.GEHOUDEN
        meeting.ended_at = utcnow()
        return Changes("meetings", (meeting_id,), meeting.trajectory_id)


@service
def set_current_step(store: Store, meeting_id: str, step_id: str | None) -> Changes:
    """Remember which script step the meeting is at, so a reopened meeting resumes there."""
    with store.transaction() as session:
        meeting = rows.get_row(session, Meeting, meeting_id)
        if step_id is not None and not step_in_meeting(session, step_id, meeting_id):
            raise InvalidInput("Deze stap hoort niet (meer) bij deze bijeenkomst.")
        meeting.current_step_id = step_id
        return Changes("meetings", (meeting_id,), meeting.trajectory_id)
