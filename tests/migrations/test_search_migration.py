"""Migration 0003: an older database gets a search index holding everything it already had."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from opgroei_desktop.core import search
from opgroei_desktop.core.models import Base
from opgroei_desktop.core.paths import DATABASE_NAME
from opgroei_desktop.core.services import entries, trajectories
from opgroei_desktop.core.store import Store

SCHEMA_0002 = Path(__file__).parent / "data" / "schema-0002.sqlite3"


def _open_0002(tmp_path) -> Store:
    shutil.copy(SCHEMA_0002, tmp_path / DATABASE_NAME)
    return Store.open(tmp_path)


def _found(store, text, trajectory_id=None):
    return {(hit.kind, hit.id) for hit in search.search(store, text, trajectory_id)}


def test_schema_0002_database_upgrades_with_existing_rows_searchable(tmp_path):
    """After updating the app, everything written before must be findable at once."""
    store = _open_0002(tmp_path)
    assert store.report.migrated_from == "0002"
    assert search.fts_available(store)
    assert _found(store, "riothermie") == {("entry", "e1")}
    assert _found(store, "warmtenet") == {("entry", "e1"), ("entry", "e4")}
    assert _found(store, "warmtenet", "t1") == {("entry", "e1")}
    assert _found(store, "kwartaal") == {("entry", "e3"), ("agreement", "g1")}
    assert _found(store, "subsidie") == {("action", "a1")}
    assert _found(store, "intentie concept") == {("worksheet_item", "w1")}
    assert _found(store, "zonneweides") == set(), "a deleted entry must stay out of the results"
    [hit] = search.search(store, "riothermie")
    assert (hit.meeting_title, hit.worksheet) == ("Startgesprek", "kennen")
    store.close()


def test_index_keeps_up_with_new_rows_after_the_upgrade(tmp_path):
    """Entries captured after the update must be found too (the triggers came with it)."""
    store = _open_0002(tmp_path)
    entries.capture_entry(store, "t1", text="Geothermie is te duur", kind="zorg")
    assert {hit.kind for hit in search.search(store, "geothermie")} == {"entry"}
    store.close()


def test_schema_matches_models_apart_from_the_search_tables(tmp_path):
    """The models and the migrated schema must agree; the search tables are not models."""
    store = _open_0002(tmp_path)

    def not_search(name, type_, _parent):
        return not (type_ == "table" and name.startswith(search.SEARCH_TABLE_PREFIX))

    with store.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_name": not_search})
        assert compare_metadata(context, Base.metadata) == []
        assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    store.close()


def test_database_without_search_index_still_works_and_finds_with_like(tmp_path):
    """On a Python without FTS5 the migration adds nothing; capturing and searching still work."""
    Store.open(tmp_path).close()
    connection = sqlite3.connect(tmp_path / DATABASE_NAME)
    for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'"):
        connection.execute(f"DROP TRIGGER {name}")
    connection.execute("DROP TABLE search_index")
    connection.execute("DROP TABLE search_docs")
    connection.commit()
    connection.close()
    store = Store.open(tmp_path)
    assert not search.fts_available(store)
    trajectory = trajectories.create_trajectory(store, municipality="G", initiative="I").id
    entries.capture_entry(store, trajectory, text="Coöperatie zoekt één warmtebron")
    assert [hit.kind for hit in search.search(store, "cooperatie een warmteb")] == ["entry"]
    store.close()
