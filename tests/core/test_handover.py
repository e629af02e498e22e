"""When someone leaves: their open work is handed over in one step, and can be taken back."""

from __future__ import annotations

from datetime import date

import pytest

from opgroei_desktop.core.errors import InvalidInput
from opgroei_desktop.core.services import actions, entries, handover, meetings, people, trajectories


@pytest.fixture
def table(store):
    trajectory = trajectories.create_trajectory(
        store, municipality="Gemeente Zeedorp", initiative="Coöperatie Zeewind"
    ).id
    karin = people.add_person(
        store,
        trajectory,
        name="Karin Bos",
        party="gemeente",
        function="programmamanager",
        speaks_for="het programma",
    ).id
    joost = people.add_person(
        store, trajectory, name="Joost Verhagen", party="gemeente", function="wethouder"
    ).id
    action = actions.create_action(store, trajectory, what="Offertes", owner_person_id=karin).id
    return trajectory, karin, joost, action


def test_leaver_work_lists_open_actions_and_agreements_from_their_words(store, table):
    """The facilitator must see everything the leaver still carries before they go."""
    trajectory, karin, _, action = table
    entries.capture_entry(
        store, trajectory, text="Stukken vooraf", kind="afspraak", person_id=karin
    )
    done = actions.create_action(store, trajectory, what="Klaar", owner_person_id=karin).id
    actions.set_action_status(store, done, "gedaan")
    work = handover.leaver_work(store, karin)
    assert [a.id for a in work.open_actions] == [action]
    assert [a.text for a in work.agreements] == ["Stukken vooraf"]


def test_left_with_the_party_the_action_belongs_to_the_party(store, table):
    """An action nobody takes over personally must stay with the party, not with the leaver."""
    trajectory, karin, _, action = table
    handover.hand_over(store, karin, "30-06-2026", actions={action: handover.PARTY})
    [found] = actions.list_actions(store, trajectory)
    assert (found.owner_person_id, found.owner_party) == (None, "gemeente")
    assert people.get_person(store, karin).left_on == date(2026, 6, 30)
    assert handover.open_actions_of_leavers(store, trajectory) == []


def test_a_successor_keeps_their_own_role_where_they_have_one(store, table):
    """Naming a successor must not overwrite the function they already have."""
    _, karin, joost, _ = table
    done = handover.hand_over(store, karin, date(2026, 6, 30), successor_id=joost)
    successor = people.get_person(store, joost)
    assert (successor.function, successor.speaks_for) == ("wethouder", "het programma")
    handover.hand_back(store, done)
    assert people.get_person(store, joost).speaks_for == ""
    assert people.get_person(store, karin).left_on is None


def test_someone_who_left_cannot_take_over(store, table):
    """Handing work to someone who is gone too would leave it unnoticed again."""
    trajectory, karin, joost, action = table
    people.mark_left(store, joost, date(2026, 5, 1))
    with pytest.raises(InvalidInput, match="ook vertrokken"):
        handover.hand_over(store, karin, date(2026, 6, 30), actions={action: joost})
    assert people.get_person(store, karin).left_on is None


def test_left_since_last_meeting_suggests_new_people_at_the_table(store, table):
    """Only a change after the last meeting calls for the "new people" format."""
    trajectory, karin, joost, _ = table
    held = meetings.plan_meeting(
        store, trajectory, title="Overleg", starts_at="15-06-2026 19:30"
    ).id
    meetings.update_meeting(store, held, status="gehouden")
    people.mark_left(store, joost, date(2026, 5, 1))
    assert handover.left_since_last_meeting(store, trajectory) == []
    people.mark_left(store, karin, date(2026, 6, 30))
    assert [p.id for p in handover.left_since_last_meeting(store, trajectory)] == [karin]
