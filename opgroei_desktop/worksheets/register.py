"""The action register across meetings: what, who, when, and which ones are overdue.

The meeting runner and the minutes use ``open_actions_for_meeting`` for the fixed agenda item
"open actions"; the worksheets and the register view use ``action_lines``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from ..core.services import actions, meetings, people
from ..core.store import Store
from ..core.views import ActionView, MeetingView, PersonView
from ..core.vocab import ActionStatus


class ActionFilter(StrEnum):
    """Which actions the register shows."""

    OPEN = "open"
    OVERDUE = "overdue"
    ALL = "all"


@dataclass(frozen=True)
class ActionLine:
    """One action with what a reader needs beside it: who, from which meeting, how late.

    ``owner_name`` is empty when no person owns it or the person may not be named;
    ``owner_party`` is the owning person's party, or the party the action was given to.
    ``owner_left_on`` is set while an open action still lies with someone who left: it is
    flagged until someone takes it over.
    """

    action: ActionView
    owner_name: str
    owner_party: str | None
    meeting_title: str | None
    meeting_starts_at: datetime | None
    overdue: bool
    days_overdue: int
    owner_left_on: date | None = None

    @property
    def id(self) -> str:
        return self.action.id


def display_name(person: PersonView | None) -> str:
    """A person's name where it may be shown; otherwise their function, or nothing."""
    if person is None or person.forgotten:
        return ""
    return person.name if person.consent_named else person.function


def action_lines(
    found: Iterable[ActionView],
    persons: Iterable[PersonView],
    held: Iterable[MeetingView],
    today: date | None = None,
) -> list[ActionLine]:
    """``found`` as register lines, in the order given."""
    today = today or date.today()
    by_person = {person.id: person for person in persons}
    by_meeting = {meeting.id: meeting for meeting in held}
    lines = []
    for action in found:
        person = by_person.get(action.owner_person_id) if action.owner_person_id else None
        meeting = by_meeting.get(action.meeting_id) if action.meeting_id else None
        overdue = actions.is_overdue(action, today)
        lines.append(
            ActionLine(
                action=action,
                owner_name=display_name(person),
                owner_party=person.party if person else action.owner_party,
                meeting_title=meeting.title if meeting else None,
                meeting_starts_at=meeting.starts_at if meeting else None,
                overdue=overdue,
                days_overdue=(today - action.due_on).days if overdue and action.due_on else 0,
                owner_left_on=(
                    person.left_on
                    if person is not None and action.status == ActionStatus.OPEN
                    else None
                ),
            )
        )
    return lines


def action_register(
    store: Store,
    trajectory_id: str,
    show: str = ActionFilter.OPEN,
    today: date | None = None,
) -> list[ActionLine]:
    """The trajectory's actions by due date (undated last): open ones, overdue ones, or all."""
    show = ActionFilter(show)
    found = actions.list_actions(store, trajectory_id, open_only=show != ActionFilter.ALL)
    lines = action_lines(
        found,
        people.list_people(store, trajectory_id),
        meetings.list_meetings(store, trajectory_id),
        today,
    )
    if show == ActionFilter.OVERDUE:
        return [line for line in lines if line.overdue]
    return lines


def open_actions_for_meeting(store: Store, meeting_id: str) -> list[ActionLine]:
    """Open actions from earlier meetings of the same trajectory, for the "open actions" item.

    Earlier means: captured in a meeting that started before this one (or has no date), or
    added outside a meeting before this one started. Overdue is judged on the meeting's day.
    """
    this = meetings.get_meeting(store, meeting_id)
    held = meetings.list_meetings(store, this.trajectory_id)
    starts = {meeting.id: meeting.starts_at for meeting in held}
    found = [
        action
        for action in actions.list_actions(store, this.trajectory_id, open_only=True)
        if action.meeting_id != meeting_id and _earlier(action, starts, this.starts_at)
    ]
    day = this.starts_at.date() if this.starts_at else None
    return action_lines(found, people.list_people(store, this.trajectory_id), held, day)


def _earlier(
    action: ActionView, starts: dict[str, datetime | None], before: datetime | None
) -> bool:
    if before is None:
        return True
    if action.meeting_id is None:
        return action.created_at.astimezone().replace(tzinfo=None) < before
    started = starts.get(action.meeting_id)
    return started is None or started < before
