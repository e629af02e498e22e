"""Checking a database file without writing to it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"


def check_file(db_path: Path, thorough: bool = False) -> str:
    """``"ok"`` for a healthy file, otherwise what is wrong, in plain words for a log.

    Opens read-only, so a damaged file is never changed by looking at it.
    """
    try:
        with db_path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        return f"het bestand kan niet worden gelezen ({error.strerror})"
    if header and header != SQLITE_HEADER:
        return "het bestand is geen SQLite-database (de kop klopt niet)"
    pragma = "integrity_check" if thorough else "quick_check"
    try:
        connection = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        try:
            rows = connection.execute(f"PRAGMA {pragma}").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        return f"SQLite meldt: {error}"
    verdict = "; ".join(str(row[0]) for row in rows[:5])
    return "ok" if verdict == "ok" else verdict
