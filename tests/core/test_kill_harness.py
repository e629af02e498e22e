"""The fault harness: a capturing program killed at random moments loses no acknowledged note.

A short run here; ``benchmarks/bench_faults.py`` runs the same rounds for longer.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from opgroei_desktop.core.integrity import check_file
from opgroei_desktop.core.paths import DATABASE_NAME
from opgroei_desktop.core.services import meetings, trajectories
from opgroei_desktop.core.store import Store

CHILD = Path(__file__).parent / "capture_child.py"


def prepare(folder: Path) -> str:
    """A data folder with one meeting to capture into; returns the meeting's id."""
    store = Store.open(folder)
    trajectory_id = trajectories.create_trajectory(store, municipality="A", initiative="B").id
    meeting_id = meetings.plan_meeting(store, trajectory_id, title="Onder vuur").id
    store.close()
    return meeting_id


def kill_round(folder: Path, meeting_id: str, name: str, after: float) -> list[str]:
    """Let a child capture for ``after`` seconds, kill it hard; return what it acknowledged."""
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(folder), meeting_id, "0", name],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert child.stdout.readline().startswith("ok ")  # it is capturing
    time.sleep(after)
    child.send_signal(signal.SIGKILL)
    out, _ = child.communicate(timeout=30)
    return [line[3:] for line in out.splitlines() if line.startswith("ok ")]


def stored_texts(folder: Path) -> set[str]:
    connection = sqlite3.connect(folder / DATABASE_NAME)
    try:
        return {row[0] for row in connection.execute("SELECT text FROM entries")}
    finally:
        connection.close()


def run_rounds(folder: Path, rounds: int, seed: int) -> int:
    """Kill ``rounds`` children at random moments; assert nothing acknowledged was lost."""
    meeting_id = prepare(folder)
    chance = random.Random(seed)
    acknowledged: list[str] = []
    for number in range(rounds):
        acknowledged += kill_round(folder, meeting_id, f"r{number}", chance.uniform(0.05, 0.8))
        assert check_file(folder / DATABASE_NAME, thorough=True) == "ok"
        missing = set(acknowledged) - stored_texts(folder)
        assert not missing, f"round {number}: acknowledged notes lost: {sorted(missing)[:5]}"
    return len(acknowledged)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
def test_killed_while_capturing_loses_no_acknowledged_note(tmp_path):
    """A laptop that dies mid-meeting must keep every note the screen said was filed."""
    seed = int(os.environ.get("OPGROEI_FAULT_SEED", "13"))
    assert run_rounds(tmp_path / "data", rounds=3, seed=seed) > 0
    store = Store.open(tmp_path / "data")
    assert store.integrity() == "ok"
    store.close()
