"""The store: one SQLite file in the data folder, opened safely and kept current."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from . import migrate
from .backup import BACKUP_DIR_NAME, backup_database, list_backups
from .db import make_engine, sqlite_url
from .errors import DamagedDatabase, NewerDatabase, OpgroeiError
from .integrity import check_file
from .paths import DATABASE_NAME, resolve_data_dir


@dataclass(frozen=True)
class OpenReport:
    """What happened when the store was opened."""

    database: Path
    created: bool
    migrated_from: str | None
    backup: Path | None
    revision: str


class Store:
    """The app's database. Services take it as their first argument."""

    def __init__(self, engine: Engine, data_dir: Path, report: OpenReport) -> None:
        self.engine = engine
        self.data_dir = data_dir
        self.report = report
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def path(self) -> Path:
        return self.report.database

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / BACKUP_DIR_NAME

    @property
    def formats_dir(self) -> Path:
        """Where facilitators put their own session formats."""
        return self.data_dir / "werkvormen"

    @classmethod
    def open(cls, data_dir: str | Path | None = None) -> Store:
        """Open (or create) the database in ``data_dir``, checked, backed up and migrated.

        A damaged file raises ``DamagedDatabase`` and is left exactly as it was.
        """
        folder = resolve_data_dir(data_dir)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise OpgroeiError(
                f"De gegevensmap kan niet worden gemaakt: {folder} ({error.strerror})."
            ) from error
        database = folder / DATABASE_NAME
        existed = database.exists() and database.stat().st_size > 0
        if existed:
            verdict = check_file(database)
            if verdict != "ok":
                raise DamagedDatabase(_damaged_message(database, folder / BACKUP_DIR_NAME, verdict))
        engine = make_engine(sqlite_url(database))
        revision = migrate.current_revision(engine)
        backup = None
        if revision != migrate.HEAD:
            if revision is not None and revision not in migrate.known_revisions():
                engine.dispose()
                raise NewerDatabase(
                    "Deze gegevens zijn gemaakt met een nieuwere versie van Opgroei Desktop. "
                    "Installeer die versie om ze te openen; er is niets veranderd."
                )
            if existed:
                backup = backup_database(database, folder / BACKUP_DIR_NAME, "voor-migratie")
            migrate.upgrade(engine)
        migrated_from = revision if existed and revision != migrate.HEAD else None
        report = OpenReport(database, not existed, migrated_from, backup, migrate.HEAD)
        return cls(engine, folder, report)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A short transaction: committed on leaving, rolled back on an error."""
        with self._sessions() as session, session.begin():
            yield session

    def backup(self, reason: str = "handmatig") -> Path:
        """Write a backup now and return its path."""
        return backup_database(self.path, self.backup_dir, reason)

    def integrity(self, thorough: bool = True) -> str:
        """``"ok"`` or what is wrong with the database file."""
        return check_file(self.path, thorough=thorough)

    def close(self) -> None:
        self.engine.dispose()


def _damaged_message(database: Path, backup_dir: Path, verdict: str) -> str:
    backups = list_backups(backup_dir)
    advice = (
        f"De nieuwste reservekopie is van {backups[0].made_at:%d-%m-%Y %H:%M}: {backups[0].path}."
        if backups
        else "Er is geen reservekopie gevonden."
    )
    return (
        f"Het gegevensbestand is beschadigd en is niet geopend: {database}.\n"
        f"Wat er mis is: {verdict}.\n"
        f"Er is niets in het bestand veranderd. {advice}"
    )
