"""Migration 0008: drafted documents gain their options and keep their version and choices."""

from __future__ import annotations

import shutil
from pathlib import Path

from opgroei_desktop.core.paths import DATABASE_NAME
from opgroei_desktop.core.services import clause_documents
from opgroei_desktop.core.store import Store

SCHEMA_0007 = Path(__file__).parent / "data" / "schema-0007.sqlite3"


def _open_0007(tmp_path) -> Store:
    shutil.copy(SCHEMA_0007, tmp_path / DATABASE_NAME)
    return Store.open(tmp_path)


def test_schema_0007_documents_keep_version_and_choices(tmp_path):
    """After updating, a convenant at version 3 with an article left out must stay so."""
    store = _open_0007(tmp_path)
    assert store.report.migrated_from == "0007"
    assert clause_documents.get_document(store, "t1", "convenant").version == 3
    assert not clause_documents.get_choices(store, "t1", "convenant")["g1"].included
    assert clause_documents.get_options(store, "t1", "convenant").off == frozenset()
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    store.close()


def test_upgraded_document_takes_options_and_counts_drafts(tmp_path):
    """Options chosen right after the update must be kept; the next draft becomes version 4."""
    store = _open_0007(tmp_path)
    clause_documents.set_article_included(store, "t1", "convenant", "begrippen", False)
    assert clause_documents.next_version(store, "t1", "convenant", "abc") == 4
    clause_documents.record_export(store, "t1", "convenant", "abc")
    clause_documents.record_export(store, "t1", "convenant", "abc")
    store.close()
    reopened = Store.open(tmp_path)
    assert clause_documents.get_options(reopened, "t1", "convenant").off == {"begrippen"}
    assert clause_documents.get_document(reopened, "t1", "convenant").version == 4
    reopened.close()
