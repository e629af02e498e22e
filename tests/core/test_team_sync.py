"""A laptop that worked offline syncs with the team database: both end with everything."""

from __future__ import annotations

import pytest

from opgroei_desktop.cli import main
from opgroei_desktop.core.exchange import sync as team_sync
from opgroei_desktop.core.exchange.writer import read_tables
from opgroei_desktop.core.services import agreements, entries, trajectories
from opgroei_desktop.core.store import Store

pytestmark = pytest.mark.postgresql

LOCAL = ("updated_at", "row_version")


def _rows(store, trajectory_id):
    with store.transaction() as session:
        tables = read_tables(session, [trajectory_id])
    return {
        name: {i: {k: v for k, v in row.items() if k not in LOCAL} for i, row in rows.items()}
        for name, rows in tables.items()
    }


def _texts(store, trajectory_id):
    return sorted(entry.text for entry in entries.list_entries(store, trajectory_id))


@pytest.fixture
def laptop(tmp_path):
    opened = Store.open(tmp_path / "laptop", "")
    yield opened
    opened.close()


@pytest.fixture
def apart(laptop, store_pg):
    """A trajectory synced once, then changed on both sides: a note each, one true conflict."""
    trajectory = trajectories.create_trajectory(
        laptop, municipality="Gemeente Heiberg", initiative="Coöperatie Zon"
    ).id
    agreement = agreements.create_agreement(
        laptop, trajectory, worksheet="borgen", text="Elk kwartaal een stuurgroep."
    ).id
    team_sync.sync(laptop, store_pg)
    entries.capture_entry(laptop, trajectory, text="Op de laptop in het buurthuis genoteerd")
    entries.capture_entry(store_pg, trajectory, text="Op kantoor in de teamdatabase genoteerd")
    trajectories.update_trajectory(laptop, trajectory, phase="Uitvoering")
    agreements.reword(laptop, agreement, "Elke maand een stuurgroep.")
    agreements.reword(store_pg, agreement, "Elke zes weken een stuurgroep.")
    return trajectory, agreement


def test_first_sync_puts_the_laptops_trajectory_in_the_team_database(laptop, store_pg):
    """A facilitator's trajectory must appear for the whole team after one sync."""
    trajectory = trajectories.create_trajectory(
        laptop, municipality="Gemeente Aa", initiative="Dorpsraad Bb"
    ).id
    entries.capture_entry(laptop, trajectory, text="Eerste notitie")
    result = team_sync.sync(laptop, store_pg)
    assert result.trajectory_ids == (trajectory,)
    assert _texts(store_pg, trajectory) == ["Eerste notitie"]
    assert _rows(store_pg, trajectory) == _rows(laptop, trajectory)


def test_changes_on_both_sides_end_equal_after_choosing_the_conflict(laptop, store_pg, apart):
    """Notes from both sides must all arrive; only the wording both changed is asked about."""
    trajectory, agreement = apart
    with pytest.raises(team_sync.SyncConflicts) as raised:
        team_sync.sync(laptop, store_pg)
    [conflict] = raised.value.conflicts
    assert (conflict.table, conflict.row_id, conflict.field) == ("agreements", agreement, "text")
    assert (conflict.theirs, conflict.mine) == (
        "Elke maand een stuurgroep.",
        "Elke zes weken een stuurgroep.",
    ), "in the team database's merge the laptop's version is 'theirs'"
    assert len(_texts(store_pg, trajectory)) == 1, "nothing may change before the choice"

    team_sync.sync(laptop, store_pg, resolutions={conflict.key: team_sync.LAPTOP})
    assert _rows(laptop, trajectory) == _rows(store_pg, trajectory)
    assert _texts(laptop, trajectory) == [
        "Op de laptop in het buurthuis genoteerd",
        "Op kantoor in de teamdatabase genoteerd",
    ]
    assert agreements.get_agreement(store_pg, agreement).text == "Elke maand een stuurgroep."
    assert trajectories.get_trajectory(store_pg, trajectory).phase == "Uitvoering"
    again = team_sync.sync(laptop, store_pg)
    assert again.sent.is_empty() and again.received.is_empty(), "a second sync has nothing to do"


@pytest.mark.parametrize("broken_at", ["after sending", "after the team merged", "on the way back"])
def test_sync_broken_off_anywhere_ends_the_same_when_repeated(
    laptop, store_pg, apart, monkeypatch, broken_at
):
    """A sync cut off by a lost connection must, run again, end exactly as an unbroken one."""
    trajectory, agreement = apart
    choice = {("agreements", agreement, "text"): team_sync.TEAM}
    real_import, real_export = team_sync.import_archive, team_sync.export_archive
    calls = {"import": 0, "export": 0}

    def breaking_export(store, *args, **kwargs):
        calls["export"] += 1
        result = real_export(store, *args, **kwargs)
        if broken_at == "after sending" and calls["export"] == 1:
            raise ConnectionError("netwerk weg")
        return result

    def breaking_import(store, *args, **kwargs):
        calls["import"] += 1
        if broken_at == "on the way back" and calls["import"] == 2:
            raise ConnectionError("netwerk weg")
        result = real_import(store, *args, **kwargs)
        if broken_at == "after the team merged" and calls["import"] == 1:
            raise ConnectionError("netwerk weg")
        return result

    monkeypatch.setattr(team_sync, "export_archive", breaking_export)
    monkeypatch.setattr(team_sync, "import_archive", breaking_import)
    with pytest.raises(ConnectionError):
        team_sync.sync(laptop, store_pg, resolutions=choice)
    monkeypatch.undo()
    team_sync.sync(laptop, store_pg, resolutions=choice)
    assert _rows(laptop, trajectory) == _rows(store_pg, trajectory)
    assert len(_texts(laptop, trajectory)) == 2
    assert agreements.get_agreement(laptop, agreement).text == "Elke zes weken een stuurgroep."


def test_sync_command_asks_about_conflicts_then_keeps_the_chosen_side(
    laptop, store_pg, apart, capsys
):
    """`opgroei sync` must list a conflict and change nothing, then sync with --keep."""
    trajectory, agreement = apart
    url = store_pg.engine.url.render_as_string(hide_password=False)
    base = ["sync", "--data-dir", str(laptop.data_dir), "--database-url", url]
    assert main(base) == 1
    captured = capsys.readouterr()
    assert "Elke zes weken" in captured.out and "niets veranderd" in captured.err
    assert main([*base, "--keep", "team"]) == 0
    assert "gelijk" in capsys.readouterr().out
    assert agreements.get_agreement(laptop, agreement).text == "Elke zes weken een stuurgroep."
    assert _rows(laptop, trajectory) == _rows(store_pg, trajectory)
