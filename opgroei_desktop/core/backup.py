"""Backups through SQLite's online backup API, checked, dated from inside, thinned in tiers.

Copying the file itself would miss commits still in the -wal file; the backup API does not.
Each backup carries its own record of when and why it was made, so the order of backups
never depends on a file name, and a date in the future (a wrong clock) is never trusted.
"""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from .errors import OpgroeiError
from .integrity import read_only_connection
from .os_words import reason

BACKUP_DIR_NAME = "backups"
_NAME = re.compile(r"^opgroei-(\d{8}-\d{6}-\d{6})-([a-z-]+)\.sqlite3$")
_STAMP = "%Y%m%d-%H%M%S-%f"
_INFO_TABLE = "opgroei_backup"
BEFORE_MIGRATION = "voor-migratie"
KEEP_RECENT = 10
KEEP_DAYS = 14
KEEP_WEEKS = 12
CLOCK_SLACK = timedelta(minutes=5)
ORPHAN_AGE = timedelta(minutes=10)
PRIVATE_FOLDER = 0o700
PRIVATE_FILE = 0o600


@dataclass(frozen=True)
class BackupFile:
    path: Path
    made_at: datetime
    reason: str


def backup_database(db_path: Path, backup_dir: Path, reason: str = "handmatig") -> Path:
    """Write a checked copy of ``db_path`` into ``backup_dir`` and return its path."""
    make_private_folder(backup_dir, "De map voor reservekopieën")
    made_at = datetime.now()
    target = backup_dir / f"opgroei-{made_at.strftime(_STAMP)}-{reason}.sqlite3"
    write_checked_copy(db_path, target, made_at, reason)
    prune_backups(backup_dir)
    return target


def backup_to_folder(db_path: Path, folder: Path) -> Path:
    """Write a verified copy of ``db_path`` to another place (USB stick, network folder).

    The copy is read back after writing and checked in full; it gets a name of its own that
    never overwrites an earlier copy there.
    """
    if not folder.is_dir():
        raise OpgroeiError(f"De map {folder} bestaat niet (meer). Kies een andere map.")
    made_at = datetime.now()
    target = folder / f"opgroei-reservekopie-{made_at:%Y%m%d-%H%M%S}.sqlite3"
    write_checked_copy(db_path, target, made_at, "elders")
    from .integrity import check_file

    verdict = check_file(target, thorough=True)
    if verdict != "ok":
        target.unlink(missing_ok=True)
        raise OpgroeiError(
            f"De kopie in {folder} bleek na het schrijven niet in orde ({verdict}) en is "
            "verwijderd. Probeer een andere USB-stick of map."
        )
    return target


def write_checked_copy(db_path: Path, target: Path, made_at: datetime, reason: str) -> None:
    """Copy ``db_path`` to ``target`` through a temporary file, after a full integrity check.

    The copy is self-contained (no -wal beside it), readable only by the user, and records
    when and why it was made. A damaged database is refused: nothing is written then.
    """
    partial = target.with_name(target.name + ".part")
    try:
        _create_private_file(partial)
        with read_only_connection(db_path) as source:
            copy = sqlite3.connect(partial, isolation_level=None)
            try:
                source.backup(copy)
                verdict = "; ".join(
                    str(row[0]) for row in copy.execute("PRAGMA integrity_check").fetchall()[:5]
                )
                if verdict == "ok":
                    _record_info(copy, made_at, reason)
            finally:
                copy.close()
        if verdict != "ok":
            raise OpgroeiError(
                f"Het gegevensbestand is niet in orde ({verdict}); er is geen reservekopie van "
                "gemaakt, zodat de goede reservekopieën bewaard blijven."
            )
        with partial.open("rb") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, target)
    except (sqlite3.Error, OSError) as error:
        raise OpgroeiError(f"Er kon geen reservekopie worden gemaakt: {_reason(error)}") from error
    finally:
        for leftover in (partial, Path(f"{partial}-journal")):
            leftover.unlink(missing_ok=True)


def _record_info(copy: sqlite3.Connection, made_at: datetime, reason: str) -> None:
    copy.execute("PRAGMA journal_mode = DELETE")
    copy.execute(f"DROP TABLE IF EXISTS {_INFO_TABLE}")
    copy.execute(f"CREATE TABLE {_INFO_TABLE} (made_at TEXT NOT NULL, reason TEXT NOT NULL)")
    copy.execute(f"INSERT INTO {_INFO_TABLE} VALUES (?, ?)", (made_at.isoformat(), reason))


def forget_backup_info(database: Path) -> None:
    """Remove a backup's own record from a file put back in place of the database."""
    connection = sqlite3.connect(database, isolation_level=None)
    try:
        connection.execute(f"DROP TABLE IF EXISTS {_INFO_TABLE}")
    finally:
        connection.close()


def list_backups(backup_dir: Path, now: datetime | None = None) -> list[BackupFile]:
    """The backups in ``backup_dir``, newest first.

    The date comes from inside the file when it holds one (older backups: from the name). A
    backup dated in the future was made with a wrong clock; it is listed after all others.
    """
    found = []
    if backup_dir.is_dir():
        for path in backup_dir.iterdir():
            match = _NAME.match(path.name)
            if match:
                named_at = datetime.strptime(match.group(1), _STAMP)
                made_at, reason = _read_info(path) or (named_at, match.group(2))
                found.append(BackupFile(path, made_at, reason))
    return ordered(found, now or datetime.now())


def ordered(backups: list[BackupFile], now: datetime) -> list[BackupFile]:
    """Newest first by their own date, with any dated in the future after all the rest."""
    return sorted(
        backups,
        key=lambda backup: (_trusted(backup, now), backup.made_at),
        reverse=True,
    )


def _trusted(backup: BackupFile, now: datetime) -> bool:
    return backup.made_at <= now + CLOCK_SLACK


def _read_info(path: Path) -> tuple[datetime, str] | None:
    try:
        with read_only_connection(path) as connection:
            row = connection.execute(f"SELECT made_at, reason FROM {_INFO_TABLE}").fetchone()
    except (sqlite3.Error, OSError):
        return None
    if row is None:
        return None
    try:
        return datetime.fromisoformat(row[0]), str(row[1])
    except (TypeError, ValueError):
        return None


def backups_to_keep(backups: list[BackupFile], now: datetime) -> set[Path]:
    """What thinning keeps.

    The newest few; the newest per day for two weeks and per week for three months; the
    newest of every month; and every backup made before a migration of the data format.
    Backups dated in the future never count as recent.
    """
    backups = ordered(backups, now)
    keep = {backup.path for backup in backups[:KEEP_RECENT]}
    seen: set[object] = set()
    for backup in backups:
        if backup.reason == BEFORE_MIGRATION:
            keep.add(backup.path)
        if not _trusted(backup, now):
            continue
        age = now - backup.made_at
        tiers: list[tuple[object, ...]] = [("month", backup.made_at.year, backup.made_at.month)]
        if age <= timedelta(days=KEEP_DAYS):
            tiers.append(("day", backup.made_at.date()))
        if age <= timedelta(weeks=KEEP_WEEKS):
            tiers.append(("week", *backup.made_at.isocalendar()[:2]))
        for tier in tiers:
            if tier not in seen:
                seen.add(tier)
                keep.add(backup.path)
    return keep


def prune_backups(backup_dir: Path, now: datetime | None = None) -> list[Path]:
    """Delete backups outside the tiers; return what was deleted."""
    now = now or datetime.now()
    backups = list_backups(backup_dir, now)
    keep = backups_to_keep(backups, now)
    removed = [backup.path for backup in backups if backup.path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def remove_orphans(backup_dir: Path, now: datetime | None = None) -> list[Path]:
    """Delete what interrupted backups left behind (``.part`` files and their journals).

    Only files older than a few minutes go, so a backup running right now is left alone.
    """
    now = now or datetime.now()
    removed: list[Path] = []
    if not backup_dir.is_dir():
        return removed
    for path in backup_dir.iterdir():
        leftover = ".part" in path.name or (
            path.name.endswith(("-journal", "-wal", "-shm")) and path.name.startswith("opgroei-")
        )
        if not leftover or not path.is_file():
            continue
        try:
            if now - datetime.fromtimestamp(path.stat().st_mtime) > ORPHAN_AGE:
                path.unlink()
                removed.append(path)
        except OSError:
            continue
    return removed


def make_private_folder(folder: Path, what: str) -> None:
    """Create ``folder`` (only the user may enter it) or raise a Dutch ``OpgroeiError``."""
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
    except OSError as error:
        raise OpgroeiError(
            f"{what} kan niet worden gemaakt: {folder} ({_reason(error)})."
        ) from error


def _create_private_file(path: Path) -> None:
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
    os.close(descriptor)


def _reason(error: BaseException) -> str:
    return reason(error) if isinstance(error, OSError) else str(error)
