"""Make data/schema-0007.sqlite3: a database at schema 0007 (before document options), with data.

Run from the repository root:
    .venv/bin/python tests/migrations/make_schema_0007.py tests/migrations/data/schema-0007.sqlite3
"""

from __future__ import annotations

import sys
from pathlib import Path

from saved_schema import database_at

NOW = "2026-11-20 20:30:00.000000"


def main(target: Path) -> None:
    with database_at(target, "0007", NOW) as insert:
        insert(
            "trajectories",
            id="t1",
            municipality="Gemeente Zeedorp",
            initiative="Coöperatie Zeewind",
            area="Duinkant",
            project="Warmtenet Duinkant",
            phase="Verkenning",
            shared_name="Zeewind Warmt",
            slogan="",
            shared_goal="Samen een betaalbaar warmtenet voor de Duinkant.",
            facilitator="Mila Post",
            notes="",
        )
        insert(
            "agreements",
            id="g1",
            trajectory_id="t1",
            worksheet="borgen",
            text="Er komt een stuurgroep met beide partijen.",
            status="akkoord_beiden",
            document="",
        )
        insert(
            "clause_documents",
            id="d1",
            trajectory_id="t1",
            doc_type="convenant",
            version=3,
            last_exported_at=NOW,
        )
        insert(
            "clause_choices",
            id="c1",
            document_id="d1",
            agreement_id="g1",
            included=0,
            wording="",
        )


if __name__ == "__main__":
    main(Path(sys.argv[1]))
