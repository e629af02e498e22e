"""The Dutch words documents use for dates, parties, kinds and statuses.

Written out here rather than taken from the system locale, so a document reads the same on
every laptop. The UI has its own translated words; these are for files that leave the app.
"""

from __future__ import annotations

from datetime import date, datetime

from ..core.text import clean_line
from ..core.vocab import ActionStatus, EntryKind, MeetingStatus, MilestoneOutcome, Party, Voice

_MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
_WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")

PARTY_WORDS: dict[str, str] = {
    Party.GEMEENTE: "gemeente",
    Party.INITIATIEF: "initiatief",
    Party.PROCESBEGELEIDER: "procesbegeleiding",
    Party.ANDERS: "overig",
}

VOICE_WORDS = {
    Voice.GEMEENTE: "Gemeente",
    Voice.INITIATIEF: "Initiatief",
    Voice.SAMEN: "Gemeente en initiatief samen",
    Voice.PROCESBEGELEIDER: "Procesbegeleiding",
}

KIND_WORDS = {
    EntryKind.OPMERKING: "Opmerking",
    EntryKind.VRAAG: "Vraag",
    EntryKind.ZORG: "Zorg",
    EntryKind.IDEE: "Idee",
    EntryKind.AANNAME: "Aanname",
    EntryKind.BESLUIT: "Besluit",
    EntryKind.AFSPRAAK: "Afspraak",
    EntryKind.ACTIE: "Actie",
    EntryKind.PRIVE: "Eigen notitie",
}

ACTION_STATUS_WORDS = {
    ActionStatus.OPEN: "open",
    ActionStatus.GEDAAN: "gedaan",
    ActionStatus.VERVALLEN: "vervallen",
}

MEETING_STATUS_WORDS = {
    MeetingStatus.GEPLAND: "gepland",
    MeetingStatus.BEZIG: "bezig",
    MeetingStatus.GEHOUDEN: "gehouden",
    MeetingStatus.VERSLAG_CONCEPT: "conceptverslag",
    MeetingStatus.VERSLAG_VASTGESTELD: "verslag vastgesteld",
}

MILESTONE_OUTCOME_WORDS = {
    MilestoneOutcome.DOORGAAN: "doorgaan",
    MilestoneOutcome.BIJSTELLEN: "bijstellen",
    MilestoneOutcome.STOPPEN: "stoppen",
}


def long_date(day: date) -> str:
    """``donderdag 12 maart 2026``."""
    return f"{_WEEKDAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]} {day.year}"


def day_month_year(day: date) -> str:
    """``12 maart 2026``."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def short_date(day: date | None) -> str:
    """``12-03-2026``, or an empty string without a date."""
    return f"{day.day:02d}-{day.month:02d}-{day.year}" if day else ""


def clock(moment: datetime) -> str:
    """``19:30``."""
    return f"{moment.hour:02d}:{moment.minute:02d}"


def party_word(code: str | None) -> str:
    """The party in lower case, as used in "(gemeente)"; empty for no party."""
    return PARTY_WORDS.get(code, clean_line(code)) if code else ""


def person_label(
    name: str, function: str, party: str, consent_named: bool, *, with_party: bool = False
) -> str:
    """How a person is named in a document, with the party added when ``with_party``.

    Someone who did not agree to be named appears by function and party only
    ("beleidsadviseur (gemeente)"), so the minutes can still say who spoke for whom.
    """
    party_text = f" ({party_word(party)})" if party else ""
    if consent_named and clean_line(name):
        return clean_line(name) + (party_text if with_party else "")
    return (clean_line(function) or "deelnemer") + party_text
