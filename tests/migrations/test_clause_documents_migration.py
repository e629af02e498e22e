"""Migration 0004: an older database gains clause documents and keeps everything it had."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from opgroei_desktop.core import migrate, search
from opgroei_desktop.core.paths import DATABASE_NAME
from opgroei_desktop.core.services import agreements, clause_documents, milestones, people
from opgroei_desktop.core.store import Store

SCHEMA_0003 = Path(__file__).parent / "data" / "schema-0003.sqlite3"


def _open_0003(tmp_path) -> Store:
    shutil.copy(SCHEMA_0003, tmp_path / DATABASE_NAME)
    return Store.open(tmp_path)


def test_schema_0003_database_upgrades_with_data_intact(tmp_path):
    """After updating the app, the agreements, people and milestones must all still be there."""
    store = _open_0003(tmp_path)
    assert store.report.migrated_from == "0003"
    assert store.report.revision == migrate.HEAD
    assert [(a.id, a.status) for a in agreements.list_agreements(store, "t1")] == [
        ("g1", "akkoord_beiden"),
        ("g2", "voorstel"),
    ]
    assert [p.name for p in people.list_people(store, "t1")] == ["Ria Zand"]
    assert [m.guarantee for m in milestones.list_milestones(store, "t1")] == [
        "Geen marktconsultatie tot 2028."
    ]
    assert {hit.id for hit in search.search(store, "stuurgroep")} == {"g1"}
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    store.close()


def test_upgraded_database_keeps_clause_choices(tmp_path):
    """Choices made for a document right after the update must be kept and counted."""
    store = _open_0003(tmp_path)
    clause_documents.set_choice(store, "t1", "convenant", "g2", included=False)
    clause_documents.record_export(store, "t1", "convenant")
    store.close()
    reopened = Store.open(tmp_path)
    assert not clause_documents.get_choices(reopened, "t1", "convenant")["g2"].included
    assert clause_documents.get_document(reopened, "t1", "convenant").version == 1
    reopened.close()


def test_backup_before_the_clause_migration_holds_schema_0003(tmp_path):
    """If the update went wrong, the automatic backup must still be the untouched database."""
    store = _open_0003(tmp_path)
    backup = sqlite3.connect(store.report.backup)
    assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == ("0003",)
    assert backup.execute("SELECT count(*) FROM agreements").fetchone() == (2,)
    backup.close()
    store.close()
