"""Where start-up goes: the app's start split into its phases, and the data layer into its parts.

bench_startup.py says how long the whole start takes against a bare Qt window; this says where
that time goes, so a change aimed at start-up can be weighed before and after. Each run is a
fresh process on the demo trajectory, started as ``python -m opgroei_desktop --demo`` does; the
app's own start-up functions are wrapped with a clock (nothing in the app changes). A second
kind of run imports the data layer alone, without Qt, part by part. Medians over the runs.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/startup_phases.py [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

APP = r"""
import builtins, json, sys, time
started = time.perf_counter()
marks = {}

def clock(module, name, label):
    function = getattr(module, name)
    def timed(*args, **kwargs):
        begin = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            marks[label] = marks.get(label, 0.0) + time.perf_counter() - begin
    setattr(module, name, timed)

import opgroei_desktop.cli as cli
marks["python and the command line"] = time.perf_counter() - started
begin = time.perf_counter()
import opgroei_desktop.app as app
marks["Qt and the start-up module"] = time.perf_counter() - begin
import opgroei_desktop.preload as preload
import opgroei_desktop.ui.single_instance as single_instance
clock(single_instance, "claim_data_folder", "claim the data folder, log")
clock(app, "show_first_frame", "first frame from the glance, painted")
clock(preload, "load_data_layer", "import the data layer (SQLAlchemy, models, services)")
clock(app, "open_store_interactively", "open the store (checks, revision)")
build = app.build_main_window

def build_main_window(store, settings, demo=False):
    begin = time.perf_counter()
    import opgroei_desktop.core.demo as demo_module
    import opgroei_desktop.library as library
    import opgroei_desktop.ui.main_window as main_window
    marks["main window: import its modules"] = time.perf_counter() - begin
    clock(library, "load_library", "main window: load the whole library")
    clock(demo_module, "ensure_demo", "main window: find the demo (first query)")
    clock(main_window.MainWindow, "_open_initial", "main window: show the trajectory (queries)")
    try:
        return build(store, settings, demo)
    finally:
        marks["main window: all"] = time.perf_counter() - begin

app.build_main_window = build_main_window
plain_print = builtins.print

def print_marks(*args, **kwargs):
    if args and args[0] in ("PAINTED", "READY"):
        marks[args[0]] = time.perf_counter() - started
    if args and args[0] == "READY":
        plain_print(json.dumps(marks), file=sys.stderr, flush=True)
    plain_print(*args, **kwargs)

builtins.print = print_marks
sys.exit(cli.main(sys.argv[1:]))
"""

PARTS = r"""
import json, sys, time
marks, begin = {}, time.perf_counter()
def part(label, name):
    global begin
    __import__(name)
    now = time.perf_counter()
    marks[label] = now - begin
    begin = now
part("sqlalchemy (engine, SQL)", "sqlalchemy")
part("sqlalchemy.orm", "sqlalchemy.orm")
part("the SQLite dialect", "sqlalchemy.dialects.sqlite")
part("our models (mapping 24 classes)", "opgroei_desktop.core.models")
part("store, views and the rest of core", "opgroei_desktop.core.store")
from opgroei_desktop import preload
preload.import_data_layer()
now = time.perf_counter(); marks["the services"] = now - begin; begin = now
from sqlalchemy.orm import configure_mappers
configure_mappers()
marks["configure the mappers (first query)"] = time.perf_counter() - begin
print(json.dumps(marks), file=sys.stderr)
"""


def environment() -> dict[str, str]:
    """Offscreen, with bytecode caches written and read as in an installed app."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run(code: str, *args: str) -> dict[str, float]:
    """The marks one fresh process reports."""
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=ROOT,
        env=environment(),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return json.loads(done.stderr.strip().splitlines()[-1])


def table(title: str, runs: list[dict[str, float]]) -> None:
    """Print the median of every mark in ``runs``, in milliseconds."""
    print(title)
    for label in runs[0]:
        values = [r[label] for r in runs if label in r]
        print(f"  {label:<56}{1000 * statistics.median(values):8.1f} ms")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        options = ["--demo", "--quit-when-ready", "--data-dir", str(Path(folder) / "data")]
        options += ["--settings", str(Path(folder) / "settings.ini")]
        run(APP, *options)  # makes the demo, writes bytecode caches, remembers the trajectory
        run(PARTS)
        apps = [run(APP, *options) for _ in range(args.runs)]
        parts = [run(PARTS) for _ in range(args.runs)]
    table(f"the app's start, medians of {args.runs} runs (PAINTED and READY from launch)", apps)
    table("the data layer alone, without Qt, part by part", parts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
