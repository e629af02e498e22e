"""Minutes of meetings planned from whole formats: agenda items, not the script's steps; the
facilitator's private notes and the other party stay out."""

from __future__ import annotations

import pytest

from opgroei_desktop.core.services import entries, meetings, trajectories
from opgroei_desktop.export.minutes import export_minutes
from opgroei_desktop.library import load_library

FORMATS = ("check_in", "kennismaken", "check_out")


@pytest.fixture
def held(store):
    """A meeting of three whole formats, with notes under one step of the middle one."""
    library = load_library()
    trajectory = trajectories.create_trajectory(
        store, municipality="Zeedorp", initiative="Coöperatie Zeewind"
    ).id
    meeting = meetings.plan_meeting(
        store,
        trajectory,
        title="Kennismaking",
        goal="Elkaars waarden en doelen leren kennen.",
        starts_at="01-12-2026 19:30",
    ).id
    for key in FORMATS:
        meetings.add_agenda_item(store, meeting, **library.format(key).agenda_item())
    middle = meetings.list_agenda(store, meeting)[1]
    for text, kind in (
        ("Wij willen betaalbare warmte.", "opmerking"),
        ("Henk lijkt gespannen; na afloop even bellen.", "prive"),
    ):
        entries.capture_entry(
            store,
            trajectory,
            meeting_id=meeting,
            script_step_id=middle.steps[1].id,
            text=text,
            kind=kind,
            voice="initiatief" if kind == "opmerking" else None,
        )
    meetings.update_meeting(store, meeting, status="gehouden")
    return trajectory, meeting


def test_minutes_list_agenda_items_and_say_nothing_noted_once(store, held, tmp_path, word):
    """Minutes of three formats would list a dozen micro-steps and repeat 'niets genoteerd'."""
    library = load_library()
    _trajectory, meeting = held
    document = word(export_minutes(store, meeting, tmp_path / "verslag.docx"))
    titles = [library.format(key).title for key in FORMATS]
    text = document.text()
    assert document.headings(2) == [
        "Opening",
        "Mededelingen",
        f"2. {titles[1]}",
        "Rondvraag",
        "Sluiting",
    ]
    agenda = [p.text for p in document.doc.paragraphs if p.style.name.startswith("List")]
    assert agenda[:3] == titles
    for step in library.format("kennismaken").steps:
        assert step.title not in text
    assert text.count("niets genoteerd") == 1
    assert "Bij dit punt is niets genoteerd" not in text
    assert f"punt 1 ({titles[0]}) en punt 3 ({titles[2]})" in text
    assert "Elkaars waarden en doelen leren kennen." in text


def test_a_private_note_is_in_no_export(store, held, tmp_path, word):
    """The facilitator's own note about a participant would reach both parties in the minutes."""
    _trajectory, meeting = held
    for suffix in (".docx", ".pdf"):
        path = export_minutes(store, meeting, tmp_path / f"verslag{suffix}")
        assert path.stat().st_size > 1000
    text = word(tmp_path / "verslag.docx").text()
    assert "Wij willen betaalbare warmte." in text
    assert "Henk" not in text and "bellen" not in text


def test_one_party_minutes_name_only_that_party(store, held, tmp_path, word):
    """An intake with the initiative would send its minutes to the municipality as well."""
    _trajectory, meeting = held
    meetings.update_meeting(store, meeting, party="initiatief")
    text = word(export_minutes(store, meeting, tmp_path / "verslag.docx")).text()
    assert "Coöperatie Zeewind (bijeenkomst met alleen deze partij)" in text
    assert "zodra het initiatief ermee instemt" in text
    assert "gemeente Zeedorp" not in text and "Gemeente Zeedorp" not in text
