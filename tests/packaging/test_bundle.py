"""The built one-folder bundle (packaging/build) starts and works on its own.

Slow, and skipped when no bundle has been built: run ``packaging/build`` first, then
``pytest -m slow``. The bundle runs with a clean environment pointing at a fresh data folder,
so it cannot lean on this checkout's sources or the developer's own data.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import docx
import pytest

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "opgroei-desktop"
EXE = ".exe" if sys.platform == "win32" else ""
CONSOLE = BUNDLE / f"opgroei{EXE}"
APP = BUNDLE / f"OpgroeiDesktop{EXE}"
"""The same program without a console window on Windows (and so without output there)."""

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not CONSOLE.exists(),
        reason=f"no bundle built at {BUNDLE.relative_to(ROOT)}: run packaging/build first",
    ),
]


def run(executable: Path, *args: str, data: Path, timeout: float = 60) -> str:
    """Run the bundle's ``executable`` outside this checkout; its output, or fail."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "VIRTUAL_ENV", "OPGROEI_"))
    }
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["HOME"] = str(data.parent)  # settings and caches in the test's folder
    env["XDG_CONFIG_HOME"] = str(data.parent / "config")
    result = subprocess.run(
        [str(executable), *args, "--data-dir", str(data)],
        cwd=data.parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_bundle_checks_makes_the_demo_and_exports_minutes(tmp_path: Path) -> None:
    """A facilitator's installed app can check its data, make the demo and write minutes."""
    data = tmp_path / "data"
    assert "controle: in orde" in run(CONSOLE, "check", data=data)
    assert "Voorbeeldtraject aangemaakt" in run(CONSOLE, "demo", data=data)
    listing = run(CONSOLE, "list", data=data).splitlines()
    meeting_id = listing[1].split()[0]
    out = tmp_path / "verslag.docx"
    run(CONSOLE, "export", "minutes", "--meeting", meeting_id, "--out", str(out), data=data)
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "Kennismaking" in text


def test_bundle_app_starts_with_the_demo(tmp_path: Path) -> None:
    """The app itself starts from the bundle, finds its library and shows the demo."""
    assert APP.exists()
    # A windowed Windows executable prints nothing, so there the console one starts the app.
    app = CONSOLE if sys.platform == "win32" else APP
    data, settings = tmp_path / "data", tmp_path / "settings.ini"
    started = time.perf_counter()
    output = run(app, "--demo", "--quit-when-ready", "--settings", str(settings), data=data)
    elapsed = time.perf_counter() - started
    assert "READY" in output
    assert (data / "opgroei.sqlite3").exists()
    print(f"bundle: first start with the demo in {elapsed:.2f} s")
