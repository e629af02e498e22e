"""A second program capturing notes: ``capture_child.py DATA_DIR MEETING_ID SECONDS NAME``.

Files entries into the meeting as fast as it can and prints ``ok <text>`` after each commit,
so a parent knows exactly which notes were acknowledged. ``SECONDS`` 0 runs until killed.
Ends with ``failed=N``: the captures that raised an error.
"""

from __future__ import annotations

import sys
import time

from opgroei_desktop.core.errors import OpgroeiError
from opgroei_desktop.core.services import entries
from opgroei_desktop.core.store import Store


def main(data_dir: str, meeting_id: str, seconds: float, name: str) -> int:
    store = Store.open(data_dir)
    deadline = time.monotonic() + seconds if seconds else float("inf")
    failed = number = 0
    while time.monotonic() < deadline:
        number += 1
        text = f"{name}-{number}"
        try:
            entries.capture_entry(store, "", meeting_id=meeting_id, text=text)
        except OpgroeiError as error:
            failed += 1
            print(f"error {text}: {error}", file=sys.stderr, flush=True)
            continue
        print(f"ok {text}", flush=True)
    store.close()
    print(f"failed={failed}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4]))
