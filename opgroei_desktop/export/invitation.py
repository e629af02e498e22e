"""The invitation to a meeting, and an e-mail draft (.eml) that carries it to the invited.

The invitation names the goal, the date, time and place, and the agenda items with their start
times, for both parties or only the one party the meeting is held with. The e-mail draft is
addressed to the invited people who gave an e-mail address and may be named (the consent that
holds for names holds for addresses too); it opens in the mail program as an unsent message.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import formataddr, make_msgid
from pathlib import Path

from ..core.services import meetings, people, trajectories
from ..core.store import Store
from ..core.text import clean_line
from ..core.vocab import Party
from .document import (
    Document,
    Heading,
    ListItem,
    NumberedList,
    Properties,
    Table,
    paragraph,
    runs_of,
)
from .files import atomic_write_bytes
from .output import write_document
from .wording import clock, long_date

DOCX_TYPE = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")


@dataclass(frozen=True)
class Invitation:
    """What the invitation says, gathered once for the document and the e-mail."""

    title: str
    goal: str
    starts_at: datetime | None
    location: str
    to_whom: str
    agenda: tuple[tuple[str, str], ...]
    """Each agenda item as (start time or "", title)."""
    invited: tuple[tuple[str, str], ...]
    """Each invited person who may be named, as (party word, name)."""
    recipients: tuple[tuple[str, str], ...]
    """(name, e-mail address) of the invited who may be named and gave an address."""
    facilitator: str


def gather_invitation(store: Store, meeting_id: str) -> Invitation:
    """Read what the invitation of ``meeting_id`` needs; ``NotFound`` when it does not exist."""
    meeting = meetings.get_meeting(store, meeting_id)
    trajectory = trajectories.get_trajectory(store, meeting.trajectory_id)
    municipality = clean_line(trajectory.municipality)
    if not municipality.lower().startswith("gemeente"):
        municipality = f"gemeente {municipality}"
    names = {Party.GEMEENTE: municipality, Party.INITIATIEF: clean_line(trajectory.initiative)}
    if meeting.party in names:
        to_whom = names[Party(meeting.party)]
    else:
        to_whom = f"{names[Party.GEMEENTE]} en {names[Party.INITIATIEF]}"
    agenda, minutes = [], 0
    for item in meetings.list_agenda(store, meeting_id):
        start = meeting.starts_at + timedelta(minutes=minutes) if meeting.starts_at else None
        agenda.append((clock(start) if start else "", clean_line(item.title)))
        minutes += item.minutes
    by_id = {person.id: person for person in people.list_people(store, meeting.trajectory_id)}
    invited, recipients = [], []
    for line in meetings.list_attendance(store, meeting_id):
        person = by_id.get(line.person_id)
        if person is None or person.forgotten or not person.consent_named:
            continue
        if meeting.party and person.party in names and person.party != meeting.party:
            continue
        invited.append((person.party, clean_line(person.name)))
        if person.email:
            recipients.append((clean_line(person.name), person.email))
    return Invitation(
        title=clean_line(meeting.title),
        goal=meeting.goal.strip(),
        starts_at=meeting.starts_at,
        location=clean_line(meeting.location),
        to_whom=to_whom,
        agenda=tuple(agenda),
        invited=tuple(sorted(invited)),
        recipients=tuple(recipients),
        facilitator=clean_line(trajectory.facilitator),
    )


def build_invitation(store: Store, meeting_id: str) -> Document:
    """The invitation of ``meeting_id`` as a document, ready for any writer."""
    data = gather_invitation(store, meeting_id)
    document = Document(
        title=f"Uitnodiging – {data.title}",
        properties=Properties(
            author=data.facilitator or "Opgroei Desktop",
            subject=f"Uitnodiging voor {data.title}",
            keywords="opgroeiruimte; uitnodiging; agenda",
        ),
    )
    document.add(paragraph(f"Aan: {data.to_whom}"))
    details = [("Wanneer", _when(data)), ("Waar", data.location), ("Doel", data.goal)]
    rows = tuple((runs_of(k, bold=True), runs_of(v)) for k, v in details if v)
    document.add(Table(None, rows, (3.0, 13.0), borders=False))
    if data.agenda:
        items = tuple(
            ListItem(runs_of(f"{start}  {title}" if start else title))
            for start, title in data.agenda
        )
        document.add(Heading(1, "Agenda"), NumberedList(items))
    if data.invited:
        document.add(Heading(1, "Uitgenodigd"))
        words = {
            "gemeente": "gemeente",
            "initiatief": "initiatief",
            "procesbegeleider": "procesbegeleiding",
        }
        for party, name in data.invited:
            document.add(paragraph(f"{name} ({words.get(party, 'overig')})"))
    closing = "Wij zien u graag. Kunt u niet komen, laat het dan even weten"
    document.add(paragraph(closing + (f" aan {data.facilitator}." if data.facilitator else ".")))
    return document


def export_invitation(store: Store, meeting_id: str, out_path: str | os.PathLike[str]) -> Path:
    """Write the invitation of ``meeting_id`` to ``out_path`` (.docx or .pdf)."""
    return write_document(build_invitation(store, meeting_id), out_path)


def write_invitation_mail(store: Store, meeting_id: str, out_path: str | os.PathLike[str]) -> Path:
    """Write an unsent e-mail (.eml) with the invitation as a Word file attached.

    Addressed to the invited who may be named and gave an address; the mail program opens it
    as a draft to check and send. Returns the path of the .eml file.
    """
    import tempfile

    data = gather_invitation(store, meeting_id)
    with tempfile.TemporaryDirectory() as folder:
        attachment = Path(folder) / "uitnodiging.docx"
        write_document(build_invitation(store, meeting_id), attachment)
        docx_bytes = attachment.read_bytes()
    message = EmailMessage()
    message["Subject"] = f"Uitnodiging: {data.title}" + (
        f", {long_date(data.starts_at.date())}" if data.starts_at else ""
    )
    message["To"] = ", ".join(formataddr(pair) for pair in data.recipients)
    message["Message-ID"] = make_msgid(domain="opgroei.invalid")
    message["X-Unsent"] = "1"
    message.set_content(_mail_text(data))
    message.add_attachment(
        docx_bytes, maintype=DOCX_TYPE[0], subtype=DOCX_TYPE[1], filename="uitnodiging.docx"
    )
    target = Path(out_path)
    if target.suffix.lower() != ".eml":
        target = target.with_suffix(".eml")
    return atomic_write_bytes(target, bytes(message))


def _when(data: Invitation) -> str:
    if data.starts_at is None:
        return "nog niet vastgelegd"
    return f"{long_date(data.starts_at.date())}, {clock(data.starts_at)} uur"


def _mail_text(data: Invitation) -> str:
    lines = [f"Beste {data.to_whom},", "", f"Hierbij de uitnodiging voor {data.title}."]
    lines += ["", f"Wanneer: {_when(data)}"]
    if data.location:
        lines.append(f"Waar: {data.location}")
    if data.goal:
        lines += ["", f"Doel: {data.goal}"]
    if data.agenda:
        lines += ["", "Agenda:"]
        lines += [
            f"{number}. {start + '  ' if start else ''}{title}"
            for number, (start, title) in enumerate(data.agenda, start=1)
        ]
    lines += ["", "De uitnodiging zit ook als Word-bestand bij dit bericht."]
    if data.facilitator:
        lines += ["", "Met vriendelijke groet,", data.facilitator]
    return "\n".join(lines) + "\n"
