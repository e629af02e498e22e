"""Meetings: planning, the agenda composed from session formats, and who attends."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from ..changes import Changes
from ..errors import InvalidInput
from ..models import AgendaItem, Attendance, Meeting, Person, Trajectory, utcnow
from ..store import Store
from ..views import AgendaItemView, AttendanceView, MeetingView, snapshot
from ..vocab import WORKSHEET_KEYS, AttendanceStatus, MeetingStatus
from . import rows
from .validate import (
    boolean,
    choice,
    one_of,
    optional_datetime,
    optional_line,
    optional_text,
    required_line,
    validate_fields,
    whole_number,
    with_required,
)

MEETING_FIELDS = {
    "title": required_line("de titel van de bijeenkomst", 300),
    "starts_at": optional_datetime("de bijeenkomst"),
    "location": optional_line("de locatie", 300),
    "status": choice(MeetingStatus, "de status"),
    "minute_taker": optional_line("de notulist"),
}

AGENDA_FIELDS = {
    "title": required_line("de titel van het agendapunt", 300),
    "minutes": whole_number("het aantal minuten", 0, 600),
    "instructions": optional_text("de aanwijzingen"),
    "prompt": optional_text("de vraag voor de zaal"),
    "worksheet": one_of(WORKSHEET_KEYS, "het werkblad", optional=True),
    "section": optional_line("het onderdeel", 40),
    "exercise": optional_line("de oefening", 40),
    "format_key": optional_line("de werkvorm", 100),
    "step_key": optional_line("de stap", 100),
}

ATTENDANCE_FIELDS = {
    "status": choice(AttendanceStatus, "de aanwezigheid"),
    "speaks_for_today": optional_line("namens wie iemand vandaag spreekt", 300),
    "walk_in": boolean,
}


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


def update_meeting(store: Store, meeting_id: str, **fields: Any) -> Changes:
    """Change a meeting's details; minutes count as adopted only once both parties did so."""
    if fields.get("status") == MeetingStatus.VERSLAG_VASTGESTELD:
        meeting = get_meeting(store, meeting_id)
        if meeting.agreed_gemeente_on is None or meeting.agreed_initiatief_on is None:
            raise InvalidInput(
                "Een verslag is pas vastgesteld als gemeente en initiatief het allebei hebben "
                "vastgesteld. Leg dat vast op het tabblad Verslag."
            )
    return rows.update_row(store, Meeting, meeting_id, MEETING_FIELDS, fields)


def delete_meeting(store: Store, meeting_id: str) -> Changes:
    return rows.soft_delete(store, Meeting, meeting_id)


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


def add_agenda_item(
    store: Store, meeting_id: str, *, position: int | None = None, **fields: Any
) -> Changes:
    """An agenda item at ``position`` (default: last); later items move down."""
    values = with_required(AGENDA_FIELDS, fields, "title")
    with store.transaction() as session:
        meeting = rows.get_row(session, Meeting, meeting_id)
        items = _agenda_rows(session, meeting_id)
        index = len(items) if position is None else max(0, min(position, len(items)))
        item = AgendaItem(meeting_id=meeting_id, **values)
        session.add(item)
        items.insert(index, item)
        _renumber(items)
        session.flush()
        return Changes("agenda_items", (item.id,), meeting.trajectory_id)


def update_agenda_item(store: Store, item_id: str, **fields: Any) -> Changes:
    return rows.update_row(store, AgendaItem, item_id, AGENDA_FIELDS, fields)


def move_agenda_item(store: Store, item_id: str, position: int) -> Changes:
    with store.transaction() as session:
        item = rows.get_row(session, AgendaItem, item_id)
        items = [row for row in _agenda_rows(session, item.meeting_id) if row.id != item_id]
        items.insert(max(0, min(position, len(items))), item)
        _renumber(items)
        meeting = session.get(Meeting, item.meeting_id)
        return Changes("agenda_items", (item_id,), meeting.trajectory_id if meeting else None)


def remove_agenda_item(store: Store, item_id: str) -> Changes:
    return rows.soft_delete(store, AgendaItem, item_id)


def restore_agenda_item(store: Store, item_id: str) -> Changes:
    return rows.restore(store, AgendaItem, item_id)


def list_agenda(store: Store, meeting_id: str) -> list[AgendaItemView]:
    with store.transaction() as session:
        return [snapshot(row) for row in _agenda_rows(session, meeting_id)]


def add_spent_time(store: Store, item_id: str, seconds: int) -> Changes:
    """Record time actually spent on an agenda item (called as the timer runs)."""
    with store.transaction() as session:
        item = rows.get_row(session, AgendaItem, item_id)
        item.spent_seconds = max(0, item.spent_seconds + int(seconds))
        return Changes("agenda_items", (item_id,), None)


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


def total_minutes(store: Store, meeting_id: str) -> int:
    with store.transaction() as session:
        return session.scalar(
            select(func.coalesce(func.sum(AgendaItem.minutes), 0)).where(
                AgendaItem.meeting_id == meeting_id, AgendaItem.deleted_at.is_(None)
            )
        )


def _agenda_rows(session: Any, meeting_id: str) -> list[AgendaItem]:
    return list(
        session.scalars(
            select(AgendaItem)
            .where(AgendaItem.meeting_id == meeting_id, AgendaItem.deleted_at.is_(None))
            .order_by(AgendaItem.position)
        )
    )


def _renumber(items: list[AgendaItem]) -> None:
    for index, item in enumerate(items):
        item.position = index


def start_meeting(store: Store, meeting_id: str) -> Changes:
    """Mark the meeting as running ('bezig'); a resumed meeting keeps its first start time.

    The current agenda item starts at the first item unless the meeting stopped somewhere.
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
        items = _agenda_rows(session, meeting_id)
        if items and meeting.current_item_id not in {item.id for item in items}:
            meeting.current_item_id = items[0].id
        return Changes("meetings", (meeting_id,), meeting.trajectory_id)


def end_meeting(store: Store, meeting_id: str) -> Changes:
    """Mark a running meeting as held ('gehouden') and note when it ended."""
    with store.transaction() as session:
        meeting = rows.get_row(session, Meeting, meeting_id)
        if meeting.status != MeetingStatus.BEZIG:
            raise InvalidInput("Deze bijeenkomst loopt niet; start haar eerst.")
        meeting.status = MeetingStatus.GEHOUDEN
        meeting.ended_at = utcnow()
        return Changes("meetings", (meeting_id,), meeting.trajectory_id)


def set_current_item(store: Store, meeting_id: str, item_id: str | None) -> Changes:
    """Remember which agenda item the meeting is at, so a reopened meeting resumes there."""
    with store.transaction() as session:
        meeting = rows.get_row(session, Meeting, meeting_id)
        if item_id is not None:
            item = rows.get_row(session, AgendaItem, item_id)
            if item.meeting_id != meeting_id:
                raise InvalidInput("Dit agendapunt hoort bij een andere bijeenkomst.")
        meeting.current_item_id = item_id
        return Changes("meetings", (meeting_id,), meeting.trajectory_id)
