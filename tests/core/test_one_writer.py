"""One program writes to a data folder at a time; reading commands work alongside it."""

from __future__ import annotations

import subprocess
import sys

import pytest

from opgroei_desktop.cli import main
from opgroei_desktop.core import folder_lock
from opgroei_desktop.core.folder_lock import DataFolderLock

HOLDER = """
import sys, time
from pathlib import Path
from opgroei_desktop.core.folder_lock import DataFolderLock
lock = DataFolderLock(Path(sys.argv[1]))
print("held" if lock.try_acquire() else "refused", flush=True)
time.sleep(60)
"""


@pytest.fixture
def app_holds_folder(tmp_path):
    """Another program (standing in for the open app) holds the data folder's lock."""
    assert main(["demo", "--data-dir", str(tmp_path)]) == 0
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(tmp_path)], stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout.readline().strip() == "held"
    yield tmp_path
    holder.kill()
    holder.wait()


def test_writing_command_says_the_app_is_open(app_holds_folder, monkeypatch, capsys):
    """`opgroei demo` while the app runs must stop with a clear message, not write alongside."""
    monkeypatch.setattr(folder_lock, "WAIT_SECONDS", 0.5)
    capsys.readouterr()
    assert main(["demo", "--data-dir", str(app_holds_folder)]) == 1
    assert "heeft deze gegevens open" in capsys.readouterr().err


def test_reading_commands_work_while_the_app_runs(app_holds_folder, capsys):
    """Checking, listing and backing up must work while the app is open."""
    data = ["--data-dir", str(app_holds_folder)]
    assert main(["check", *data]) == 0
    assert main(["list", *data]) == 0
    assert main(["backup", *data]) == 0


def test_lock_is_free_again_when_the_holder_ends(tmp_path):
    """A crashed app must not keep the folder locked for ever."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(tmp_path)], stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout.readline().strip() == "held"
    assert not DataFolderLock(tmp_path).try_acquire()
    holder.kill()
    holder.wait()
    lock = DataFolderLock(tmp_path)
    assert lock.try_acquire()
    lock.release()


def test_backup_to_another_folder_is_verified_and_remembered(tmp_path, capsys):
    """`opgroei backup --to DIR` must write a checked copy there and remember it."""
    from opgroei_desktop.core.data_status import load_status
    from opgroei_desktop.core.integrity import check_file

    stick = tmp_path / "USB stick #1"
    stick.mkdir()
    data = tmp_path / "data"
    assert main(["demo", "--data-dir", str(data)]) == 0
    assert main(["backup", "--to", str(stick), "--data-dir", str(data)]) == 0
    (copy,) = stick.iterdir()
    assert str(copy) in capsys.readouterr().out
    assert check_file(copy, thorough=True) == "ok"
    assert load_status(data).outside_copy_path == str(copy)
    assert main(["backup", "--to", str(tmp_path / "weg"), "--data-dir", str(data)]) == 1
