"""The agreement life cycle as offered on the worksheet: only possible steps, full history."""

from __future__ import annotations

from datetime import date

import pytest

from opgroei_desktop.core.errors import InvalidInput
from opgroei_desktop.core.services import agreements
from opgroei_desktop.worksheets import lifecycle
from opgroei_desktop.worksheets.lifecycle import Step


@pytest.fixture
def agreement(store, trajectory):
    return agreements.create_agreement(
        store, trajectory, worksheet="borgen", text="Elk kwartaal een stuurgroep."
    ).id


def test_steps_offered_follow_the_core_rules():
    """A button that the store would refuse must never be enabled."""
    from opgroei_desktop.core.services.agreements import NEXT_STATUSES

    for status, allowed in NEXT_STATUSES.items():
        for step in lifecycle.available_steps(status):
            assert lifecycle.target(status, step) in allowed
    assert lifecycle.available_steps("voorstel") == (
        Step.AGREE_GEMEENTE,
        Step.AGREE_INITIATIEF,
        Step.AGREE_BOTH,
    )
    assert lifecycle.available_steps("te_evalueren") == (Step.EVALUATE,)


def test_second_party_agreeing_makes_it_agreed_by_both(store, agreement):
    """When the initiative agrees after the municipality, the agreement holds for both."""
    lifecycle.take_step(store, agreement, Step.AGREE_GEMEENTE)
    lifecycle.take_step(store, agreement, Step.AGREE_INITIATIEF)
    assert agreements.get_agreement(store, agreement).status == "akkoord_beiden"


def test_whole_life_cycle_is_kept_in_history_with_its_meeting(store, agreement, meeting):
    """Every step, with the meeting where it happened, must be readable afterwards."""
    lifecycle.take_step(store, agreement, Step.AGREE_BOTH, meeting_id=meeting)
    lifecycle.take_step(store, agreement, Step.RECORD, document="Intentieovereenkomst")
    lifecycle.take_step(store, agreement, Step.PLAN_REVIEW, review_on=date(2027, 1, 1))
    agreements.reword(store, agreement, "Elke maand een stuurgroep.")
    lifecycle.take_step(store, agreement, Step.EVALUATE, outcome="gewijzigd")
    lines = lifecycle.history_lines(store, agreement)
    assert [line.event.status for line in lines] == [
        "voorstel",
        "akkoord_beiden",
        "vastgelegd",
        "te_evalueren",
        "te_evalueren",
        "geevalueerd",
    ]
    assert lines[1].meeting_title == "Eerste overleg"
    assert [line.previous_text for line in lines if line.reworded] == [
        "Elk kwartaal een stuurgroep."
    ]
    assert agreements.get_agreement(store, agreement).outcome == "gewijzigd"


def test_impossible_step_is_refused_in_dutch(store, agreement):
    """Skipping straight to 'evaluated' must be refused with a message the user can read."""
    with pytest.raises(InvalidInput, match="kan nu niet"):
        lifecycle.take_step(store, agreement, Step.EVALUATE, outcome="behouden")


def test_step_needing_a_document_says_so(store, agreement):
    """Recording without naming the document must ask for the document."""
    lifecycle.take_step(store, agreement, Step.AGREE_BOTH)
    with pytest.raises(InvalidInput, match="document"):
        lifecycle.take_step(store, agreement, Step.RECORD, document="")


def test_restoring_a_state_undoes_a_step_and_keeps_both_in_history(store, agreement):
    """Undo of a step must put the agreement back, without erasing what happened."""
    lifecycle.take_step(store, agreement, Step.AGREE_BOTH)
    before = lifecycle.state_of(agreements.get_agreement(store, agreement))
    lifecycle.take_step(store, agreement, Step.RECORD, document="Plan van aanpak")
    lifecycle.restore_state(store, agreement, before)
    restored = agreements.get_agreement(store, agreement)
    assert (restored.status, restored.document) == ("akkoord_beiden", "")
    assert [line.event.note for line in lifecycle.history_lines(store, agreement)][-1] == (
        "Stap teruggedraaid."
    )
