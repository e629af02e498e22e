"""The engine: SQLite pragmas for durability, short transactions, one writer at a time;
PostgreSQL for a team database.

Paths become URLs and URIs through the libraries, never by pasting strings together: a
``#``, ``?`` or ``%`` in a folder name would otherwise point SQLite at another file.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path, PurePath, PureWindowsPath
from urllib.parse import urlencode

from sqlalchemy import URL, Engine, create_engine, event, make_url
from sqlalchemy.exc import ArgumentError

from .errors import OpgroeiError

BUSY_TIMEOUT_MS = 5000
CONNECT_TIMEOUT_S = 5
SERVER_DIALECTS = ("postgresql",)
MASK = "***"


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
    parsed = make_url(url)
    if parsed.get_backend_name() == "postgresql":
        return create_engine(
            parsed,
            pool_pre_ping=True,
            connect_args={"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "opgroei"},
        )
    engine = create_engine(parsed)
    if engine.dialect.name == "sqlite":
        _configure_sqlite(engine, read_only)
    return engine


def server_url(text: str) -> URL:
    """A PostgreSQL URL from what the user gave, always with the psycopg 3 driver.

    Anything else is refused with a message that never shows the password.
    """
    try:
        url = make_url(text.strip())
    except ArgumentError as error:
        raise OpgroeiError(
            f"Dit databaseadres wordt niet begrepen: {masked(text)}. "
            "Een gedeeld adres ziet eruit als postgresql://gebruiker@server/database."
        ) from error
    if url.get_backend_name() not in SERVER_DIALECTS:
        raise OpgroeiError(
            f"Een gedeelde database moet een PostgreSQL-adres hebben (postgresql://...), "
            f"niet {masked(text)}. Voor een eigen bestand gebruikt u --data-dir."
        )
    return url.set(drivername="postgresql+psycopg")


def masked(url: str | URL) -> str:
    """``url`` fit for a message or a log: the password replaced by ``***``."""
    if isinstance(url, URL):
        return url.render_as_string(hide_password=True)
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        # Not a URL we can parse: hide everything between "://user:" and "@".
        head, sep, rest = url.partition("://")
        if not sep or "@" not in rest:
            return url
        credentials, _, host = rest.rpartition("@")
        user = credentials.split(":", 1)[0]
        return f"{head}://{user}:{MASK}@{host}" if ":" in credentials else url


def hide_secret(message: str, url: str | URL) -> str:
    """``message`` with the password of ``url`` (if any) replaced by ``***``."""
    try:
        password = (url if isinstance(url, URL) else make_url(url)).password
    except ArgumentError:
        return message
    return message.replace(str(password), MASK) if password else message


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
