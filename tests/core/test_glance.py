"""The first glance at start-up: what the main window's first frame shows before the data
layer has loaded must be what the main window shows a moment later."""

from __future__ import annotations

import builtins
import subprocess
import sys
from pathlib import Path

import pytest

from opgroei_desktop.core.demo import ensure_demo
from opgroei_desktop.core.glance import read_glance
from opgroei_desktop.core.services import trajectories, worksheet_data

ROOT = Path(__file__).resolve().parents[2]


def test_glance_names_and_counts_as_the_services_do(store) -> None:
    """The first frame would list other trajectories, or other counts, than the window after it."""
    demo, _ = ensure_demo(store)
    trajectories.create_trajectory(store, municipality="Gemeente Aa", initiative="Zon op Aa")
    archived = trajectories.create_trajectory(
        store, municipality="Gemeente Bee", initiative="Wind Bee", shared_name="Oud"
    ).ids[0]
    trajectories.set_archived(store, archived, True)

    glance = read_glance(store.data_dir, demo)

    listed = trajectories.list_trajectories(store)
    assert [(t.id, t.name) for t in glance.trajectories] == [
        (t.id, trajectories.display_name(t)) for t in listed
    ]
    assert glance.current.id == demo
    assert glance.current.name == "Samen Warm Vlinderhof"
    assert glance.tallies == worksheet_data.worksheet_tallies(store, demo)
    assert sum(t.entries for t in glance.tallies.values()) > 0


def test_glance_without_a_current_trajectory(store) -> None:
    """A removed last trajectory would leave the first frame showing a stale heading."""
    ensure_demo(store)
    glance = read_glance(store.data_dir, "not-there-any-more")
    assert glance.current is None and glance.tallies == {}
    assert len(glance.trajectories) == 1


def test_no_glance_at_missing_or_unreadable_data(tmp_path: Path) -> None:
    """A first start, or a damaged file, would crash start-up before the store could explain."""
    assert read_glance(tmp_path / "nothing", None) is None
    folder = tmp_path / "damaged"
    folder.mkdir()
    (folder / "opgroei.sqlite3").write_bytes(b"this is no database" * 100)
    assert read_glance(folder, None) is None


def test_first_frame_needs_no_data_layer() -> None:
    """Start-up would wait for SQLAlchemy again before the first frame could paint."""
    code = (
        "import sys; from pathlib import Path; "
        "from opgroei_desktop.cli import build_parser; build_parser(); "
        "import opgroei_desktop.app, opgroei_desktop.ui.first_frame; "
        "from opgroei_desktop.library import load_library; load_library(); "
        "from opgroei_desktop.core.glance import read_glance; read_glance(Path('.'), None); "
        "assert 'sqlalchemy' not in sys.modules, 'sqlalchemy was imported'"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr


def test_loading_the_data_layer_puts_the_import_function_back(monkeypatch) -> None:
    """Start-up would leave Qt's import hook switched off, or hide a failing import."""
    from opgroei_desktop import preload

    before = builtins.__import__
    preload.load_data_layer(lambda: None)
    assert builtins.__import__ is before

    def broken() -> None:
        raise ImportError("kapot")

    monkeypatch.setattr(preload, "import_data_layer", broken)
    with pytest.raises(ImportError, match="kapot"):
        preload.load_data_layer(lambda: None)
    assert builtins.__import__ is before
