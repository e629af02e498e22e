"""Make data/schema-0002.sqlite3: a database at schema 0002 (before search), with data.

Run from the repository root:
    .venv/bin/python tests/migrations/make_schema_0002.py tests/migrations/data/schema-0002.sqlite3
"""

from __future__ import annotations

import sys
from pathlib import Path

from saved_schema import database_at

NOW = "2026-06-01 10:00:00.000000"


def main(target: Path) -> None:
    with database_at(target, "0002", NOW) as insert:
        empty = dict(area="", project="", phase="", shared_name="", slogan="", shared_goal="")
        insert(
            "trajectories",
            id="t1",
            municipality="Gemeente Zeedorp",
            initiative="Coöperatie Zeewind",
            facilitator="",
            notes="",
            **empty,
        )
        insert(
            "trajectories",
            id="t2",
            municipality="Gemeente Heuvel",
            initiative="Buurtwarmte Heuvel",
            facilitator="",
            notes="",
            **empty,
        )
        insert(
            "meetings",
            id="m1",
            trajectory_id="t1",
            title="Startgesprek",
            starts_at="2026-05-12 19:30:00.000000",
            location="",
            status="gehouden",
            minute_taker="",
            agreed_gemeente_by="",
            agreed_initiatief_by="",
        )
        entry = dict(kind="opmerking", captured_at=NOW, meeting_id="m1", trajectory_id="t1")
        insert(
            "entries",
            id="e1",
            text="De coöperatie wil een **warmtenet** op riothermie.",
            voice="initiatief",
            worksheet="kennen",
            section="waarden_doelen",
            **entry,
        )
        insert(
            "entries",
            id="e2",
            text="Verwijderde opmerking over zonneweides.",
            deleted_at=NOW,
            **entry,
        )
        insert(
            "entries",
            id="e3",
            text="Wij spreken af elk kwartaal te evalueren.",
            **{**entry, "kind": "afspraak"},
            worksheet="borgen",
        )
        insert(
            "entries",
            id="e4",
            text="Warmtenet ook in Heuvel?",
            kind="vraag",
            captured_at=NOW,
            trajectory_id="t2",
        )
        insert(
            "agreements",
            id="g1",
            trajectory_id="t1",
            worksheet="borgen",
            source_entry_id="e3",
            text="Wij spreken af elk kwartaal te evalueren.",
            status="voorstel",
            document="",
        )
        insert(
            "actions",
            id="a1",
            trajectory_id="t1",
            meeting_id="m1",
            what="Subsidieregeling uitzoeken",
            status="open",
            owner_party="gemeente",
        )
        insert(
            "worksheet_items",
            id="w1",
            trajectory_id="t1",
            worksheet="borgen",
            section="documenten",
            title="Intentieovereenkomst",
            text="in concept",
            state="",
            shared=0,
            position=0,
        )


if __name__ == "__main__":
    main(Path(sys.argv[1]))
