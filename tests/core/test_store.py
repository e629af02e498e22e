"""The store: durable settings, damaged files left alone, backups that can be restored."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import datetime, timedelta

import pytest

from opgroei_desktop.core.backup import BackupFile, backups_to_keep, list_backups
from opgroei_desktop.core.errors import DamagedDatabase
from opgroei_desktop.core.paths import DATABASE_NAME, resolve_data_dir
from opgroei_desktop.core.recovery import newest_good_backup, restore_backup
from opgroei_desktop.core.services import trajectories
from opgroei_desktop.core.store import Store


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_connection_uses_wal_full_sync_and_foreign_keys(store):
    """Without these, a power cut could lose the last entries or leave orphaned rows."""
    with store.engine.connect() as connection:
        pragma = lambda name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2
        assert pragma("foreign_keys") == 1
        assert pragma("busy_timeout") >= 1000


def test_data_dir_from_environment(monkeypatch, tmp_path):
    """OPGROEI_DATA_DIR must put the data where the user asked, and --data-dir wins over it."""
    monkeypatch.setenv("OPGROEI_DATA_DIR", str(tmp_path / "env"))
    assert resolve_data_dir() == (tmp_path / "env").resolve()
    assert resolve_data_dir(tmp_path / "flag") == (tmp_path / "flag").resolve()


def test_committed_data_survives_reopen(tmp_path):
    """What was typed must be there after closing and opening the app again."""
    store = Store.open(tmp_path)
    trajectory_id = trajectories.create_trajectory(store, municipality="A", initiative="B").id
    store.close()
    again = Store.open(tmp_path)
    assert trajectories.get_trajectory(again, trajectory_id).municipality == "A"
    again.close()


@pytest.mark.parametrize("damage", ["garbage", "pages"])
def test_damaged_file_is_reported_and_left_unchanged(tmp_path, damage):
    """A damaged database must be explained in plain Dutch and never written to."""
    Store.open(tmp_path).close()
    database = tmp_path / DATABASE_NAME
    connection = sqlite3.connect(database)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    with database.open("r+b") as handle:
        if damage == "garbage":
            handle.write(b"this is not a database at all" * 10)
        else:
            for page in range(1, 20):
                handle.seek(4096 * page)
                handle.write(b"\x07\x00\x00\xff")
    before = _digest(database)
    with pytest.raises(DamagedDatabase, match="beschadigd") as caught:
        Store.open(tmp_path)
    assert "niets in het bestand veranderd" in str(caught.value)
    assert _digest(database) == before


def test_backup_is_complete_and_restorable(tmp_path):
    """A backup must hold the latest commits (even those still in the WAL) and be usable."""
    store = Store.open(tmp_path)
    trajectory_id = trajectories.create_trajectory(store, municipality="Z", initiative="Y").id
    backup = store.backup()
    store.close()
    (tmp_path / DATABASE_NAME).write_bytes(b"kapot" * 100)
    assert newest_good_backup(store.backup_dir) == backup
    aside = restore_backup(tmp_path / DATABASE_NAME, backup)
    assert aside.read_bytes() == b"kapot" * 100
    restored = Store.open(tmp_path)
    assert trajectories.get_trajectory(restored, trajectory_id).municipality == "Z"
    restored.close()


def test_backups_are_thinned_to_daily_weekly_and_monthly_tiers(tmp_path):
    """Backups must not fill the disk over years, yet keep older days, weeks and months."""
    now = datetime(2026, 11, 23, 12, 0)
    backups = [
        BackupFile(tmp_path / f"b{hours}", now - timedelta(hours=hours), "auto")
        for hours in range(0, 24 * 200, 6)
    ]
    keep = backups_to_keep(backups, now)
    assert all(b.path in keep for b in backups[:10])
    days_kept = {
        b.made_at.date() for b in backups if b.path in keep and b.made_at > now - timedelta(days=14)
    }
    assert len(days_kept) >= 14
    old_kept = [b for b in backups if b.path in keep and b.made_at < now - timedelta(weeks=13)]
    assert sorted(b.made_at.month for b in old_kept) == [5, 6, 7]
    assert all((b.made_at + timedelta(hours=6)).month != b.made_at.month for b in old_kept)
    assert len(keep) < 45


def test_list_backups_newest_first(store):
    """The restore offer must pick the newest backup, not an old one."""
    first = store.backup()
    second = store.backup()
    assert [b.path for b in list_backups(store.backup_dir)][:2] == [second, first]
