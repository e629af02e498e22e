"""Screen words for a meeting run: the app's words for voices, kinds and parties (one
vocabulary, from ui/labels.py), and the run's own time formats."""

from __future__ import annotations

from datetime import datetime

from ..labels import day, kind, party, voice

__all__ = ["clock", "day", "kind", "party", "time_of_day", "voice"]


def clock(seconds: float) -> str:
    """A timer reading: 07:05, or 1:02:05 past an hour; negative values get a minus sign."""
    whole = int(abs(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    sign = "-" if seconds < 0 and whole else ""
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes:02d}:{secs:02d}"


def time_of_day(value: datetime | None) -> str:
    """Hours and minutes: 21:30."""
    return value.strftime("%H:%M") if value else ""
