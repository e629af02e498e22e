"""Migration 0012: the work structure's fields and the mandate basis, old lines intact."""

from __future__ import annotations

import shutil
from pathlib import Path

from opgroei_desktop.core.paths import DATABASE_NAME
from opgroei_desktop.core.services import people, worksheet_data
from opgroei_desktop.core.store import Store

SCHEMA_0011 = Path(__file__).parent / "data" / "schema-0011.sqlite3"


def test_schema_0011_database_keeps_its_lines_and_gains_empty_fields(tmp_path):
    """After updating, the steering group and the chair are still there, with empty new fields
    that can be filled in."""
    shutil.copy(SCHEMA_0011, tmp_path / DATABASE_NAME)
    store = Store.open(tmp_path)
    assert store.report.migrated_from == "0011"
    items = {i.id: i for i in worksheet_data.list_items(store, "t1", worksheet="borgen")}
    assert items["w1"].title == "Stuurgroep" and items["w1"].text == "wethouder en voorzitter"
    assert (items["w1"].kind, items["w1"].decides, items["w1"].body, items["w1"].term) == (
        "",
        "",
        "",
        "",
    )
    worksheet_data.update_item(store, "w1", kind="stuurgroep", decides="de planning")
    worksheet_data.update_item(store, "w2", body="algemene ledenvergadering", term="acht weken")
    [chair] = people.list_people(store, "t1")
    assert chair.mandate_basis == ""
    people.update_person(store, "p1", mandate_basis="artikel 16 van de statuten")
    assert people.list_people(store, "t1")[0].mandate_basis == "artikel 16 van de statuten"
    assert worksheet_data.list_items(store, "t1")[0].kind in ("stuurgroep", "")
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    store.close()
