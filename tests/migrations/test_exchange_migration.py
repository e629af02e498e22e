"""Migration 0005: an older database gains the exchange bookkeeping and can travel at once."""

from __future__ import annotations

import shutil
from pathlib import Path

from opgroei_desktop.core import migrate
from opgroei_desktop.core.exchange import export_archive, import_archive
from opgroei_desktop.core.paths import DATABASE_NAME
from opgroei_desktop.core.services import agreements
from opgroei_desktop.core.store import Store

SCHEMA_0004 = Path(__file__).parent / "data" / "schema-0004.sqlite3"


def test_schema_0004_database_upgrades_and_travels(tmp_path):
    """After updating the app, a trajectory from before must save to a file and open elsewhere."""
    shutil.copy(SCHEMA_0004, tmp_path / DATABASE_NAME)
    store = Store.open(tmp_path)
    assert store.report.migrated_from == "0004" and store.report.revision == migrate.HEAD
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    archive = export_archive(store, tmp_path / "zeedorp.opgroei", ["t1"])
    assert archive.counts["clause_choices"] == 1
    store.close()
    other = Store.open(tmp_path / "elders")
    import_archive(other, archive.path)
    assert [a.text for a in agreements.list_agreements(other, "t1")] == [
        "Er komt een stuurgroep met beide partijen."
    ]
    other.close()
