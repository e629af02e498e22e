"""Make data/schema-0006.sqlite3: a database at schema 0006 (before row versions), with data.

Run from the repository root:
    .venv/bin/python tests/migrations/make_schema_0006.py tests/migrations/data/schema-0006.sqlite3
"""

from __future__ import annotations

import sys
from pathlib import Path

from saved_schema import database_at

NOW = "2026-11-20 19:45:00.000000"


def main(target: Path) -> None:
    with database_at(target, "0006", NOW) as insert:
        insert(
            "trajectories",
            id="t1",
            municipality="Gemeente Heiberg",
            initiative="Energiecoöperatie Heiberg",
            area="Oude Dorp",
            project="Zon op de sporthal",
            phase="Uitvoering",
            shared_name="",
            slogan="",
            shared_goal="",
            facilitator="Noor Vos",
            notes="",
        )
        insert(
            "agreements",
            id="g1",
            trajectory_id="t1",
            worksheet="borgen",
            text="De gemeente verhuurt het dak van de sporthal voor twintig jaar.",
            status="akkoord_beiden",
            document="",
        )
        insert(
            "entries",
            id="e1",
            trajectory_id="t1",
            text="De dakconstructie moet eerst worden doorgerekend.",
            kind="zorg",
            captured_at=NOW,
        )
        insert(
            "clause_documents",
            id="d1",
            trajectory_id="t1",
            doc_type="intentieovereenkomst",
            version=3,
        )


if __name__ == "__main__":
    main(Path(sys.argv[1]))
