"""The agenda (uitnodiging) of a meeting that has not been held yet.

A planned meeting has no minutes: exporting it gives the agenda, with the planned times stated
as planned, who is invited per party, and the open actions that will come up.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from ..core.text import clean_line
from ..core.vocab import Party
from .document import Block, Document, Heading, ListItem, NumberedList, Properties, Table, runs_of
from .minutes_account import action_table, label_of
from .minutes_data import MinutesData
from .wording import clock, long_date

_PARTY_ORDER = (Party.GEMEENTE, Party.INITIATIEF, Party.PROCESBEGELEIDER, Party.ANDERS)


def build_agenda(data: MinutesData) -> Document:
    """The agenda of the planned meeting in ``data``."""
    meeting, trajectory = data.meeting, data.trajectory
    document = Document(
        title=f"Agenda – {clean_line(meeting.title)}",
        properties=Properties(
            author=clean_line(trajectory.facilitator) or "Opgroei Desktop",
            subject=f"Agenda van de bijeenkomst van {clean_line(trajectory.initiative)} "
            f"en {clean_line(trajectory.municipality)}",
            keywords="opgroeiruimte; agenda; uitnodiging",
            status="Agenda",
            created=datetime.now().astimezone(),
        ),
        running_header="Agenda",
    )
    document.add(_details(data), Heading(1, "Agenda"), _items(data))
    document.add(Heading(1, "Uitgenodigd"), *_invited(data))
    document.add(Heading(1, "Openstaande acties"), *action_table(data))
    return document


def _details(data: MinutesData) -> Table:
    meeting, trajectory = data.meeting, data.trajectory
    starts = meeting.starts_at
    lines = [
        ("Samenwerking", clean_line(trajectory.shared_name)),
        ("Datum", long_date(starts.date()) if starts else "nog niet vastgelegd"),
        ("Tijd", _planned_time(data) if starts else ""),
        ("Locatie", clean_line(meeting.location)),
        ("Procesbegeleiding", clean_line(trajectory.facilitator)),
    ]
    rows = tuple((runs_of(label, bold=True), runs_of(value)) for label, value in lines if value)
    return Table(None, rows, (4.4, 11.6), borders=False)


def _planned_time(data: MinutesData) -> str:
    """The start, and the end as planned from the agenda's minutes (said to be planned)."""
    starts = data.meeting.starts_at
    planned = sum(item.minutes for item in data.agenda)
    if not planned:
        return f"aanvang {clock(starts)} uur"
    end = starts + timedelta(minutes=planned)
    return f"{clock(starts)} – ca. {clock(end)} uur (gepland)"


def _items(data: MinutesData) -> Block:
    if not data.agenda:
        return NumberedList((ListItem(runs_of("De agenda volgt.")),))
    return NumberedList(
        tuple(
            ListItem(
                runs_of(
                    clean_line(item.title) + (f" ({item.minutes} min.)" if item.minutes else "")
                )
            )
            for item in data.agenda
        )
    )


def _invited(data: MinutesData) -> list[Block]:
    order = {party.value: index for index, party in enumerate(_PARTY_ORDER)}
    invited = [data.people[a.person_id] for a in data.attendance if a.person_id in data.people]
    invited.sort(key=lambda person: (order.get(person.party, 9), label_of(data, person.id)))
    if not invited:
        return [Table(None, ((runs_of("Nog niemand uitgenodigd."),),), borders=False)]
    names = [label_of(data, person.id, with_party=True) for person in invited]
    return [NumberedList(tuple(ListItem(runs_of(name)) for name in names))]
