"""Two people on one team database: each sees the other's notes, neither overwrites the other."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from opgroei_desktop.core.services import agreements, entries, trajectories
from opgroei_desktop.library import load_library
from opgroei_desktop.ui.bus import DataBus
from opgroei_desktop.ui.team_listener import TeamListener
from opgroei_desktop.ui.worksheets import open_worksheet

pytestmark = pytest.mark.postgresql

SHEET = "rollen"


@dataclass
class Client:
    store: object
    bus: DataBus
    listener: TeamListener
    view: object


@pytest.fixture
def team(store_pg):
    trajectory = trajectories.create_trajectory(
        store_pg, municipality="Gemeente Heiberg", initiative="Coöperatie Zon"
    ).id
    agreement = agreements.create_agreement(
        store_pg, trajectory, worksheet=SHEET, text="Elk kwartaal een stuurgroep."
    ).id
    return trajectory, agreement


@pytest.fixture
def clients(qtbot, store_pg, team):
    """Two app windows, each with its own connection to the same team database."""
    trajectory, _agreement = team
    library = load_library(store_pg.formats_dir)
    made = []
    for store in (store_pg, store_pg.reopen()):
        bus = DataBus(store)
        listener = TeamListener(bus)
        listener.start()
        view = open_worksheet(bus, library, QUndoStack(), trajectory, SHEET)
        qtbot.addWidget(view)
        view.resize(1100, 700)
        view.show()
        made.append(Client(store, bus, listener, view))
    for client in made:
        qtbot.waitUntil(client.listener.listener.listening.is_set, timeout=5000)
    yield made
    for client in made:
        client.listener.stop()
    made[1].store.close()


def _said(view):
    return [row.text.text() for row in view.cards[None].said.rows.rows.values()]


def test_note_captured_by_one_appears_in_the_others_open_worksheet(qtbot, clients, team):
    """A colleague's note must show up on my open worksheet within three seconds."""
    trajectory, _agreement = team
    first, second = clients
    first.bus.run(
        entries.capture_entry, trajectory, text="Het dak kan de panelen dragen", worksheet=SHEET
    )
    qtbot.waitUntil(lambda: "Het dak kan de panelen dragen" in _said(second.view), timeout=3000)


def test_second_save_of_the_same_agreement_is_refused_with_the_newer_text(qtbot, clients, team):
    """Saving over a colleague's newer wording must be refused, showing theirs, keeping mine."""
    _trajectory, agreement = team
    first, second = clients
    for client in clients:
        client.view.choose(agreement)
        qtbot.waitUntil(lambda c=client: c.view.panel.current is not None)
    second.view.panel.text.setFocus()
    second.view.panel.text.selectAll()
    qtbot.keyClicks(second.view.panel.text, "Elke maand een stuurgroep.")

    first.view.panel.text.selectAll()
    qtbot.keyClicks(first.view.panel.text, "Elke zes weken een stuurgroep.")
    qtbot.mouseClick(first.view.panel.save_text, Qt.MouseButton.LeftButton)
    assert agreements.get_agreement(first.store, agreement).text == "Elke zes weken een stuurgroep."
    qtbot.wait(700)  # the second window hears of it and refreshes meanwhile

    with qtbot.waitSignal(second.bus.failed, timeout=3000) as refused:
        qtbot.mouseClick(second.view.panel.save_text, Qt.MouseButton.LeftButton)
    message = refused.args[0]
    assert "intussen veranderd" in message and "Elke zes weken een stuurgroep." in message
    assert (
        agreements.get_agreement(second.store, agreement).text == "Elke zes weken een stuurgroep."
    )
    assert second.view.panel.text.toPlainText() == "Elke maand een stuurgroep.", (
        "what the second person typed must not be lost"
    )
