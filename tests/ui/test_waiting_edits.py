"""Text typed while the team database's server is away survives closing the app: it is kept on
this computer and saved at the next start, with the same check as any edit."""

from __future__ import annotations

import json
from contextlib import contextmanager

import pytest
from PySide6.QtWidgets import QMessageBox

from opgroei_desktop.core.pending import PendingEdits
from opgroei_desktop.core.services import trajectories
from opgroei_desktop.ui.bus import DataBus
from opgroei_desktop.ui.common import autosave
from opgroei_desktop.ui.main import waiting_edits
from opgroei_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.postgresql

TYPED = "Samen warm de winter door"


@contextmanager
def server_away(pg_cluster, store):
    """The team database refuses every connection until the block ends."""
    name = store.engine.url.database
    pg_cluster.execute(
        f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false',
        f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'",
    )
    try:
        yield
    finally:
        pg_cluster.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')


def _window(qtbot, store, settings, library, trajectory):
    window = MainWindow(DataBus(store), settings, library, open_trajectory=trajectory)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    return window


def _type_while_away(qtbot, window, pg_cluster, store, told):
    """Type in the slogan while the server is away, then close the window."""
    slogan = window.view.show_page("details").inputs["slogan"]
    with server_away(pg_cluster, store):
        slogan.setFocus()
        qtbot.keyClicks(slogan, TYPED)
        window.work.saves.flush_all()
        assert "niet bereikbaar" in window.message_bar.text.text()
        window.close()
    assert slogan.text() == TYPED
    assert len(told) == 1


@pytest.fixture
def trajectory(store_pg):
    return trajectories.create_trajectory(
        store_pg, municipality="Gemeente Heiberg", initiative="Coöperatie Zon"
    ).id


@pytest.fixture
def told(monkeypatch):
    """What the app said in a message box on closing."""
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: said.append(args[2]))
    monkeypatch.setattr(autosave, "RETRY_MS", 600_000)  # the closed window does not retry
    return said


def test_text_waiting_for_the_server_is_kept_when_the_app_closes_and_saved_at_next_start(
    qtbot, store_pg, pg_cluster, settings, library, trajectory, told
):
    """Closing the app while the server is away must not lose what was typed."""
    first = _window(qtbot, store_pg, settings, library, trajectory)
    _type_while_away(qtbot, first, pg_cluster, store_pg, told)
    assert "One edit waits" in told[0] and "kept on this computer" in told[0]
    kept = PendingEdits(store_pg.data_dir, store_pg.location)
    assert len(kept) == 1
    on_disk = json.loads(kept.path.read_text(encoding="utf-8"))
    assert on_disk["edits"][0]["fields"] == {"slogan": TYPED}
    assert trajectories.get_trajectory(store_pg, trajectory).slogan == ""

    restarted = store_pg.reopen()  # the next start, with the server back
    try:
        window = _window(qtbot, restarted, settings, library, trajectory)
        qtbot.waitUntil(
            lambda: trajectories.get_trajectory(restarted, trajectory).slogan == TYPED,
            timeout=5000,
        )
        assert not kept.path.exists(), "nothing waits any more"
        window.close()
    finally:
        restarted.close()


@pytest.mark.parametrize("choice", [waiting_edits.Choice.MINE, waiting_edits.Choice.THEIRS])
def test_a_kept_edit_over_a_colleagues_newer_text_is_shown_to_choose(
    qtbot, store_pg, pg_cluster, settings, library, trajectory, told, monkeypatch, choice
):
    """A kept edit must not overwrite what a colleague wrote meanwhile without asking."""
    first = _window(qtbot, store_pg, settings, library, trajectory)
    _type_while_away(qtbot, first, pg_cluster, store_pg, told)
    trajectories.update_trajectory(store_pg, trajectory, slogan="Licht in elke straat")
    asked = []

    def ask(_parent, edit, refusal):
        asked.append((edit.fields, str(refusal)))
        return choice

    monkeypatch.setattr(waiting_edits, "ask", ask)
    restarted = store_pg.reopen()
    try:
        window = _window(qtbot, restarted, settings, library, trajectory)
        qtbot.waitUntil(lambda: bool(asked), timeout=5000)
        fields, refusal = asked[0]
        assert fields == {"slogan": TYPED}
        assert "intussen veranderd" in refusal and "Licht in elke straat" in refusal
        expected = TYPED if choice is waiting_edits.Choice.MINE else "Licht in elke straat"
        qtbot.waitUntil(
            lambda: trajectories.get_trajectory(restarted, trajectory).slogan == expected
        )
        assert not PendingEdits(store_pg.data_dir, store_pg.location).path.exists()
        window.close()
    finally:
        restarted.close()
