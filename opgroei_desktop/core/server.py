"""Opening a team's database on a PostgreSQL server: reachable, ours, current.

Every message names the server by its URL without the password, and never repeats what the
driver said about the password either.
"""

from __future__ import annotations

from sqlalchemy import URL, Engine, text
from sqlalchemy.exc import DBAPIError, OperationalError

from . import migrate
from .db import hide_secret, make_engine, masked, server_url
from .errors import (
    ForeignDatabase,
    NewerDatabase,
    OpgroeiError,
    ServerUnavailable,
    WrongCredentials,
)

SERVER_BACKUP_MESSAGE = (
    "Deze gegevens staan in een gedeelde database op een server. Reservekopieën daarvan "
    "maakt de server, niet het programma: vraag de beheerder van de server ernaar."
)
OUR_TABLE = "trajectories"
_CREDENTIAL_WORDS = (
    "password authentication failed",
    "no password supplied",
    "authentication failed",
    "role",
)


def open_server(address: str) -> tuple[Engine, bool, str | None]:
    """An engine on the team database at ``address``, brought to the newest schema.

    Returns the engine, whether the database was empty (and so has just been set up), and
    the revision it was migrated from. A database of another program, or of a newer app, is
    refused and left untouched.
    """
    url = server_url(address)
    try:
        import psycopg  # noqa: F401
    except ImportError as error:
        raise OpgroeiError(
            "Voor een gedeelde database is het pakket psycopg nodig. Installeer het programma met "
            '`pip install "opgroei-desktop[postgres]"`.'
        ) from error
    engine = make_engine(url)
    try:
        revision, tables = _schema(engine)
        _refuse_if_not_ours(url, revision, tables)
        if revision != migrate.HEAD:
            migrate.upgrade(engine)
    except DBAPIError as error:
        engine.dispose()
        raise explain(error, url) from None
    except OpgroeiError:
        engine.dispose()
        raise
    migrated_from = revision if revision is not None and revision != migrate.HEAD else None
    return engine, revision is None, migrated_from


def _schema(engine: Engine) -> tuple[str | None, set[str]]:
    with engine.connect() as connection:
        tables = set(
            connection.execute(
                text(
                    "SELECT table_name FROM information_schema.tables "
                    "WHERE table_schema = current_schema()"
                )
            ).scalars()
        )
        revision = None
        if "alembic_version" in tables:
            revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return revision, tables


def _refuse_if_not_ours(url: URL, revision: str | None, tables: set[str]) -> None:
    others = tables - {"alembic_version"}
    theirs = ForeignDatabase(
        f"De database {masked(url)} hoort bij een ander programma: er staan tabellen in die "
        "Opgroei Desktop niet kent. Er is niets aan veranderd. Vraag de beheerder om een "
        "lege database voor Opgroei Desktop."
    )
    if revision is None:
        if others:
            raise theirs
        return
    if revision not in migrate.known_revisions():
        if OUR_TABLE not in tables:
            raise theirs
        raise NewerDatabase(
            f"De database {masked(url)} is bijgewerkt door een nieuwere versie van Opgroei "
            "Desktop. Installeer die versie om hem te openen; er is niets veranderd."
        )


def explain(error: DBAPIError, url: URL) -> OpgroeiError:
    """The Dutch message for what the server or driver said, without the password."""
    said = hide_secret(str(error.orig).strip().splitlines()[0] if error.orig else "", url)
    lowered = said.lower()
    where = masked(url)
    if isinstance(error, OperationalError) or error.connection_invalidated:
        if any(word in lowered for word in _CREDENTIAL_WORDS):
            return WrongCredentials(
                f"De server weigert de gebruikersnaam of het wachtwoord voor {where}. "
                "Controleer ze in het databaseadres, of vraag de beheerder."
            )
        if "database" in lowered and "does not exist" in lowered:
            return OpgroeiError(
                f"Op de server bestaat de database van {where} niet. "
                "Vraag de beheerder om hem aan te maken."
            )
        return ServerUnavailable(
            f"De server van {where} is niet bereikbaar ({said}). Controleer de verbinding, "
            "of vraag de beheerder of de server aan staat."
        )
    if "permission denied" in lowered:
        return OpgroeiError(
            f"De gebruiker van {where} mag de tabellen van Opgroei Desktop niet maken of "
            "lezen. Vraag de beheerder om de rechten op de database."
        )
    return OpgroeiError(f"De server van {where} meldt een fout: {said}")
