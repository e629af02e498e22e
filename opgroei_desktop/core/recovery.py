"""Putting a backup in place of a damaged database, without touching the damaged file's bytes."""

from __future__ import annotations

import os
import shutil
from datetime import datetime
from pathlib import Path

from .backup import list_backups
from .errors import OpgroeiError
from .integrity import check_file

SIDE_FILES = ("-wal", "-shm")


def newest_good_backup(backup_dir: Path) -> Path | None:
    """The newest backup that passes a quick check."""
    for backup in list_backups(backup_dir):
        if check_file(backup.path) == "ok":
            return backup.path
    return None


def restore_backup(database: Path, backup: Path) -> Path:
    """Move the damaged file (and its -wal/-shm) aside and put a copy of ``backup`` in place.

    Returns where the damaged file now is, so nothing is lost for a later rescue attempt.
    """
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = database.with_name(f"{database.stem}-beschadigd-{stamp}{database.suffix}")
    try:
        if database.exists():
            os.replace(database, aside)
        for suffix in SIDE_FILES:
            side = Path(f"{database}{suffix}")
            if side.exists():
                os.replace(side, Path(f"{aside}{suffix}"))
        partial = database.with_suffix(".herstel")
        shutil.copyfile(backup, partial)
        os.replace(partial, database)
    except OSError as error:
        raise OpgroeiError(f"De reservekopie kon niet worden teruggezet: {error}") from error
    return aside
