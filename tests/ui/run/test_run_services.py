"""The meeting services the runner adds: start, end and the current step (Qt-free)."""

from __future__ import annotations

import pytest

from opgroei_desktop.core.errors import InvalidInput
from opgroei_desktop.core.services import meetings

from .conftest import build_meeting


@pytest.fixture
def sample(store, library):
    return build_meeting(store, library)


def test_start_sets_running_and_the_first_step(store, sample):
    """Starting makes the meeting 'bezig' at its first agenda item."""
    meetings.start_meeting(store, sample.meeting)
    meeting = meetings.get_meeting(store, sample.meeting)
    assert (meeting.status, meeting.current_step_id) == ("bezig", sample.steps[0])
    assert meeting.started_at is not None and meeting.ended_at is None


def test_restart_keeps_start_time_and_step(store, sample):
    """Resuming after a crash keeps when it started and where it was."""
    meetings.start_meeting(store, sample.meeting)
    first = meetings.get_meeting(store, sample.meeting).started_at
    meetings.set_current_step(store, sample.meeting, sample.steps[3])
    meetings.start_meeting(store, sample.meeting)
    meeting = meetings.get_meeting(store, sample.meeting)
    assert (meeting.started_at, meeting.current_step_id) == (first, sample.steps[3])


def test_end_marks_held(store, sample):
    """Ending a running meeting marks it held, with the time it ended."""
    meetings.start_meeting(store, sample.meeting)
    meetings.end_meeting(store, sample.meeting)
    meeting = meetings.get_meeting(store, sample.meeting)
    assert meeting.status == "gehouden" and meeting.ended_at is not None


def test_end_of_a_meeting_that_never_started_is_refused(store, sample):
    """Only a running meeting can be finished."""
    with pytest.raises(InvalidInput, match="loopt niet"):
        meetings.end_meeting(store, sample.meeting)


def test_current_step_must_belong_to_the_meeting(store, library, sample):
    """A step of another meeting cannot become this meeting's current step."""
    other = build_meeting(store, library)
    with pytest.raises(InvalidInput, match="hoort niet"):
        meetings.set_current_step(store, sample.meeting, other.steps[0])


def test_adopted_minutes_block_a_restart(store, sample):
    """A meeting whose minutes exist cannot run again."""
    meetings.update_meeting(store, sample.meeting, status="verslag_concept")
    with pytest.raises(InvalidInput, match="verslag"):
        meetings.start_meeting(store, sample.meeting)
