"""The paper score sheet of the nulmeting: one numbered, anonymous form per respondent.

Each form lists the baseline statements, numbered, with five boxes (1 helemaal niet …
5 helemaal wel) and asks only on whose behalf the respondent scores, never a name; the number
lets the facilitator type the paper scores in per respondent afterwards.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..core.services import meetings
from ..core.store import Store
from ..core.text import clean_line
from ..library import exercise_content
from .document import Block, Document, Heading, PageBreak, Properties, Table, paragraph, runs_of
from .output import write_document
from .wording import long_date

BOX = "☐"
MAX_FORMS = 200


def build_score_sheet(store: Store, meeting_id: str, count: int | None = None) -> Document:
    """``count`` forms (default: one per invited person, at least one) for ``meeting_id``."""
    meeting = meetings.get_meeting(store, meeting_id)
    if count is None:
        count = len(meetings.list_attendance(store, meeting_id)) or 1
    count = max(1, min(int(count), MAX_FORMS))
    content = exercise_content()
    when = long_date(meeting.starts_at.date()) if meeting.starts_at else ""
    document = Document(
        title=f"Nulmeting – {clean_line(meeting.title)}",
        properties=Properties(
            subject="Scoreformulier nulmeting (anoniem)",
            keywords="opgroeiruimte; nulmeting; scoreformulier",
        ),
        running_header="Nulmeting – anoniem scoreformulier",
    )
    for number in range(1, count + 1):
        if number > 1:
            document.add(PageBreak())
        document.add(*_form(content, number, count, clean_line(meeting.title), when))
    return document


def export_score_sheet(
    store: Store, meeting_id: str, out_path: str | os.PathLike[str], count: int | None = None
) -> Path:
    """Write the score sheets of ``meeting_id`` to ``out_path`` (.docx or .pdf)."""
    return write_document(build_score_sheet(store, meeting_id, count), out_path)


def _form(content, number: int, count: int, title: str, when: str) -> list[Block]:
    blocks: list[Block] = [
        Heading(1, f"Formulier {number} van {count}"),
        paragraph(f"{title}{', ' + when if when else ''}. Schrijf uw naam niet op dit formulier."),
        paragraph(f"Ik scoor namens:   {BOX} de gemeente   {BOX} het initiatief   {BOX} anders"),
        paragraph(
            "Kruis per stelling één vakje aan: 1 = helemaal niet, 5 = helemaal wel. "
            "Kunt u een stelling niet beoordelen, laat haar dan open.",
            tone="note",
        ),
    ]
    header = (runs_of("Stelling", bold=True),) + tuple(
        runs_of(str(score), bold=True) for score in range(1, 6)
    )
    rows = []
    statements = [s for d in content.dimensions() for s in content.statements_of(d)]
    for number, statement in enumerate(statements, start=1):
        rows.append((runs_of(f"{number}. {statement.text}"),) + (runs_of(BOX),) * 5)
    blocks.append(Table(header, tuple(rows), (12.0, 0.8, 0.8, 0.8, 0.8, 0.8)))
    return blocks
