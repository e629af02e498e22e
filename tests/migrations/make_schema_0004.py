"""Make data/schema-0004.sqlite3: a database at schema 0004 (before exchange), with data.

Run from the repository root:
    .venv/bin/python tests/migrations/make_schema_0004.py tests/migrations/data/schema-0004.sqlite3
"""

from __future__ import annotations

import sys
from pathlib import Path

from saved_schema import database_at

NOW = "2026-11-20 19:45:00.000000"


def main(target: Path) -> None:
    with database_at(target, "0004", NOW) as insert:
        insert(
            "trajectories",
            id="t1",
            municipality="Gemeente Zeedorp",
            initiative="Coöperatie Zeewind",
            area="Duinkant",
            project="Warmtenet Duinkant",
            phase="Planfase",
            shared_name="Zeewind Warmt",
            slogan="",
            shared_goal="Samen een betaalbaar warmtenet voor de Duinkant.",
            facilitator="Mila Post",
            notes="",
        )
        insert(
            "entries",
            id="e1",
            trajectory_id="t1",
            text="Wij willen de haalbaarheidsstudie samen trekken.",
            kind="besluit",
            voice="samen",
            captured_at=NOW,
            decision_number="1",
        )
        insert(
            "agreements",
            id="g1",
            trajectory_id="t1",
            worksheet="borgen",
            source_entry_id="e1",
            text="Er komt een stuurgroep met beide partijen.",
            status="akkoord_beiden",
            document="",
        )
        insert(
            "clause_documents",
            id="c1",
            trajectory_id="t1",
            doc_type="convenant",
            version=2,
        )
        insert(
            "clause_choices",
            id="cc1",
            document_id="c1",
            agreement_id="g1",
            included=1,
            wording="",
        )


if __name__ == "__main__":
    main(Path(sys.argv[1]))
