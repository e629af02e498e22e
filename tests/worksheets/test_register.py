"""The action register: open and overdue actions across meetings, for the runner and minutes."""

from __future__ import annotations

from datetime import date

from opgroei_desktop.core.services import actions, entries, meetings
from opgroei_desktop.worksheets.register import action_register, open_actions_for_meeting


def test_register_filters_open_overdue_and_all(store, trajectory, karin):
    """The facilitator must be able to see just what is late, or everything."""
    late = actions.create_action(
        store, trajectory, what="Laat", due_on=date(2026, 1, 1), owner_person_id=karin
    ).id
    actions.create_action(store, trajectory, what="Op tijd", due_on=date(2026, 12, 1))
    done = actions.create_action(store, trajectory, what="Klaar", owner_party="initiatief").id
    actions.set_action_status(store, done, "gedaan")
    today = date(2026, 6, 1)
    assert [line.action.what for line in action_register(store, trajectory, "open", today)] == [
        "Laat",
        "Op tijd",
    ]
    [overdue] = action_register(store, trajectory, "overdue", today)
    assert (overdue.id, overdue.days_overdue, overdue.owner_name) == (late, 151, "Karin Bos")
    assert len(action_register(store, trajectory, "all", today)) == 3


def test_open_actions_for_meeting_come_from_earlier_meetings_only(store, trajectory, meeting):
    """The 'open actions' item must list what is still open from before, not today's actions."""
    entries.capture_entry(
        store,
        trajectory,
        meeting_id=meeting,
        kind="actie",
        text="Offertes opvragen",
        owner_party="initiatief",
        due_on="15-03-2026",
    )
    later = meetings.plan_meeting(
        store, trajectory, title="Tweede overleg", starts_at="01-04-2026 19:30"
    ).id
    entries.capture_entry(store, trajectory, meeting_id=later, kind="actie", text="Nieuw")
    [line] = open_actions_for_meeting(store, later)
    assert (line.action.what, line.meeting_title, line.overdue) == (
        "Offertes opvragen",
        "Eerste overleg",
        True,
    )
    assert open_actions_for_meeting(store, meeting) == []


def test_done_action_is_not_carried_over(store, trajectory, meeting):
    """An action marked done must no longer appear on the next meeting's list."""
    entries.capture_entry(store, trajectory, meeting_id=meeting, kind="actie", text="Klaar")
    later = meetings.plan_meeting(store, trajectory, title="Later", starts_at="01-05-2026 19:30").id
    [line] = open_actions_for_meeting(store, later)
    actions.set_action_status(store, line.id, "gedaan")
    assert open_actions_for_meeting(store, later) == []
