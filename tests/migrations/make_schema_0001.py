"""Make data/schema-0001.sqlite3: a database at the first schema, with data, for upgrade tests.

Run from the repository root:
python tests/migrations/make_schema_0001.py tests/migrations/data/schema-0001.sqlite3
"""

from __future__ import annotations

import sys
from pathlib import Path

from saved_schema import database_at

NOW = "2026-03-01 10:00:00.000000"


def main(target: Path) -> None:
    with database_at(target, "0001", NOW) as insert:
        insert(
            "trajectories",
            id="t1",
            municipality="Gemeente Oudeschans",
            initiative="Coöperatie Oud Vuur",
            area="Centrum",
            project="Warmtenet",
            phase="",
            shared_name="",
            slogan="",
            shared_goal="",
            facilitator="",
            notes="",
        )
        insert(
            "people",
            id="p1",
            trajectory_id="t1",
            name="Els Oud",
            party="gemeente",
            function="ambtenaar",
            organisation="",
            speaks_for="",
            consent_named=1,
            forgotten=0,
        )
        insert(
            "meetings",
            id="m1",
            trajectory_id="t1",
            title="Eerste overleg",
            starts_at="2026-03-02 19:30:00.000000",
            location="",
            status="gehouden",
            minute_taker="",
            agreed_gemeente_by="",
            agreed_initiatief_by="",
        )
        insert(
            "agenda_items",
            id="a1",
            meeting_id="m1",
            position=0,
            title="Kennismaken",
            minutes=20,
            instructions="",
            prompt="",
            worksheet="kennen",
            spent_seconds=0,
        )
        insert(
            "entries",
            id="e1",
            trajectory_id="t1",
            meeting_id="m1",
            agenda_item_id="a1",
            person_id="p1",
            text="Wij willen samen verder",
            kind="opmerking",
            voice="gemeente",
            worksheet="kennen",
            captured_at=NOW,
        )
        insert(
            "agreements",
            id="g1",
            trajectory_id="t1",
            worksheet="kennen",
            source_entry_id="e1",
            text="Maandelijks overleg",
            status="voorstel",
            document="",
        )


if __name__ == "__main__":
    main(Path(sys.argv[1]))
