"""Screen words for the codes a meeting run shows (voices, kinds, parties), and time formats."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...core.vocab import EntryKind, Party, Voice

_CONTEXT = "RunLabels"

VOICES = {
    Voice.GEMEENTE: QT_TRANSLATE_NOOP("RunLabels", "Municipality"),
    Voice.INITIATIEF: QT_TRANSLATE_NOOP("RunLabels", "Initiative"),
    Voice.SAMEN: QT_TRANSLATE_NOOP("RunLabels", "Together"),
    Voice.PROCESBEGELEIDER: QT_TRANSLATE_NOOP("RunLabels", "Facilitator"),
}

PARTIES = {
    Party.GEMEENTE: QT_TRANSLATE_NOOP("RunLabels", "Municipality"),
    Party.INITIATIEF: QT_TRANSLATE_NOOP("RunLabels", "Initiative"),
    Party.PROCESBEGELEIDER: QT_TRANSLATE_NOOP("RunLabels", "Facilitator"),
    Party.ANDERS: QT_TRANSLATE_NOOP("RunLabels", "Other"),
}

KINDS = {
    EntryKind.OPMERKING: QT_TRANSLATE_NOOP("RunLabels", "Remark"),
    EntryKind.VRAAG: QT_TRANSLATE_NOOP("RunLabels", "Question"),
    EntryKind.ZORG: QT_TRANSLATE_NOOP("RunLabels", "Concern"),
    EntryKind.IDEE: QT_TRANSLATE_NOOP("RunLabels", "Idea"),
    EntryKind.AANNAME: QT_TRANSLATE_NOOP("RunLabels", "Assumption"),
    EntryKind.BESLUIT: QT_TRANSLATE_NOOP("RunLabels", "Decision"),
    EntryKind.AFSPRAAK: QT_TRANSLATE_NOOP("RunLabels", "Agreement"),
    EntryKind.ACTIE: QT_TRANSLATE_NOOP("RunLabels", "Action"),
    EntryKind.PRIVE: QT_TRANSLATE_NOOP("RunLabels", "Private note"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def voice(code: str | None) -> str:
    """Gemeente, Initiatief, Samen, Procesbegeleider; empty when nobody was named."""
    source = VOICES.get(code) if code else None
    return _tr(source) if source else (code or "")


def party(code: str | None) -> str:
    """Gemeente, Initiatief, Procesbegeleider, Anders."""
    source = PARTIES.get(code) if code else None
    return _tr(source) if source else (code or "")


def kind(code: str | None) -> str:
    """Opmerking, Vraag, Besluit, ..."""
    source = KINDS.get(code) if code else None
    return _tr(source) if source else (code or "")


def clock(seconds: float) -> str:
    """A timer reading: 07:05, or 1:02:05 past an hour; negative values get a minus sign."""
    whole = int(abs(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    sign = "-" if seconds < 0 and whole else ""
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes:02d}:{secs:02d}"


def day(value: date | None) -> str:
    """A date as written in the Netherlands: 07-03-2026."""
    return value.strftime("%d-%m-%Y") if value else ""


def time_of_day(value: datetime | None) -> str:
    """Hours and minutes: 21:30."""
    return value.strftime("%H:%M") if value else ""
