"""Backups: dated from inside, never fooled by a wrong clock, kept when they matter."""

from __future__ import annotations

import os
import sqlite3
import stat
from datetime import datetime, timedelta

import pytest

from opgroei_desktop.core.backup import (
    BackupFile,
    backups_to_keep,
    list_backups,
    prune_backups,
    remove_orphans,
)
from opgroei_desktop.core.errors import DamagedDatabase, OpgroeiError
from opgroei_desktop.core.paths import DATABASE_NAME
from opgroei_desktop.core.recovery import newest_good_backup
from opgroei_desktop.core.services import trajectories
from opgroei_desktop.core.store import Store


def damage_an_index(database):
    """Change one key inside an index page: the page stays well-formed, the index lies."""
    connection = sqlite3.connect(database)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    root = connection.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'sqlite_autoindex_trajectories_1'"
    ).fetchone()[0]
    some_id = connection.execute("SELECT max(id) FROM trajectories").fetchone()[0].encode()
    connection.close()
    with database.open("r+b") as handle:
        handle.seek(page_size * (root - 1))
        page = handle.read(page_size)
        at = page.index(some_id) + len(some_id) - 1
        handle.seek(page_size * (root - 1) + at)
        handle.write(b"~")


def _age(path, seconds):
    when = datetime.now().timestamp() - seconds
    os.utime(path, (when, when))


def test_zero_byte_database_is_damaged_when_backups_exist(tmp_path):
    """An emptied file must not be silently replaced by empty data while good backups exist."""
    store = Store.open(tmp_path)
    trajectories.create_trajectory(store, municipality="A", initiative="B")
    store.backup()
    store.close()
    for side in ("-wal", "-shm"):
        (tmp_path / f"{DATABASE_NAME}{side}").unlink(missing_ok=True)
    (tmp_path / DATABASE_NAME).write_bytes(b"")
    with pytest.raises(DamagedDatabase, match="leeg"):
        Store.open(tmp_path)
    assert (tmp_path / DATABASE_NAME).stat().st_size == 0


def test_empty_or_foreign_backup_is_never_the_one_restored(tmp_path):
    """A zero-byte or non-SQLite backup must never be offered as the good one."""
    store = Store.open(tmp_path)
    good = store.backup()
    store.close()
    later = datetime.now() + timedelta(seconds=1)
    (store.backup_dir / f"opgroei-{later:%Y%m%d-%H%M%S-%f}-handmatig.sqlite3").write_bytes(b"")
    even_later = later + timedelta(seconds=1)
    foreign = store.backup_dir / f"opgroei-{even_later:%Y%m%d-%H%M%S-%f}-handmatig.sqlite3"
    foreign.write_bytes(b"PK\x03\x04 not a database" * 100)
    assert newest_good_backup(store.backup_dir) == good


def test_backup_from_a_wrong_clock_does_not_stay_newest(tmp_path):
    """A backup dated in the future must not be what restore picks for ever after."""
    store = Store.open(tmp_path)
    trajectories.create_trajectory(store, municipality="Oud", initiative="B")
    future = store.backup()
    store.close()
    # The clock was a year ahead when that backup was made; the name and the record inside say so.
    ahead = datetime.now() + timedelta(days=365)
    connection = sqlite3.connect(future)
    connection.execute("UPDATE opgroei_backup SET made_at = ?", (ahead.isoformat(),))
    connection.commit()
    connection.close()
    renamed = future.with_name(f"opgroei-{ahead:%Y%m%d-%H%M%S-%f}-handmatig.sqlite3")
    future.rename(renamed)
    store = Store.open(tmp_path)
    trajectories.create_trajectory(store, municipality="Nieuw", initiative="B")
    current = store.backup()
    store.close()
    assert [b.path for b in list_backups(store.backup_dir)] == [current, renamed]
    assert newest_good_backup(store.backup_dir) == current


def test_order_comes_from_inside_the_file_not_its_name(tmp_path):
    """Renaming backups (or a copy tool resetting names) must not change which is newest."""
    store = Store.open(tmp_path)
    first = store.backup()
    second = store.backup()
    store.close()
    swapped_first = first.with_name(second.name.replace("handmatig", "start"))
    first.rename(swapped_first)
    assert list_backups(store.backup_dir)[0].path == second


def test_backup_before_a_migration_is_kept_for_good(tmp_path):
    """The copy from before a format update must survive any number of later backups."""
    now = datetime(2026, 11, 23, 12, 0)
    backups = [BackupFile(tmp_path / "mig", now - timedelta(hours=5), "voor-migratie")] + [
        BackupFile(tmp_path / f"b{minute}", now - timedelta(minutes=minute), "automatisch")
        for minute in range(0, 60 * 4, 5)
    ]
    assert tmp_path / "mig" in backups_to_keep(backups, now)


def test_last_backup_of_each_month_is_kept(tmp_path):
    """A year later, one copy per month must still be there."""
    now = datetime(2026, 11, 23, 12, 0)
    backups = [
        BackupFile(tmp_path / f"d{day}", now - timedelta(days=day), "automatisch")
        for day in range(0, 400)
    ]
    keep = backups_to_keep(backups, now)
    last_of_october_2025 = tmp_path / f"d{(now - datetime(2025, 10, 31, 12, 0)).days}"
    assert last_of_october_2025 in keep


def test_future_dated_backup_does_not_block_thinning(tmp_path):
    """A backup with a future date must not count as recent for ever."""
    now = datetime(2026, 11, 23, 12, 0)
    backups = [BackupFile(tmp_path / "future", now + timedelta(days=300), "automatisch")] + [
        BackupFile(tmp_path / f"b{hour}", now - timedelta(hours=hour), "automatisch")
        for hour in range(0, 30)
    ]
    assert tmp_path / "future" not in backups_to_keep(backups, now)


def test_interrupted_backups_leave_nothing_behind(tmp_path):
    """Leftovers of killed backups must be cleaned at start, not fill the disk."""
    store = Store.open(tmp_path)
    kept = store.backup()
    store.close()
    leftovers = [
        store.backup_dir / "opgroei-20260101-101010-000001-start.sqlite3.part",
        store.backup_dir / "opgroei-20260101-101010-000001-start.sqlite3.part-journal",
        store.backup_dir / "opgroei-20260101-101010-000001-start.part",
        store.backup_dir / f"{kept.name}-wal",
    ]
    for leftover in leftovers:
        leftover.write_bytes(b"x" * 1000)
        _age(leftover, 3600)
    fresh = store.backup_dir / "opgroei-20260101-101010-000002-start.sqlite3.part"
    fresh.write_bytes(b"being written right now")
    Store.open(tmp_path).close()
    assert not any(leftover.exists() for leftover in leftovers)
    assert fresh.exists() and kept.exists()
    assert remove_orphans(store.backup_dir) == []


def test_backup_of_a_damaged_index_is_refused(tmp_path):
    """A damaged file must not be backed up as good, pushing good backups out."""
    store = Store.open(tmp_path)
    for number in range(40):
        trajectories.create_trajectory(store, municipality=f"G{number}", initiative="I")
    good = store.backup()
    store.close()
    damage_an_index(tmp_path / DATABASE_NAME)
    store = Store.open(tmp_path)
    assert store.integrity(thorough=False) == "ok", "start-up check does not see this damage"
    with pytest.raises(OpgroeiError, match="niet in orde"):
        store.backup()
    store.close()
    assert [b.path for b in list_backups(store.backup_dir)] == [good]
    assert prune_backups(store.backup_dir) == []


@pytest.mark.skipif(os.name != "posix", reason="file modes are a POSIX matter")
def test_data_folder_database_and_backups_are_private(tmp_path):
    """Other users of the machine must not be able to read the facilitator's notes."""
    folder = tmp_path / "data"
    store = Store.open(folder)
    trajectories.create_trajectory(store, municipality="A", initiative="B")
    backup = store.backup()
    store.close()
    mode = lambda path: stat.S_IMODE(path.stat().st_mode)  # noqa: E731
    assert mode(folder) == 0o700
    assert mode(folder / "backups") == 0o700
    assert mode(folder / DATABASE_NAME) == 0o600
    assert mode(backup) == 0o600
