"""Putting a backup in place of a damaged database, without touching the damaged file's bytes."""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from .backup import PRIVATE_FILE, forget_backup_info, list_backups
from .errors import OpgroeiError
from .integrity import check_file

SIDE_FILES = ("-wal", "-shm")


def newest_good_backup(backup_dir: Path) -> Path | None:
    """The newest backup that passes a quick check (an empty or foreign file never does)."""
    for backup in list_backups(backup_dir):
        if check_file(backup.path) == "ok":
            return backup.path
    return None


def restore_backup(database: Path, backup: Path, label: str = "beschadigd") -> Path:
    """Move the current file (and its -wal/-shm) aside and put a copy of ``backup`` in place.

    Returns where the file that was replaced now is (named with ``label`` and the time), so
    nothing is lost for a later rescue attempt.
    """
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = database.with_name(f"{database.stem}-{label}-{stamp}{database.suffix}")
    partial = database.with_suffix(".herstel")
    try:
        if database.exists():
            os.replace(database, aside)
        for suffix in SIDE_FILES:
            side = Path(f"{database}{suffix}")
            if side.exists():
                os.replace(side, Path(f"{aside}{suffix}"))
        shutil.copyfile(backup, partial)
        os.chmod(partial, PRIVATE_FILE)
        forget_backup_info(partial)
        os.replace(partial, database)
    except (OSError, sqlite3.Error) as error:
        partial.unlink(missing_ok=True)
        raise OpgroeiError(f"De reservekopie kon niet worden teruggezet: {error}") from error
    return aside
