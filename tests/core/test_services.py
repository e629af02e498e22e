"""Services: what users type is checked in plain Dutch, and every change is kept."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from opgroei_desktop.core.errors import InvalidInput, NotFound
from opgroei_desktop.core.services import (
    actions,
    agreements,
    entries,
    meetings,
    milestones,
    people,
    trajectories,
)

pytestmark = pytest.mark.both_databases


@pytest.fixture
def trajectory(store):
    return trajectories.create_trajectory(
        store, municipality="Gemeente Proef", initiative="Coöperatie Proef"
    ).id


@pytest.fixture
def meeting(store, trajectory):
    return meetings.plan_meeting(
        store, trajectory, title="Overleg", starts_at="01-12-2026 19:30"
    ).id


def test_new_trajectory_has_open_preconditions_for_both_parties(store, trajectory):
    """The two preconditions must be ready to fill in for the gemeente and the initiatief."""
    found = {(p.key, p.party) for p in trajectories.list_preconditions(store, trajectory)}
    assert found == {
        ("meerwaarde", "gemeente"),
        ("meerwaarde", "initiatief"),
        ("tijd_en_pauze", "gemeente"),
        ("tijd_en_pauze", "initiatief"),
    }


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda s, t: trajectories.create_trajectory(s, municipality=" ", initiative="x"),
            "gemeente",
        ),
        (lambda s, t: people.add_person(s, t, name="", party="gemeente"), "naam"),
        (lambda s, t: people.add_person(s, t, name="An"), "partij"),
        (
            lambda s, t: meetings.plan_meeting(s, t, title="x", starts_at="31-02-2026"),
            "geen geldige datum",
        ),
        (lambda s, t: meetings.plan_meeting(s, t, title="x", starts_at="morgen"), "dd-mm-jjjj"),
        (lambda s, t: milestones.create_milestone(s, t, title="x", due_on="2026-13-01"), "datum"),
        (lambda s, t: entries.capture_entry(s, t, text="\x00\x01 "), "tekst"),
        (lambda s, t: people.add_person(s, t, name="x" * 500, party="gemeente"), "te lang"),
    ],
)
def test_bad_input_is_refused_with_a_dutch_message(store, trajectory, call, message):
    """Bad input must say in Dutch what is wrong instead of storing nonsense or crashing."""
    with pytest.raises(InvalidInput, match=message):
        call(store, trajectory)


def test_odd_text_is_stored_cleanly(store, trajectory):
    """Emoji and right-to-left text must survive; characters Word cannot hold must not."""
    text = "Warmte 🔥 voor iedereen — مرحبا — שלום\x0b\x1b einde\r\nregel"
    entry_id = entries.capture_entry(store, trajectory, text=text).id
    stored = entries.get_entry(store, entry_id).text
    assert stored == "Warmte 🔥 voor iedereen — مرحبا — שלום einde\nregel"


def test_decisions_are_numbered_in_a_running_series(store, trajectory, meeting):
    """Decisions must carry numbers like 2026-01, 2026-02 (the meeting's year), as minutes use."""
    first = entries.capture_entry(store, trajectory, meeting_id=meeting, text="Eén", kind="besluit")
    second = entries.capture_entry(
        store, trajectory, meeting_id=meeting, text="Twee", kind="besluit"
    )
    assert entries.get_entry(store, first.id).decision_number == "2026-01"
    assert entries.get_entry(store, second.id).decision_number == "2026-02"


def test_captured_agreement_becomes_a_proposal_on_its_worksheet(store, trajectory, meeting):
    """An agreement typed in a meeting must show up as a proposal on the right worksheet."""
    item = meetings.add_agenda_item(store, meeting, title="Geld", worksheet="financiering").id
    entries.capture_entry(
        store,
        trajectory,
        meeting_id=meeting,
        agenda_item_id=item,
        text="Samen subsidie zoeken",
        kind="afspraak",
        voice="samen",
    )
    (proposal,) = agreements.list_agreements(store, trajectory, worksheet="financiering")
    assert (proposal.text, proposal.status) == ("Samen subsidie zoeken", "voorstel")


def test_deleting_an_entry_takes_its_action_along_and_undo_restores_both(
    store, trajectory, meeting
):
    """Undoing a mistaken capture must not leave a stray action on the action list."""
    entry_id = entries.capture_entry(
        store,
        trajectory,
        meeting_id=meeting,
        text="Bel de wethouder",
        kind="actie",
        owner_party="gemeente",
        due_on="15-12-2026",
    ).id
    (action,) = actions.list_actions(store, trajectory)
    assert (action.owner_party, action.due_on) == ("gemeente", date(2026, 12, 15))
    entries.delete_entry(store, entry_id)
    assert actions.list_actions(store, trajectory) == []
    entries.restore_entry(store, entry_id)
    assert len(actions.list_actions(store, trajectory)) == 1


def test_agreement_life_cycle_is_kept_as_history(store, trajectory, meeting):
    """Every step of an agreement must be traceable to the meeting where it happened."""
    agreement_id = agreements.create_agreement(
        store, trajectory, worksheet="rollen", text="Rollen elk half jaar bespreken"
    ).id
    agreements.agree(store, agreement_id, "initiatief", meeting_id=meeting)
    agreements.agree(store, agreement_id, "gemeente", meeting_id=meeting)
    agreements.change_status(store, agreement_id, "vastgelegd", document="Plan van aanpak")
    agreements.change_status(store, agreement_id, "te_evalueren", review_on="01-06-2027")
    agreements.reword(store, agreement_id, "Rollen elk jaar bespreken", meeting_id=meeting)
    agreements.change_status(store, agreement_id, "geevalueerd", outcome="gewijzigd")
    steps = agreements.history(store, agreement_id)
    assert [s.status for s in steps] == [
        "voorstel",
        "akkoord_initiatief",
        "akkoord_beiden",
        "vastgelegd",
        "te_evalueren",
        "te_evalueren",
        "geevalueerd",
    ]
    assert steps[4].text == "Rollen elk half jaar bespreken"
    assert steps[5].text == "Rollen elk jaar bespreken" and steps[5].meeting_id == meeting
    final = agreements.get_agreement(store, agreement_id)
    assert (final.document, final.review_on, final.outcome) == (
        "Plan van aanpak",
        date(2027, 6, 1),
        "gewijzigd",
    )


def test_agreement_cannot_skip_agreement_of_both_parties(store, trajectory):
    """A proposal must not be recorded in a contract before both parties agreed."""
    agreement_id = agreements.create_agreement(store, trajectory, worksheet="borgen", text="X").id
    with pytest.raises(InvalidInput, match="kan niet direct"):
        agreements.change_status(store, agreement_id, "vastgelegd", document="Convenant")


def test_agenda_items_keep_their_order_when_moved(store, meeting):
    """Reordering the agenda must give exactly the order the facilitator chose."""
    ids = [meetings.add_agenda_item(store, meeting, title=t, minutes=10).id for t in "ABC"]
    meetings.move_agenda_item(store, ids[2], 0)
    assert [i.title for i in meetings.list_agenda(store, meeting)] == ["C", "A", "B"]
    assert meetings.total_minutes(store, meeting) == 30


def test_person_who_left_stays_in_history(store, trajectory):
    """Staff turnover must not erase who said what; forgetting removes the name for good."""
    person_id = people.add_person(store, trajectory, name="Piet", party="gemeente").id
    people.mark_left(store, person_id, "30-06-2026")
    assert people.get_person(store, person_id).left_on == date(2026, 6, 30)
    assert [p.name for p in people.list_people(store, trajectory)] == ["Piet"]
    assert people.list_people(store, trajectory, include_left=False) == []
    people.forget_person(store, person_id)
    forgotten = people.get_person(store, person_id)
    assert forgotten.name != "Piet" and forgotten.party == "gemeente"


def test_soft_deleted_trajectory_is_hidden_and_restorable(store, trajectory):
    """Deleting must be undoable: the trajectory disappears from the list and comes back."""
    trajectories.delete_trajectory(store, trajectory)
    assert trajectories.list_trajectories(store) == []
    with pytest.raises(NotFound):
        trajectories.get_trajectory(store, trajectory)
    trajectories.restore_trajectory(store, trajectory)
    assert len(trajectories.list_trajectories(store)) == 1


def test_archived_trajectories_are_filtered(store, trajectory):
    """The archive filter must separate finished trajectories from running ones."""
    trajectories.set_archived(store, trajectory, True)
    assert trajectories.list_trajectories(store) == []
    assert len(trajectories.list_trajectories(store, archived=True)) == 1
    assert len(trajectories.list_trajectories(store, archived=None, search="proef")) == 1


def test_overdue_actions_are_recognised(store, trajectory):
    """An open action past its date must be flagged; a done one must not."""
    late = actions.create_action(store, trajectory, what="Te laat", due_on=date(2026, 1, 1)).id
    actions.create_action(store, trajectory, what="Op tijd", due_on=date(2099, 1, 1))
    listed = {a.what: a for a in actions.list_actions(store, trajectory)}
    assert actions.is_overdue(listed["Te laat"], today=date(2026, 2, 1))
    assert not actions.is_overdue(listed["Op tijd"], today=date(2026, 2, 1))
    actions.set_action_status(store, late, "gedaan")
    assert not actions.is_overdue(actions.list_actions(store, trajectory)[0], date(2026, 2, 1))


def test_meeting_time_is_kept_as_typed(store, trajectory):
    """A meeting planned at 19:30 must still say 19:30, whatever the laptop's time zone."""
    meeting_id = meetings.plan_meeting(
        store, trajectory, title="Avond", starts_at="05-01-2027 19:30"
    ).id
    assert meetings.get_meeting(store, meeting_id).starts_at == datetime(2027, 1, 5, 19, 30)


def test_refiling_an_entry_as_a_decision_gives_it_a_number(store, trajectory, meeting):
    """A remark corrected into a decision must appear on the decisions list with its number."""
    entry_id = entries.capture_entry(store, trajectory, meeting_id=meeting, text="We gaan door").id
    entries.update_entry(store, entry_id, kind="besluit")
    assert entries.get_entry(store, entry_id).decision_number == "2026-01"


def test_corrected_text_follows_into_proposal_and_action(store, trajectory, meeting):
    """Fixing a typo in a captured agreement or action must not leave the old text elsewhere."""
    proposal = entries.capture_entry(
        store, trajectory, meeting_id=meeting, text="Maandleijks overleg", kind="afspraak"
    ).id
    todo = entries.capture_entry(
        store,
        trajectory,
        meeting_id=meeting,
        text="Offerte opvragn",
        kind="actie",
        voice="initiatief",
    ).id
    entries.update_entry(store, proposal, text="Maandelijks overleg", worksheet="veerkracht")
    entries.update_entry(store, todo, text="Offerte opvragen")
    (agreement,) = agreements.list_agreements(store, trajectory)
    assert (agreement.text, agreement.worksheet) == ("Maandelijks overleg", "veerkracht")
    (action,) = actions.list_actions(store, trajectory)
    assert (action.what, action.owner_party) == ("Offerte opvragen", "initiatief")


def test_changing_kind_moves_the_proposal_and_back_again(store, trajectory, meeting):
    """A wrongly captured agreement must leave the worksheet, and undo must bring it back."""
    entry_id = entries.capture_entry(
        store, trajectory, meeting_id=meeting, text="Samen zoeken", kind="afspraak"
    ).id
    entries.update_entry(store, entry_id, kind="actie")
    assert agreements.list_agreements(store, trajectory) == []
    assert [a.what for a in actions.list_actions(store, trajectory)] == ["Samen zoeken"]
    entries.update_entry(store, entry_id, kind="afspraak")
    assert [a.text for a in agreements.list_agreements(store, trajectory)] == ["Samen zoeken"]
    assert actions.list_actions(store, trajectory) == []


def test_minutes_are_adopted_only_by_both_parties(store, trajectory, meeting):
    """The file must never call minutes adopted that one of the parties has not agreed to."""
    from opgroei_desktop.core.services.minutes_status import agree_minutes

    with pytest.raises(InvalidInput, match="allebei"):
        meetings.update_meeting(store, meeting, status="verslag_vastgesteld")
    meetings.update_meeting(store, meeting, status="gehouden")
    agree_minutes(store, meeting, "gemeente", "An", "01-12-2026")
    agree_minutes(store, meeting, "initiatief", "Bo", "02-12-2026")
    assert meetings.get_meeting(store, meeting).status == "verslag_vastgesteld"
    meetings.update_meeting(store, meeting, status="verslag_vastgesteld")
