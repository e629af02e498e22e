"""Shared by the make_schema_*.py scripts: a database at an older schema, filled row by row.

The saved databases under data/ are made with these scripts and committed, so upgrade tests
start from files exactly as an older app left them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from opgroei_desktop.core import migrate
from opgroei_desktop.core.db import make_engine, sqlite_url

Insert = Callable[..., None]


@contextmanager
def database_at(target: Path, revision: str, now: str) -> Iterator[Insert]:
    """A new database at ``revision``; yields ``insert(table, **values)`` stamped with ``now``.

    On leaving, the rows are committed and the file is left in rollback-journal mode, as one
    self-contained file.
    """
    target.unlink(missing_ok=True)
    engine = make_engine(sqlite_url(target))
    migrate.upgrade(engine, revision)
    engine.dispose()
    connection = sqlite3.connect(target)

    def insert(table: str, **values: object) -> None:
        values.setdefault("created_at", now)
        values.setdefault("updated_at", now)
        columns = ",".join(values)
        marks = ",".join("?" * len(values))
        connection.execute(
            f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(values.values())
        )

    try:
        yield insert
        connection.commit()
        connection.execute("PRAGMA journal_mode = DELETE")
    finally:
        connection.close()
