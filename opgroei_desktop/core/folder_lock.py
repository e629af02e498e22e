"""One program writing to a data folder at a time: a lock file the system releases on exit.

The app holds the lock while it runs. Headless commands that write take it for the moment
they write, waiting a little for it; commands that only read need no lock. The operating
system drops the lock when the holder ends, even after a crash, so a stale lock cannot
keep anyone out.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import DataFolderInUse

LOCK_NAME = "opgroei.lock"
WAIT_SECONDS = 10.0
"""How long a headless command waits for the app to let go before it gives up."""
_held: dict[Path, DataFolderLock] = {}


class DataFolderLock:
    """An exclusive lock on ``folder``, held through an open lock file."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.path = folder / LOCK_NAME
        self._handle: int | None = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def try_acquire(self) -> bool:
        """Take the lock if no other program has it; True when this one holds it now."""
        if self._handle is not None or self.folder in _held:
            return self._handle is not None
        handle = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        if not _lock(handle):
            os.close(handle)
            return False
        os.ftruncate(handle, 0)
        os.write(handle, str(os.getpid()).encode())
        self._handle = handle
        _held[self.folder] = self
        return True

    def release(self) -> None:
        """Give the lock back (the system does so too when the program ends)."""
        if self._handle is None:
            return
        _unlock(self._handle)
        os.close(self._handle)
        self._handle = None
        _held.pop(self.folder, None)


def held_here(folder: Path) -> bool:
    """Whether this program holds the lock on ``folder`` (the app does while it runs)."""
    return folder in _held


@contextmanager
def writing(folder: Path, wait_seconds: float | None = None) -> Iterator[None]:
    """Hold the folder's lock while writing; raise ``DataFolderInUse`` if the app keeps it."""
    if wait_seconds is None:
        wait_seconds = WAIT_SECONDS
    if held_here(folder) or not os.access(folder, os.W_OK):
        yield
        return
    lock = DataFolderLock(folder)
    deadline = time.monotonic() + wait_seconds
    while not lock.try_acquire():
        if time.monotonic() >= deadline:
            raise DataFolderInUse(
                f"Opgroei Desktop heeft deze gegevens open ({folder}). Sluit het programma en "
                "probeer het opnieuw; opdrachten die alleen lezen (check, list, backup, "
                "export) kunnen wel terwijl het programma open is."
            )
        time.sleep(0.2)
    try:
        yield
    finally:
        lock.release()


if sys.platform == "win32":
    import msvcrt

    def _lock(handle: int) -> bool:
        try:
            msvcrt.locking(handle, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(handle: int) -> None:
        os.lseek(handle, 0, os.SEEK_SET)
        msvcrt.locking(handle, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: int) -> bool:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(handle: int) -> None:
        fcntl.flock(handle, fcntl.LOCK_UN)
