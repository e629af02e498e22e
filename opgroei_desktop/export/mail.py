""" "Verslag versturen": an e-mail draft (.eml) with the minutes attached, addressed to the
people of both parties who gave an e-mail address, with the date by which corrections are
welcome. The mail program opens it as a draft to check and send; nothing is sent from here.
"""

from __future__ import annotations

import os
import tempfile
from datetime import date, timedelta
from email.message import EmailMessage
from email.utils import formataddr
from pathlib import Path

from ..core.errors import OpgroeiError
from ..core.services import meetings, people, trajectories
from ..core.store import Store
from ..core.text import clean_line
from ..core.vocab import MeetingStatus
from .files import atomic_write_bytes
from .minutes import agenda_only, build_minutes
from .minutes_data import gather
from .wording import day_month_year

_DOCX = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")


def recipients(store: Store, meeting_id: str) -> list[tuple[str, str]]:
    """(name, address) of everyone of the municipality and the initiative who is still at the
    table and gave an e-mail address; recording the address is their consent to receive it.
    A meeting held with one party sends its minutes to that party only."""
    meeting = meetings.get_meeting(store, meeting_id)
    parties = (meeting.party,) if meeting.party else ("gemeente", "initiatief")
    found = []
    for person in people.list_people(store, meeting.trajectory_id):
        address = clean_line(person.email)
        if address and person.party in parties and person.left_on is None and not person.forgotten:
            found.append((clean_line(person.name), address))
    return found


def correction_date(store: Store, meeting_id: str, today: date | None = None) -> date:
    """Until when corrections are welcome: a week before the next meeting, and at least five
    days from today; two weeks from today when no next meeting is planned."""
    today = today or date.today()
    upcoming = gather(store, meeting_id).next_meeting
    if upcoming is None or upcoming.starts_at is None:
        return today + timedelta(days=14)
    return max(upcoming.starts_at.date() - timedelta(days=7), today + timedelta(days=5))


def minutes_mail(
    store: Store, meeting_id: str, *, correct_by: date | None = None, today: date | None = None
) -> EmailMessage:
    """The e-mail draft for the minutes of ``meeting_id``; ``OpgroeiError`` when the meeting is
    not held yet or nobody has an e-mail address."""
    data = gather(store, meeting_id)
    meeting = data.meeting
    if meeting.status == MeetingStatus.BEZIG or agenda_only(data):
        raise OpgroeiError(
            "Deze bijeenkomst is nog niet gehouden: er is nog geen verslag om te versturen."
        )
    to = recipients(store, meeting_id)
    if not to:
        raise OpgroeiError(
            "Niemand van gemeente of initiatief heeft een e-mailadres. Vul de e-mailadressen "
            "in bij Mensen (alleen van wie dat goedvindt) en probeer het opnieuw."
        )
    trajectory = trajectories.get_trajectory(store, meeting.trajectory_id)
    correct_by = correct_by or correction_date(store, meeting_id, today)
    held = day_month_year(meeting.starts_at.date()) if meeting.starts_at else ""
    adopted = meeting.status == MeetingStatus.VERSLAG_VASTGESTELD
    kind = "verslag" if adopted else "conceptverslag"
    title = clean_line(meeting.title)
    facilitator = clean_line(trajectory.facilitator)
    message = EmailMessage()
    message["To"] = ", ".join(formataddr(pair) for pair in to)
    message["Subject"] = f"{kind.capitalize()}: {title}" + (f" ({held})" if held else "")
    message["X-Unsent"] = "1"  # Outlook and others open the file as a draft to send
    if adopted:
        ask = "Dit verslag is door beide partijen vastgesteld; het is voor uw archief."
    else:
        ask = (
            f"Correcties en aanvullingen zijn welkom tot en met {day_month_year(correct_by)}. "
            "Daarna stellen gemeente en initiatief het verslag samen vast, meestal in de "
            "volgende bijeenkomst."
        )
    message.set_content(
        "Beste deelnemers,\n\n"
        f"In de bijlage vindt u het {kind} van de bijeenkomst “{title}”"
        + (f" van {held}" if held else "")
        + f".\n\n{ask}\n\n"
        + "Met vriendelijke groet,\n"
        + (f"{facilitator}\n" if facilitator else "")
    )
    message.add_attachment(
        _minutes_docx(store, meeting_id),
        maintype=_DOCX[0],
        subtype=_DOCX[1],
        filename=f"{kind.capitalize()} {_file_title(title)}.docx",
    )
    return message


def write_minutes_mail(
    store: Store, meeting_id: str, target: str | os.PathLike[str], **options: object
) -> Path:
    """Write the e-mail draft to ``target`` (.eml) atomically and return its path."""
    if Path(target).suffix.lower() != ".eml":
        raise OpgroeiError("Een e-mailconcept wordt opgeslagen als .eml-bestand.")
    message = minutes_mail(store, meeting_id, **options)  # type: ignore[arg-type]
    return atomic_write_bytes(target, bytes(message))


def _minutes_docx(store: Store, meeting_id: str) -> bytes:
    from .docx_writer import write_docx

    with tempfile.TemporaryDirectory() as folder:
        path = write_docx(build_minutes(store, meeting_id), Path(folder) / "verslag.docx")
        return path.read_bytes()


def _file_title(title: str) -> str:
    """A title safe as a file name on every system."""
    kept = "".join(c if c.isalnum() or c in " -_.,()" else " " for c in title)
    return " ".join(kept.split())[:80] or "bijeenkomst"
