"""Choices and versions of drafted agreement documents, kept per trajectory and type."""

from __future__ import annotations

import pytest

from opgroei_desktop.core.errors import InvalidInput, NotFound
from opgroei_desktop.core.services import agreements, clause_documents, trajectories

pytestmark = pytest.mark.both_databases


@pytest.fixture
def trajectory(store):
    return trajectories.create_trajectory(store, municipality="Zeedorp", initiative="Zeewind").id


def _agreement(store, trajectory, text="We evalueren elk kwartaal."):
    return agreements.create_agreement(store, trajectory, worksheet="borgen", text=text).id


def test_rewording_for_a_document_leaves_the_agreement_alone(store, trajectory):
    """The facilitator's wording for one document must never change what both parties agreed."""
    agreement = _agreement(store, trajectory)
    changes = clause_documents.set_choice(
        store, trajectory, "intentieovereenkomst", agreement, wording="  Partijen evalueren.  "
    )
    assert changes.kind == "clause_choices" and changes.trajectory_id == trajectory
    choice = clause_documents.get_choices(store, trajectory, "intentieovereenkomst")[agreement]
    assert (choice.wording, choice.included) == ("Partijen evalueren.", True)
    assert agreements.get_agreement(store, agreement).text == "We evalueren elk kwartaal."


def test_choices_belong_to_one_document_type(store, trajectory):
    """Leaving an article out of the plan of approach must not drop it from the covenant."""
    agreement = _agreement(store, trajectory)
    clause_documents.set_choice(store, trajectory, "plan_van_aanpak", agreement, included=False)
    assert not clause_documents.get_choices(store, trajectory, "plan_van_aanpak")[
        agreement
    ].included
    assert clause_documents.get_choices(store, trajectory, "convenant") == {}


def test_choice_survives_reopening_the_store(tmp_path, trajectory, store):
    """A switched-off article must stay off after the app is closed and opened again."""
    agreement = _agreement(store, trajectory)
    clause_documents.set_choice(store, trajectory, "convenant", agreement, included=False)
    clause_documents.set_choice(store, trajectory, "convenant", agreement, wording="Anders.")
    reopened = store.reopen()
    choice = clause_documents.get_choices(reopened, trajectory, "convenant")[agreement]
    assert (choice.included, choice.wording) == (False, "Anders.")
    reopened.close()


def test_each_export_raises_the_version(store, trajectory):
    """Two exports of the same draft must not both say "versie 1"."""
    assert clause_documents.next_version(store, trajectory, "convenant") == 1
    clause_documents.record_export(store, trajectory, "convenant")
    clause_documents.record_export(store, trajectory, "convenant")
    document = clause_documents.get_document(store, trajectory, "convenant")
    assert document.version == 2 and document.last_exported_at is not None
    assert clause_documents.next_version(store, trajectory, "convenant") == 3
    assert clause_documents.next_version(store, trajectory, "plan_van_aanpak") == 1


def test_bad_choices_are_refused_in_dutch(store, trajectory):
    """A wrong document type or a foreign agreement gets a message, not a crash or a stray row."""
    agreement = _agreement(store, trajectory)
    with pytest.raises(InvalidInput, match="soort document"):
        clause_documents.set_choice(store, trajectory, "huurcontract", agreement, included=False)
    other = trajectories.create_trajectory(store, municipality="Heuvel", initiative="Warm").id
    with pytest.raises(InvalidInput, match="ander traject"):
        clause_documents.set_choice(store, other, "convenant", agreement, included=False)
    with pytest.raises(NotFound):
        clause_documents.set_choice(store, trajectory, "convenant", "nope", included=False)
    assert clause_documents.get_document(store, other, "convenant") is None
