"""Cold start: how soon the main window paints with the user's data, and how soon it is fully
interactive, against a bare Qt window.

Each run is a fresh process, so imports, the database and the library are all loaded from
scratch. The clock runs from launching the process until it prints PAINTED (the first frame
of the window, with the trajectory list and the last used trajectory, has been painted) and
READY (the real main window is built and the event loop idle). The bare QMainWindow prints
both as soon as it has painted and gone idle. The app starts as the ``opgroei`` command does
(``python -m opgroei_desktop --demo``, with the hidden ``--quit-when-ready``) on the demo
trajectory, made once beforehand. Runs alternate between the programs, and each program's
fastest run counts: a machine shared with other work only ever adds time (the median of its
READY times is shown beside it). A third program, the bare window plus opening the store, shows
the floor the data layer sets (SQLAlchemy and the models). When a bundle built from this
checkout is present (``packaging/build``), its start is timed too, next to the same start from
source.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_startup.py [--runs 7]

Why "fully interactive" stays above 3 x (measured 30 November 2026 with startup_phases.py,
which splits the start into its phases): importing SQLAlchemy (about 0.15 s), its ORM (0.05 s)
and mapping our 24 models (0.08 s), then configuring the mappers at the first query, costs
about 3.2 x a bare window on its own, before any window is built, and the main window reads
everything through the ORM's services. The floor this program prints (bare window + store + one
query) says the same from the outside: about 4.2-4.5 x. Everything else on the way to READY
(Python and the command line, the first frame from the glance, the library, building the main
window and its first queries) is about 2 x, spread over a dozen steps of 5-25 ms each, none of
them optional. SQLAlchemy's own imports (asyncio, importlib.metadata, ssl) are unconditional in
the library; the dialect modules for PostgreSQL, Alembic, python-docx, markdown and QtSvg are
already off the start path. Importing the data layer in a thread beside the first frame keeps
that frame responsive but saves nothing (one interpreter lock), measured too.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAINT_GOAL, READY_GOAL = 2.0, 3.0
"""First paint within 2 x the bare window's, fully interactive within 3 x."""
TIMEOUT = 60
BUNDLE = (
    ROOT / "dist" / "opgroei-desktop" / ("opgroei.exe" if sys.platform == "win32" else "opgroei")
)

BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1280, 720)
window.show()
app.processEvents()
print("PAINTED", flush=True)
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
app.processEvents()
print("PAINTED", flush=True)
QTimer.singleShot(0, lambda: (print("READY", flush=True), app.quit()))
app.exec()
"""
"""The floor set by the data layer: the bare window plus opening the store and one query."""

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


def time_once(command: list[str]) -> tuple[float, float]:
    """Seconds from launching ``command`` until it prints PAINTED, and until READY."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command,
        cwd=ROOT,
        env=child_environment(),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    # A program stuck in a dialog (a bundle older than the data, say) must not hang the run.
    watchdog = threading.Timer(TIMEOUT, process.kill)
    watchdog.start()
    painted = None
    for line in process.stdout:
        word = line.strip()
        if word == "PAINTED":
            painted = time.perf_counter() - started
        elif word == "READY":
            ready = time.perf_counter() - started
            process.wait(timeout=TIMEOUT)
            watchdog.cancel()
            return (painted or ready), ready
    process.wait(timeout=TIMEOUT)
    watchdog.cancel()
    raise RuntimeError(
        f"{command[:3]} ended without READY (exit code {process.returncode}); "
        "a bundle must be built from this checkout (packaging/build)"
    )


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
        options = ["--demo", "--quit-when-ready", "--data-dir", str(data)]
        programs = {
            "bare QMainWindow": [sys.executable, "-c", BARE],
            "bare window + store + one query": [sys.executable, "-c", CORE, str(data)],
            "Opgroei Desktop (demo)": [
                sys.executable,
                "-m",
                "opgroei_desktop",
                *options,
                "--settings",
                str(settings),
            ],
        }
        if BUNDLE.exists():
            bundle_settings = str(Path(folder) / "bundle.ini")
            programs["the same, from the built bundle"] = [
                str(BUNDLE),
                *options,
                "--settings",
                bundle_settings,
            ]
        # Not measured: fills the OS file cache, writes the bytecode caches, and lets the app
        # remember the demo as its last used trajectory, as a facilitator's app would.
        for command in programs.values():
            time_once(command)
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in programs}
        for _ in range(args.runs):
            for name, command in programs.items():
                times[name].append(time_once(command))
    best = {
        name: (min(p for p, _ in found), min(r for _, r in found)) for name, found in times.items()
    }
    print(f"{'program':<34}{'painted':>10}{'ready':>10}{'ready median':>14}")
    for name, found in times.items():
        painted, ready = best[name]
        median = statistics.median(r for _, r in found)
        print(f"{name:<34}{painted:>9.3f}s{ready:>9.3f}s{median:>13.3f}s")
    bare_paint, bare_ready = best["bare QMainWindow"]
    app_paint, app_ready = best["Opgroei Desktop (demo)"]
    paint_ratio, ready_ratio = app_paint / bare_paint, app_ready / bare_ready
    floor = best["bare window + store + one query"][1] / bare_ready
    paint_ok, ready_ok = paint_ratio <= PAINT_GOAL, ready_ratio <= READY_GOAL
    print(
        f"first paint: ratio {paint_ratio:.2f} "
        f"({'within' if paint_ok else 'OVER'} the goal of {PAINT_GOAL})"
    )
    print(
        f"interactive: ratio {ready_ratio:.2f} "
        f"({'within' if ready_ok else 'OVER'} the goal of {READY_GOAL}), "
        f"fastest of {args.runs} runs each"
    )
    print(f"the data layer alone (store and models) sets a floor of {floor:.2f} for interactive")
    if BUNDLE.exists():
        files = [p for p in BUNDLE.parent.rglob("*") if p.is_file() and not p.is_symlink()]
        size = sum(p.stat().st_size for p in files)
        print(f"bundle: {size / 1e6:.0f} MB in {BUNDLE.parent.relative_to(ROOT)}")
    return 0 if paint_ok and ready_ok else 1


if __name__ == "__main__":
    sys.exit(main())
