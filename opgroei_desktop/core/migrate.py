"""Schema migrations with Alembic, run at open.

Alembic is imported only when the schema is behind, so an up-to-date start stays fast.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection, Engine, text

HEAD = "0012"
"""The newest schema revision; a test keeps it equal to Alembic's head."""

LOCK_KEY = 0x0970_0E1
"""The PostgreSQL advisory lock held while migrating a team database."""

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def current_revision(engine: Engine) -> str | None:
    """The schema revision the database is at, or None for an empty database."""
    with engine.connect() as connection:
        has_table = connection.execute(
            text("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'")
            if engine.dialect.name == "sqlite"
            else text(
                "SELECT 1 FROM information_schema.tables "
                "WHERE table_name = 'alembic_version' AND table_schema = current_schema()"
            )
        ).first()
        if not has_table:
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def known_revisions() -> list[str]:
    """Every revision id the app knows, oldest first."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(MIGRATIONS_DIR))
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def upgrade(engine: Engine, target: str = "head") -> None:
    """Bring the schema to ``target`` in one transaction.

    On SQLite, batch mode recreates tables; with foreign keys on, dropping the old table would
    cascade-delete child rows. So keys are off during the migration and checked after it.
    """
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    is_sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as connection:
        if is_sqlite:
            _sqlite_foreign_keys(connection, "OFF")
        try:
            with connection.begin():
                if engine.dialect.name == "postgresql":
                    # Two laptops opening a new team database at once: one migrates, the
                    # other waits here and then finds the schema current.
                    connection.execute(
                        text("SELECT pg_advisory_xact_lock(:key)"), {"key": LOCK_KEY}
                    )
                config.attributes["connection"] = connection
                command.upgrade(config, target)
                if is_sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise RuntimeError(f"foreign_key_check after migration: {broken[:5]}")
        finally:
            if is_sqlite:
                _sqlite_foreign_keys(connection, "ON")


def _sqlite_foreign_keys(connection: Connection, state: str) -> None:
    """Switch SQLite's foreign keys ``ON`` or ``OFF`` on the driver's own connection: sent
    through SQLAlchemy, the pragma would run inside a transaction, where SQLite ignores it."""
    driver = connection.connection.driver_connection
    if driver is None:
        raise RuntimeError("The SQLite connection has no driver connection to set foreign keys on.")
    driver.execute(f"PRAGMA foreign_keys = {state}")
