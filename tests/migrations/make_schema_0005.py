"""Make data/schema-0005.sqlite3: a meeting at schema 0005, where agenda items were steps.

Run from the repository root:
    .venv/bin/python tests/migrations/make_schema_0005.py \
        tests/migrations/data/schema-0005.sqlite3
"""

from __future__ import annotations

import sys
from pathlib import Path

from saved_schema import database_at

NOW = "2026-11-20 19:30:00.000000"


def main(target: Path) -> None:
    with database_at(target, "0005", NOW) as insert:
        insert(
            "trajectories",
            id="t1",
            municipality="Gemeente Zeedorp",
            initiative="Coöperatie Zeewind",
            area="Duinkant",
            project="Warmtenet Duinkant",
            phase="Verkenning",
            shared_name="",
            slogan="",
            shared_goal="",
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
            "meetings",
            id="m1",
            trajectory_id="t1",
            title="Tweede bijeenkomst",
            starts_at="2026-11-20 19:30:00.000000",
            location="Dorpshuis",
            status="bezig",
            current_item_id="a2",
            minute_taker="",
            agreed_gemeente_by="",
            agreed_initiatief_by="",
        )
        insert(
            "agenda_items",
            id="a1",
            meeting_id="m1",
            position=0,
            title="Check-in ronde",
            minutes=15,
            instructions="Iedereen zegt in een minuut waarmee hij binnenkomt.",
            prompt="Waarmee kom je binnen?",
            worksheet="kennen",
            section="ervaringen",
            exercise=None,
            format_key="check_in",
            step_key="ronde",
            spent_seconds=840,
        )
        insert(
            "agenda_items",
            id="a2",
            meeting_id="m1",
            position=1,
            title="Warmteplan van de gemeente",
            minutes=40,
            instructions="Eigen punt: laat de gemeente het plan toelichten.",
            prompt="Wat vinden we van het warmteplan?",
            worksheet="financiering",
            section=None,
            exercise=None,
            format_key=None,
            step_key=None,
            spent_seconds=300,
        )
        insert(
            "entries",
            id="e1",
            trajectory_id="t1",
            meeting_id="m1",
            agenda_item_id="a1",
            person_id="p1",
            text="Ik kom binnen met zin in de avond.",
            kind="opmerking",
            voice="initiatief",
            worksheet="kennen",
            captured_at="2026-11-20 19:40:00.000000",
        )
        insert(
            "entries",
            id="e2",
            trajectory_id="t1",
            meeting_id="m1",
            agenda_item_id="a2",
            text="Het warmteplan noemt de coöperatie nog niet.",
            kind="zorg",
            voice="initiatief",
            worksheet="financiering",
            captured_at="2026-11-20 20:05:00.000000",
        )


if __name__ == "__main__":
    main(Path(sys.argv[1]))
