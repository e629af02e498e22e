"""Make data/schema-0009.sqlite3: a database at schema 0009 (before step extra time and
anonymous baseline respondents), with a running meeting and a scored baseline.

Run from the repository root:
    .venv/bin/python tests/migrations/make_schema_0009.py tests/migrations/data/schema-0009.sqlite3
"""

from __future__ import annotations

import sys
from pathlib import Path

from saved_schema import database_at

NOW = "2026-11-25 20:30:00.000000"


def main(target: Path) -> None:
    with database_at(target, "0009", NOW) as insert:
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
        insert(
            "meetings",
            id="m1",
            trajectory_id="t1",
            title="Nulmeting",
            starts_at="2026-11-25 19:30:00.000000",
            location="Dorpshuis",
            status="bezig",
            current_step_id="s2",
            started_at="2026-11-25 17:30:00.000000",
            minute_taker="",
            agreed_gemeente_by="",
            agreed_initiatief_by="",
            goal="",
        )
        insert("agenda_items", id="a1", meeting_id="m1", position=0, title="Nulmeting")
        for position, (step_id, title, spent) in enumerate(
            [("s1", "Uitleg", 600), ("s2", "Scores invullen", 125)]
        ):
            insert(
                "script_steps",
                id=step_id,
                agenda_item_id="a1",
                position=position,
                title=title,
                minutes=20,
                instructions="",
                prompt="",
                materials="",
                library_instructions="",
                library_prompt="",
                spent_seconds=spent,
            )
        insert("assessments", id="n1", trajectory_id="t1", meeting_id="m1", title="Nulmeting")
        insert(
            "assessment_scores",
            id="sc1",
            assessment_id="n1",
            statement_key="partijen_1",
            dimension="partijen",
            party="initiatief",
            person_id="p1",
            score=4,
        )


if __name__ == "__main__":
    main(Path(sys.argv[1]))
