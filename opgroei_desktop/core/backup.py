"""Backups through SQLite's online backup API, thinned to daily and weekly tiers.

Copying the file itself would miss commits still in the -wal file; the backup API does not.
"""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from .errors import OpgroeiError

BACKUP_DIR_NAME = "backups"
_NAME = re.compile(r"^opgroei-(\d{8}-\d{6}-\d{6})-([a-z-]+)\.sqlite3$")
KEEP_RECENT = 10
KEEP_DAYS = 14
KEEP_WEEKS = 12


@dataclass(frozen=True)
class BackupFile:
    path: Path
    made_at: datetime
    reason: str


def backup_database(db_path: Path, backup_dir: Path, reason: str = "handmatig") -> Path:
    """Write a checked copy of ``db_path`` into ``backup_dir`` and return its path."""
    try:
        backup_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OpgroeiError(
            f"De map voor reservekopieën kan niet worden gemaakt: {backup_dir} ({error.strerror})."
        ) from error
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backup_dir / f"opgroei-{stamp}-{reason}.sqlite3"
    partial = target.with_suffix(".part")
    source = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        copy = sqlite3.connect(partial)
        try:
            source.backup(copy)
            verdict = copy.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            copy.close()
        if verdict != "ok":
            raise OpgroeiError(f"De reservekopie is niet in orde ({verdict}); er is niets bewaard.")
        os.replace(partial, target)
    except (sqlite3.Error, OSError) as error:
        partial.unlink(missing_ok=True)
        raise OpgroeiError(f"Er kon geen reservekopie worden gemaakt: {error}") from error
    finally:
        source.close()
    prune_backups(backup_dir)
    return target


def list_backups(backup_dir: Path) -> list[BackupFile]:
    """The backups in ``backup_dir``, newest first."""
    found = []
    if backup_dir.is_dir():
        for path in backup_dir.iterdir():
            match = _NAME.match(path.name)
            if match:
                made_at = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S-%f")
                found.append(BackupFile(path, made_at, match.group(2)))
    return sorted(found, key=lambda backup: backup.made_at, reverse=True)


def backups_to_keep(backups: list[BackupFile], now: datetime) -> set[Path]:
    """The newest few, then the newest per day for two weeks, then per week for three months."""
    keep = {backup.path for backup in backups[:KEEP_RECENT]}
    seen_days: set[object] = set()
    seen_weeks: set[object] = set()
    for backup in backups:
        age = now - backup.made_at
        if age <= timedelta(days=KEEP_DAYS) and backup.made_at.date() not in seen_days:
            seen_days.add(backup.made_at.date())
            keep.add(backup.path)
        week = backup.made_at.isocalendar()[:2]
        if age <= timedelta(weeks=KEEP_WEEKS) and week not in seen_weeks:
            seen_weeks.add(week)
            keep.add(backup.path)
    return keep


def prune_backups(backup_dir: Path, now: datetime | None = None) -> list[Path]:
    """Delete backups outside the tiers; return what was deleted."""
    backups = list_backups(backup_dir)
    keep = backups_to_keep(backups, now or datetime.now())
    removed = [backup.path for backup in backups if backup.path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed
