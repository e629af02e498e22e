"""Make data/schema-0011.sqlite3: a database at schema 0011 (before the work structure's
fields and the signatories' mandate basis), with a steering group, a decision route and a
chair.

Run from the repository root:
    .venv/bin/python tests/migrations/make_schema_0011.py tests/migrations/data/schema-0011.sqlite3
"""

from __future__ import annotations

import sys
from pathlib import Path

from saved_schema import database_at

NOW = "2026-11-30 16:30:00.000000"


def main(target: Path) -> None:
    with database_at(target, "0011", NOW) as insert:
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
            email="",
            consent_named=1,
            forgotten=0,
        )
        for item_id, section, party, title, text in (
            ("w1", "werkstructuur", None, "Stuurgroep", "wethouder en voorzitter"),
            ("w2", "besluitvorming", "initiatief", "Investeringen via de ALV", "twee per jaar"),
        ):
            insert(
                "worksheet_items",
                id=item_id,
                trajectory_id="t1",
                worksheet="borgen",
                section=section,
                party=party,
                title=title,
                text=text,
                state="",
                shared=0,
                position=0,
            )


if __name__ == "__main__":
    main(Path(sys.argv[1]))
