"""The agreement life cycle as the worksheet offers it: the steps a user can take from each
status, what each step needs, taking a step back, and the history in readable form.

The rules themselves live in ``core.services.agreements`` (``NEXT_STATUSES``); this module only
names the steps a person takes ("the municipality agrees", "record it in a document") and maps
them onto those rules, so the two can never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from ..core.changes import Changes
from ..core.errors import InvalidInput
from ..core.services import agreements, meetings
from ..core.services.agreements import NEXT_STATUSES
from ..core.store import Store
from ..core.views import AgreementEventView, AgreementView
from ..core.vocab import AgreementStatus

S = AgreementStatus


class Step(StrEnum):
    """What someone does to an agreement, in the order the worksheet shows the buttons."""

    AGREE_GEMEENTE = "agree_gemeente"
    AGREE_INITIATIEF = "agree_initiatief"
    AGREE_BOTH = "agree_both"
    RECORD = "record"
    PLAN_REVIEW = "plan_review"
    EVALUATE = "evaluate"
    REOPEN = "reopen"


class Needs(StrEnum):
    """The one piece of information a step asks for."""

    DOCUMENT = "document"
    REVIEW_DATE = "review_on"
    OUTCOME = "outcome"


NEEDS: dict[Step, Needs] = {
    Step.RECORD: Needs.DOCUMENT,
    Step.PLAN_REVIEW: Needs.REVIEW_DATE,
    Step.EVALUATE: Needs.OUTCOME,
}

_FIXED_TARGETS = {
    Step.RECORD: S.VASTGELEGD,
    Step.PLAN_REVIEW: S.TE_EVALUEREN,
    Step.EVALUATE: S.GEEVALUEERD,
    Step.REOPEN: S.VOORSTEL,
}


def target(status: str, step: str) -> str | None:
    """The status ``step`` leads to from ``status``, or None when the step is not possible."""
    step = Step(step)
    goal: str | None
    if step == Step.AGREE_GEMEENTE:
        goal = S.AKKOORD_BEIDEN if status == S.AKKOORD_INITIATIEF else S.AKKOORD_GEMEENTE
    elif step == Step.AGREE_INITIATIEF:
        goal = S.AKKOORD_BEIDEN if status == S.AKKOORD_GEMEENTE else S.AKKOORD_INITIATIEF
    elif step == Step.AGREE_BOTH:
        # Once one party agreed, the other party's own button completes it; one way is enough.
        goal = S.AKKOORD_BEIDEN if status == S.VOORSTEL else None
    else:
        goal = _FIXED_TARGETS[step]
    return goal if goal is not None and goal in NEXT_STATUSES.get(status, ()) else None


def available_steps(status: str) -> tuple[Step, ...]:
    """The steps possible from ``status``, in button order."""
    return tuple(step for step in Step if target(status, step) is not None)


@dataclass(frozen=True)
class State:
    """What a step changes, kept so the step can be taken back."""

    status: str
    document: str
    review_on: date | None
    outcome: str | None


def state_of(agreement: AgreementView) -> State:
    return State(agreement.status, agreement.document, agreement.review_on, agreement.outcome)


def take_step(
    store: Store,
    agreement_id: str,
    step: str,
    *,
    meeting_id: str | None = None,
    note: str = "",
    document: str | None = None,
    review_on: date | str | None = None,
    outcome: str | None = None,
) -> Changes:
    """Take ``step``; the service records it in the history with ``meeting_id``."""
    current = agreements.get_agreement(store, agreement_id)
    status = target(current.status, step)
    if status is None:
        raise InvalidInput(
            "Deze stap kan nu niet: de afspraak heeft de status "
            f"'{agreements.status_words(current.status)}'."
        )
    return agreements.change_status(
        store,
        agreement_id,
        status,
        meeting_id=meeting_id,
        note=note,
        document=document,
        review_on=review_on,
        outcome=outcome,
    )


def restore_state(
    store: Store, agreement_id: str, state: State, *, meeting_id: str | None = None
) -> Changes:
    """Put an agreement back in ``state`` (the undo of a step); the history keeps both."""
    return agreements.revert_step(
        store,
        agreement_id,
        status=state.status,
        document=state.document,
        review_on=state.review_on,
        outcome=state.outcome,
        meeting_id=meeting_id,
    )


@dataclass(frozen=True)
class HistoryLine:
    """One step in an agreement's history, with its meeting and whether the wording changed."""

    event: AgreementEventView
    meeting_title: str | None
    meeting_starts_at: datetime | None
    previous_text: str | None

    @property
    def reworded(self) -> bool:
        return self.previous_text is not None


def history_lines(store: Store, agreement_id: str) -> list[HistoryLine]:
    """Every step of an agreement, oldest first."""
    events = agreements.history(store, agreement_id)
    if not events:
        return []
    trajectory_id = agreements.get_agreement(store, agreement_id).trajectory_id
    held = {meeting.id: meeting for meeting in meetings.list_meetings(store, trajectory_id)}
    lines = []
    previous: str | None = None
    for event in events:
        meeting = held.get(event.meeting_id) if event.meeting_id else None
        lines.append(
            HistoryLine(
                event=event,
                meeting_title=meeting.title if meeting else None,
                meeting_starts_at=meeting.starts_at if meeting else None,
                previous_text=previous if previous is not None and previous != event.text else None,
            )
        )
        previous = event.text
    return lines
