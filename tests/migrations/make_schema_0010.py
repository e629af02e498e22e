"""Make data/schema-0010.sqlite3: a database at schema 0010 (before the account per agenda
item and the choice of an annex), with a held meeting, its agenda and a captured note.

Run from the repository root:
    .venv/bin/python tests/migrations/make_schema_0010.py tests/migrations/data/schema-0010.sqlite3
"""

from __future__ import annotations

import sys
from pathlib import Path

from saved_schema import database_at

NOW = "2026-11-30 16:00:00.000000"


def main(target: Path) -> None:
    with database_at(target, "0010", NOW) as insert:
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
            "meetings",
            id="m1",
            trajectory_id="t1",
            title="Stuurgroep",
            starts_at="2026-11-25 19:30:00.000000",
            location="Dorpshuis",
            status="gehouden",
            minute_taker="",
            agreed_gemeente_by="",
            agreed_initiatief_by="",
            goal="",
        )
        insert("agenda_items", id="a1", meeting_id="m1", position=0, title="Opening")
        insert("agenda_items", id="a2", meeting_id="m1", position=1, title="Warmtebronnen")
        insert(
            "script_steps",
            id="s2",
            agenda_item_id="a2",
            position=0,
            title="Warmtebronnen",
            minutes=30,
            instructions="",
            prompt="",
            materials="",
            library_instructions="",
            library_prompt="",
            spent_seconds=0,
        )
        insert(
            "entries",
            id="e1",
            trajectory_id="t1",
            meeting_id="m1",
            agenda_item_id="a2",
            script_step_id="s2",
            text="De vijver is groot genoeg voor aquathermie.",
            kind="opmerking",
            voice="initiatief",
            captured_at="2026-11-25 18:40:00.000000",
        )


if __name__ == "__main__":
    main(Path(sys.argv[1]))
