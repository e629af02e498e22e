"""The draaiboek of a meeting: every step with its time, room prompt, instructions and
materials, for the facilitator and a co-facilitator, with the materials and preparation of the
whole meeting collected up front."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

from ..core.services import meetings, trajectories
from ..core.store import Store
from ..core.text import clean_line
from ..library import Library, load_library
from .document import (
    BulletList,
    Document,
    Heading,
    ListItem,
    Paragraph,
    Properties,
    Run,
    Table,
    paragraph,
    runs_of,
)
from .markdown_blocks import markdown_to_blocks
from .output import write_document
from .wording import clock, long_date


def build_script(store: Store, meeting_id: str, library: Library | None = None) -> Document:
    """The draaiboek of ``meeting_id`` as a document; ``library`` gives the formats'
    preparation (default: the shipped library)."""
    library = library or load_library()
    meeting = meetings.get_meeting(store, meeting_id)
    trajectory = trajectories.get_trajectory(store, meeting.trajectory_id)
    agenda = meetings.list_agenda(store, meeting_id)
    document = Document(
        title=f"Draaiboek – {clean_line(meeting.title)}",
        properties=Properties(
            author=clean_line(trajectory.facilitator) or "Opgroei Desktop",
            subject=f"Draaiboek van {clean_line(meeting.title)}",
            keywords="opgroeiruimte; draaiboek",
        ),
        running_header="Draaiboek – alleen voor de procesbegeleiding",
    )
    when = long_date(meeting.starts_at.date()) if meeting.starts_at else "nog geen datum"
    total = sum(item.minutes for item in agenda)
    facts = [
        ("Wanneer", when + (f", {clock(meeting.starts_at)} uur" if meeting.starts_at else "")),
        ("Waar", clean_line(meeting.location)),
        ("Doel", meeting.goal.strip()),
        ("Duur", f"{total} minuten in {sum(len(i.steps) for i in agenda)} stappen"),
    ]
    rows = tuple((runs_of(k, bold=True), runs_of(v)) for k, v in facts if v)
    document.add(Table(None, rows, (3.0, 13.0), borders=False))

    materials = _materials(agenda)
    document.add(Heading(1, "Materiaal"))
    if materials:
        document.add(BulletList(tuple(ListItem(runs_of(m)) for m in materials)))
    else:
        document.add(paragraph("Voor deze bijeenkomst is geen materiaal genoemd.", tone="note"))
    preparation = _preparation(agenda, library)
    if preparation:
        document.add(Heading(1, "Voorbereiding"))
        for title, text in preparation:
            document.add(paragraph(title, tone="label"), *markdown_to_blocks(text))

    document.add(Heading(1, "Verloop"))
    minutes = 0
    for number, item in enumerate(agenda, start=1):
        document.add(Heading(2, f"{number}. {clean_line(item.title)} ({item.minutes} min)"))
        for step in item.steps:
            start = meeting.starts_at + timedelta(minutes=minutes) if meeting.starts_at else None
            minutes += step.minutes
            lead = f"{clock(start)}  " if start else ""
            document.add(
                Paragraph(
                    (
                        Run(f"{lead}{clean_line(step.title)}", bold=True),
                        Run(f"  {step.minutes} min"),
                    )
                )
            )
            if step.prompt.strip():
                document.add(
                    Paragraph(
                        (Run("Op het scherm: ", bold=True), Run(step.prompt.strip(), italic=True))
                    )
                )
            document.add(*markdown_to_blocks(step.instructions))
            listed = [m for m in step.materials.split("\n") if m.strip()]
            if listed:
                document.add(
                    Paragraph((Run("Materiaal: ", bold=True), Run(", ".join(listed))), "note")
                )
    return document


def export_script(
    store: Store, meeting_id: str, out_path: str | os.PathLike[str], library: Library | None = None
) -> Path:
    """Write the draaiboek of ``meeting_id`` to ``out_path`` (.docx or .pdf)."""
    return write_document(build_script(store, meeting_id, library), out_path)


def _materials(agenda: list) -> list[str]:
    """Everything on the table for the whole meeting, once each, in the order of the steps."""
    seen: dict[str, None] = {}
    for item in agenda:
        for step in item.steps:
            seen.update(dict.fromkeys(m.strip() for m in step.materials.split("\n") if m.strip()))
    return list(seen)


def _preparation(agenda: list, library: Library) -> list[tuple[str, str]]:
    """The preparation of each library format on the agenda, once per format."""
    found: dict[str, tuple[str, str]] = {}
    for item in agenda:
        keys = [item.format_key] + [step.format_key for step in item.steps]
        for key in keys:
            if not key or key in found:
                continue
            try:
                fmt = library.format(key)
            except KeyError:
                continue
            if fmt.preparation:
                found[key] = (fmt.title, fmt.preparation)
    return list(found.values())
