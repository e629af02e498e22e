"""The team database's server goes away while someone types: nothing typed is lost."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLineEdit, QWidget

from opgroei_desktop.core.services import trajectories
from opgroei_desktop.ui.bus import DataBus
from opgroei_desktop.ui.common import autosave
from opgroei_desktop.ui.common.autosave import AutoSaver
from opgroei_desktop.ui.common.context import SaveTracker, Workbench

pytestmark = pytest.mark.postgresql

TYPED = "Het dak van de sporthal is sterk genoeg"


def test_text_typed_while_the_server_is_away_is_kept_and_saved_when_it_is_back(
    qtbot, store_pg, pg_cluster, library, settings, monkeypatch
):
    """A dropped connection must not cost what was typed: it stays, and is saved later."""
    monkeypatch.setattr(autosave, "RETRY_MS", 300)
    trajectory = trajectories.create_trajectory(
        store_pg, municipality="Gemeente Heiberg", initiative="Coöperatie Zon"
    ).id
    bus = DataBus(store_pg)
    work = Workbench(bus, QUndoStack(), library, settings, SaveTracker(bus))
    holder = QWidget()
    qtbot.addWidget(holder)
    field = QLineEdit(holder)
    saver = AutoSaver(work, trajectories.update_trajectory, "Notities", holder)
    saver.bind("notes", field)
    saver.load(trajectory, {"notes": ""})
    name = store_pg.engine.url.database
    pg_cluster.execute(
        f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false',
        f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'",
    )
    try:
        with qtbot.waitSignal(bus.failed) as failed:
            qtbot.keyClicks(field, TYPED)
            saver.flush()
        assert "niet bereikbaar" in failed.args[0]
        assert field.text() == TYPED
    finally:
        pg_cluster.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')
    qtbot.waitUntil(
        lambda: trajectories.get_trajectory(store_pg, trajectory).notes == TYPED, timeout=5000
    )
    assert field.text() == TYPED
