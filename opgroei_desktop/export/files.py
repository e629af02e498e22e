"""Writing export files safely: all or nothing, with a message the user can act on.

A file is first written under a temporary name in the target folder and then moved over the
target in one step, so a crash, a full disk or a file still open in Word never leaves half a
document behind.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from ..core.errors import OpgroeiError
from ..core.os_words import reason

_TEMP_PREFIX = ".~opgroei-"


def atomic_write_bytes(target: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``target`` atomically and return the target path."""
    return atomic_write(target, lambda temp: temp.write_bytes(data))


def atomic_write(target: str | os.PathLike[str], write: Callable[[Path], object]) -> Path:
    """Let ``write`` fill a temporary file beside ``target``, then put it in place.

    Raises ``OpgroeiError`` with a Dutch message when the folder is missing, read-only or the
    file is locked; nothing is left behind then, and an existing file stays as it was.
    """
    path = Path(target).expanduser().resolve()
    with _temporary_beside(path) as temp:
        try:
            write(temp)
            os.chmod(temp, _mode_for(path))
            os.replace(temp, path)
        except OSError as error:
            raise cannot_write(path, error) from error
    return path


def _mode_for(path: Path) -> int:
    """The mode a replaced file had, or what the user's umask gives a new file.

    The temporary file is private (0600) while it is written; the result should not be.
    """
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return 0o666 & ~_umask()


def _umask() -> int:
    """The process's umask, read without changing it where the system allows."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    current = os.umask(0o022)
    os.umask(current)
    return current


@contextmanager
def _temporary_beside(path: Path) -> Iterator[Path]:
    folder = path.parent
    if not folder.is_dir():
        raise OpgroeiError(
            f"De map {folder} bestaat niet (meer). Kies een andere map om het bestand op te slaan."
        )
    try:
        handle, name = tempfile.mkstemp(prefix=_TEMP_PREFIX, suffix=path.suffix, dir=folder)
    except OSError as error:
        raise cannot_write(path, error) from error
    os.close(handle)
    temp = Path(name)
    try:
        yield temp
    finally:
        temp.unlink(missing_ok=True)


def cannot_write(path: Path, error: OSError) -> OpgroeiError:
    """The Dutch message for an ``OSError`` met while writing ``path``."""
    if isinstance(error, PermissionError) or error.errno in (
        errno.EACCES,
        errno.EPERM,
        errno.EROFS,
    ):
        return OpgroeiError(
            f"Het bestand {path.name} kan niet worden geschreven: het is alleen-lezen, de map "
            f"{path.parent} is beveiligd, of het bestand is nog geopend in Word. "
            "Sluit het en probeer het opnieuw, of kies een andere map."
        )
    if error.errno == errno.ENOSPC:
        return OpgroeiError(
            f"Het bestand {path.name} kan niet worden geschreven: de schijf is vol. "
            "Maak ruimte vrij of kies een andere plek."
        )
    if isinstance(error, IsADirectoryError):
        return OpgroeiError(f"{path} is een map, geen bestand. Kies een bestandsnaam.")
    return OpgroeiError(f"Het bestand {path.name} kan niet worden geschreven: {reason(error)}.")
