"""Forgetting a name for good: out of every text in the database, its search index, and (on
SQLite) the file's free pages and write-ahead log.

The tables are read from the database itself, so the same scrub serves the open database
(inside the forgetting transaction), a team database on a server, and each backup file in the
data folder, whatever version of the schema it has.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from pathlib import Path

from sqlalchemy import Connection, MetaData, String, Table, func, or_, select, update

from .db import make_engine, sqlite_url

REMOVED = "(naam verwijderd)"
_SKIPPED = ("sqlite_", "search_index", "alembic_version")


def scrub_name(connection: Connection, name: str) -> set[str]:
    """Replace ``name`` (in any case) by "(naam verwijderd)" in every text column of every
    table; returns the tables that changed. Adopted minutes get their new hash."""
    name = name.strip()
    if not name or name == REMOVED:
        return set()
    pattern = re.compile(re.escape(name), re.IGNORECASE)
    metadata = MetaData()
    metadata.reflect(bind=connection, only=lambda table, _meta: not table.startswith(_SKIPPED))
    changed = set()
    for table in metadata.sorted_tables:
        if _scrub_table(connection, table, name, pattern):
            changed.add(table.name)
    if "minutes_records" in changed:
        _rehash_adopted(connection, metadata.tables["minutes_records"])
    return changed


def compact_sqlite(connection: sqlite3.Connection) -> None:
    """Leave no old copy of what was overwritten: merge the search index, rewrite the file
    without free pages, and empty the write-ahead log. Needs autocommit (no open transaction)."""
    query = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'search_index'"
    if connection.execute(query).fetchone() is not None:
        connection.execute("INSERT INTO search_index(search_index) VALUES ('optimize')")
    connection.execute("VACUUM")
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def forget_in_file(path: Path, name: str) -> bool:
    """Scrub ``name`` from the SQLite file at ``path`` (a backup); True when it held it."""
    engine = make_engine(sqlite_url(path))
    try:
        with engine.begin() as connection:
            changed = scrub_name(connection, name)
        if changed:
            raw = engine.raw_connection()
            try:
                compact_sqlite(raw.driver_connection)  # type: ignore[arg-type]
            finally:
                raw.close()
        return bool(changed)
    finally:
        engine.dispose()


def _scrub_table(connection: Connection, table: Table, name: str, pattern: re.Pattern) -> bool:
    keys = list(table.primary_key.columns)
    texts = [
        column
        for column in table.columns
        if isinstance(column.type, String)
        and column.name != "id"
        and not column.name.endswith("_id")
    ]
    if not keys or not texts:
        return False
    changed = False
    for column in texts:
        holds = or_(
            column.contains(name, autoescape=True),
            func.lower(column).contains(name.lower(), autoescape=True),
        )
        for row in connection.execute(select(*keys, column).where(holds)).all():
            *key, value = row
            if value is None or not pattern.search(value):
                continue
            values: dict = {column.name: pattern.sub(REMOVED, value)}
            if "row_version" in table.columns:
                values["row_version"] = table.c.row_version + 1
            match = [k == v for k, v in zip(keys, key, strict=True)]
            connection.execute(update(table).where(*match).values(values))
            changed = True
    return changed


def _rehash_adopted(connection: Connection, records: Table) -> None:
    rows = connection.execute(
        select(records.c.id, records.c.document).where(records.c.document.is_not(None))
    ).all()
    for record_id, document in rows:
        digest = hashlib.sha256(document.encode("utf-8")).hexdigest()
        connection.execute(update(records).where(records.c.id == record_id).values(sha256=digest))
