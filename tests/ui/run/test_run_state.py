"""The run state: steps, the per-step clock, the projector flags and the entries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import pytest

from opgroei_desktop.ui.run.run_state import CHECK_IN, LIGHT, RUNNING, RunState


@dataclass(frozen=True)
class Step:
    id: str
    title: str
    minutes: int
    spent_seconds: int = 0


@dataclass(frozen=True)
class Entry:
    id: str
    script_step_id: str
    captured_at: datetime
    text: str = "x"


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def state(qapp, clock):
    run_state = RunState(clock=clock, now=lambda: datetime(2026, 12, 1, 20, 0))
    run_state.set_agenda([Step("a", "Welkom", 5), Step("b", "Ronde", 10, 60), Step("c", "Eind", 5)])
    run_state.set_phase(RUNNING)
    return run_state


def test_clock_counts_only_while_running(state, clock):
    """A paused timer must not eat the step's time while the room takes a break."""
    state.start()
    clock.now += 30
    state.pause()
    clock.now += 500
    assert state.elapsed() == pytest.approx(30)
    assert state.remaining() == pytest.approx(270)


def test_time_is_kept_per_step_and_resumes_from_the_store(state, clock):
    """Going back to a step continues its clock; time already recorded counts too."""
    state.start()
    clock.now += 40
    state.next_step()
    clock.now += 20
    assert state.elapsed(0) == pytest.approx(40)
    assert state.elapsed(1) == pytest.approx(60 + 20)
    state.previous_step()
    clock.now += 5
    assert state.elapsed(0) == pytest.approx(45)


def test_overrun_is_negative_remaining(state, clock):
    """Past its minutes a step shows how far it ran over."""
    state.start()
    clock.now += 5 * 60 + 75
    assert state.remaining() == pytest.approx(-75)


def test_extra_minutes_extend_the_step_but_never_below_zero(state):
    """+1/+5 give the room more time; -1 cannot make a negative budget."""
    state.add_minutes(5)
    assert state.budget() == 10 * 60
    state.add_minutes(-20)
    assert state.budget() == 0


def test_unsaved_seconds_are_reported_once(state, clock):
    """Spent time is written in increments, never twice."""
    state.start()
    clock.now += 16.4
    assert state.take_unsaved() == [("a", 16)]
    clock.now += 2
    assert state.take_unsaved() == [("a", 2)]
    assert state.take_unsaved() == []


def test_closing_step_stops_the_clock(state, clock):
    """At the closing step no agenda item's clock keeps running."""
    state.start()
    state.go_to(3)
    assert state.at_closing and not state.running
    clock.now += 100
    assert state.elapsed(2) == 0


def test_clock_does_not_start_during_check_in(qapp, clock):
    """The timer starts with the meeting, not while people are still arriving."""
    run_state = RunState(clock=clock)
    run_state.set_agenda([Step("a", "Welkom", 5)])
    assert run_state.phase == CHECK_IN
    run_state.start()
    assert not run_state.running


def test_projected_end_counts_the_rest_of_the_agenda(state, clock):
    """The expected end moves with overruns, the planned end does not."""
    state.meeting = type("M", (), {"starts_at": datetime(2026, 12, 1, 19, 30), "started_at": None})
    assert state.planned_end() == datetime(2026, 12, 1, 19, 50)
    state.start()
    clock.now += 8 * 60
    # Now 20:00; step a is 3 minutes over, then 10 + 5 minutes to go.
    assert state.projected_end() == datetime(2026, 12, 1, 20, 15)


def test_agenda_reload_keeps_the_current_step(state):
    """A change to the agenda elsewhere must not throw the meeting back to step one."""
    state.go_to(1)
    state.set_agenda([Step("x", "Nieuw", 5), Step("a", "Welkom", 5), Step("b", "Ronde", 10)])
    assert state.current_step.id == "b"


def test_flags_toggle_and_signal(state, qtbot):
    """Blank, privacy and theme are announced so both windows follow."""
    with qtbot.waitSignal(state.blankChanged):
        state.toggle_blank()
    with qtbot.waitSignal(state.privacyChanged):
        state.toggle_privacy()
    state.toggle_theme()
    assert (state.blank, state.privacy, state.theme) == (True, True, LIGHT)


def test_entries_stay_in_capture_order(state):
    """A restored entry returns to its place, not to the end."""
    t = [datetime(2026, 12, 1, 20, minute, tzinfo=UTC) for minute in range(3)]
    state.set_entries([Entry("1", "a", t[0]), Entry("3", "a", t[2])])
    state.put_entry(Entry("2", "a", t[1]))
    assert [e.id for e in state.entries_of_step("a")] == ["1", "2", "3"]
    state.drop_entry("2")
    assert [e.id for e in state.entries] == ["1", "3"]
