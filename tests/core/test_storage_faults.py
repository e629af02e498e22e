"""Faults in the storage: each reaches the user as a plain Dutch message, nothing is lost."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from opgroei_desktop.cli import main
from opgroei_desktop.core import migrate
from opgroei_desktop.core.errors import MigrationFailed, StorageError
from opgroei_desktop.core.integrity import check_file
from opgroei_desktop.core.paths import DATABASE_NAME
from opgroei_desktop.core.services import entries, meetings, trajectories
from opgroei_desktop.core.store import Store

CHILD = Path(__file__).parent / "capture_child.py"
SCHEMA_0003 = Path(__file__).parents[1] / "migrations" / "data" / "schema-0003.sqlite3"


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_check_never_writes_to_a_file_from_a_newer_version(tmp_path, capsys):
    """`opgroei check` on data of a newer app must leave every byte as it was."""
    shutil.copy(SCHEMA_0003, tmp_path / DATABASE_NAME)
    connection = sqlite3.connect(tmp_path / DATABASE_NAME)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    before = _digest(tmp_path / DATABASE_NAME)
    assert main(["check", "--data-dir", str(tmp_path)]) == 1
    assert "nieuwere versie" in capsys.readouterr().err
    assert _digest(tmp_path / DATABASE_NAME) == before
    assert not (tmp_path / f"{DATABASE_NAME}-wal").exists()


def test_failed_migration_puts_the_backup_back_and_says_so(tmp_path, monkeypatch):
    """A broken update must not leave half-updated data: the copy from before is put back."""
    shutil.copy(SCHEMA_0003, tmp_path / DATABASE_NAME)
    before = sqlite3.connect(tmp_path / DATABASE_NAME)
    agreements_before = before.execute("SELECT count(*) FROM agreements").fetchone()
    before.close()

    def broken_upgrade(engine, target="head"):
        with engine.begin() as connection:
            connection.exec_driver_sql("DELETE FROM agreements")
        raise RuntimeError("stap 0004 mislukt")

    monkeypatch.setattr(migrate, "upgrade", broken_upgrade)
    with pytest.raises(MigrationFailed, match="teruggezet") as caught:
        Store.open(tmp_path)
    assert "stap 0004 mislukt" in str(caught.value)
    after = sqlite3.connect(tmp_path / DATABASE_NAME)
    assert after.execute("SELECT count(*) FROM agreements").fetchone() == agreements_before
    assert after.execute("SELECT version_num FROM alembic_version").fetchone() == ("0003",)
    after.close()
    assert list(tmp_path.glob("opgroei-mislukte-update-*.sqlite3"))


def test_locked_database_becomes_a_plain_message(tmp_path):
    """Another program holding the file must give a message naming it, not a traceback."""
    store = Store.open(tmp_path)
    holder = sqlite3.connect(tmp_path / DATABASE_NAME, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    store.engine.pool.dispose()
    try:
        import opgroei_desktop.core.db as db

        original = db.BUSY_TIMEOUT_MS
        db.BUSY_TIMEOUT_MS = 100
        try:
            with pytest.raises(StorageError, match="ander programma"):
                trajectories.create_trajectory(store, municipality="A", initiative="B")
        finally:
            db.BUSY_TIMEOUT_MS = original
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert trajectories.create_trajectory(store, municipality="A", initiative="B").id
    store.close()


@pytest.fixture
def small_disk(tmp_path):
    """A 1 MB file system of its own, so the disk can be filled without harming the machine."""
    mount_point = tmp_path / "usb-stick"
    mount_point.mkdir()
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        pytest.skip("filling a disk needs a small file system of its own (root on Linux)")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount_point)],
        capture_output=True,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small file system here: {mounted.stderr!r}")
    yield mount_point
    subprocess.run(["umount", "-l", str(mount_point)], check=False)


def _fill(folder):
    filler = folder / "vulsel.bin"
    descriptor = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(descriptor, b"\0" * 4096)
    except OSError:
        pass
    finally:
        os.close(descriptor)
    return filler


def test_full_disk_is_told_and_nothing_is_lost(small_disk):
    """A full disk must say so and what to do; saved notes stay, saving works after clearing."""
    store = Store.open(small_disk / "data")
    trajectory_id = trajectories.create_trajectory(store, municipality="A", initiative="B").id
    meeting_id = meetings.plan_meeting(store, trajectory_id, title="Vol").id
    saved = [
        entries.capture_entry(store, "", meeting_id=meeting_id, text=f"voor {n}").id
        for n in range(5)
    ]
    filler = _fill(small_disk)
    with pytest.raises(StorageError, match="schijf met de gegevens is vol"):
        for number in range(200):
            entries.capture_entry(
                store, "", meeting_id=meeting_id, text=f"lange notitie {number} " + "x" * 4000
            )
    filler.unlink()
    entries.capture_entry(store, "", meeting_id=meeting_id, text="na het opruimen")
    store.close()
    store = Store.open(small_disk / "data")
    texts = [entry.text for entry in entries.list_entries(store, trajectory_id)]
    assert all(entries.get_entry(store, entry_id) for entry_id in saved)
    assert "na het opruimen" in texts
    assert store.integrity() == "ok"
    store.close()


def test_data_on_read_only_storage_opens_read_only(small_disk):
    """A healthy file on a write-protected stick must open for reading, not be called damaged."""
    store = Store.open(small_disk / "data")
    trajectory_id = trajectories.create_trajectory(store, municipality="A", initiative="B").id
    store.close()
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    database = small_disk / "data" / DATABASE_NAME
    assert check_file(database, thorough=True) == "ok"
    capsule = Store.open(small_disk / "data")
    assert capsule.read_only
    assert trajectories.get_trajectory(capsule, trajectory_id).municipality == "A"
    with pytest.raises(StorageError, match="alleen-lezen"):
        trajectories.create_trajectory(capsule, municipality="C", initiative="D")
    capsule.close()


@pytest.fixture
def write_protected(tmp_path):
    """A database file nobody may write, not even the administrator (chattr +i)."""
    store = Store.open(tmp_path / "data")
    trajectory_id = trajectories.create_trajectory(store, municipality="A", initiative="B").id
    store.close()
    database = tmp_path / "data" / DATABASE_NAME
    if shutil.which("chattr") is None:
        pytest.skip("needs chattr to protect a file from every user")
    if subprocess.run(["chattr", "+i", str(database)], capture_output=True).returncode != 0:
        pytest.skip("this file system cannot mark a file immutable")
    yield tmp_path / "data", trajectory_id
    subprocess.run(["chattr", "-i", str(database)], check=False)


def test_read_only_file_opens_read_only_with_a_plain_message(write_protected):
    """A write-protected file must open for reading and refuse saving in plain words."""
    folder, trajectory_id = write_protected
    assert check_file(folder / DATABASE_NAME) == "ok"
    store = Store.open(folder)
    assert store.read_only
    assert trajectories.get_trajectory(store, trajectory_id).municipality == "A"
    with pytest.raises(StorageError, match="alleen-lezen"):
        trajectories.create_trajectory(store, municipality="C", initiative="D")
    store.close()


def test_writes_wait_their_turn_with_a_second_program(tmp_path):
    """Two programs capturing at once must both succeed, one after the other."""
    meeting_id = _meeting(tmp_path)
    children = [
        subprocess.Popen(
            [sys.executable, str(CHILD), str(tmp_path), meeting_id, "2.5", name],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("een", "twee")
    ]
    results = [child.communicate(timeout=120) for child in children]
    for child, (out, err) in zip(children, results, strict=True):
        assert child.returncode == 0, err
        assert "failed=0" in out, out
    acknowledged = [
        line for out, _ in results for line in out.splitlines() if line.startswith("ok ")
    ]
    assert len(acknowledged) > 10
    check = sqlite3.connect(tmp_path / DATABASE_NAME)
    texts = {row[0] for row in check.execute("SELECT text FROM entries")}
    check.close()
    assert {line[3:] for line in acknowledged} <= texts


def _meeting(folder):
    store = Store.open(folder)
    trajectory_id = trajectories.create_trajectory(store, municipality="A", initiative="B").id
    meeting_id = meetings.plan_meeting(store, trajectory_id, title="Tweede bijeenkomst").id
    store.close()
    return meeting_id


@pytest.mark.parametrize(
    ("driver_says", "user_reads"),
    [
        ("database is locked", "ander programma"),
        ("database or disk is full", "vol"),
        ("attempt to write a readonly database", "alleen-lezen"),
        ("disk I/O error", "USB-stick of netwerkmap nog is aangesloten"),
        ("unable to open database file", "USB-stick of netwerkmap nog is aangesloten"),
        ("database disk image is malformed", "beschadigd"),
    ],
)
def test_every_storage_fault_says_what_to_do(tmp_path, driver_says, user_reads):
    """Each fault SQLite reports must become a Dutch sentence with something to do."""
    from opgroei_desktop.core.db_errors import explain

    message = str(explain(sqlite3.OperationalError(driver_says), tmp_path / DATABASE_NAME))
    assert user_reads in message and driver_says not in message
