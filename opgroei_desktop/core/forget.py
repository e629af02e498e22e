"""Forgetting a name for good: out of every text in a database file, its search index, its
free pages and its write-ahead log.

Works on a plain DB-API SQLite connection, so the same scrub serves the open database (inside
the forgetting transaction) and each backup file in the data folder.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from pathlib import Path

REMOVED = "(naam verwijderd)"
_SKIPPED_PREFIXES = ("sqlite_", "search_index", "alembic_version")


def scrub_name(connection: sqlite3.Connection, name: str) -> set[str]:
    """Replace ``name`` (in any case) by "(naam verwijderd)" in every text column of every
    table; returns the tables that changed. Adopted minutes get their new hash."""
    name = name.strip()
    if not name or name == REMOVED:
        return set()
    pattern = re.compile(re.escape(name), re.IGNORECASE)
    connection.create_function("opgroei_has_name", 1, lambda v: bool(v and pattern.search(v)))
    connection.create_function("opgroei_without_name", 1, lambda v: pattern.sub(REMOVED, v))
    changed = set()
    for table in _tables(connection):
        for column in _text_columns(connection, table):
            cursor = connection.execute(
                f'UPDATE "{table}" SET "{column}" = opgroei_without_name("{column}") '
                f'WHERE opgroei_has_name("{column}")'
            )
            if cursor.rowcount:
                changed.add(table)
    if "minutes_records" in changed:
        _rehash_adopted(connection)
    return changed


def compact(connection: sqlite3.Connection) -> None:
    """Leave no old copy of what was overwritten: merge the search index, rewrite the file
    without free pages, and empty the write-ahead log. Needs autocommit (no open transaction)."""
    if _has_table(connection, "search_index"):
        connection.execute("INSERT INTO search_index(search_index) VALUES ('optimize')")
    connection.execute("VACUUM")
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def forget_in_file(path: Path, name: str) -> bool:
    """Scrub ``name`` from the database file at ``path`` (a backup); True when it held it."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("BEGIN IMMEDIATE")
        changed = scrub_name(connection, name)
        connection.execute("COMMIT")
        if changed:
            compact(connection)
        return bool(changed)
    finally:
        connection.close()


def _rehash_adopted(connection: sqlite3.Connection) -> None:
    rows = connection.execute(
        "SELECT id, document FROM minutes_records WHERE document IS NOT NULL"
    ).fetchall()
    for record_id, document in rows:
        digest = hashlib.sha256(document.encode("utf-8")).hexdigest()
        connection.execute(
            "UPDATE minutes_records SET sha256 = ? WHERE id = ?", (digest, record_id)
        )


def _tables(connection: sqlite3.Connection) -> list[str]:
    names = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    return [name for (name,) in names if not name.startswith(_SKIPPED_PREFIXES)]


def _text_columns(connection: sqlite3.Connection, table: str) -> list[str]:
    columns = connection.execute(f'PRAGMA table_info("{table}")').fetchall()
    return [
        column[1]
        for column in columns
        if any(word in (column[2] or "").upper() for word in ("CHAR", "TEXT", "CLOB"))
        and column[1] != "id"
        and not column[1].endswith("_id")
    ]


def _has_table(connection: sqlite3.Connection, name: str) -> bool:
    query = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"
    return connection.execute(query, (name,)).fetchone() is not None
