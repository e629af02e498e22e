"""Schema migrations: a new database reaches head, an old one upgrades with its data intact."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from opgroei_desktop.core import migrate
from opgroei_desktop.core.errors import NewerDatabase
from opgroei_desktop.core.models import Base
from opgroei_desktop.core.paths import DATABASE_NAME
from opgroei_desktop.core.search import SEARCH_TABLE_PREFIX
from opgroei_desktop.core.services import entries
from opgroei_desktop.core.store import Store


def _modelled(name, type_, parent_names):
    return not (type_ == "table" and name.startswith(SEARCH_TABLE_PREFIX))


SCHEMA_0001 = Path(__file__).parent / "data" / "schema-0001.sqlite3"


def test_head_constant_matches_alembic():
    """If this fails, the app would think an up-to-date database still needs migrating."""
    assert migrate.known_revisions()[-1] == migrate.HEAD


def test_empty_database_migrates_to_head_with_every_table(tmp_path):
    """A newcomer's first start must create every table the app uses, exactly as modelled."""
    store = Store.open(tmp_path)
    with store.engine.connect() as connection:
        tables = {
            row[0]
            for row in connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type='table'"
            )
        }
        assert set(Base.metadata.tables) <= tables
        context = MigrationContext.configure(connection, opts={"include_name": _modelled})
        assert compare_metadata(context, Base.metadata) == []
    assert store.report.created and store.report.revision == migrate.HEAD
    store.close()


def test_first_schema_database_upgrades_with_data_intact(tmp_path):
    """Someone updating the app must find every trajectory, entry and agreement they had."""
    shutil.copy(SCHEMA_0001, tmp_path / DATABASE_NAME)
    store = Store.open(tmp_path)
    assert store.report.migrated_from == "0001"
    assert store.report.backup is not None and store.report.backup.exists()
    found = entries.list_entries(store, "t1")
    assert [(e.text, e.agenda_item_id, e.person_id) for e in found] == [
        ("Wij willen samen verder", "a1", "p1")
    ]
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT source_entry_id FROM agreements").scalar() == "e1"
        assert connection.exec_driver_sql("SELECT exercise FROM script_steps").scalar() is None
        assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    store.close()


def test_backup_before_migration_holds_the_old_schema(tmp_path):
    """If a migration went wrong, the automatic backup must still be the untouched old database."""
    shutil.copy(SCHEMA_0001, tmp_path / DATABASE_NAME)
    store = Store.open(tmp_path)
    backup = sqlite3.connect(store.report.backup)
    assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert backup.execute("SELECT count(*) FROM entries").fetchone() == (1,)
    backup.close()
    store.close()


def test_database_from_newer_app_is_refused_untouched(tmp_path):
    """Opening data from a newer version must not damage it; the user is told to update."""
    Store.open(tmp_path).close()
    connection = sqlite3.connect(tmp_path / DATABASE_NAME)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    with pytest.raises(NewerDatabase, match="nieuwere versie"):
        Store.open(tmp_path)
