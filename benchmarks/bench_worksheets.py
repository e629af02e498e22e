"""Search and worksheets on years of work: 20 trajectories x 30 meetings x 200 entries.

Generates the data set with bulk SQL inserts in one transaction (the search triggers fire as
they would in use), then measures:

- search as someone types it (prefixes of 3-6 letters, whole words, two words), within one
  trajectory and across all; budget p95 under 50 ms;
- the LIKE fallback on a sample of the same queries (what a Python without FTS5 gets);
- building each worksheet of one trajectory (``build_sheet``) and opening it as a widget.

    .venv/bin/python benchmarks/bench_worksheets.py [--trajectories 20] [--meetings 30]
        [--entries 200] [--queries 300] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta
from pathlib import Path

if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from opgroei_desktop.core import search  # noqa: E402
from opgroei_desktop.core.store import Store  # noqa: E402
from opgroei_desktop.core.vocab import WORKSHEET_KEYS  # noqa: E402
from opgroei_desktop.library import load_library  # noqa: E402
from opgroei_desktop.worksheets.sheet import build_sheet  # noqa: E402

BUDGET_SEARCH_P95_MS = 50.0

WORDS = (
    "warmtenet coöperatie gemeente bewoners subsidie aquathermie haalbaarheidsstudie stuurgroep "
    "wethouder begroting intentieovereenkomst samenwerkingsovereenkomst ALV gemeenteraad "
    "participatie draagvlak vrijwilligers projectleider aanbesteding staatssteun warmtebron "
    "isolatie buurthuis planning vergunning financiering lening garantstelling mandaat evaluatie "
    "piketpaal warmtepomp riothermie geothermie biomassa zonnewarmte opslag leidingen tracé "
    "aansluitingen huurders corporatie eigenaren tarief prijs zeggenschap eigendom exploitatie "
    "ontwikkeling aanleg initiatief fase rapport advies offerte bureau adviseur ambtenaar college "
    "beleid convenant werkgroep communicatie techniek juridisch risico kans onzekerheid rol "
    "taakverdeling waardering uren vergoeding bestuur leden wijkkrant website bewonersavond "
    "enquête nulmeting scenario Vlinderhof Lindewijde Zeedorp Heuvelrug café déjà één België"
).split()
FILLER = "we de het een en van in op voor met dat als niet nog ook wel maar want dus zo er".split()
KINDS = (
    ["opmerking"] * 10
    + ["vraag"] * 3
    + ["zorg"] * 2
    + ["idee"] * 2
    + ["besluit", "afspraak", "actie"]
)


def sentence(rng: random.Random) -> str:
    words = [
        rng.choice(WORDS if rng.random() < 0.45 else FILLER) for _ in range(rng.randint(8, 26))
    ]
    return " ".join(words).capitalize() + "."


def generate(store: Store, library, trajectories: int, meetings: int, per_meeting: int, rng):
    """Insert everything in one transaction, the way a migration or import would."""
    challenges = {t.key: [c.key for c in t.challenges] for t in library.themes}
    sections = {c.key: [s.key for s in c.sections] for c in library.components}
    now = "2026-01-01 10:00:00.000000"
    base = datetime(2023, 1, 9, 19, 30)
    counts = dict(trajectories=0, meetings=0, entries=0, agreements=0, actions=0, items=0)
    raw = store.engine.raw_connection()
    cursor = raw.cursor()
    cursor.execute("BEGIN")

    def insert(table: str, rows: list[dict]) -> None:
        if rows:
            columns = list(rows[0])
            marks = ",".join("?" * len(columns))
            cursor.executemany(
                f"INSERT INTO {table} ({','.join(columns)}) VALUES ({marks})",
                [[row[c] for c in columns] for row in rows],
            )

    stamp = dict(created_at=now, updated_at=now)
    for t in range(trajectories):
        trajectory = str(uuid.uuid4())
        insert(
            "trajectories",
            [
                dict(
                    id=trajectory,
                    municipality=f"Gemeente {rng.choice(WORDS)} {t}",
                    initiative=f"Coöperatie {rng.choice(WORDS)} {t}",
                    area="",
                    project="",
                    phase="",
                    shared_name="",
                    slogan="",
                    shared_goal=sentence(rng),
                    facilitator="",
                    notes="",
                    **stamp,
                )
            ],
        )
        people = [str(uuid.uuid4()) for _ in range(10)]
        insert(
            "people",
            [
                dict(
                    id=p,
                    trajectory_id=trajectory,
                    name=f"Persoon {i}",
                    party=("gemeente", "initiatief")[i % 2],
                    function="",
                    organisation="",
                    speaks_for="",
                    consent_named=1,
                    forgotten=0,
                    **stamp,
                )
                for i, p in enumerate(people)
            ],
        )
        entries, agreements, events, actions = [], [], [], []
        meeting_rows = []
        for m in range(meetings):
            meeting = str(uuid.uuid4())
            starts = base + timedelta(days=35 * m)
            meeting_rows.append(
                dict(
                    id=meeting,
                    trajectory_id=trajectory,
                    title=f"Bijeenkomst {m + 1}: {rng.choice(WORDS)}",
                    starts_at=starts.strftime("%Y-%m-%d %H:%M:%S.000000"),
                    location="",
                    status="gehouden",
                    minute_taker="",
                    agreed_gemeente_by="",
                    agreed_initiatief_by="",
                    **stamp,
                )
            )
            for n in range(per_meeting):
                entry = str(uuid.uuid4())
                worksheet = rng.choice(WORKSHEET_KEYS)
                kind = rng.choice(KINDS)
                challenge = rng.choice(challenges[worksheet]) if worksheet in challenges else None
                section = rng.choice(sections[worksheet]) if worksheet in sections else None
                captured = (starts + timedelta(seconds=20 * n)).strftime("%Y-%m-%d %H:%M:%S.000000")
                text = sentence(rng)
                entries.append(
                    dict(
                        id=entry,
                        trajectory_id=trajectory,
                        meeting_id=meeting,
                        person_id=rng.choice(people),
                        text=text,
                        kind=kind,
                        voice=rng.choice(("gemeente", "initiatief", "samen")),
                        worksheet=worksheet,
                        section=section,
                        challenge_key=challenge,
                        captured_at=captured,
                        created_at=captured,
                        updated_at=captured,
                    )
                )
                if kind == "afspraak":
                    agreement = str(uuid.uuid4())
                    agreements.append(
                        dict(
                            id=agreement,
                            trajectory_id=trajectory,
                            worksheet=worksheet,
                            challenge_key=challenge,
                            source_entry_id=entry,
                            text=text,
                            status="voorstel",
                            document="",
                            created_at=captured,
                            updated_at=captured,
                        )
                    )
                    events.append(
                        dict(
                            id=str(uuid.uuid4()),
                            agreement_id=agreement,
                            meeting_id=meeting,
                            status="voorstel",
                            text=text,
                            note="",
                            created_at=captured,
                            updated_at=captured,
                        )
                    )
                if kind == "actie":
                    due = (starts + timedelta(days=42)).strftime("%Y-%m-%d")
                    actions.append(
                        dict(
                            id=str(uuid.uuid4()),
                            trajectory_id=trajectory,
                            meeting_id=meeting,
                            entry_id=entry,
                            owner_person_id=rng.choice(people),
                            what=text,
                            due_on=due,
                            status=rng.choice(("open", "gedaan", "gedaan")),
                            worksheet=worksheet,
                            challenge_key=challenge,
                            created_at=captured,
                            updated_at=captured,
                        )
                    )
        insert("meetings", meeting_rows)
        insert("entries", entries)
        insert("agreements", agreements)
        insert("agreement_events", events)
        insert("actions", actions)
        items = [
            dict(
                id=str(uuid.uuid4()),
                trajectory_id=trajectory,
                worksheet=key,
                section=section,
                party=rng.choice((None, "gemeente", "initiatief")),
                title=" ".join(rng.sample(WORDS, 3)),
                text=sentence(rng),
                state="",
                shared=0,
                position=i,
                **stamp,
            )
            for key, keys in sections.items()
            for section in keys
            for i in range(3)
        ]
        insert("worksheet_items", items)
        insert(
            "milestones",
            [
                dict(
                    id=str(uuid.uuid4()),
                    trajectory_id=trajectory,
                    title=f"Piketpaal {i}",
                    due_on=(base + timedelta(days=200 * i)).strftime("%Y-%m-%d"),
                    criteria=sentence(rng),
                    guarantee=sentence(rng) if i % 2 else "",
                    outcome_note="",
                    **stamp,
                )
                for i in range(5)
            ],
        )
        counts["trajectories"] += 1
        counts["meetings"] += len(meeting_rows)
        counts["entries"] += len(entries)
        counts["agreements"] += len(agreements)
        counts["actions"] += len(actions)
        counts["items"] += len(items)
    cursor.execute("COMMIT")
    raw.close()
    return counts


def queries(rng: random.Random, count: int) -> list[str]:
    """What people type: prefixes as they go, whole words, two words, now and then no match."""
    found = []
    for _ in range(count):
        word = rng.choice(WORDS)
        roll = rng.random()
        if roll < 0.45:
            found.append(word[: rng.randint(3, max(3, min(6, len(word))))])
        elif roll < 0.75:
            found.append(word)
        elif roll < 0.95:
            found.append(f"{word} {rng.choice(WORDS)[:4]}")
        else:
            found.append("xqz" + word[:3])
    return found


def timed(function, *args, **kwargs) -> tuple[float, object]:
    start = time.perf_counter()
    result = function(*args, **kwargs)
    return (time.perf_counter() - start) * 1000, result


def percentiles(samples: list[float]) -> tuple[float, float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return statistics.median(ordered), p95, ordered[-1]


def row(name: str, samples: list[float], budget: float | None = None) -> None:
    p50, p95, worst = percentiles(samples)
    verdict = "" if budget is None else ("  ok" if p95 <= budget else f"  OVER {budget:.0f} ms")
    print(f"{name:<44} {len(samples):>5} {p50:>9.1f} {p95:>9.1f} {worst:>9.1f}{verdict}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trajectories", type=int, default=20)
    parser.add_argument("--meetings", type=int, default=30)
    parser.add_argument("--entries", type=int, default=200)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--keep", help="generate into this folder and keep it")
    args = parser.parse_args()
    rng = random.Random(20261124)
    folder = Path(args.keep or tempfile.mkdtemp(prefix="opgroei-bench-"))
    store = Store.open(folder)
    library = load_library(store.formats_dir)
    seconds, counts = timed(
        generate, store, library, args.trajectories, args.meetings, args.entries, rng
    )
    size = store.path.stat().st_size / 1e6
    print(f"Generated {counts} in {seconds / 1000:.1f} s; database {size:.0f} MB at {folder}")
    print(f"FTS5 index in use: {search.fts_available(store)}")
    with store.engine.connect() as connection:
        ids = [r[0] for r in connection.exec_driver_sql("SELECT id FROM trajectories")]
    one = ids[len(ids) // 2]

    print(f"\n{'measure (ms)':<44} {'n':>5} {'p50':>9} {'p95':>9} {'max':>9}")
    asked = queries(rng, args.queries)
    search.search(store, "warm")  # first use opens the connection and reads the index
    within = [timed(search.search, store, q, one)[0] for q in asked]
    across = [timed(search.search, store, q)[0] for q in asked]
    hits = sum(len(search.search(store, q, one)) for q in asked[:50])
    row("search in one trajectory (FTS5)", within, BUDGET_SEARCH_P95_MS)
    row("search across all trajectories (FTS5)", across, BUDGET_SEARCH_P95_MS)
    print(f"{'  (hits per query, first 50, one trajectory)':<44} {hits / 50:>15.1f}")

    real = search.fts_available
    search.fts_available = lambda _store: False
    sample = asked[:30]
    like_within = [timed(search.search, store, q, one)[0] for q in sample]
    like_across = [timed(search.search, store, q)[0] for q in sample]
    search.fts_available = real
    row("search in one trajectory (LIKE fallback)", like_within)
    row("search across all (LIKE fallback)", like_across)

    sheets = {key: [] for key in WORKSHEET_KEYS}
    for _ in range(5):
        for key in WORKSHEET_KEYS:
            sheets[key].append(timed(build_sheet, store, library, one, key)[0])
    for key, samples in sheets.items():
        row(f"build_sheet {key}", samples)

    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from opgroei_desktop.ui.bus import DataBus
    from opgroei_desktop.ui.worksheets import open_worksheet

    app = QApplication.instance() or QApplication(sys.argv)
    bus, undo = DataBus(store), QUndoStack()
    opened = {key: [] for key in WORKSHEET_KEYS}
    for _ in range(3):
        for key in WORKSHEET_KEYS:
            start = time.perf_counter()
            view = open_worksheet(bus, library, undo, one, key)
            view.resize(1200, 700)
            view.show()
            app.processEvents()
            opened[key].append((time.perf_counter() - start) * 1000)
            view.close()
            view.deleteLater()
            app.processEvents()
    for key, samples in opened.items():
        row(f"open worksheet view {key}", samples)
    store.close()
    p95 = max(percentiles(within)[1], percentiles(across)[1])
    return 0 if p95 <= BUDGET_SEARCH_P95_MS else 1


if __name__ == "__main__":
    sys.exit(main())
