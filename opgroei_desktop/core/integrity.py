"""Checking a database file without writing to it."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .db import file_uri
from .os_words import reason

SQLITE_HEADER = b"SQLite format 3\x00"


def check_file(db_path: Path, thorough: bool = False) -> str:
    """``"ok"`` for a healthy file, otherwise what is wrong, in plain words for a log.

    Opens read-only, so a damaged file is never changed by looking at it. An empty file is
    not a database: it is reported, never taken for a new one.
    """
    try:
        with db_path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        return f"het bestand kan niet worden gelezen: {reason(error)}"
    if not header:
        return "het bestand is leeg (0 bytes)"
    if header != SQLITE_HEADER:
        return "het bestand is geen SQLite-database (de kop klopt niet)"
    pragma = "integrity_check" if thorough else "quick_check"
    try:
        with read_only_connection(db_path) as connection:
            rows = connection.execute(f"PRAGMA {pragma}").fetchall()
    except sqlite3.DatabaseError as error:
        return f"SQLite meldt: {error}"
    verdict = "; ".join(str(row[0]) for row in rows[:5])
    return "ok" if verdict == "ok" else verdict


def read_revision(db_path: Path) -> str | None:
    """The schema revision stored in the file, read without writing to it (None: none yet)."""
    with read_only_connection(db_path) as connection:
        has_table = connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if not has_table:
            return None
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def storage_is_read_only(db_path: Path) -> bool:
    """Whether the file or its folder cannot be written (read-only medium, file or share).

    SQLite in WAL mode needs to write beside the file, so a read-only folder counts too.
    """
    folder = db_path.parent
    if not os.access(folder, os.W_OK):
        return True
    return db_path.exists() and not os.access(db_path, os.W_OK)


def read_only_query(db_path: Path) -> dict[str, str]:
    """URI parameters to read ``db_path`` without writing anything to it or beside it.

    On read-only storage with no pending -wal, the file is opened as immutable: SQLite then
    needs no -shm file, which it could not create there.
    """
    if storage_is_read_only(db_path) and not _has_side_files(db_path):
        return {"mode": "ro", "immutable": "1"}
    return {"mode": "ro"}


@contextmanager
def read_only_connection(db_path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection that works on read-only storage too."""
    connection = sqlite3.connect(file_uri(db_path, **read_only_query(db_path)), uri=True)
    try:
        yield connection
    finally:
        connection.close()


def _has_side_files(db_path: Path) -> bool:
    return Path(f"{db_path}-wal").exists() and Path(f"{db_path}-wal").stat().st_size > 0
