"""Make data/schema-0003.sqlite3: a database at schema 0003 (before clause documents), with data.

Run from the repository root:
    .venv/bin/python tests/migrations/make_schema_0003.py tests/migrations/data/schema-0003.sqlite3
"""

from __future__ import annotations

import sys
from pathlib import Path

from saved_schema import database_at

NOW = "2026-09-15 20:30:00.000000"


def main(target: Path) -> None:
    with database_at(target, "0003", NOW) as insert:
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
            "people",
            id="p1",
            trajectory_id="t1",
            name="Ria Zand",
            party="initiatief",
            function="voorzitter",
            organisation="",
            speaks_for="het bestuur",
            consent_named=1,
            forgotten=0,
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
            "agreements",
            id="g2",
            trajectory_id="t1",
            worksheet="financiering",
            text="De gemeente betaalt de procesbegeleiding.",
            status="voorstel",
            document="",
        )
        insert(
            "milestones",
            id="s1",
            trajectory_id="t1",
            title="Intentieovereenkomst getekend",
            due_on="2027-03-01",
            criteria="Beide partijen hebben getekend.",
            guarantee="Geen marktconsultatie tot 2028.",
            outcome_note="",
        )


if __name__ == "__main__":
    main(Path(sys.argv[1]))
