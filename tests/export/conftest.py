"""A small but complete trajectory with a held meeting, built through the core services, and a
way to read the Word files the exports produce."""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import docx
import pytest
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph as DocxParagraph

from opgroei_desktop.core.services import (
    actions,
    agreements,
    entries,
    meetings,
    milestones,
    people,
    trajectories,
)
from opgroei_desktop.core.store import Store

MARKDOWN_NOTE = """Het initiatief **wil snel** door, de gemeente *twijfelt* nog.
Punten:
- eerst de **haalbaarheid**
- dan de financiering
  - provincie
  - fonds

| Wie | Wat |
|-----|-----|
| Gemeente | *rekent* door |
| Initiatief | peilt de buurt |
"""


@dataclass
class Minutes:
    """Ids of what the fixture made, for tests to look things up."""

    store: Store
    trajectory_id: str
    meeting_id: str
    earlier_meeting_id: str
    next_meeting_id: str
    anonymous_person_id: str
    item_ids: list[str]


@pytest.fixture
def minutes(store: Store) -> Minutes:
    trajectory = trajectories.create_trajectory(
        store,
        municipality="Rietveen",
        initiative="Energiecoöperatie Rietveen-Oost",
        area="Rietveen-Oost",
        project="Warmtenet Rietveen-Oost",
        facilitator="Fenna Vos",
    ).id
    add = lambda **f: people.add_person(store, trajectory, **f).id  # noqa: E731
    jan = add(
        name="Jan de Boer",
        party="gemeente",
        function="beleidsadviseur warmte",
        organisation="afdeling Duurzaamheid",
        speaks_for="team warmtetransitie",
    )
    anonymous = add(
        name="Geheime Gerrit", party="gemeente", function="beleidsadviseur", consent_named=False
    )
    wethouder = add(name="Wendy Wethouder", party="gemeente", function="wethouder")
    ria = add(
        name="Ria Jansen",
        party="initiatief",
        function="voorzitter",
        speaks_for="bestuur van de coöperatie",
    )
    kees = add(name="Kees Bakker", party="initiatief", function="vrijwilliger")
    fenna = add(name="Fenna Vos", party="procesbegeleider", function="procesbegeleider")

    earlier = meetings.plan_meeting(
        store,
        trajectory,
        title="Bijeenkomst 1: kennismaken",
        starts_at=datetime(2026, 2, 12, 19, 30),
    ).id
    entries.capture_entry(
        store,
        trajectory,
        meeting_id=earlier,
        text="Vraag de netbeheerder om cijfers",
        kind="actie",
        owner_person_id=jan,
        due_on=date(2026, 3, 1),
    )
    meeting = meetings.plan_meeting(
        store,
        trajectory,
        title="Bijeenkomst 2: rollen verkennen",
        starts_at=datetime(2026, 3, 12, 19, 30),
        location="Buurthuis De Kern, Rietveen",
        minute_taker="Fenna Vos",
        invite=(jan, anonymous, wethouder, ria, kees, fenna),
    ).id
    later = meetings.plan_meeting(
        store,
        trajectory,
        title="Bijeenkomst 3: financiering",
        starts_at=datetime(2026, 4, 9, 19, 30),
        location="Stadhuis Rietveen",
    ).id
    for person in (jan, anonymous, ria, fenna):
        meetings.set_attendance(store, meeting, person, status="aanwezig")
    meetings.set_attendance(store, meeting, ria, status="aanwezig", speaks_for_today="de ALV")
    meetings.set_attendance(store, meeting, wethouder, status="afwezig_mk")
    meetings.set_attendance(store, meeting, kees, status="afwezig_zk")

    titles = ["Opening en vaststellen agenda", "Rollen verkennen", "Rondvraag en sluiting"]
    items = [
        meetings.add_agenda_item(store, meeting, title=t, minutes=m).id
        for t, m in zip(titles, (10, 90, 20), strict=True)
    ]
    capture = lambda **f: entries.capture_entry(store, trajectory, meeting_id=meeting, **f).id  # noqa: E731
    capture(
        text="Welkom door de procesbegeleider.",
        agenda_item_id=items[0],
        voice="procesbegeleider",
        person_id=fenna,
    )
    capture(text=MARKDOWN_NOTE, agenda_item_id=items[1], voice="samen")
    capture(
        text="Wie betaalt de *haalbaarheidsstudie*?",
        kind="vraag",
        agenda_item_id=items[1],
        voice="initiatief",
        person_id=ria,
    )
    capture(
        text="Het budget voor 2027 is nog niet zeker.",
        kind="zorg",
        agenda_item_id=items[1],
        voice="gemeente",
        person_id=anonymous,
    )
    capture(
        text="Ik wil niet bij naam in het verslag.",
        agenda_item_id=items[1],
        voice="gemeente",
        person_id=anonymous,
    )
    capture(
        text="We starten een **gezamenlijke** haalbaarheidsstudie.",
        kind="besluit",
        agenda_item_id=items[1],
        voice="samen",
    )
    source = capture(
        text="De gemeente deelt conceptstukken een week vooraf.",
        kind="afspraak",
        agenda_item_id=items[1],
        voice="samen",
    )
    capture(
        text="Plan een gesprek met de provincie",
        kind="actie",
        agenda_item_id=items[1],
        voice="initiatief",
        owner_person_id=ria,
        due_on="01-04-2026",
    )
    capture(text="Geen vragen voor de rondvraag.", agenda_item_id=items[2])

    agreement = next(
        a for a in agreements.list_agreements(store, trajectory) if a.source_entry_id == source
    )
    agreements.agree(store, agreement.id, "gemeente", meeting_id=meeting)
    older = agreements.create_agreement(
        store, trajectory, worksheet="rollen", text="Het initiatief spreekt namens de buurt."
    ).id
    agreements.agree(store, older, "initiatief", meeting_id=meeting)
    actions.create_action(store, trajectory, what="Maak een ledenlijst", owner_party="initiatief")
    stone = milestones.create_milestone(
        store,
        trajectory,
        title="Haalbaarheid rond",
        due_on=date(2026, 3, 12),
        criteria="Beide partijen hebben de studie gelezen.",
        guarantee="Budget voor fase 2.",
    ).id
    milestones.evaluate_milestone(
        store, stone, "doorgaan", note="Goed op weg.", meeting_id=meeting, on=date(2026, 3, 12)
    )
    meetings.update_meeting(store, meeting, status="gehouden")
    return Minutes(store, trajectory, meeting, earlier, later, anonymous, items)


class WordFile:
    """A produced .docx, read back the way a test wants to look at it."""

    def __init__(self, path: Path) -> None:
        self.doc: DocxDocument = docx.Document(str(path))

    def text(self) -> str:
        """Every paragraph and table cell, in order, one per line."""
        lines = []
        for block in self.doc.iter_inner_content():
            if isinstance(block, DocxTable):
                lines.extend(cell.text for row in block.rows for cell in row.cells)
            else:
                lines.append(block.text)
        return "\n".join(lines)

    def headings(self, level: int) -> list[str]:
        return [p.text for p in self.doc.paragraphs if p.style.name == f"Heading {level}"]

    def table(self, *titles: str) -> DocxTable:
        """The table whose header row reads ``titles``."""
        for table in self.doc.tables:
            if tuple(cell.text for cell in table.rows[0].cells) == titles:
                return table
        raise AssertionError(f"no table headed {titles}")

    def paragraph(self, text: str) -> DocxParagraph:
        """The first paragraph (in the body or a table) containing ``text``."""
        cells = (c for t in self.doc.tables for r in t.rows for c in r.cells)
        candidates = [*self.doc.paragraphs, *(p for c in cells for p in c.paragraphs)]
        for paragraph in candidates:
            if text in paragraph.text:
                return paragraph
        raise AssertionError(f"no paragraph with {text!r}")

    @staticmethod
    def rows(table: DocxTable) -> list[list[str]]:
        return [[cell.text for cell in row.cells] for row in table.rows]

    @staticmethod
    def numbering(paragraph: DocxParagraph) -> tuple[str, int] | None:
        """The list (numId) and nesting level of a list paragraph."""
        numpr = paragraph._p.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
        if numpr is None:
            return None
        level = numpr.find(qn("w:ilvl")).get(qn("w:val"))
        return numpr.find(qn("w:numId")).get(qn("w:val")), int(level)

    def hyperlinks(self) -> list[str]:
        rels = self.doc.part.rels
        body = self.doc.element.body
        return [rels[link.get(qn("r:id"))].target_ref for link in body.iter(qn("w:hyperlink"))]


@pytest.fixture
def word() -> type[WordFile]:
    """Open a produced .docx with ``word(path)``."""
    return WordFile


@pytest.fixture
def png() -> bytes:
    """A small red PNG, written by hand so the tests need no imaging library."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    width, height = 4, 3
    rows = b"".join(b"\x00" + b"\xc0\x20\x20" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )
