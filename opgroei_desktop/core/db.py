"""The engine: SQLite pragmas for durability, short transactions, one writer at a time.

Paths become URLs and URIs through the libraries, never by pasting strings together: a
``#``, ``?`` or ``%`` in a folder name would otherwise point SQLite at another file.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path, PurePath, PureWindowsPath
from urllib.parse import urlencode

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL

BUSY_TIMEOUT_MS = 5000


def sqlite_url(path: Path, uri_query: dict[str, str] | None = None) -> URL:
    """The SQLAlchemy URL of the database file at ``path``.

    With ``uri_query`` (``{"mode": "ro"}``) the file is opened through an SQLite URI.
    """
    if uri_query:
        return URL.create("sqlite", database=file_uri(path, **uri_query), query={"uri": "true"})
    return URL.create("sqlite", database=str(path))


def file_uri(path: PurePath, **query: str) -> str:
    """An SQLite ``file:`` URI for ``path`` with ``query`` parameters (``mode="ro"``, ...).

    A Windows network share (``\\\\server\\share``) keeps an empty authority, the form
    SQLite accepts: ``file:////server/share/...``.
    """
    uri = path.as_uri()
    if isinstance(path, PureWindowsPath) and path.drive.startswith("\\\\"):
        uri = "file:////" + uri.removeprefix("file://")
    return f"{uri}?{urlencode(query)}" if query else uri


def make_engine(url: str | URL, read_only: bool = False) -> Engine:
    """An engine for ``url``; for SQLite with WAL, synchronous FULL and foreign keys on.

    Writes begin with ``BEGIN IMMEDIATE``, so a second program writing to the same file
    waits its turn (up to the busy timeout) instead of failing halfway through.
    """
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        _configure_sqlite(engine, read_only)
    return engine


def _configure_sqlite(engine: Engine, read_only: bool) -> None:
    begin = "BEGIN" if read_only else "BEGIN IMMEDIATE"

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # Python's sqlite3 opens transactions lazily behind our back; take control of BEGIN
        # ourselves (SQLAlchemy's documented recipe) so a transaction is a real transaction.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if not read_only:
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: object) -> None:
        connection.exec_driver_sql(begin)  # type: ignore[attr-defined]
