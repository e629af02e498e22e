"""The minutes (verslag) of a meeting, shaped the way Dutch municipal secretaries file them.

Header with date, time, place and who took the minutes; present per party in a fixed order,
absent with and without notice; the agenda; per item what was said and decided; then the
decisions list, the agreements, the action list with open actions carried over, milestones
and the next meeting; at the end, when the secretary wrote accounts, the lines captured in the
room as an annex. A concept says so on every page until both parties have agreed.
"""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path

from ..core.changes import Changes, service
from ..core.services import minutes_status
from ..core.store import Store
from ..core.text import clean_line
from ..core.vocab import AttendanceStatus, MeetingStatus, Party
from . import document_json
from .agenda import build_agenda
from .document import (
    Block,
    BulletList,
    Document,
    Heading,
    ListItem,
    NumberedList,
    Paragraph,
    Properties,
    Run,
    Table,
    paragraph,
    runs_of,
)
from .html_writer import to_html
from .minutes_account import (
    action_table,
    agreements_table,
    decisions,
    label_of,
    milestone_blocks,
)
from .minutes_body import annex_blocks, verslag_blocks, written
from .minutes_data import MinutesData, Row, gather
from .minutes_exercises import exercise_blocks
from .output import check_suffix, write_document
from .wording import clock, day_month_year, long_date

_PARTY_ORDER = (Party.GEMEENTE, Party.INITIATIEF, Party.PROCESBEGELEIDER, Party.ANDERS)
_NEGOTIATING = (("gemeente", "de gemeente"), ("initiatief", "het initiatief"))


def build_minutes(store: Store, meeting_id: str) -> Document:
    """The minutes of ``meeting_id`` as a document, ready for any writer; a meeting that is
    only planned, with nothing noted, gives its agenda, never minutes.

    Adopted minutes are the document as adopted, whatever changed since; minutes adopted
    before they were kept this way are kept now, at their first export.
    """
    record = minutes_status.adopted_record(store, meeting_id)
    if record is not None and record.document is not None:
        return document_json.loads(record.document)
    document = compose_minutes(store, meeting_id)
    if record is not None:
        freeze(store, meeting_id, document)
    return document


@service
def adopt_minutes(
    store: Store, meeting_id: str, party: str, by: str, on: date | str | None = None
) -> Changes:
    """``party`` agrees to the minutes; when that adopts them, they are kept as adopted."""
    changes = minutes_status.agree_minutes(store, meeting_id, party, by, on)
    if minutes_status.adopted_record(store, meeting_id) is not None:
        freeze(store, meeting_id, compose_minutes(store, meeting_id))
    return changes


def freeze(store: Store, meeting_id: str, document: Document) -> None:
    """Keep ``document`` as the adopted minutes of ``meeting_id``."""
    text = document_json.dumps(document)
    minutes_status.freeze_minutes(store, meeting_id, text, document_json.digest(text))


def compose_minutes(store: Store, meeting_id: str) -> Document:
    """The minutes as the data stands now (as at the meeting for agreements and actions)."""
    data = gather(store, meeting_id)
    meeting, trajectory = data.meeting, data.trajectory
    if agenda_only(data):
        return build_agenda(data)
    adopted = meeting.status == MeetingStatus.VERSLAG_VASTGESTELD
    document = Document(
        title=f"{'Verslag' if adopted else 'Conceptverslag'} – {clean_line(meeting.title)}",
        properties=Properties(
            author=clean_line(trajectory.facilitator) or "Opgroei Desktop",
            subject=f"Verslag van de bijeenkomst van {clean_line(trajectory.initiative)} "
            f"en {_municipality(trajectory)}",
            keywords="opgroeiruimte; verslag; notulen",
            status="Vastgesteld" if adopted else "Concept",
            created=datetime.now().astimezone(),
        ),
        running_header="Vastgesteld verslag" if adopted else "CONCEPT – nog niet vastgesteld",
        concept=not adopted,
    )
    document.add(*_status_lines(meeting, adopted))
    document.add(_details(data))
    document.add(Heading(1, "Aanwezig"), *_attendance(data))
    if data.agenda:
        items = tuple(ListItem(runs_of(clean_line(item.title))) for item in data.agenda)
        document.add(Heading(1, "Agenda"), NumberedList(items))
    document.add(Heading(1, "Verslag"), *verslag_blocks(data))
    document.add(*exercise_blocks(store, data))
    document.add(Heading(1, "Besluitenlijst"), *decisions(data))
    document.add(Heading(1, "Afspraken"), *agreements_table(data))
    document.add(Heading(1, "Actielijst"), *action_table(data))
    if data.milestones:
        document.add(Heading(1, "Piketpalen"), *milestone_blocks(data))
    document.add(Heading(1, "Volgende bijeenkomst"), _next(data.next_meeting))
    document.add(*_history(store, meeting_id))
    if not adopted:
        document.add(paragraph(_concept_note(data), tone="note"))
    document.add(*annex_blocks(data))
    return document


def agenda_only(data: MinutesData) -> bool:
    """Whether the meeting has no minutes yet: planned, and nothing noted or written (notes
    typed up from paper, or accounts written for a meeting run without the laptop, do make
    minutes)."""
    return data.meeting.status == MeetingStatus.GEPLAND and not data.entries and not written(data)


def _history(store: Store, meeting_id: str) -> list[Block]:
    """Adoptions and reopenings, when the minutes were ever reopened."""
    records = minutes_status.minutes_history(store, meeting_id)
    if not any(r.event == minutes_status.REOPENED for r in records):
        return []
    lines = []
    for record in records:
        when = day_month_year(record.on)
        if record.event == minutes_status.ADOPTED:
            who = f" door {clean_line(record.by)}" if record.by else ""
            lines.append(ListItem(runs_of(f"{when}: vastgesteld{who}.")))
        else:
            who = f" door {clean_line(record.by)}" if record.by else ""
            reason = clean_line(record.reason)
            lines.append(ListItem(runs_of(f"{when}: heropend{who}. Reden: {reason}")))
    return [Heading(1, "Geschiedenis van dit verslag"), BulletList(tuple(lines))]


def export_minutes(
    store: Store,
    meeting_id: str,
    out_path: str | os.PathLike[str],
    template: str | os.PathLike[str] | None = None,
) -> Path:
    """Write the minutes of ``meeting_id`` to ``out_path`` (.docx or .pdf) and return it.

    ``template`` is the organisation's Word template for .docx files. Problems raise
    ``OpgroeiError`` with a Dutch message and leave no partial file behind.
    """
    check_suffix(out_path)
    return write_document(build_minutes(store, meeting_id), out_path, template)


def minutes_html(store: Store, meeting_id: str) -> str:
    """The minutes as self-contained HTML for the preview pane (a QTextBrowser)."""
    return to_html(build_minutes(store, meeting_id))


def _municipality(trajectory: Row) -> str:
    name = clean_line(trajectory.municipality)
    return name if name.lower().startswith("gemeente") else f"gemeente {name}"


def _bare_municipality(trajectory: Row) -> str:
    """The municipality's name beside the label "Gemeente": "Lindewijde", not "Gemeente
    Lindewijde"."""
    name = clean_line(trajectory.municipality)
    first, _, rest = name.partition(" ")
    return rest if first.lower() == "gemeente" and rest else name


def _status_lines(meeting: Row, adopted: bool) -> list[Block]:
    """Whether the minutes are adopted, and by whom; or that they are still a concept."""
    agreed = [
        (
            party,
            words,
            clean_line(getattr(meeting, f"agreed_{party}_by")),
            getattr(meeting, f"agreed_{party}_on"),
        )
        for party, words in _NEGOTIATING
    ]
    if adopted:
        dates = [on for *_, on in agreed if on]
        when = f" op {day_month_year(max(dates))}" if dates else ""
        names = " en ".join(f"{by or words} ({party})" for party, words, by, _ in agreed)
        return [Paragraph(runs_of(f"Vastgesteld{when} door {names}.", bold=True))]
    lines: list[Block] = [
        Paragraph(
            runs_of("Concept – dit verslag is nog niet vastgesteld door beide partijen."), "marker"
        )
    ]
    given = [
        f"{words} op {day_month_year(on)}" + (f" ({by})" if by else "")
        for _, words, by, on in agreed
        if on
    ]
    if given:
        lines.append(paragraph(f"Akkoord gegeven door {' en '.join(given)}.", tone="note"))
    return lines


def _details(data: MinutesData) -> Table:
    """The meeting's particulars as a quiet label–value table."""
    meeting, trajectory = data.meeting, data.trajectory
    starts = meeting.starts_at
    lines = [
        ("Samenwerking", clean_line(trajectory.shared_name)),
        ("Gemeente", _bare_municipality(trajectory)),
        ("Initiatief", clean_line(trajectory.initiative)),
        ("Wijk of gebied", clean_line(trajectory.area)),
        ("Project", clean_line(trajectory.project)),
        ("Doel", clean_line(meeting.goal)),
        ("Verslag aan", _recipients(data)),
        ("Datum", long_date(starts.date()) if starts else "nog niet vastgelegd"),
        ("Tijd", _time_span(data) if starts else ""),
        ("Locatie", clean_line(meeting.location)),
        ("Procesbegeleiding", clean_line(trajectory.facilitator)),
        ("Verslag", clean_line(meeting.minute_taker) or clean_line(trajectory.facilitator)),
    ]
    rows = tuple((runs_of(label, bold=True), runs_of(value)) for label, value in lines if value)
    return Table(None, rows, (4.4, 11.6), borders=False)


def _recipients(data: MinutesData) -> str:
    """Who the minutes go to: both parties, or only the one party the meeting was held with."""
    names = {
        "gemeente": _municipality(data.trajectory),
        "initiatief": clean_line(data.trajectory.initiative),
    }
    party = data.meeting.party
    if party in names:
        return f"{names[party]} (bijeenkomst met alleen deze partij)"
    return f"{names['gemeente']} en {names['initiatief']}"


def _time_span(data: MinutesData) -> str:
    """Start and end as they happened; without a recorded end only the start, since the
    planned end is no fact."""
    starts = data.meeting.starts_at
    ended = data.meeting.ended_at
    end = ended.astimezone().replace(tzinfo=None) if ended else None
    if end is None or end.date() != starts.date() or end <= starts:
        return f"aanvang {clock(starts)} uur"
    return f"{clock(starts)} – {clock(end)} uur"


def _attendance(data: MinutesData) -> list[Block]:
    """Present per party in the fixed order, then absent with and without notice."""
    groups: dict[str, list[tuple[Row, Row]]] = {}
    for line in data.attendance:
        person = data.people.get(line.person_id)
        if person is not None:
            groups.setdefault(line.status, []).append((line, person))
    order = {party.value: index for index, party in enumerate(_PARTY_ORDER)}
    for members in groups.values():
        members.sort(key=lambda pair: (order.get(pair[1].party, 9), label_of(data, pair[1].id)))
    blocks: list[Block] = []
    present = groups.get(AttendanceStatus.AANWEZIG, [])
    if present:
        blocks.append(_present_table(data, present))
    else:
        blocks.append(paragraph("Er is geen aanwezigheid genoteerd.", tone="note"))
    for status, label in (
        (AttendanceStatus.AFWEZIG_MET_KENNISGEVING, "Afwezig met kennisgeving (m.k.)"),
        (AttendanceStatus.AFWEZIG_ZONDER_KENNISGEVING, "Afwezig zonder kennisgeving (z.k.)"),
        (AttendanceStatus.UITGENODIGD, "Uitgenodigd, aanwezigheid niet genoteerd"),
    ):
        members = groups.get(status, [])
        if members:
            names = ", ".join(label_of(data, person.id, with_party=True) for _, person in members)
            blocks.append(Paragraph((Run(f"{label}: ", bold=True), Run(names + "."))))
    return blocks


def _present_table(data: MinutesData, present: list[tuple[Row, Row]]) -> Table:
    municipality = _municipality(data.trajectory)
    names = {
        Party.GEMEENTE: municipality[:1].upper() + municipality[1:],
        Party.INITIATIEF: clean_line(data.trajectory.initiative),
        Party.PROCESBEGELEIDER: "Procesbegeleiding",
        Party.ANDERS: "Overig",
    }
    rows = []
    previous_party = None
    for line, person in present:
        party = names.get(person.party, clean_line(person.party))
        named = person.consent_named and clean_line(person.name)
        name_cell = (
            runs_of(clean_line(person.name))
            if named
            else runs_of("niet bij naam vermeld", italic=True)
        )
        function = ", ".join(
            part for part in (clean_line(person.function), clean_line(person.organisation)) if part
        )
        speaks_for = clean_line(line.speaks_for_today) or clean_line(person.speaks_for)
        rows.append(
            (
                runs_of(party if party != previous_party else ""),
                name_cell,
                runs_of(function),
                runs_of(speaks_for),
            )
        )
        previous_party = party
    header = tuple(runs_of(t, bold=True) for t in ("Partij", "Naam", "Functie", "Spreekt namens"))
    return Table(header, tuple(rows), (3.6, 3.8, 4.4, 4.2))


def _next(meeting: Row | None) -> Paragraph:
    if meeting is None:
        return paragraph("De volgende bijeenkomst is nog niet gepland.")
    parts = [long_date(meeting.starts_at.date()).capitalize(), f"{clock(meeting.starts_at)} uur"]
    if clean_line(meeting.location):
        parts.append(clean_line(meeting.location))
    return Paragraph((Run(", ".join(parts), bold=True), Run(f": {clean_line(meeting.title)}")))


def _concept_note(data: MinutesData) -> str:
    contact = clean_line(data.meeting.minute_taker) or clean_line(data.trajectory.facilitator)
    to_whom = f" aan {contact}" if contact else ""
    who = {"gemeente": "de gemeente ermee instemt", "initiatief": "het initiatief ermee instemt"}
    agree = who.get(data.meeting.party or "", "gemeente en initiatief ermee instemmen")
    return (
        f"Dit verslag wordt vastgesteld zodra {agree}, "
        f"meestal in de volgende bijeenkomst. Correcties graag vooraf{to_whom}. "
        f"Opgesteld op {day_month_year(date.today())}."
    )
