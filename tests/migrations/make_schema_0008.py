"""Make data/schema-0008.sqlite3: assumption cards at schema 0008, when a card found its
lesson by the quoted text (two cards with the same text, each with its own lesson).

Run from the repository root:
    .venv/bin/python tests/migrations/make_schema_0008.py \
        tests/migrations/data/schema-0008.sqlite3
"""

from __future__ import annotations

import sys
from pathlib import Path

from saved_schema import database_at

NOW = "2026-11-25 20:30:00.000000"
CARD = "Zij willen alles gratis"


def main(target: Path) -> None:
    with database_at(target, "0008", NOW) as insert:
        insert(
            "trajectories",
            id="t1",
            municipality="Gemeente Zeedorp",
            initiative="Coöperatie Zeewind",
            area="",
            project="",
            phase="Verkenning",
            shared_name="",
            slogan="",
            shared_goal="",
            facilitator="Mila Post",
            notes="",
        )
        insert(
            "meetings",
            id="m1",
            trajectory_id="t1",
            title="Komedie-avond",
            starts_at="2026-11-25 19:30:00.000000",
            location="Dorpshuis",
            status="gehouden",
            minute_taker="",
            agreed_gemeente_by="",
            agreed_initiatief_by="",
        )
        for number, (verdict, reaction) in enumerate(
            [("niet_waar", "We betalen mee."), ("deels", "Alleen de eerste studie.")], start=1
        ):
            insert(
                "assumption_cards",
                id=f"c{number}",
                meeting_id="m1",
                author_party="gemeente",
                anonymous=1,
                text=CARD,
                position=number,
                verdict=verdict,
                reaction=reaction,
            )
            word = "niet waar" if verdict == "niet_waar" else "deels waar"
            insert(
                "entries",
                id=f"e{number}",
                trajectory_id="t1",
                meeting_id="m1",
                text=f"“{CARD}” (aanname van de gemeente): {word}. {reaction}",
                kind="aanname",
                voice="initiatief",
                worksheet="kennen",
                captured_at=f"2026-11-25 20:0{number}:00.000000",
                created_at=f"2026-11-25 20:0{number}:00.000000",
            )


if __name__ == "__main__":
    main(Path(sys.argv[1]))
