"""The projector on a second screen, a remembered screen, and a beamer unplugged mid-meeting."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from opgroei_desktop.ui.run.screens import projector_screen

ROOT = Path(__file__).resolve().parents[3]

SCRIPT = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from opgroei_desktop.core.store import Store
    from opgroei_desktop.library import load_library
    from opgroei_desktop.ui.bus import DataBus
    from opgroei_desktop.ui.run import open_meeting_runner
    from opgroei_desktop.ui.settings import PROJECTOR_SCREEN, open_settings
    sys.path.insert(0, sys.argv[2])
    from conftest import build_meeting

    folder = Path(sys.argv[1])
    store = Store.open(folder / "data")
    library = load_library(store.formats_dir)
    sample = build_meeting(store, library)
    settings = open_settings(str(folder / "settings.ini"))
    if len(sys.argv) > 3:
        PROJECTOR_SCREEN.set(settings, sys.argv[3])
    console = open_meeting_runner(DataBus(store), library, settings, sample.meeting)
    for _ in range(50):
        app.processEvents()
    projector = console.projector
    print(json.dumps({
        "screens": [s.name() for s in app.screens()],
        "console": console.screen().name(),
        "projector": projector.screen().name(),
        "full_screen": projector.isFullScreen(),
        "visible": projector.isVisible(),
        "geometry": projector.geometry().getRect(),
        "title_px": projector.title_label.font().pixelSize(),
    }))
    console.close()
    store.close()
    """
)


def run_with_screens(tmp_path, screens: list[dict], remembered: str | None = None) -> dict:
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": screens}))
    script = tmp_path / "place.py"
    script.write_text(SCRIPT)
    path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", PYTHONPATH=path)
    args = [sys.executable, str(script), str(tmp_path), str(Path(__file__).parent)]
    if remembered:
        args.append(remembered)
    done = subprocess.run(args, env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def screen(name: str, x: int, width: int, height: int) -> dict:
    return {"name": name, "x": x, "y": 0, "width": width, "height": height, "logicalDpi": 96}


def test_projector_fills_the_second_screen(tmp_path):
    """With a beamer attached, the projector view opens full screen on it, not on the laptop."""
    found = run_with_screens(
        tmp_path, [screen("A-laptop", 0, 1280, 800), screen("B-beamer", 1280, 1024, 768)]
    )
    assert found["console"] == "A-laptop"
    assert found["projector"] == "B-beamer"
    assert found["full_screen"] and found["visible"]
    assert found["geometry"] == [1280, 0, 1024, 768]
    assert found["title_px"] == int(768 * 0.06)


def test_projector_goes_to_the_remembered_screen(tmp_path):
    """With three screens, the projector returns to the one chosen last time."""
    found = run_with_screens(
        tmp_path,
        [
            screen("A-laptop", 0, 1280, 800),
            screen("B-monitor", 1280, 1920, 1080),
            screen("C-beamer", 3200, 1024, 768),
        ],
        remembered="C-beamer",
    )
    assert (found["projector"], found["full_screen"]) == ("C-beamer", True)


def test_only_one_screen_gives_a_window(tmp_path):
    """On a laptop alone, the projector view is a normal window beside the console."""
    found = run_with_screens(tmp_path, [screen("A-laptop", 0, 1280, 800)])
    assert found["visible"] and not found["full_screen"]


class FakeScreen:
    def __init__(self, name: str) -> None:
        self._name = name

    def name(self) -> str:
        return self._name


def test_screen_choice_rules():
    """Remembered screen first, never the console's own screen, else any other screen."""
    laptop, beamer, side = FakeScreen("laptop"), FakeScreen("beamer"), FakeScreen("side")
    assert projector_screen([laptop, beamer], "", laptop) is beamer
    assert projector_screen([laptop, beamer, side], "side", laptop) is side
    assert projector_screen([laptop, beamer], "gone", laptop) is beamer
    assert projector_screen([laptop], "beamer", laptop) is None
    assert projector_screen([laptop, beamer], "laptop", laptop) is None


def test_unplugged_beamer_turns_the_projector_into_a_window(qtbot, running):
    """When the beamer goes, the projector becomes a window and the console says so."""
    projector = running.projector
    projector.showFullScreen()  # where Qt leaves it once its own screen is gone
    qtbot.waitUntil(projector.isFullScreen)
    running.placement._screen_removed(projector.screen())
    qtbot.waitUntil(lambda: not projector.isFullScreen())
    assert projector.isVisible()
    assert running.messages.isVisible()
    assert "beamer" in running.messages.label.text().lower()
