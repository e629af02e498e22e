"""The main window's first frame at start-up, and the start itself."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from opgroei_desktop.core.demo import ensure_demo
from opgroei_desktop.core.glance import read_glance
from opgroei_desktop.ui.first_frame import FirstFrame
from opgroei_desktop.ui.i18n import install_translator

ROOT = Path(__file__).resolve().parents[3]


def test_first_frame_shows_the_list_and_the_last_trajectory(qtbot, qapp, store, settings, library):
    """At start-up the facilitator would first see an empty or English window."""
    demo, _ = ensure_demo(store)
    translator = install_translator(qapp, "nl")
    try:
        frame = FirstFrame(settings, read_glance(store.data_dir, demo), library)
        qtbot.addWidget(frame)
        frame.show()
        qtbot.waitExposed(frame)
        assert frame.windowTitle() == "Samen Warm Vlinderhof — Opgroei Desktop"
        assert [frame.list.item(row).text() for row in range(frame.list.count())] == [
            "Samen Warm Vlinderhof"
        ]
        assert frame.list.currentRow() == 0
        assert frame.picture.tiles["kennen"].tally.entries > 0
        menus = [action.text() for action in frame.menuBar().actions()]
        assert menus[0] == "&Bestand"
    finally:
        for child in [translator, *translator.children()]:
            qapp.removeTranslator(child)


def test_first_frame_on_a_first_start(qtbot, settings, library, tmp_path):
    """A first start, with no data yet, would fail before the welcome page appeared."""
    frame = FirstFrame(settings, read_glance(tmp_path, None), library)
    qtbot.addWidget(frame)
    frame.show()
    qtbot.waitExposed(frame)
    assert frame.list.count() == 0


def test_app_paints_its_first_frame_then_becomes_ready(tmp_path: Path) -> None:
    """The app, started as the opgroei command starts it, would not come up with the demo."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "opgroei_desktop", "--demo", "--quit-when-ready"]
        + ["--data-dir", str(tmp_path / "data"), "--settings", str(tmp_path / "s.ini")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["PAINTED", "READY"]
    assert "last_trajectory=" in (tmp_path / "s.ini").read_text()
