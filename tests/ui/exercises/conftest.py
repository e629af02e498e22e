"""A meeting whose agenda holds the four exercises, and a console started on it."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from opgroei_desktop.core.services import meetings, milestones, people, trajectories

AGENDA = [
    ("check_in", "welkom"),
    ("nulmeting", "scoren"),
    ("scenario_warmtenet", "beoordelen"),
    ("aannamekaarten", "onthullen"),
    ("rollenruil", "nabespreken"),
]
"""An opening without exercise, then baseline, scenarios, assumption cards, role reversal."""


def build_exercise_meeting(store, library, agenda=AGENDA) -> SimpleNamespace:
    """A trajectory with two people per party, a milestone, and the planned meeting."""
    trajectory = trajectories.create_trajectory(
        store, municipality="Gemeente Proef", initiative="Coöperatie Proef"
    ).id
    person = {
        key: people.add_person(store, trajectory, name=name, party=party).id
        for key, name, party in [
            ("anna", "Anna de Vries", "gemeente"),
            ("karel", "Karel Smit", "gemeente"),
            ("piet", "Piet Jansen", "initiatief"),
            ("fatma", "Fatma Yilmaz", "initiatief"),
        ]
    }
    stone = milestones.create_milestone(store, trajectory, title="Na de haalbaarheidsstudie").id
    meeting = meetings.plan_meeting(
        store,
        trajectory,
        title="Oefenavond",
        starts_at="01-12-2026 19:30",
        invite=tuple(person.values()),
    ).id
    items = []
    for format_key, step_key in agenda:
        step = next(s for s in library.format(format_key).steps if s.key == step_key)
        items.append(meetings.add_agenda_item(store, meeting, **step.agenda_fields(format_key)).id)
    steps = [step.id for step in meetings.list_script(store, meeting)]
    return SimpleNamespace(
        trajectory=trajectory,
        person=person,
        meeting=meeting,
        items=items,
        steps=steps,
        milestone=stone,
    )


@pytest.fixture
def exercise_meeting(store, library):
    """The exercise meeting in the test's store."""
    return build_exercise_meeting(store, library)


@pytest.fixture
def console(qtbot, bus, library, settings, exercise_meeting):
    """A console on the exercise meeting, started, with both windows cleaned up afterwards."""
    from opgroei_desktop.ui.run import open_meeting_runner

    window = open_meeting_runner(bus, library, settings, exercise_meeting.meeting)
    qtbot.addWidget(window)
    qtbot.addWidget(window.projector)
    qtbot.waitUntil(lambda: window.projector.isVisible() and window.isActiveWindow())
    window.checkin.request_start()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.run_page)
    window.projector.showNormal()
    window.projector.resize(1024, 768)
    return window
