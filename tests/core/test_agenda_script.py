"""The agenda and its script: items with steps, tailoring per meeting, notes under a step."""

from __future__ import annotations

import pytest

from opgroei_desktop.core.errors import InvalidInput
from opgroei_desktop.core.services import entries, meetings, people, trajectories
from opgroei_desktop.library import load_library


@pytest.fixture
def plan(store):
    trajectory = trajectories.create_trajectory(
        store, municipality="Zeedorp", initiative="Coöperatie Zeewind"
    ).id
    meeting = meetings.plan_meeting(store, trajectory, title="Derde overleg").id
    return trajectory, meeting


def test_a_whole_format_is_one_agenda_item_with_all_its_steps(store, plan):
    """Adding check-in and kennismaken would give an agenda of micro-steps for the minutes."""
    library = load_library()
    _trajectory, meeting = plan
    for key in ("check_in", "kennismaken", "check_out"):
        meetings.add_agenda_item(store, meeting, **library.format(key).agenda_item())
    agenda = meetings.list_agenda(store, meeting)
    assert [item.title for item in agenda] == [
        library.format(key).title for key in ("check_in", "kennismaken", "check_out")
    ]
    script = meetings.list_script(store, meeting)
    expected = sum(len(library.format(k).steps) for k in ("check_in", "kennismaken", "check_out"))
    assert len(script) == expected > 3
    assert [s.agenda_item_id for s in script[:3]] == [agenda[0].id] * 3
    assert agenda[1].minutes == library.format("kennismaken").total_minutes
    assert meetings.total_minutes(store, meeting) == sum(item.minutes for item in agenda)


def test_chosen_steps_and_materials_come_along(store, plan):
    """Picking two steps of a format, or its materials for the draaiboek, would be lost."""
    library = load_library()
    _trajectory, meeting = plan
    herstel = library.format("herstelgesprek")
    fields = herstel.agenda_item(("kader", "behoeften"))
    meetings.add_agenda_item(store, meeting, **fields)
    [item] = meetings.list_agenda(store, meeting)
    assert [s.step_key for s in item.steps] == ["kader", "behoeften"]
    assert item.steps[0].materials.split("\n") == list(herstel.materials)
    assert "Kaartjes in de kleuren van beide partijen" in item.steps[1].materials


def test_a_step_is_tailored_and_goes_back_to_the_library_text(store, plan):
    """A facilitator adapting a room prompt for this group could not undo it later."""
    library = load_library()
    _trajectory, meeting = plan
    step = library.format("check_in").steps[1]
    meetings.add_agenda_item(store, meeting, **step.agenda_fields("check_in"))
    [planned] = meetings.list_script(store, meeting)
    meetings.update_script_step(store, planned.id, prompt="Wat heb je vandaag nodig?")
    assert meetings.list_script(store, meeting)[0].prompt == "Wat heb je vandaag nodig?"
    meetings.restore_library_text(store, planned.id)
    again = meetings.list_script(store, meeting)[0]
    assert (again.prompt, again.instructions) == (step.prompt, step.instructions)


def test_own_items_have_a_prompt_and_instructions_but_no_library_text(store, plan):
    """An own agenda item could not show anything to the room, or claim a library text."""
    _trajectory, meeting = plan
    item = meetings.add_agenda_item(
        store, meeting, title="Rondvraag", minutes=5, prompt="Wie heeft nog iets?"
    ).id
    step = meetings.add_script_step(
        store, item, title="Sluiting", minutes=5, instructions="Bedank iedereen."
    ).id
    [planned] = meetings.list_agenda(store, meeting)
    assert [(s.title, s.prompt) for s in planned.steps] == [
        ("Rondvraag", "Wie heeft nog iets?"),
        ("Sluiting", ""),
    ]
    with pytest.raises(InvalidInput, match="niet uit de bibliotheek"):
        meetings.restore_library_text(store, step)
    meetings.move_script_step(store, step, 0)
    assert [s.title for s in meetings.list_agenda(store, meeting)[0].steps] == [
        "Sluiting",
        "Rondvraag",
    ]
    meetings.remove_script_step(store, step)
    assert meetings.total_minutes(store, meeting) == 5


def test_notes_under_a_step_belong_to_its_agenda_item(store, plan):
    """A note taken during a step would be missing from its agenda item in the minutes."""
    library = load_library()
    trajectory, meeting = plan
    meetings.add_agenda_item(store, meeting, **library.format("kennismaken").agenda_item())
    [item] = meetings.list_agenda(store, meeting)
    step = item.steps[1]
    entry = entries.capture_entry(
        store, trajectory, meeting_id=meeting, script_step_id=step.id, text="Wij willen zon."
    ).id
    stored = entries.get_entry(store, entry)
    assert (stored.agenda_item_id, stored.script_step_id) == (item.id, step.id)
    assert (stored.worksheet, stored.section) == (step.worksheet, step.section)


def test_a_private_note_is_filed_on_no_worksheet(store, plan):
    """The facilitator's own note would turn up on a worksheet both parties read."""
    trajectory, meeting = plan
    entry = entries.capture_entry(
        store, trajectory, meeting_id=meeting, text="Let op Henk", kind="prive", worksheet="kennen"
    ).id
    assert entries.get_entry(store, entry).worksheet is None


def test_meeting_goal_party_and_people_email(store, plan):
    """A meeting's goal or party, or someone's e-mail address, would not be kept or checked."""
    trajectory, meeting = plan
    meetings.update_meeting(store, meeting, goal="Samen de rollen verkennen.", party="initiatief")
    stored = meetings.get_meeting(store, meeting)
    assert (stored.goal, stored.party) == ("Samen de rollen verkennen.", "initiatief")
    with pytest.raises(InvalidInput, match="partij"):
        meetings.update_meeting(store, meeting, party="procesbegeleider")
    person = people.add_person(
        store, trajectory, name="Ria", party="initiatief", email="ria@zeewind.example"
    ).id
    assert people.get_person(store, person).email == "ria@zeewind.example"
    with pytest.raises(InvalidInput, match="geen e-mailadres"):
        people.update_person(store, person, email="ria at zeewind")
    people.forget_person(store, person)
    assert people.get_person(store, person).email == ""


def test_an_item_splits_and_merges_back(store, plan):
    """A format's steps could not be spread over two agenda items, or joined again."""
    library = load_library()
    _trajectory, meeting = plan
    meetings.add_agenda_item(store, meeting, **library.format("overleg_regulier").agenda_item())
    meetings.add_agenda_item(store, meeting, title="Rondvraag extra", minutes=5)
    [item, last] = meetings.list_agenda(store, meeting)
    inhoud = next(step for step in item.steps if step.step_key == "inhoud")
    before = item.steps.index(inhoud)
    made = meetings.split_agenda_item(store, inhoud.id).ids[0]
    agenda = meetings.list_agenda(store, meeting)
    assert [i.id for i in agenda] == [item.id, made, last.id]
    assert agenda[1].title == inhoud.title and len(agenda[0].steps) == before
    assert [s.id for s in meetings.list_script(store, meeting)] == [s.id for s in item.steps] + [
        last.steps[0].id
    ]
    with pytest.raises(InvalidInput, match="eerste stap"):
        meetings.split_agenda_item(store, item.steps[0].id)
    _same, removed, first = meetings.merge_with_next(store, item.id).ids
    assert (removed, first) == (made, inhoud.id)
    assert [len(i.steps) for i in meetings.list_agenda(store, meeting)] == [len(item.steps), 1]
    meetings.split_agenda_item(store, first, into=removed)
    assert [i.id for i in meetings.list_agenda(store, meeting)] == [item.id, made, last.id]
