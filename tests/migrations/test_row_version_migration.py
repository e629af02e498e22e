"""Migration 0007: every row gains a version; data, document numbers and search stay."""

from __future__ import annotations

import shutil
from pathlib import Path

from opgroei_desktop.core import migrate, search
from opgroei_desktop.core.paths import DATABASE_NAME
from opgroei_desktop.core.services import agreements, clause_documents, entries
from opgroei_desktop.core.store import Store

SCHEMA_0006 = Path(__file__).parent / "data" / "schema-0006.sqlite3"


def test_schema_0006_database_upgrades_with_data_and_search_intact(tmp_path):
    """After updating, every agreement, note and document number must still be there and found."""
    shutil.copy(SCHEMA_0006, tmp_path / DATABASE_NAME)
    store = Store.open(tmp_path)
    assert (store.report.migrated_from, store.report.revision) == ("0006", migrate.HEAD)
    [agreement] = agreements.list_agreements(store, "t1")
    assert (agreement.id, agreement.row_version) == ("g1", 1)
    assert clause_documents.get_document(store, "t1", "intentieovereenkomst").version == 3
    assert {hit.id for hit in search.search(store, "dakconstructie")} == {"e1"}
    entries.update_entry(store, "e1", text="De dakconstructie is doorgerekend: het dak houdt het.")
    assert entries.get_entry(store, "e1").row_version == 2
    assert {hit.id for hit in search.search(store, "doorgerekend houdt")} == {"e1"}, (
        "the search triggers must survive the migration"
    )
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    store.close()
