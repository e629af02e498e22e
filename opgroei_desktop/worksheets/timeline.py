"""Milestones (piketpalen) on a time line, and the stop-go risk before it happens.

A stop-go dynamic starts when a milestone is reached and nothing was promised to follow, or when
an evaluation says "adjust" or "stop" and nobody sets the next point to aim for. The time line
flags both, early enough to talk about it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from ..core.services import meetings, milestones
from ..core.store import Store
from ..core.views import MeetingView, MilestoneView
from ..core.vocab import MilestoneOutcome

NEAR = timedelta(days=42)
"""How close a milestone counts as near: about two meeting cycles."""


class Phase(StrEnum):
    """Where a milestone stands in time."""

    EVALUATED = "evaluated"
    PAST = "past"
    NEAR = "near"
    LATER = "later"
    UNDATED = "undated"


class Risk(StrEnum):
    """Why a milestone may turn into a stop-go moment."""

    NO_GUARANTEE = "no_guarantee"
    """Near or past its date, not evaluated, and nothing recorded that follows when reached."""
    NOT_EVALUATED = "not_evaluated"
    """Its date has passed without an evaluation."""
    NO_FOLLOW_UP = "no_follow_up"
    """Evaluated 'adjust' or 'stop', and no later milestone says what comes next."""


@dataclass(frozen=True)
class TimelinePoint:
    """One milestone on the time line."""

    milestone: MilestoneView
    phase: Phase
    risks: tuple[Risk, ...]
    evaluation_meeting_title: str | None
    evaluation_meeting_starts_at: datetime | None

    @property
    def id(self) -> str:
        return self.milestone.id

    @property
    def at_risk(self) -> bool:
        """Whether this milestone shows a stop-go risk."""
        return bool(self.risks)

    @property
    def when(self) -> date | None:
        """The day it sits on the line: its date, or the day it was evaluated."""
        return self.milestone.due_on or self.milestone.evaluated_on


@dataclass(frozen=True)
class Timeline:
    """The trajectory's milestones by date (undated last), with today for reference."""

    points: tuple[TimelinePoint, ...]
    today: date

    @property
    def at_risk(self) -> tuple[TimelinePoint, ...]:
        return tuple(point for point in self.points if point.at_risk)

    def span(self) -> tuple[date, date]:
        """The first and last day the line must show: every dated milestone and today."""
        days = [point.when for point in self.points if point.when] + [self.today]
        return min(days), max(days)


def build_timeline(store: Store, trajectory_id: str, today: date | None = None) -> Timeline:
    """The time line of a trajectory's milestones."""
    return timeline_of(
        milestones.list_milestones(store, trajectory_id),
        meetings.list_meetings(store, trajectory_id),
        today,
    )


def timeline_of(
    found: Iterable[MilestoneView], held: Iterable[MeetingView], today: date | None = None
) -> Timeline:
    """The time line of ``found`` milestones, judged on ``today``."""
    today = today or date.today()
    ordered = sorted(found, key=lambda m: (m.due_on is None, m.due_on or date.max))
    by_meeting = {meeting.id: meeting for meeting in held}
    points = []
    for milestone in ordered:
        meeting = by_meeting.get(milestone.evaluation_meeting_id or "")
        points.append(
            TimelinePoint(
                milestone=milestone,
                phase=_phase(milestone, today),
                risks=_risks(milestone, ordered, today),
                evaluation_meeting_title=meeting.title if meeting else None,
                evaluation_meeting_starts_at=meeting.starts_at if meeting else None,
            )
        )
    return Timeline(tuple(points), today)


def _phase(milestone: MilestoneView, today: date) -> Phase:
    if milestone.outcome:
        return Phase.EVALUATED
    if milestone.due_on is None:
        return Phase.UNDATED
    if milestone.due_on < today:
        return Phase.PAST
    return Phase.NEAR if milestone.due_on - today <= NEAR else Phase.LATER


def _risks(
    milestone: MilestoneView, everything: list[MilestoneView], today: date
) -> tuple[Risk, ...]:
    risks = []
    if milestone.outcome is None and milestone.due_on is not None:
        if milestone.due_on - today <= NEAR and not milestone.guarantee.strip():
            risks.append(Risk.NO_GUARANTEE)
        if milestone.due_on < today:
            risks.append(Risk.NOT_EVALUATED)
    if milestone.outcome in (MilestoneOutcome.BIJSTELLEN, MilestoneOutcome.STOPPEN):
        since = milestone.evaluated_on or milestone.due_on or today
        follow_up = any(
            other.id != milestone.id and other.due_on is not None and other.due_on > since
            for other in everything
        )
        if not follow_up:
            risks.append(Risk.NO_FOLLOW_UP)
    return tuple(risks)
