"""Two facilitators' windows on one team database: the pages that save as you type refuse to
overwrite what the other saved since, show it, and keep what was typed."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit

from opgroei_desktop.core.services import meetings, people, trajectories
from opgroei_desktop.ui.bus import DataBus
from opgroei_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.postgresql


@pytest.fixture
def team(store_pg):
    trajectory = trajectories.create_trajectory(
        store_pg, municipality="Gemeente Heiberg", initiative="Coöperatie Zon"
    ).id
    person = people.add_person(store_pg, trajectory, name="Anna de Vries", party="gemeente").id
    meeting = meetings.plan_meeting(store_pg, trajectory, title="Kennismaking").id
    colleague = store_pg.reopen()
    yield trajectory, person, meeting, colleague
    colleague.close()


@pytest.fixture
def windows(qtbot, store_pg, team, settings, library):
    """My window and my colleague's, each on its own connection, both showing the trajectory."""
    trajectory, _person, _meeting, colleague = team
    made = []
    for store in (store_pg, colleague):
        window = MainWindow(DataBus(store), settings, library, open_trajectory=trajectory)
        qtbot.addWidget(window)
        window.resize(1280, 720)
        window.show()
        made.append(window)
    return made


def _type(qtbot, field, text):
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)


def _field(window, page):
    shown = window.view.show_page(page)
    if page == "details":
        return shown.inputs["slogan"]
    if page == "people":
        return shown.editor.speaks_for
    (location,) = [
        field for field in shown.findChildren(QLineEdit) if field.accessibleName() == "Location"
    ]
    return location


def _stored(store, team, page):
    trajectory, person, meeting, _colleague = team
    if page == "details":
        return trajectories.get_trajectory(store, trajectory).slogan
    if page == "people":
        return people.get_person(store, person).speaks_for
    return meetings.get_meeting(store, meeting).location


@pytest.mark.parametrize("page", ["details", "people", "meetings"])
def test_my_save_over_my_colleagues_newer_text_is_refused_on_the_page(qtbot, windows, team, page):
    """A page that saves as I type must not overwrite what a colleague saved a moment ago."""
    colleague = team[-1]
    mine, theirs = windows
    my_field, their_field = _field(mine, page), _field(theirs, page)
    _type(qtbot, their_field, "Licht in elke straat")
    theirs.work.saves.flush_all()

    _type(qtbot, my_field, "Samen warm de winter door")
    mine.work.saves.flush_all()
    message = mine.message_bar.text.text()
    assert mine.message_bar.isVisible() and "intussen veranderd" in message
    assert "Licht in elke straat" in message
    assert my_field.text() == "Samen warm de winter door"
    assert _stored(colleague, team, page) == "Licht in elke straat"
