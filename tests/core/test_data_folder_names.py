"""Data folders with awkward names: every command works on the folder the user named."""

from __future__ import annotations

import sqlite3
from pathlib import PurePosixPath, PureWindowsPath

import pytest

from opgroei_desktop.cli import main
from opgroei_desktop.core.backup import list_backups
from opgroei_desktop.core.db import file_uri, sqlite_url
from opgroei_desktop.core.integrity import check_file
from opgroei_desktop.core.paths import DATABASE_NAME
from opgroei_desktop.core.services import trajectories
from opgroei_desktop.core.store import Store

AWKWARD = ["Gemeente #Zwolle", "wat?nu", "x%41y", "p%25q", "met spatie", "Gémeente ü €", "#?%41 é"]


def _damage_one_page(database):
    """Overwrite the page of an index, as a failing disk sector would."""
    connection = sqlite3.connect(database)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    root = connection.execute(
        "SELECT rootpage FROM sqlite_master WHERE type='index' AND rootpage > 1 "
        "ORDER BY rootpage DESC LIMIT 1"
    ).fetchone()[0]
    connection.close()
    with database.open("r+b") as handle:
        handle.seek(page_size * (root - 1))
        handle.write(b"\x0d\x00\x01\x00\xff\xff" * (page_size // 6))


@pytest.mark.parametrize("name", AWKWARD)
def test_store_keeps_its_data_inside_an_awkwardly_named_folder(tmp_path, name):
    """A '#', '?' or '%' in the folder name must not send the data to another file."""
    folder = tmp_path / name
    store = Store.open(folder)
    trajectory_id = trajectories.create_trajectory(store, municipality="A", initiative="B").id
    backup = store.backup()
    assert store.integrity() == "ok"
    store.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]
    assert (folder / DATABASE_NAME).stat().st_size > 0
    again = Store.open(folder)
    assert trajectories.get_trajectory(again, trajectory_id).municipality == "A"
    again.close()
    copy = sqlite3.connect(backup)
    assert copy.execute("SELECT count(*) FROM trajectories").fetchone()[0] == 1
    copy.close()


def test_very_long_folder_path_works(tmp_path):
    """A deeply nested data folder (network shares, synced folders) must work too."""
    folder = tmp_path.joinpath(*[f"een lange mapnaam #{i}" for i in range(12)])
    assert len(str(folder)) > 250
    store = Store.open(folder)
    trajectories.create_trajectory(store, municipality="A", initiative="B")
    store.backup()
    store.close()
    assert check_file(folder / DATABASE_NAME, thorough=True) == "ok"


@pytest.mark.parametrize("name", ["Gemeente #Zwolle", "x%41y", "Gémeente"])
def test_check_reports_a_damaged_page_in_an_awkward_folder(tmp_path, name):
    """A corrupt index must be called damaged, whatever characters the folder has."""
    store = Store.open(tmp_path / name)
    for number in range(30):
        trajectories.create_trajectory(store, municipality=f"G{number}", initiative="I")
    store.close()
    _damage_one_page(tmp_path / name / DATABASE_NAME)
    assert check_file(tmp_path / name / DATABASE_NAME, thorough=True) != "ok"


def test_every_command_works_in_the_folder_of_the_issue(tmp_path, capsys):
    """`Gemeente #1 ?%41 é` must work through demo, check, backup, list and export."""
    folder = tmp_path / "Gemeente #1 ?%41 é"
    data = ["--data-dir", str(folder)]
    assert main(["demo", *data]) == 0
    assert main(["check", *data]) == 0
    assert main(["backup", *data]) == 0
    out = capsys.readouterr().out
    assert "in orde" in out and str(folder) in out
    backups = list_backups(folder / "backups")
    assert backups and backups[0].path.stat().st_size > 8192
    assert main(["list", *data]) == 0
    meeting_id = next(
        line.split()[0] for line in capsys.readouterr().out.splitlines() if line.startswith("    ")
    )
    target = folder / "verslag #1.docx"
    assert main(["export", "minutes", "--meeting", meeting_id, "--out", str(target), *data]) == 0
    assert target.stat().st_size > 1000
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder.name]
    _damage_one_page(folder / DATABASE_NAME)
    assert main(["check", *data]) == 1


def test_check_command_fails_on_a_damaged_page(tmp_path, capsys):
    """`opgroei check` must exit 1 when one page of the file is damaged."""
    folder = tmp_path / "Gemeente #1 ?%41 é"
    assert main(["demo", "--data-dir", str(folder)]) == 0
    _damage_one_page(folder / DATABASE_NAME)
    capsys.readouterr()
    assert main(["check", "--data-dir", str(folder)]) == 1
    assert "beschadigd" in capsys.readouterr().err


def test_uris_for_windows_drives_and_network_shares():
    """On Windows, a drive letter or a network share must name the same file for SQLite."""
    drive = file_uri(PureWindowsPath(r"C:\Users\Ans\Gemeente #1 ?%41 é\opgroei.sqlite3"), mode="ro")
    assert (
        drive == "file:///C:/Users/Ans/Gemeente%20%231%20%3F%2541%20%C3%A9/opgroei.sqlite3?mode=ro"
    )
    share = file_uri(PureWindowsPath(r"\\server\team\opgroei #2\opgroei.sqlite3"))
    assert share == "file:////server/team/opgroei%20%232/opgroei.sqlite3"
    posix = file_uri(PurePosixPath("/home/ans/x?y/opgroei.sqlite3"), mode="ro")
    assert posix == "file:///home/ans/x%3Fy/opgroei.sqlite3?mode=ro"


def test_engine_url_names_the_file_exactly(tmp_path):
    """The engine must open exactly the path given, with no part read as a query or anchor."""
    path = tmp_path / "a #b?c=1%25" / DATABASE_NAME
    assert sqlite_url(path).database == str(path)
