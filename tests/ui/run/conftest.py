"""A trajectory with people and a meeting whose agenda comes from library formats."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from opgroei_desktop.core.services import meetings, people, trajectories

AGENDA = [
    ("check_in", "welkom"),
    ("kennismaken", "waarden_doelen"),
    ("eerste_stap", "ideeen"),
    ("thema_rollen", "takenmatrix"),
    ("check_out", "ronde"),
]
"""Five steps from five formats: one without a worksheet, then kennen, stappen, rollen, none."""


def build_meeting(store, library, agenda=AGENDA, invite=True) -> SimpleNamespace:
    """A trajectory, four people (two invited per party) and a planned meeting."""
    trajectory = trajectories.create_trajectory(
        store, municipality="Gemeente Proef", initiative="Coöperatie Proef"
    ).id
    person = {
        key: people.add_person(store, trajectory, name=name, party=party, function=function).id
        for key, name, party, function in [
            ("anna", "Anna de Vries", "gemeente", "beleidsadviseur warmte"),
            ("karel", "Karel Smit", "gemeente", "wethouder"),
            ("piet", "Piet Jansen", "initiatief", "voorzitter"),
            ("fatma", "Fatma Yilmaz", "initiatief", "penningmeester"),
        ]
    }
    meeting = meetings.plan_meeting(
        store,
        trajectory,
        title="Derde overleg",
        starts_at="01-12-2026 19:30",
        invite=tuple(person.values()) if invite else (),
    ).id
    items = []
    for format_key, step_key in agenda:
        step = next(s for s in library.format(format_key).steps if s.key == step_key)
        items.append(meetings.add_agenda_item(store, meeting, **step.agenda_fields(format_key)).id)
    steps = [step.id for step in meetings.list_script(store, meeting)]
    return SimpleNamespace(
        trajectory=trajectory, person=person, meeting=meeting, items=items, steps=steps
    )


@pytest.fixture
def sample(store, library):
    """The sample meeting in the test's store."""
    return build_meeting(store, library)


@pytest.fixture
def open_console(qtbot, bus, library, settings):
    """Open the runner on a meeting, with both windows registered for clean-up."""
    from opgroei_desktop.ui.run import open_meeting_runner

    def open_(meeting_id: str):
        console = open_meeting_runner(bus, library, settings, meeting_id)
        qtbot.addWidget(console)
        qtbot.addWidget(console.projector)
        qtbot.waitExposed(console)
        qtbot.waitUntil(lambda: console.projector.isVisible() and console.isActiveWindow())
        return console

    return open_


@pytest.fixture
def running(sample, open_console, qtbot):
    """A console on the sample meeting, checked in and started."""
    console = open_console(sample.meeting)
    console.checkin.request_start()
    qtbot.waitUntil(lambda: console.pages.currentWidget() is console.run_page)
    return console
