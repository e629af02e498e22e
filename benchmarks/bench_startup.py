"""Cold start: how long until the main window is shown and idle, against a bare Qt window.

Each run is a fresh ``python -c`` process, so imports, the database and the library are all
loaded from scratch; the clock runs from launching the process until it prints READY from the
first idle turn of the event loop. The app opens the demo trajectory (made once beforehand).
Runs alternate between the programs so a busy machine hurts all alike. A third program, the
bare window plus opening the store, shows how much of the cost is the core's (SQLAlchemy and
the models) rather than the window's.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUDGET = 1.3

BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1280, 720)
window.show()
QTimer.singleShot(0, lambda: (print("READY", flush=True), app.quit()))
app.exec()
"""

CORE = """
import sys
from opgroei_desktop.core.store import Store
from opgroei_desktop.core.services import trajectories
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
store = Store.open(sys.argv[1])
trajectories.list_trajectories(store)
window = QMainWindow()
window.resize(1280, 720)
window.show()
QTimer.singleShot(0, lambda: (print("READY", flush=True), app.quit()))
app.exec()
"""
"""The floor set by the core: the bare window plus opening the store and one query."""

APP = """
import sys
from opgroei_desktop.cli import preload_core
preload_core()
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from opgroei_desktop.app import build_main_window
from opgroei_desktop.core.store import Store
from opgroei_desktop.ui import settings as ui_settings
from opgroei_desktop.ui.i18n import install_translator
app = QApplication([])
settings = ui_settings.open_settings(sys.argv[2])
translator = install_translator(app, "nl")
store = Store.open(sys.argv[1])
window = build_main_window(store, settings, demo=True)
window.show()
QTimer.singleShot(0, lambda: (print("READY", flush=True), app.quit()))
app.exec()
"""

PREPARE = """
import sys
from opgroei_desktop.core.demo import ensure_demo
from opgroei_desktop.core.store import Store
store = Store.open(sys.argv[1])
ensure_demo(store)
store.close()
"""


def child_environment() -> dict[str, str]:
    """This environment, offscreen, and with bytecode caching on as in an installed app (a
    shell with PYTHONDONTWRITEBYTECODE would otherwise recompile every module on each run)."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def time_once(code: str, *args: str) -> float:
    """Seconds from launching ``python -c code`` until it prints READY."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        cwd=ROOT,
        env=child_environment(),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    for line in process.stdout:
        if line.strip() == "READY":
            elapsed = time.perf_counter() - started
            process.wait(timeout=30)
            return elapsed
    process.wait(timeout=30)
    raise RuntimeError(f"the program ended without READY (exit code {process.returncode})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        data, settings = Path(folder) / "data", Path(folder) / "settings.ini"
        subprocess.run(
            [sys.executable, "-c", PREPARE, str(data)],
            cwd=ROOT,
            env=child_environment(),
            check=True,
        )
        # Not measured: fills the OS file cache and writes the bytecode caches.
        time_once(BARE)
        time_once(APP, str(data), str(settings))
        bare, core, app = [], [], []
        for _ in range(args.runs):
            bare.append(time_once(BARE))
            core.append(time_once(CORE, str(data)))
            app.append(time_once(APP, str(data), str(settings)))
    bare_median, app_median = statistics.median(bare), statistics.median(app)
    ratio = app_median / bare_median
    print(f"{'program':<34}{'median':>10}{'min':>10}{'max':>10}")
    rows = (
        ("bare QMainWindow", bare),
        ("bare window + store + one query", core),
        ("Opgroei Desktop (demo)", app),
    )
    for name, times in rows:
        print(f"{name:<34}{statistics.median(times):>9.3f}s{min(times):>9.3f}s{max(times):>9.3f}s")
    verdict = "within" if ratio <= BUDGET else "OVER"
    floor = statistics.median(core) / bare_median
    print(f"ratio {ratio:.2f} ({verdict} the budget of {BUDGET}), {args.runs} runs each")
    print(f"of which the core alone (store and models) accounts for a ratio of {floor:.2f}")
    return 0 if ratio <= BUDGET else 1


if __name__ == "__main__":
    sys.exit(main())
