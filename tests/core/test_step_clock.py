"""The step clock the console saves every second is not an edit of the step: a colleague's
or the main window's change to the step, read before a clock save, still goes through."""

from __future__ import annotations

import pytest

from opgroei_desktop.core.errors import InvalidInput
from opgroei_desktop.core.models import ScriptStep
from opgroei_desktop.core.services import meetings, minutes_status, trajectories


def planned_step(store) -> tuple[str, str]:
    trajectory = trajectories.create_trajectory(
        store, municipality="Zeedorp", initiative="Coöperatie Zeewind"
    ).id
    meeting = meetings.plan_meeting(store, trajectory, title="Derde overleg").id
    meetings.add_agenda_item(store, meeting, title="Gesprek", minutes=20, prompt="Wat?")
    return meeting, meetings.list_script(store, meeting)[0].id


def test_saving_the_clock_leaves_the_steps_version_alone(store):
    """Every second of a running meeting would count as a change to the step, so an edit
    of the step made against what was read a moment earlier would be refused."""
    meeting, step = planned_step(store)
    before = meetings.list_script(store, meeting)[0]
    for _ in range(3):
        changes = meetings.add_spent_time(store, step, 1)
        assert step in changes.ids_of("script_steps"), "the console still hears of its clock"
    after = meetings.list_script(store, meeting)[0]
    assert after.spent_seconds == 3
    assert after.row_version == before.row_version


@pytest.mark.postgresql
def test_an_edit_read_before_a_clock_save_on_another_laptop_is_stored(store_pg):
    """On a team database, tailoring a step while another laptop runs the meeting would fail
    with 'someone else changed it' once a second."""
    meeting, step = planned_step(store_pg)
    laptop = store_pg.reopen()
    try:
        with store_pg.transaction() as session:
            row = session.get(ScriptStep, step)
            row.prompt = "Wat heeft u nodig?"
            meetings.add_spent_time(laptop, step, 5)
    finally:
        laptop.close()
    stored = meetings.list_script(store_pg, meeting)[0]
    assert (stored.prompt, stored.spent_seconds) == ("Wat heeft u nodig?", 5)


def test_the_clock_of_a_meeting_with_adopted_minutes_stays_as_adopted(store):
    """Time could be added to a meeting whose minutes both parties adopted."""
    meeting, step = planned_step(store)
    meetings.add_spent_time(store, step, 60)
    meetings.update_meeting(store, meeting, status="gehouden")
    minutes_status.agree_minutes(store, meeting, "gemeente", "An", "01-12-2026")
    minutes_status.agree_minutes(store, meeting, "initiatief", "Bo", "01-12-2026")
    with pytest.raises(InvalidInput, match="vastgesteld"):
        meetings.add_spent_time(store, step, 1)
    assert meetings.list_script(store, meeting)[0].spent_seconds == 60
