"""Long run of the fault harness: kill a capturing program at random moments, many times.

    .venv/bin/python benchmarks/bench_faults.py [ROUNDS] [SEED]

Every round starts ``tests/core/capture_child.py``, kills it with SIGKILL after a random
time, then checks the whole file and that every note the child acknowledged is stored.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "core"))

from test_kill_harness import run_rounds  # noqa: E402


def main() -> int:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        notes = run_rounds(Path(folder) / "data", rounds, seed)
        seconds = time.perf_counter() - started
    print(f"{rounds} kills, {notes} acknowledged notes, none lost, file healthy ({seconds:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
