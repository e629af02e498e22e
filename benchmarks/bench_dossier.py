"""How long the handover dossier of a long trajectory takes.

Builds a trajectory of 30 held meetings with 200 notes each (a decision, an agreement or an
action every so often, agreements moved on through their life cycle), then times building the
dossier and writing it as .docx. Budget: the .docx export stays under three seconds.

Run: .venv/bin/python benchmarks/bench_dossier.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from opgroei_desktop.core.models import Action, Agreement, AgreementEvent, Entry
from opgroei_desktop.core.services import meetings, milestones, people, trajectories
from opgroei_desktop.core.store import Store
from opgroei_desktop.export.dossier import build_dossier, export_dossier

BUDGET_SECONDS = 3.0
MEETINGS = 30
NOTES = 200
KINDS = ("opmerking", "vraag", "zorg", "idee", "aanname", "opmerking", "idee", "vraag")
VOICES = ("gemeente", "initiatief", "samen", "procesbegeleider")
SHEETS = ("kennen", "stappen", "borgen", "verhaal", "namens_wie", "rollen", "veerkracht")
TEXT = "De gemeente wil eerst weten wat de **haalbaarheidsstudie** kost, en wie die betaalt."


def build_trajectory(store: Store) -> str:
    """Thirty held meetings of 200 notes: every 20th a decision, every 25th an agreement,
    every 15th an action; twelve people, two of whom left."""
    trajectory = trajectories.create_trajectory(
        store, municipality="Zwolle", initiative="Energiecoöperatie Assendorp", phase="Planfase"
    ).id
    persons = [
        people.add_person(
            store,
            trajectory,
            name=f"Deelnemer {n}",
            party=("gemeente", "initiatief")[n % 2],
            function="adviseur",
            left_on=date(2027, 1, 1) if n < 2 else None,
        ).id
        for n in range(12)
    ]
    start = datetime(2026, 1, 12, 19, 30)
    decided: dict[int, int] = {}
    for number in range(MEETINGS):
        starts = start + timedelta(weeks=3 * number)
        meeting = meetings.plan_meeting(
            store, trajectory, title=f"Bijeenkomst {number + 1}", starts_at=starts
        ).id
        meetings.update_meeting(store, meeting, status="gehouden")
        _notes(store, trajectory, meeting, starts, persons, decided)
    for number in range(6):
        milestones.create_milestone(
            store,
            trajectory,
            title=f"Piketpaal {number + 1}",
            due_on=date(2026, 3, 1) + timedelta(days=90 * number),
            criteria="Beide partijen zijn tevreden over de stap.",
            guarantee="De samenwerking gaat door.",
        )
    return trajectory


def _number(decided: dict[int, int], year: int) -> str:
    decided[year] = decided.get(year, 0) + 1
    return f"{year}-{decided[year]:02d}"


def _notes(
    store: Store,
    trajectory: str,
    meeting: str,
    starts: datetime,
    persons: list[str],
    decided: dict[int, int],
) -> None:
    moment = starts.replace(tzinfo=UTC)
    with store.transaction() as session:
        for n in range(NOTES):
            kind = "besluit" if n % 20 == 0 else KINDS[n % len(KINDS)]
            entry = Entry(
                trajectory_id=trajectory,
                meeting_id=meeting,
                text=f"{TEXT} ({n})",
                kind=kind,
                voice=VOICES[n % len(VOICES)],
                worksheet=SHEETS[n % len(SHEETS)],
                person_id=persons[n % len(persons)],
                captured_at=moment + timedelta(seconds=20 * n),
                decision_number=_number(decided, starts.year) if kind == "besluit" else None,
            )
            session.add(entry)
            if n % 25 == 0:
                agreement = Agreement(
                    trajectory_id=trajectory,
                    worksheet=SHEETS[n % len(SHEETS)],
                    text=f"Afspraak {n} van {starts:%d-%m-%Y}: wij delen stukken vooraf.",
                    status="akkoord_beiden",
                )
                session.add(agreement)
                session.flush()
                for status in ("voorstel", "akkoord_gemeente", "akkoord_beiden"):
                    session.add(
                        AgreementEvent(
                            agreement_id=agreement.id,
                            meeting_id=meeting,
                            status=status,
                            text=agreement.text,
                        )
                    )
            if n % 15 == 0:
                session.add(
                    Action(
                        trajectory_id=trajectory,
                        meeting_id=meeting,
                        owner_person_id=persons[n % len(persons)],
                        what=f"Uitzoeken wat punt {n} kost",
                        due_on=starts.date() + timedelta(days=30),
                        status="open" if n % 30 == 0 else "gedaan",
                    )
                )


def timed(step: Callable[[], object], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        step()
        times.append(time.perf_counter() - start)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args(argv).runs
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder) / "data")
        trajectory = build_trajectory(store)
        target = Path(folder) / "dossier.docx"
        export_dossier(store, trajectory, target)  # warm up imports and caches
        results = {
            "dossier opbouwen": timed(lambda: build_dossier(store, trajectory), runs),
            "export .docx": timed(lambda: export_dossier(store, trajectory, target), runs),
        }
        size = target.stat().st_size
        store.close()
    print(
        f"Dossier van {MEETINGS} bijeenkomsten x {NOTES} notities, {runs} keer gemeten "
        f"({size / 1024:.0f} kB .docx)\n"
    )
    print(f"{'stap':<20}{'mediaan':>10}{'snelste':>10}{'traagste':>10}")
    for name, times in results.items():
        print(f"{name:<20}{statistics.median(times):>9.3f}s{min(times):>9.3f}s{max(times):>9.3f}s")
    median = statistics.median(results["export .docx"])
    verdict = "PASS" if median < BUDGET_SECONDS else "FAIL"
    print(f"\n{verdict}: export .docx mediaan {median:.3f} s, budget {BUDGET_SECONDS:.1f} s")
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    sys.exit(main())
