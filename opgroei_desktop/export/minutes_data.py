"""Everything the minutes of one meeting draw on, gathered through the core's queries."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time
from typing import Any

from ..core.services import actions, agreements, entries, meetings, milestones, people, trajectories
from ..core.store import Store
from ..core.vocab import ActionStatus, EntryKind

Row = Any
"""A frozen view from ``opgroei_desktop.core.views`` (they are made at run time)."""


@dataclass(frozen=True)
class AgreementTouched:
    """An agreement made or changed in the meeting, with the steps taken there."""

    agreement: Row
    steps: tuple[Row, ...]


@dataclass(frozen=True)
class ActionLine:
    """A line of the action list; ``from_meeting`` is set for actions carried over."""

    action: Row
    from_meeting: Row | None


@dataclass(frozen=True)
class MinutesData:
    trajectory: Row
    meeting: Row
    people: dict[str, Row]
    attendance: tuple[Row, ...]
    agenda: tuple[Row, ...]
    entries: tuple[Row, ...]
    agreements: tuple[AgreementTouched, ...]
    agreement_by_entry: dict[str, Row]
    actions: tuple[ActionLine, ...]
    action_by_entry: dict[str, Row]
    milestones: tuple[Row, ...]
    next_meeting: Row | None
    previous_meeting: Row | None = None


def gather(store: Store, meeting_id: str) -> MinutesData:
    """Read what the minutes of ``meeting_id`` need; ``NotFound`` when it does not exist."""
    meeting = meetings.get_meeting(store, meeting_id)
    trajectory_id = meeting.trajectory_id
    trajectory = trajectories.get_trajectory(store, trajectory_id)
    attendance = tuple(meetings.list_attendance(store, meeting_id))
    known = {person.id: person for person in people.list_people(store, trajectory_id)}
    # The facilitator's private notes never leave the app.
    found = tuple(
        entry
        for entry in entries.list_entries(store, trajectory_id, meeting_id=meeting_id)
        if entry.kind != EntryKind.PRIVE
    )
    wanted = {a.person_id for a in attendance} | {e.person_id for e in found if e.person_id}
    end = meeting_end(meeting)
    all_actions = [_action_as_at(a, end) for a in actions.list_actions(store, trajectory_id)]
    wanted |= {a.owner_person_id for a in all_actions if a.owner_person_id}
    for person_id in wanted - known.keys():
        known[person_id] = people.get_person(store, person_id)
    all_meetings = meetings.list_meetings(store, trajectory_id)
    entry_ids = {entry.id for entry in found}
    all_agreements = [
        _agreement_as_at(store, a, end) for a in agreements.list_agreements(store, trajectory_id)
    ]
    return MinutesData(
        trajectory=trajectory,
        meeting=meeting,
        people=known,
        attendance=attendance,
        agenda=tuple(meetings.list_agenda(store, meeting_id)),
        entries=found,
        agreements=_touched(store, all_agreements, meeting_id, entry_ids),
        agreement_by_entry={a.source_entry_id: a for a in all_agreements if a.source_entry_id},
        actions=_action_lines(all_actions, meeting, all_meetings),
        action_by_entry={a.entry_id: a for a in all_actions if a.entry_id},
        milestones=tuple(
            m
            for m in milestones.list_milestones(store, trajectory_id)
            if m.evaluation_meeting_id == meeting_id
        ),
        next_meeting=_next_meeting(meeting, all_meetings),
        previous_meeting=_previous_meeting(meeting, all_meetings),
    )


def meeting_end(meeting: Row) -> datetime:
    """When the meeting ended, as UTC: its recorded end, or the end of its day."""
    if meeting.ended_at is not None:
        return meeting.ended_at
    day = moment(meeting).date()
    return datetime.combine(day, time.max).astimezone(UTC)


def _agreement_as_at(store: Store, agreement: Row, end: datetime) -> Row:
    """``agreement`` with the state and wording it had at ``end`` (its last step by then)."""
    steps = [s for s in agreements.history(store, agreement.id) if _utc(s.created_at) <= end]
    if not steps or steps[-1].status == agreement.status and steps[-1].text == agreement.text:
        return agreement
    last = steps[-1]
    return replace(agreement, status=last.status, text=last.text or agreement.text)


def _action_as_at(action: Row, end: datetime) -> Row:
    """``action`` as it stood at ``end``: one finished later was still open then."""
    if action.status == ActionStatus.GEDAAN and action.done_on and action.done_on > end.date():
        return replace(action, status=ActionStatus.OPEN.value, done_on=None)
    return action


def _utc(moment_: datetime) -> datetime:
    return moment_ if moment_.tzinfo is not None else moment_.replace(tzinfo=UTC)


def _touched(
    store: Store, found: list[Row], meeting_id: str, entry_ids: set[str]
) -> tuple[AgreementTouched, ...]:
    touched = []
    for agreement in found:
        steps = tuple(
            s for s in agreements.history(store, agreement.id) if s.meeting_id == meeting_id
        )
        if steps or agreement.source_entry_id in entry_ids:
            touched.append(AgreementTouched(agreement, steps))
    return tuple(touched)


def moment(meeting: Row) -> datetime:
    """When a meeting takes place, as local wall-clock time; unscheduled ones by creation."""
    if meeting.starts_at is not None:
        return meeting.starts_at
    return _local(meeting.created_at)


def _action_lines(
    found: list[Row], meeting: Row, all_meetings: list[Row]
) -> tuple[ActionLine, ...]:
    """This meeting's actions, plus those carried over from before: still open, or done since
    the previous meeting (so the minutes record that they were finished)."""
    by_id = {m.id: m for m in all_meetings}
    when = moment(meeting)
    earlier = [m for m in all_meetings if m.id != meeting.id and moment(m) < when]
    previous_day = max((moment(m).date() for m in earlier), default=date.min)
    until = datetime.combine(when.date(), time.max)
    own, carried = [], []
    for action in found:
        if action.meeting_id == meeting.id:
            own.append(ActionLine(action, None))
            continue
        origin = by_id.get(action.meeting_id) if action.meeting_id else None
        if origin is not None:
            before = moment(origin) < when
        else:
            before = action.meeting_id is None and _local(action.created_at) <= until
        finished_since = (
            action.status == ActionStatus.GEDAAN
            and action.done_on is not None
            and previous_day < action.done_on <= when.date()
        )
        if before and (action.status == ActionStatus.OPEN or finished_since):
            carried.append(ActionLine(action, origin))
    return tuple(carried + own)


def _local(moment_utc: datetime) -> datetime:
    """A stored UTC moment as wall-clock time on this laptop, comparable with ``starts_at``."""
    return moment_utc.astimezone().replace(tzinfo=None)


def _previous_meeting(meeting: Row, all_meetings: list[Row]) -> Row | None:
    """The meeting held before this one, whose minutes this one usually adopts."""
    if meeting.starts_at is None:
        return None
    earlier = [
        m
        for m in all_meetings
        if m.id != meeting.id and m.starts_at is not None and m.starts_at < meeting.starts_at
    ]
    return max(earlier, key=lambda m: m.starts_at, default=None)


def _next_meeting(meeting: Row, all_meetings: list[Row]) -> Row | None:
    after = meeting.starts_at or datetime.now()
    later = [
        m
        for m in all_meetings
        if m.id != meeting.id and m.starts_at is not None and m.starts_at > after
    ]
    return min(later, key=lambda m: m.starts_at, default=None)
