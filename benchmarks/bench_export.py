"""How long exporting the minutes of a busy meeting takes.

Builds a meeting with 300 entries (every kind, every party, some markdown with lists and
tables), then times building the document, the HTML preview and the .docx export; and writes a
document with 8,000 distinct links as .docx and PDF. Budgets: the minutes' .docx export stays well
under a second, the 8,000 links well under two.

Run: .venv/bin/python benchmarks/bench_export.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from opgroei_desktop.core.services import entries, meetings, people, trajectories
from opgroei_desktop.core.store import Store
from opgroei_desktop.export.document import Document, Paragraph, Run
from opgroei_desktop.export.docx_writer import write_docx
from opgroei_desktop.export.html_writer import to_html
from opgroei_desktop.export.minutes import build_minutes, export_minutes

BUDGET_SECONDS = 1.0
LINKS_BUDGET_SECONDS = 2.0
ENTRIES = 300
LINKS = 8000
KINDS = ("opmerking", "vraag", "zorg", "idee", "aanname", "besluit", "afspraak", "actie")
VOICES = ("gemeente", "initiatief", "samen", "procesbegeleider")
TEXTS = (
    "De gemeente wil eerst weten wat de **haalbaarheidsstudie** kost.",
    "Het initiatief vraagt om *duidelijkheid* over het budget:\n- uren\n- geld\n  - subsidie",
    "| Wie | Wat |\n|---|---|\n| gemeente | rekent door |\n| initiatief | peilt de buurt |",
    "Zie [de notitie](https://example.org/notitie) voor de cijfers.",
    "Korte opmerking over de planning van de volgende fase.",
)


def build_meeting(store: Store) -> str:
    """A trajectory with twelve people and one meeting of 300 entries over six agenda items."""
    trajectory = trajectories.create_trajectory(
        store, municipality="Zwolle", initiative="Energiecoöperatie Assendorp"
    ).id
    parties = ("gemeente", "initiatief", "procesbegeleider", "anders")
    persons = [
        people.add_person(
            store,
            trajectory,
            name=f"Deelnemer {n}",
            party=parties[n % 4],
            function="adviseur",
            consent_named=n % 5 != 0,
        ).id
        for n in range(12)
    ]
    meeting = meetings.plan_meeting(
        store, trajectory, title="Drukke bijeenkomst", starts_at=datetime(2026, 3, 12, 19, 30)
    ).id
    for person in persons:
        meetings.set_attendance(store, meeting, person, status="aanwezig")
    items = [
        meetings.add_agenda_item(store, meeting, title=f"Agendapunt {n}").id for n in range(1, 7)
    ]
    for n in range(ENTRIES):
        entries.capture_entry(
            store,
            trajectory,
            meeting_id=meeting,
            agenda_item_id=items[n % len(items)],
            text=TEXTS[n % len(TEXTS)],
            kind=KINDS[n % len(KINDS)],
            voice=VOICES[n % len(VOICES)],
            person_id=persons[n % len(persons)],
            owner_person_id=persons[(n + 1) % len(persons)],
            due_on="01-04-2026",
        )
    return meeting


def linked_document() -> Document:
    """A document of 8,000 paragraphs, each with its own link (a link list from a wiki)."""
    document = Document("Bronnenlijst")
    for n in range(LINKS):
        link = f"https://example.org/bron/{n}"
        document.add(Paragraph((Run(f"Bron {n}: "), Run(link, link=link))))
    return document


def timed(step: Callable[[], object], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        step()
        times.append(time.perf_counter() - start)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args(argv).runs
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder) / "data")
        meeting = build_meeting(store)
        target = Path(folder) / "verslag.docx"
        export_minutes(store, meeting, target)  # warm up imports and caches
        results = {
            "verslag opbouwen": timed(lambda: build_minutes(store, meeting), runs),
            "HTML-voorbeeld": timed(lambda: to_html(build_minutes(store, meeting)), runs),
            "export .docx": timed(lambda: export_minutes(store, meeting, target), runs),
        }
        links = linked_document()
        links_target = Path(folder) / "links.docx"
        link_runs = max(1, runs // 3)
        results[f"{LINKS} links .docx"] = timed(lambda: write_docx(links, links_target), link_runs)
        from opgroei_desktop.export.pdf_writer import render_pdf

        results[f"{LINKS} links .pdf"] = timed(lambda: render_pdf(links), link_runs)
        size = target.stat().st_size
        store.close()
    print(f"Verslag met {ENTRIES} notities, {runs} keer gemeten ({size / 1024:.0f} kB .docx)\n")
    print(f"{'stap':<22}{'mediaan':>10}{'snelste':>10}{'traagste':>10}")
    for name, times in results.items():
        print(f"{name:<22}{statistics.median(times):>9.3f}s{min(times):>9.3f}s{max(times):>9.3f}s")
    median = statistics.median(results["export .docx"])
    verdict = "PASS" if median < BUDGET_SECONDS else "FAIL"
    print(f"\n{verdict}: export .docx mediaan {median:.3f} s, budget {BUDGET_SECONDS:.1f} s")
    links_median = statistics.median(results[f"{LINKS} links .docx"])
    links_verdict = "PASS" if links_median < LINKS_BUDGET_SECONDS else "FAIL"
    print(
        f"{links_verdict}: {LINKS} links .docx mediaan {links_median:.3f} s, "
        f"budget {LINKS_BUDGET_SECONDS:.1f} s"
    )
    return 0 if verdict == links_verdict == "PASS" else 1


if __name__ == "__main__":
    sys.exit(main())
