"""Adopting the minutes: each party agrees to the concept; with both, they are adopted.

Adopted minutes are a record: the document as adopted is kept with its SHA-256 (the export
layer builds it and hands it to ``freeze_minutes``), and what they record cannot change
(``core.record_guard``). Reopening, with a reason, voids the adoption; the history keeps both.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select

from ..changes import Changes, service
from ..errors import InvalidInput
from ..models import Meeting, MinutesRecord
from ..store import Store
from ..views import snapshot
from ..vocab import NEGOTIATING_PARTIES, MeetingStatus
from . import rows
from .validate import one_of, optional_line, parse_date, required_line, required_text

_PARTY = one_of(tuple(party.value for party in NEGOTIATING_PARTIES), "de partij die instemt")

ADOPTED = "vastgesteld"
REOPENED = "heropend"

_NOT_HELD = (MeetingStatus.GEPLAND, MeetingStatus.BEZIG)


@service
def agree_minutes(
    store: Store, meeting_id: str, party: str, by: str, on: date | str | None = None
) -> Changes:
    """Record that ``by`` agreed to the minutes for ``party`` (gemeente or initiatief) on
    ``on`` (default today). With every party of the meeting agreed the minutes are adopted
    ('verslag_vastgesteld') and the adoption is recorded; until then they are a concept."""
    party = _PARTY(party)
    by = required_line("wie namens de partij instemt")(by)
    on = parse_date(on, "de instemming") or date.today()
    with store.transaction() as session:
        meeting = rows.get_row(session, Meeting, meeting_id)
        if meeting.status in _NOT_HELD:
            raise InvalidInput(
                "Een verslag kan pas worden vastgesteld als de bijeenkomst is gehouden."
            )
        if meeting.status == MeetingStatus.VERSLAG_VASTGESTELD:
            raise InvalidInput("Dit verslag is al vastgesteld.")
        setattr(meeting, f"agreed_{party}_by", by)
        setattr(meeting, f"agreed_{party}_on", on)
        if _settle_status(meeting):
            names = "; ".join(getattr(meeting, f"agreed_{p}_by") for p in _parties(meeting))
            session.add(MinutesRecord(meeting_id=meeting_id, event=ADOPTED, on=on, by=names))
        return Changes("meetings", (meeting_id,), meeting.trajectory_id)


@service
def withdraw_minutes_agreement(store: Store, meeting_id: str, party: str) -> Changes:
    """Take back ``party``'s agreement to a concept (an undo, or a correction asked for
    afterwards). Adopted minutes are not withdrawn but reopened, with a reason."""
    party = _PARTY(party)
    with store.transaction() as session:
        meeting = rows.get_row(session, Meeting, meeting_id)
        if meeting.status == MeetingStatus.VERSLAG_VASTGESTELD:
            raise InvalidInput(
                "Dit verslag is vastgesteld. Wilt u het toch veranderen? Kies dan 'Heropenen' "
                "en schrijf op waarom."
            )
        setattr(meeting, f"agreed_{party}_by", "")
        setattr(meeting, f"agreed_{party}_on", None)
        _settle_status(meeting)
        return Changes("meetings", (meeting_id,), meeting.trajectory_id)


@service
def reopen_minutes(store: Store, meeting_id: str, reason: str, by: str = "") -> Changes:
    """Void the adoption of the minutes, for ``reason``: they become a concept that both
    parties adopt again. The history keeps the adopted version and the reason."""
    reason = required_text("de reden om te heropenen")(reason)
    by = optional_line("wie heropent", 200)(by)
    with store.transaction() as session:
        meeting = rows.get_row(session, Meeting, meeting_id)
        if meeting.status != MeetingStatus.VERSLAG_VASTGESTELD:
            raise InvalidInput("Dit verslag is niet vastgesteld; heropenen is niet nodig.")
        for party in NEGOTIATING_PARTIES:
            setattr(meeting, f"agreed_{party.value}_by", "")
            setattr(meeting, f"agreed_{party.value}_on", None)
        meeting.status = MeetingStatus.VERSLAG_CONCEPT.value
        session.add(
            MinutesRecord(
                meeting_id=meeting_id, event=REOPENED, on=date.today(), by=by, reason=reason
            )
        )
        return Changes("meetings", (meeting_id,), meeting.trajectory_id)


@service
def put_back_minutes_agreement(
    store: Store, meeting_id: str, party: str, by: str, on: date | None, status: str
) -> Changes:
    """Undo an agreement or its withdrawal: ``party``'s agreement and the meeting's status as
    they were. Undoing the agreement that adopted the minutes reopens them, on the record."""
    party = _PARTY(party)
    with store.transaction() as session:
        meeting = rows.get_row(session, Meeting, meeting_id)
        if meeting.status == MeetingStatus.VERSLAG_VASTGESTELD and status != meeting.status:
            session.add(
                MinutesRecord(
                    meeting_id=meeting_id,
                    event=REOPENED,
                    on=date.today(),
                    reason="De vaststelling is direct ongedaan gemaakt.",
                )
            )
        setattr(meeting, f"agreed_{party}_by", by if on is not None else "")
        setattr(meeting, f"agreed_{party}_on", on)
        meeting.status = status
        return Changes("meetings", (meeting_id,), meeting.trajectory_id)


@service
def freeze_minutes(store: Store, meeting_id: str, document: str, sha256: str) -> Changes:
    """Keep the adopted minutes as adopted: ``document`` (the document model as JSON) and its
    SHA-256 go with the newest adoption, once. Later calls change nothing."""
    with store.transaction() as session:
        meeting = rows.get_row(session, Meeting, meeting_id)
        record = _current_adoption(session, meeting)
        if record is None:
            raise InvalidInput("Dit verslag is niet vastgesteld, dus er is niets vast te leggen.")
        if record.document is None:
            record.document, record.sha256 = document, sha256
        return Changes("minutes_records", (record.id,), meeting.trajectory_id)


def adopted_record(store: Store, meeting_id: str) -> Any | None:
    """The record of the adoption in force (with the document as adopted), or None."""
    with store.transaction() as session:
        meeting = rows.get_row(session, Meeting, meeting_id)
        record = _current_adoption(session, meeting)
        return snapshot(record) if record is not None else None


def minutes_history(store: Store, meeting_id: str) -> list[Any]:
    """Every adoption and reopening of the minutes, oldest first."""
    with store.transaction() as session:
        return [snapshot(row) for row in _records(session, meeting_id)]


def _current_adoption(session: Any, meeting: Meeting) -> MinutesRecord | None:
    if meeting.status != MeetingStatus.VERSLAG_VASTGESTELD:
        return None
    adoptions = [row for row in _records(session, meeting.id) if row.event == ADOPTED]
    return adoptions[-1] if adoptions else None


def _records(session: Any, meeting_id: str) -> list[MinutesRecord]:
    query = (
        select(MinutesRecord)
        .where(MinutesRecord.meeting_id == meeting_id, MinutesRecord.deleted_at.is_(None))
        .order_by(MinutesRecord.created_at)
    )
    return list(session.scalars(query))


def _parties(meeting: Any) -> tuple[str, ...]:
    """The parties whose agreement adopts the minutes: the meeting's one party, or both."""
    party = getattr(meeting, "party", None)
    return (party,) if party in ("gemeente", "initiatief") else ("gemeente", "initiatief")


def _settle_status(meeting: Any) -> bool:
    """Set concept or adopted from the agreements; True when the minutes became adopted."""
    was = meeting.status
    adopted = all(getattr(meeting, f"agreed_{p}_on") is not None for p in _parties(meeting))
    meeting.status = (
        MeetingStatus.VERSLAG_VASTGESTELD.value if adopted else MeetingStatus.VERSLAG_CONCEPT.value
    )
    return adopted and was != MeetingStatus.VERSLAG_VASTGESTELD
