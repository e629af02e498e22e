"""The exchange commands: save trajectories as one file, read one in, or only try."""

from __future__ import annotations

from opgroei_desktop.cli import main
from opgroei_desktop.core.services import trajectories

from .exchange_support import fingerprint, open_store


def _trajectory(folder):
    store = open_store(folder)
    trajectory_id = trajectories.create_trajectory(
        store, municipality="Gemeente Zeedorp", initiative="Coöperatie Zeewind"
    ).id
    store.close()
    return trajectory_id


def test_export_archive_then_dry_run_then_import(tmp_path, capsys):
    """A facilitator must be able to move a trajectory between laptops from the command line."""
    trajectory_id = _trajectory(tmp_path / "a")
    out = tmp_path / "zeedorp.opgroei"
    code = main(
        [
            "export",
            "archive",
            "--trajectory",
            trajectory_id,
            "--out",
            str(out),
            "--data-dir",
            str(tmp_path / "a"),
        ]
    )
    assert code == 0 and out.exists()
    assert main(["import", str(out), "--dry-run", "--data-dir", str(tmp_path / "b")]) == 0
    assert "nieuw traject" in capsys.readouterr().out
    store = open_store(tmp_path / "b")
    assert trajectories.list_trajectories(store) == []
    store.close()
    assert main(["import", str(out), "--data-dir", str(tmp_path / "b")]) == 0
    assert main(["import", str(out), "--data-dir", str(tmp_path / "b")]) == 0
    assert "al ingelezen" in capsys.readouterr().out
    store = open_store(tmp_path / "b")
    assert [t.id for t in trajectories.list_trajectories(store)] == [trajectory_id]
    store.close()


def test_import_of_a_text_file_is_refused(tmp_path, capsys):
    """A wrong file must be refused with a plain message and exit code 1."""
    _trajectory(tmp_path / "b")
    store = open_store(tmp_path / "b")
    before = fingerprint(store)
    store.close()
    wrong = tmp_path / "notities.opgroei"
    wrong.write_text("geen archief")
    assert main(["import", str(wrong), "--data-dir", str(tmp_path / "b")]) == 1
    assert "geen zip-archief" in capsys.readouterr().err
    store = open_store(tmp_path / "b")
    assert fingerprint(store) == before
    store.close()


def test_export_archive_needs_the_opgroei_extension(tmp_path, capsys):
    """A file name without .opgroei must be refused before anything is written."""
    assert (
        main(
            [
                "export",
                "archive",
                "--out",
                str(tmp_path / "x.zip"),
                "--data-dir",
                str(tmp_path / "a"),
            ]
        )
        == 1
    )
    assert ".opgroei" in capsys.readouterr().err
