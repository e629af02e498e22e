"""The team database in the app: start-up when it cannot be reached, and the sync button."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from opgroei_desktop.app import open_store_interactively
from opgroei_desktop.core.exchange import sync as team_sync
from opgroei_desktop.core.services import agreements, entries, trajectories
from opgroei_desktop.core.store import Store
from opgroei_desktop.ui import settings as ui_settings
from opgroei_desktop.ui.bus import DataBus
from opgroei_desktop.ui.main.sync_dialog import SyncDialog


def _answer_box(qtbot, button_text: str, seen: list[str]) -> None:
    """Press ``button_text`` on the message box that is about to open, noting its text."""

    def press() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                seen.append(widget.text())
                for button in widget.buttons():
                    if button.text() == button_text:
                        button.click()
                        return
        QTimer.singleShot(50, press)

    QTimer.singleShot(50, press)


def test_unreachable_team_database_offers_this_computers_own_data(qtbot, tmp_path):
    """With the server down at start, the facilitator must be told and still be able to work."""
    seen: list[str] = []
    _answer_box(qtbot, "Continue with this computer's data", seen)
    address = f"postgresql://team:geheim-wachtwoord@/opgroei?host={tmp_path}/weg"
    store = open_store_interactively(str(tmp_path / "data"), address)
    assert store is not None and not store.shared
    assert "niet bereikbaar" in seen[0] and "geheim-wachtwoord" not in seen[0]
    store.close()


@pytest.mark.postgresql
def test_sync_button_asks_about_the_conflict_then_brings_both_level(
    qtbot, tmp_path, store_pg, settings
):
    """One button must sync; a wording changed on both sides is shown with both versions."""
    laptop = Store.open(tmp_path / "laptop", "")
    trajectory = trajectories.create_trajectory(
        laptop, municipality="Gemeente Heiberg", initiative="Coöperatie Zon"
    ).id
    agreement = agreements.create_agreement(
        laptop, trajectory, worksheet="borgen", text="Elk kwartaal een stuurgroep."
    ).id
    team_sync.sync(laptop, store_pg)
    entries.capture_entry(store_pg, trajectory, text="Genoteerd op kantoor")
    agreements.reword(laptop, agreement, "Elke maand een stuurgroep.")
    agreements.reword(store_pg, agreement, "Elke zes weken een stuurgroep.")

    ui_settings.TEAM_DATABASE.set(settings, store_pg.engine.url.render_as_string(False))
    dialog = SyncDialog(DataBus(laptop), settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.synchronise()
    assert dialog.table.isVisible() and dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "Elke maand een stuurgroep."
    assert dialog.table.item(0, 2).text() == "Elke zes weken een stuurgroep."
    keep = dialog.table.cellWidget(0, 3)
    keep.setCurrentIndex(keep.findData(team_sync.TEAM.value))
    assert dialog.synchronise()
    assert "level again" in dialog.status.text()
    assert agreements.get_agreement(laptop, agreement).text == "Elke zes weken een stuurgroep."
    assert [e.text for e in entries.list_entries(laptop, trajectory)] == ["Genoteerd op kantoor"]
    laptop.close()
