"""The store: one SQLite file in the data folder, or a team's PostgreSQL database.

Either way it is opened safely and kept current. SQLite-only care (integrity checks, backups
through the backup API) and server-only care (reachability, credentials, whose database it is)
live here, so services and search see one ``Store``.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import Engine, event
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from . import forget, migrate
from .backup import (
    BACKUP_DIR_NAME,
    BEFORE_MIGRATION,
    PRIVATE_FILE,
    backup_database,
    backup_to_folder,
    list_backups,
    make_private_folder,
    remove_orphans,
)
from .changes import WriteLog, active_log
from .data_status import load_status, record_full_check, record_outside_copy
from .db import make_engine, masked, sqlite_url
from .db_errors import explain
from .errors import (
    DamagedDatabase,
    MigrationFailed,
    NewerDatabase,
    OpgroeiError,
    StaleEdit,
    StorageError,
)
from .expected import refuse_stale
from .folder_lock import writing
from .integrity import check_file, read_only_query, read_revision, storage_is_read_only
from .os_words import reason
from .paths import DATABASE_NAME, resolve_data_dir
from .record_guard import guard_adopted
from .server import SERVER_BACKUP_MESSAGE, open_server
from .server import explain as explain_server
from .team_changes import announce_changes

DATABASE_URL_ENV = "OPGROEI_DATABASE_URL"
STALE_MESSAGE = (
    "Iemand anders heeft dit intussen veranderd. Uw wijziging is niet opgeslagen, zodat "
    "die van de ander niet verloren gaat; bekijk de nieuwe versie en pas het opnieuw aan."
)


@dataclass(frozen=True)
class OpenReport:
    """What happened when the store was opened."""

    database: Path | None
    created: bool
    migrated_from: str | None
    backup: Path | None
    revision: str
    read_only: bool = False
    location: str = ""
    """Where the data is, fit to show: the file, or the server's URL without its password."""


class Store:
    """The app's database. Services take it as their first argument."""

    def __init__(self, engine: Engine, data_dir: Path, report: OpenReport) -> None:
        self.engine = engine
        self.data_dir = data_dir
        self.report = report
        self.damage: str | None = None
        """What is wrong with the file once a check or a read found it damaged."""
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        event.listen(self._sessions, "before_flush", guard_adopted)
        event.listen(self._sessions, "before_flush", refuse_stale)
        event.listen(self._sessions, "after_flush", _log_flush)
        event.listen(self._sessions, "do_orm_execute", _log_statement)
        self.origin = uuid.uuid4().hex
        """This app's name in change notifications, so it does not hear itself."""
        if engine.dialect.name == "postgresql":
            announce_changes(self._sessions, self.origin)

    @property
    def path(self) -> Path | None:
        """The SQLite file; None for a team database on a server."""
        return self.report.database

    @property
    def read_only(self) -> bool:
        """Whether the data could only be opened for reading (read-only file or medium)."""
        return self.report.read_only

    @property
    def shared(self) -> bool:
        """Whether this is a team database on a server (PostgreSQL)."""
        return self.engine.dialect.name != "sqlite"

    @property
    def location(self) -> str:
        """The file, or the server's URL without its password."""
        return self.report.location or str(self.report.database)

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / BACKUP_DIR_NAME

    @property
    def formats_dir(self) -> Path:
        """Where facilitators put their own session formats."""
        return self.data_dir / "werkvormen"

    @classmethod
    def open(cls, data_dir: str | Path | None = None, database_url: str | None = None) -> Store:
        """Open (or create) the database in ``data_dir``, checked, backed up and migrated.

        With ``database_url`` (or ``OPGROEI_DATABASE_URL``) it opens that PostgreSQL
        database instead; ``data_dir`` then still holds the facilitator's own formats.
        A damaged file raises ``DamagedDatabase`` and is left exactly as it was; a file from
        a newer version raises ``NewerDatabase`` without a byte written. A file or folder
        that cannot be written is opened read-only (``report.read_only``).
        """
        folder = resolve_data_dir(data_dir)
        make_private_folder(folder, "De gegevensmap")
        # An empty ``database_url`` asks for the local file whatever the environment says.
        url = database_url if database_url is not None else os.environ.get(DATABASE_URL_ENV)
        if url:
            engine, created, migrated_from = open_server(url)
            location = masked(engine.url)
            report = OpenReport(None, created, migrated_from, None, migrate.HEAD, location=location)
            return cls(engine, folder, report)
        database = folder / DATABASE_NAME
        backup_dir = folder / BACKUP_DIR_NAME
        read_only = storage_is_read_only(database)
        if not read_only:
            remove_orphans(backup_dir)
        size = database.stat().st_size if database.exists() else None
        if size == 0 and list_backups(backup_dir):
            raise DamagedDatabase(_damaged_message(database, backup_dir, "het bestand is leeg"))
        existed = bool(size)
        revision = None
        if existed:
            # Damage found by the last full check is looked for in full again: the quick
            # check at start misses some kinds (an index that no longer matches its table).
            thorough = load_status(folder).found_damage()
            verdict = check_file(database, thorough=thorough)
            if thorough and not read_only:
                record_full_check(folder, date.today(), verdict)
            if verdict != "ok":
                raise DamagedDatabase(_damaged_message(database, backup_dir, verdict))
            revision = read_revision(database)
            if revision not in (None, migrate.HEAD) and revision not in migrate.known_revisions():
                raise NewerDatabase(
                    "Deze gegevens zijn gemaakt met een nieuwere versie van Opgroei Desktop. "
                    "Installeer die versie om ze te openen; er is niets veranderd."
                )
        if read_only:
            return cls._open_read_only(folder, database, existed, revision)
        if not existed:
            _create_private_file(database)
        engine = make_engine(sqlite_url(database))
        backup = None
        if revision != migrate.HEAD:
            try:
                with writing(folder):
                    if existed:
                        backup = backup_database(database, backup_dir, BEFORE_MIGRATION)
                    _migrate(engine, database, backup)
            except OpgroeiError:
                engine.dispose()
                raise
        migrated_from = revision if existed and revision != migrate.HEAD else None
        report = OpenReport(
            database, not existed, migrated_from, backup, migrate.HEAD, location=str(database)
        )
        return cls(engine, folder, report)

    @classmethod
    def _open_read_only(
        cls, folder: Path, database: Path, existed: bool, revision: str | None
    ) -> Store:
        if not existed:
            raise OpgroeiError(
                f"In de gegevensmap mag niet worden geschreven: {folder}. Kies een map waarin u "
                "mag schrijven, bijvoorbeeld in uw eigen documentenmap."
            )
        if revision != migrate.HEAD:
            raise OpgroeiError(
                f"De gegevens moeten worden bijgewerkt voor deze versie, maar ze zijn "
                f"alleen-lezen: {database}. Zet de map op een plek waar u mag schrijven en open "
                "ze opnieuw; er is niets veranderd."
            )
        url = sqlite_url(database, read_only_query(database))
        engine = make_engine(url, read_only=True)
        report = OpenReport(
            database, False, None, None, migrate.HEAD, read_only=True, location=str(database)
        )
        return cls(engine, folder, report)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A short transaction: committed on leaving, rolled back on an error.

        A failure of the storage itself (locked, full, read-only, I/O) leaves as a
        ``StorageError`` with a plain Dutch message. A row someone else changed meanwhile
        raises ``StaleEdit``; a team server that went away raises ``ServerUnavailable``; both
        leave the database as it was.
        """
        if self.damage is not None:
            raise StorageError(self.damaged_message())
        try:
            with self._sessions() as session, session.begin():
                yield session
        except StaleDataError as error:
            raise StaleEdit(STALE_MESSAGE) from error
        except DBAPIError as error:
            if self.path is None:  # a team database on a server
                if isinstance(error, OperationalError | InterfaceError):
                    raise explain_server(error, self.engine.url) from None
                raise
            failure = explain(error, self.path)
            if failure.damaged:
                self.damage = str(error.orig)
            raise failure from error

    def backup_files(self) -> list[Path]:
        """The backups in the data folder, newest first."""
        return [backup.path for backup in list_backups(self.backup_dir)]

    def compact(self) -> None:
        """Rewrite the file without free pages and empty the write-ahead log, so nothing
        overwritten lingers in either (after forgetting a person). A server keeps its own
        files; there this is the server's business."""
        if self.engine.dialect.name != "sqlite":
            return
        raw = self.engine.raw_connection()
        try:
            forget.compact_sqlite(raw.driver_connection)  # type: ignore[arg-type]
        finally:
            raw.close()

    def backup(self, reason: str = "handmatig") -> Path:
        """Write a backup now and return its path; a damaged file is never backed up.

        A team database is backed up by its server, not by the app: that raises an
        ``OpgroeiError`` saying so.
        """
        if self.path is None:
            raise OpgroeiError(SERVER_BACKUP_MESSAGE)
        if self.damage is not None:
            raise StorageError(self.damaged_message())
        return backup_database(self.path, self.backup_dir, reason)

    def backup_to(self, folder: Path) -> Path:
        """Write a verified copy to ``folder`` (another disk) and remember when."""
        if self.path is None:
            raise OpgroeiError(SERVER_BACKUP_MESSAGE)
        if self.damage is not None:
            raise StorageError(self.damaged_message())
        copy = backup_to_folder(self.path, folder)
        record_outside_copy(self.data_dir, copy, datetime.now())
        return copy

    def integrity(self, thorough: bool = True) -> str:
        """``"ok"`` or what is wrong with the database file; remembers damage it finds.

        A full check's verdict is recorded in the data folder, so damage found now is looked
        for again at the next start. On a server the server keeps its files whole; the app
        only checks it can read.
        """
        if self.path is None:
            with self.engine.connect() as connection:
                connection.exec_driver_sql("SELECT count(*) FROM alembic_version").scalar()
            return "ok"
        verdict = check_file(self.path, thorough=thorough)
        if verdict != "ok":
            self.damage = verdict
        if thorough and not self.read_only:
            record_full_check(self.data_dir, date.today(), verdict)
        return verdict

    def damaged_message(self) -> str:
        """What to tell the user once the file turned out to be damaged."""
        return _damaged_message(self.location, self.backup_dir, self.damage or "?", opened=True)

    def reopen(self) -> Store:
        """The same data opened again, as the app opens it next time (or a second window)."""
        if self.path is None:
            return Store.open(self.data_dir, self.engine.url.render_as_string(hide_password=False))
        return Store.open(self.data_dir, "")

    def close(self) -> None:
        self.engine.dispose()


def _migrate(engine: Engine, database: Path, backup: Path | None) -> None:
    """Run the migrations; on failure put the backup taken just before back in place."""
    try:
        migrate.upgrade(engine)
    except Exception as error:
        engine.dispose()
        if backup is None:
            raise MigrationFailed(
                f"De nieuwe gegevens konden niet worden ingericht ({error}). Er is niets "
                "verloren gegaan."
            ) from error
        from .recovery import restore_backup

        aside = restore_backup(database, backup, label="mislukte-update")
        raise MigrationFailed(
            "Het bijwerken van de gegevens naar deze versie van Opgroei Desktop is mislukt "
            f"({error}). De reservekopie van vlak daarvoor is teruggezet, dus uw gegevens "
            f"zijn zoals ze waren. De mislukte poging staat apart als {aside.name}. "
            "Gebruik zolang de vorige versie van het programma."
        ) from error


def _create_private_file(database: Path) -> None:
    """Create the database file readable by its owner only; SQLite's -wal/-shm follow it."""
    try:
        os.close(os.open(database, os.O_WRONLY | os.O_CREAT, PRIVATE_FILE))
    except OSError as error:
        raise OpgroeiError(
            f"Het gegevensbestand kan niet worden gemaakt: {database} ({reason(error)})."
        ) from error


def _damaged_message(
    database: Path | str, backup_dir: Path, verdict: str, opened: bool = False
) -> str:
    backups = list_backups(backup_dir)
    advice = (
        f"De nieuwste reservekopie is van {backups[0].made_at:%d-%m-%Y %H:%M}: {backups[0].path}."
        if backups
        else "Er is geen reservekopie gevonden."
    )
    if opened:
        return (
            f"Het gegevensbestand blijkt beschadigd: {database}.\nWat er mis is: {verdict}.\n"
            "Er wordt niets meer in opgeslagen en er worden geen reservekopieën meer van "
            "gemaakt. Sluit Opgroei Desktop; bij de volgende start biedt het programma aan de "
            f"nieuwste goede reservekopie terug te zetten. {advice}"
        )
    return (
        f"Het gegevensbestand is beschadigd en is niet geopend: {database}.\n"
        f"Wat er mis is: {verdict}.\n"
        f"Er is niets in het bestand veranderd. {advice}"
    )


def _log_flush(session: Session, _context: object) -> None:
    """Record in the service call's log every row this flush wrote."""
    log = active_log()
    if log is None:
        return
    for row in (*session.new, *session.deleted):
        _log_row(log, row)
    for row in session.dirty:
        if session.is_modified(row, include_collections=False):
            _log_row(log, row)


def _log_row(log: WriteLog, row: object) -> None:
    kind = getattr(row, "__tablename__", None)
    if kind is None:
        return
    row_id = getattr(row, "id", None)
    trajectory = row_id if kind == "trajectories" else getattr(row, "trajectory_id", None)
    log.add(kind, row_id, trajectory, getattr(row, "row_version", None))


def _log_statement(state: ORMExecuteState) -> None:
    """A bulk UPDATE or DELETE names its table, though not its rows."""
    log = active_log()
    if log is not None and (state.is_update or state.is_delete):
        table = getattr(state.statement, "table", None)
        if table is not None:
            log.add_kinds([table.name])
