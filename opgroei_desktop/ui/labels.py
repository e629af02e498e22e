"""Screen words for the codes the store keeps (party, kind, status), through Qt's translator."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..core.vocab import EntryKind, MeetingStatus, Party, PreconditionKey, Voice

_CONTEXT = "Labels"

_PARTIES = {
    Party.GEMEENTE: QT_TRANSLATE_NOOP("Labels", "Municipality"),
    Party.INITIATIEF: QT_TRANSLATE_NOOP("Labels", "Initiative"),
    Party.PROCESBEGELEIDER: QT_TRANSLATE_NOOP("Labels", "Facilitator"),
    Party.ANDERS: QT_TRANSLATE_NOOP("Labels", "Other"),
}

_VOICES = {
    Voice.GEMEENTE: QT_TRANSLATE_NOOP("Labels", "Municipality"),
    Voice.INITIATIEF: QT_TRANSLATE_NOOP("Labels", "Initiative"),
    Voice.SAMEN: QT_TRANSLATE_NOOP("Labels", "Both together"),
    Voice.PROCESBEGELEIDER: QT_TRANSLATE_NOOP("Labels", "Facilitator"),
}

_KINDS = {
    EntryKind.OPMERKING: QT_TRANSLATE_NOOP("Labels", "Remark"),
    EntryKind.VRAAG: QT_TRANSLATE_NOOP("Labels", "Question"),
    EntryKind.ZORG: QT_TRANSLATE_NOOP("Labels", "Concern"),
    EntryKind.IDEE: QT_TRANSLATE_NOOP("Labels", "Idea"),
    EntryKind.AANNAME: QT_TRANSLATE_NOOP("Labels", "Assumption"),
    EntryKind.BESLUIT: QT_TRANSLATE_NOOP("Labels", "Decision"),
    EntryKind.AFSPRAAK: QT_TRANSLATE_NOOP("Labels", "Agreement"),
    EntryKind.ACTIE: QT_TRANSLATE_NOOP("Labels", "Action"),
    EntryKind.PRIVE: QT_TRANSLATE_NOOP("Labels", "Private note"),
}

_MEETING_STATUSES = {
    MeetingStatus.GEPLAND: QT_TRANSLATE_NOOP("Labels", "Planned"),
    MeetingStatus.BEZIG: QT_TRANSLATE_NOOP("Labels", "In progress"),
    MeetingStatus.GEHOUDEN: QT_TRANSLATE_NOOP("Labels", "Held"),
    MeetingStatus.VERSLAG_CONCEPT: QT_TRANSLATE_NOOP("Labels", "Draft minutes"),
    MeetingStatus.VERSLAG_VASTGESTELD: QT_TRANSLATE_NOOP("Labels", "Minutes adopted"),
}

_PRECONDITIONS = {
    PreconditionKey.MEERWAARDE: QT_TRANSLATE_NOOP("Labels", "Added value recognised"),
    PreconditionKey.TIJD_EN_PAUZE: QT_TRANSLATE_NOOP("Labels", "Time given, usual ways paused"),
}

_WEEKDAYS = (
    QT_TRANSLATE_NOOP("Labels", "Mon"),
    QT_TRANSLATE_NOOP("Labels", "Tue"),
    QT_TRANSLATE_NOOP("Labels", "Wed"),
    QT_TRANSLATE_NOOP("Labels", "Thu"),
    QT_TRANSLATE_NOOP("Labels", "Fri"),
    QT_TRANSLATE_NOOP("Labels", "Sat"),
    QT_TRANSLATE_NOOP("Labels", "Sun"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _lookup(table: dict, code: str | None) -> str:
    source = table.get(code) if code else None
    return _tr(source) if source else (code or "")


def party(code: str | None) -> str:
    """Gemeente, Initiatief, Procesbegeleider, Anders."""
    return _lookup(_PARTIES, code)


def voice(code: str | None) -> str:
    """The party an entry speaks for, or "Samen"; empty when none was chosen."""
    return _lookup(_VOICES, code)


def kind(code: str | None) -> str:
    """Opmerking, Vraag, Besluit, ..."""
    return _lookup(_KINDS, code)


def meeting_status(code: str | None) -> str:
    """Gepland, Gehouden, Conceptverslag, Verslag vastgesteld."""
    return _lookup(_MEETING_STATUSES, code)


def precondition(code: str | None) -> str:
    """A short name for one of the two preconditions."""
    return _lookup(_PRECONDITIONS, code)


def day(value: date | None) -> str:
    """A date as people in the Netherlands write it: 07-03-2026."""
    return value.strftime("%d-%m-%Y") if value else ""


def moment(value: datetime | None) -> str:
    """A meeting time with its weekday: "di 07-03-2026 19:30"."""
    if value is None:
        return QCoreApplication.translate("Labels", "no date yet")
    weekday = _tr(_WEEKDAYS[value.weekday()])
    return f"{weekday} {value:%d-%m-%Y %H:%M}"


PARTIES: tuple[str, ...] = tuple(p.value for p in Party)
VOICES: tuple[str, ...] = tuple(v.value for v in Voice)
KINDS: tuple[str, ...] = tuple(k.value for k in EntryKind)
MEETING_STATUSES: tuple[str, ...] = tuple(s.value for s in MeetingStatus)
