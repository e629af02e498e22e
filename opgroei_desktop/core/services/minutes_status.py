"""Adopting the minutes: each party agrees to the concept; with both, they are adopted."""

from __future__ import annotations

from datetime import date
from typing import Any

from ..changes import Changes, service
from ..models import Meeting
from ..store import Store
from ..vocab import NEGOTIATING_PARTIES, MeetingStatus
from . import rows
from .validate import one_of, parse_date, required_line

_PARTY = one_of(tuple(party.value for party in NEGOTIATING_PARTIES), "de partij die instemt")


@service
def agree_minutes(
    store: Store, meeting_id: str, party: str, by: str, on: date | str | None = None
) -> Changes:
    """Record that ``by`` agreed to the minutes for ``party`` (gemeente or initiatief) on
    ``on`` (default today). With both parties agreed the minutes are adopted
    ('verslag_vastgesteld'); until then they are a concept ('verslag_concept')."""
    party = _PARTY(party)
    by = required_line("wie namens de partij instemt")(by)
    on = parse_date(on, "de instemming") or date.today()
    with store.transaction() as session:
        meeting = rows.get_row(session, Meeting, meeting_id)
        setattr(meeting, f"agreed_{party}_by", by)
        setattr(meeting, f"agreed_{party}_on", on)
        _settle_status(meeting)
        return Changes("meetings", (meeting_id,), meeting.trajectory_id)


@service
def withdraw_minutes_agreement(store: Store, meeting_id: str, party: str) -> Changes:
    """Take back ``party``'s agreement (an undo, or a correction asked for afterwards);
    adopted minutes become a concept again."""
    party = _PARTY(party)
    with store.transaction() as session:
        meeting = rows.get_row(session, Meeting, meeting_id)
        setattr(meeting, f"agreed_{party}_by", "")
        setattr(meeting, f"agreed_{party}_on", None)
        _settle_status(meeting)
        return Changes("meetings", (meeting_id,), meeting.trajectory_id)


def _settle_status(meeting: Any) -> None:
    both = all(getattr(meeting, f"agreed_{p.value}_on") is not None for p in NEGOTIATING_PARTIES)
    meeting.status = (
        MeetingStatus.VERSLAG_VASTGESTELD.value if both else MeetingStatus.VERSLAG_CONCEPT.value
    )
