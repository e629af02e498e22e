"""Agreements and their life cycle, with every step kept as history.

proposal -> agreed by one party -> agreed by both -> recorded in a document
-> to be evaluated on a date -> evaluated (kept, changed or dropped).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select

from ..changes import Changes, service
from ..errors import InvalidInput
from ..models import Agreement, AgreementEvent, Trajectory
from ..store import Store
from ..views import AgreementEventView, AgreementView, snapshot
from ..vocab import WORKSHEET_KEYS, AgreementStatus, EvaluationOutcome
from . import rows
from .validate import choice, one_of, optional_line, parse_date, required_text

S = AgreementStatus

NEXT_STATUSES: dict[str, tuple[str, ...]] = {
    S.VOORSTEL: (S.AKKOORD_GEMEENTE, S.AKKOORD_INITIATIEF, S.AKKOORD_BEIDEN),
    S.AKKOORD_GEMEENTE: (S.AKKOORD_BEIDEN, S.VOORSTEL),
    S.AKKOORD_INITIATIEF: (S.AKKOORD_BEIDEN, S.VOORSTEL),
    S.AKKOORD_BEIDEN: (S.VASTGELEGD, S.TE_EVALUEREN, S.VOORSTEL),
    S.VASTGELEGD: (S.TE_EVALUEREN, S.GEEVALUEERD),
    S.TE_EVALUEREN: (S.GEEVALUEERD,),
    S.GEEVALUEERD: (S.VOORSTEL,),
}
"""Which status may follow which. A changed agreement goes back to proposal."""


_STATUS_WORDS: dict[str, str] = {
    S.VOORSTEL: "voorstel",
    S.AKKOORD_GEMEENTE: "akkoord van de gemeente",
    S.AKKOORD_INITIATIEF: "akkoord van het initiatief",
    S.AKKOORD_BEIDEN: "akkoord van beide partijen",
    S.VASTGELEGD: "vastgelegd in een document",
    S.TE_EVALUEREN: "te evalueren",
    S.GEEVALUEERD: "geëvalueerd",
}


@service
def create_agreement(
    store: Store,
    trajectory_id: str,
    *,
    worksheet: str,
    text: str,
    challenge_key: str | None = None,
    suggestion_key: str | None = None,
    meeting_id: str | None = None,
) -> Changes:
    """A new proposal; from a library suggestion when ``suggestion_key`` is given."""
    worksheet = one_of(WORKSHEET_KEYS, "het werkblad")(worksheet)
    text = required_text("de tekst van de afspraak")(text)
    with store.transaction() as session:
        rows.get_row(session, Trajectory, trajectory_id)
        agreement = Agreement(
            trajectory_id=trajectory_id,
            worksheet=worksheet,
            challenge_key=challenge_key,
            suggestion_key=suggestion_key,
            text=text,
        )
        session.add(agreement)
        session.flush()
        note = "Overgenomen uit de suggesties." if suggestion_key else "Voorgesteld."
        _record(session, agreement, meeting_id, note)
        return Changes("agreements", (agreement.id,), trajectory_id)


@service
def change_status(
    store: Store,
    agreement_id: str,
    status: str,
    *,
    meeting_id: str | None = None,
    note: str = "",
    document: str | None = None,
    review_on: date | str | None = None,
    outcome: str | None = None,
) -> Changes:
    """Move an agreement along its life cycle; refuses steps that skip or go astray."""
    status = choice(AgreementStatus, "de status")(status)
    review = parse_date(review_on, "de evaluatie")
    with store.transaction() as session:
        agreement = rows.get_row(session, Agreement, agreement_id)
        if status not in NEXT_STATUSES[agreement.status]:
            raise InvalidInput(
                f"Een afspraak met status '{_STATUS_WORDS[agreement.status]}' kan niet direct "
                f"naar '{_STATUS_WORDS[status]}'."
            )
        if status == S.VASTGELEGD:
            agreement.document = optional_line("het document")(document) or _missing("document")
        if status == S.TE_EVALUEREN:
            agreement.review_on = review or _missing("evaluatiedatum")
        if status == S.GEEVALUEERD:
            agreement.outcome = choice(EvaluationOutcome, "de uitkomst")(outcome)
        agreement.status = status
        _record(session, agreement, meeting_id, note)
        return Changes("agreements", (agreement_id,), agreement.trajectory_id)


@service
def agree(store: Store, agreement_id: str, party: str, *, meeting_id: str | None = None) -> Changes:
    """``party`` agrees; when the other party already had, both have."""
    with store.transaction() as session:
        current = rows.get_row(session, Agreement, agreement_id).status
    other_already = {"gemeente": S.AKKOORD_INITIATIEF, "initiatief": S.AKKOORD_GEMEENTE}
    own = {"gemeente": S.AKKOORD_GEMEENTE, "initiatief": S.AKKOORD_INITIATIEF}
    if party not in own:
        raise InvalidInput("Alleen de gemeente of het initiatief kan akkoord geven.")
    target = S.AKKOORD_BEIDEN if current == other_already[party] else own[party]
    return change_status(store, agreement_id, target, meeting_id=meeting_id)


@service
def reword(
    store: Store,
    agreement_id: str,
    text: str,
    *,
    meeting_id: str | None = None,
    note: str = "",
    read_version: int | None = None,
) -> Changes:
    """Change an agreement's wording; the old wording stays in its history.

    With ``read_version`` (the ``row_version`` the new wording was written against) an
    agreement someone else changed since is refused with ``StaleEdit``, showing their text.
    """
    text = required_text("de tekst van de afspraak")(text)
    with store.transaction() as session:
        agreement = rows.get_row(session, Agreement, agreement_id)
        rows.check_version(agreement, read_version, agreement.text)
        agreement.text = text
        _record(session, agreement, meeting_id, note or "Tekst aangepast.")
        return Changes("agreements", (agreement_id,), agreement.trajectory_id)


@service
def delete_agreement(store: Store, agreement_id: str) -> Changes:
    return rows.soft_delete(store, Agreement, agreement_id)


@service
def restore_agreement(store: Store, agreement_id: str) -> Changes:
    return rows.restore(store, Agreement, agreement_id)


def get_agreement(store: Store, agreement_id: str) -> AgreementView:
    with store.transaction() as session:
        return snapshot(rows.get_row(session, Agreement, agreement_id))


def list_agreements(
    store: Store, trajectory_id: str, *, worksheet: str | None = None
) -> list[AgreementView]:
    query = select(Agreement).where(
        Agreement.trajectory_id == trajectory_id, Agreement.deleted_at.is_(None)
    )
    if worksheet is not None:
        query = query.where(Agreement.worksheet == worksheet)
    with store.transaction() as session:
        return [snapshot(row) for row in session.scalars(query.order_by(Agreement.created_at))]


def history(store: Store, agreement_id: str) -> list[AgreementEventView]:
    """Every step of an agreement, oldest first."""
    query = (
        select(AgreementEvent)
        .where(AgreementEvent.agreement_id == agreement_id)
        .order_by(AgreementEvent.created_at)
    )
    with store.transaction() as session:
        return [snapshot(row) for row in session.scalars(query)]


def status_words(status: str) -> str:
    """The status in plain Dutch, for documents and lists."""
    return _STATUS_WORDS[AgreementStatus(status)]


def _record(session: Any, agreement: Agreement, meeting_id: str | None, note: str) -> None:
    session.add(
        AgreementEvent(
            agreement_id=agreement.id,
            meeting_id=meeting_id,
            status=agreement.status,
            text=agreement.text,
            note=note,
        )
    )


def _missing(what: str) -> Any:
    raise InvalidInput(f"Vul eerst de {what} in.")


@service
def revert_step(
    store: Store,
    agreement_id: str,
    *,
    status: str,
    document: str = "",
    review_on: date | None = None,
    outcome: str | None = None,
    meeting_id: str | None = None,
) -> Changes:
    """Take a life-cycle step back (undo): status, document, review date and outcome return
    to what they were. The history keeps the step and its taking back."""
    status = choice(AgreementStatus, "de status")(status)
    outcome = choice(EvaluationOutcome, "de uitkomst", optional=True)(outcome)
    with store.transaction() as session:
        agreement = rows.get_row(session, Agreement, agreement_id)
        agreement.status = status
        agreement.document = optional_line("het document")(document)
        agreement.review_on = parse_date(review_on, "de evaluatie")
        agreement.outcome = outcome
        _record(session, agreement, meeting_id, "Stap teruggedraaid.")
        return Changes("agreements", (agreement_id,), agreement.trajectory_id)


def proposal_meetings(store: Store, trajectory_id: str) -> dict[str, str | None]:
    """Per agreement of a trajectory: the meeting of its first step (where it was proposed)."""
    query = (
        select(AgreementEvent.agreement_id, AgreementEvent.meeting_id)
        .join(Agreement, Agreement.id == AgreementEvent.agreement_id)
        .where(Agreement.trajectory_id == trajectory_id)
        .order_by(AgreementEvent.created_at.desc())
    )
    with store.transaction() as session:
        # Newest first, so the oldest step of each agreement is written last and stays.
        return {agreement_id: meeting_id for agreement_id, meeting_id in session.execute(query)}
