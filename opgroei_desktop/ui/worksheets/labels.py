"""Screen words for the worksheet codes (statuses, steps, outcomes, states), through Qt's
translator. Party, entry kind and dates come from the app-wide labels (ui/labels.py), so a
code is named the same everywhere."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...core.search import HitKind
from ...core.vocab import (
    ActionStatus,
    AgreementStatus,
    ChallengeState,
    EvaluationOutcome,
    MilestoneOutcome,
    WorkKind,
)
from ...worksheets.lifecycle import Step
from ...worksheets.timeline import Risk
from ..labels import day, kind, moment, party, voice

__all__ = [
    "CHALLENGE_STATES",
    "EVALUATIONS",
    "MILESTONE_OUTCOMES",
    "WORK_KINDS",
    "action_status",
    "challenge_state",
    "day",
    "evaluation",
    "hit_kind",
    "item_state",
    "work_kind",
    "kind",
    "milestone_outcome",
    "moment",
    "party",
    "risk",
    "status",
    "step",
    "voice",
]

_CONTEXT = "WorksheetLabels"

_STATUSES = {
    AgreementStatus.VOORSTEL: QT_TRANSLATE_NOOP("WorksheetLabels", "Proposal"),
    AgreementStatus.AKKOORD_GEMEENTE: QT_TRANSLATE_NOOP(
        "WorksheetLabels", "Agreed by the municipality"
    ),
    AgreementStatus.AKKOORD_INITIATIEF: QT_TRANSLATE_NOOP(
        "WorksheetLabels", "Agreed by the initiative"
    ),
    AgreementStatus.AKKOORD_BEIDEN: QT_TRANSLATE_NOOP("WorksheetLabels", "Agreed by both"),
    AgreementStatus.VASTGELEGD: QT_TRANSLATE_NOOP("WorksheetLabels", "Recorded"),
    AgreementStatus.TE_EVALUEREN: QT_TRANSLATE_NOOP("WorksheetLabels", "To be evaluated"),
    AgreementStatus.GEEVALUEERD: QT_TRANSLATE_NOOP("WorksheetLabels", "Evaluated"),
}

_STEPS = {
    Step.AGREE_GEMEENTE: QT_TRANSLATE_NOOP("WorksheetLabels", "Municipality agrees"),
    Step.AGREE_INITIATIEF: QT_TRANSLATE_NOOP("WorksheetLabels", "Initiative agrees"),
    Step.AGREE_BOTH: QT_TRANSLATE_NOOP("WorksheetLabels", "Both agree"),
    Step.RECORD: QT_TRANSLATE_NOOP("WorksheetLabels", "Record in a document"),
    Step.PLAN_REVIEW: QT_TRANSLATE_NOOP("WorksheetLabels", "Plan an evaluation"),
    Step.EVALUATE: QT_TRANSLATE_NOOP("WorksheetLabels", "Evaluate"),
    Step.REOPEN: QT_TRANSLATE_NOOP("WorksheetLabels", "Back to proposal"),
}

_EVALUATIONS = {
    EvaluationOutcome.BEHOUDEN: QT_TRANSLATE_NOOP("WorksheetLabels", "Kept"),
    EvaluationOutcome.GEWIJZIGD: QT_TRANSLATE_NOOP("WorksheetLabels", "Changed"),
    EvaluationOutcome.VERVALLEN: QT_TRANSLATE_NOOP("WorksheetLabels", "Dropped"),
}

_CHALLENGE_STATES = {
    ChallengeState.SPEELT: QT_TRANSLATE_NOOP("WorksheetLabels", "Plays here"),
    ChallengeState.NOG_NIET: QT_TRANSLATE_NOOP("WorksheetLabels", "Not yet"),
    ChallengeState.NIET_VAN_TOEPASSING: QT_TRANSLATE_NOOP("WorksheetLabels", "Does not apply"),
}

_ACTION_STATUSES = {
    ActionStatus.OPEN: QT_TRANSLATE_NOOP("WorksheetLabels", "Open"),
    ActionStatus.GEDAAN: QT_TRANSLATE_NOOP("WorksheetLabels", "Done"),
    ActionStatus.VERVALLEN: QT_TRANSLATE_NOOP("WorksheetLabels", "Dropped"),
}

_MILESTONE_OUTCOMES = {
    MilestoneOutcome.DOORGAAN: QT_TRANSLATE_NOOP("WorksheetLabels", "Go on"),
    MilestoneOutcome.BIJSTELLEN: QT_TRANSLATE_NOOP("WorksheetLabels", "Adjust"),
    MilestoneOutcome.STOPPEN: QT_TRANSLATE_NOOP("WorksheetLabels", "Stop"),
}

_RISKS = {
    Risk.NO_GUARANTEE: QT_TRANSLATE_NOOP(
        "WorksheetLabels", "Coming up, and nothing is guaranteed to follow when it is reached"
    ),
    Risk.NOT_EVALUATED: QT_TRANSLATE_NOOP(
        "WorksheetLabels", "Its date has passed without an evaluation"
    ),
    Risk.NO_FOLLOW_UP: QT_TRANSLATE_NOOP(
        "WorksheetLabels", "Adjusted or stopped, and no next milestone is set"
    ),
}

_ITEM_STATES = {
    "risico": QT_TRANSLATE_NOOP("WorksheetLabels", "Risk"),
    "kans": QT_TRANSLATE_NOOP("WorksheetLabels", "Opportunity"),
    "onzekerheid": QT_TRANSLATE_NOOP("WorksheetLabels", "Uncertainty"),
    "nu": QT_TRANSLATE_NOOP("WorksheetLabels", "Now"),
    "later": QT_TRANSLATE_NOOP("WorksheetLabels", "Later"),
    "gepland": QT_TRANSLATE_NOOP("WorksheetLabels", "Planned"),
    "bezig": QT_TRANSLATE_NOOP("WorksheetLabels", "Under way"),
    "klaar": QT_TRANSLATE_NOOP("WorksheetLabels", "Finished"),
    "idee": QT_TRANSLATE_NOOP("WorksheetLabels", "Idea"),
    "in_voorbereiding": QT_TRANSLATE_NOOP("WorksheetLabels", "Being prepared"),
    "concept": QT_TRANSLATE_NOOP("WorksheetLabels", "Draft"),
    "vastgesteld": QT_TRANSLATE_NOOP("WorksheetLabels", "Adopted"),
    "getekend": QT_TRANSLATE_NOOP("WorksheetLabels", "Signed"),
    "voorstel": QT_TRANSLATE_NOOP("WorksheetLabels", "Proposal"),
    "gekozen": QT_TRANSLATE_NOOP("WorksheetLabels", "Chosen"),
}

_HIT_KINDS = {
    HitKind.ENTRY: QT_TRANSLATE_NOOP("WorksheetLabels", "Entry"),
    HitKind.AGREEMENT: QT_TRANSLATE_NOOP("WorksheetLabels", "Agreement"),
    HitKind.ACTION: QT_TRANSLATE_NOOP("WorksheetLabels", "Action"),
    HitKind.WORKSHEET_ITEM: QT_TRANSLATE_NOOP("WorksheetLabels", "Worksheet line"),
}


def _lookup(table: dict, code: str | None) -> str:
    source = table.get(code) if code else None
    return QCoreApplication.translate(_CONTEXT, source) if source else (code or "")


def status(code: str | None) -> str:
    """An agreement status: Voorstel, Akkoord van beide partijen, ..."""
    return _lookup(_STATUSES, code)


def step(code: str) -> str:
    """A life-cycle step as a button says it."""
    return _lookup(_STEPS, code)


def evaluation(code: str | None) -> str:
    """How an agreement's evaluation ended: kept, changed, dropped."""
    return _lookup(_EVALUATIONS, code)


def challenge_state(code: str | None) -> str:
    return _lookup(_CHALLENGE_STATES, code)


def action_status(code: str | None) -> str:
    return _lookup(_ACTION_STATUSES, code)


def milestone_outcome(code: str | None) -> str:
    return _lookup(_MILESTONE_OUTCOMES, code)


def risk(code: str) -> str:
    """Why a milestone may become a stop-go moment, in one sentence."""
    return _lookup(_RISKS, code)


def item_state(code: str | None) -> str:
    return _lookup(_ITEM_STATES, code)


_WORK_KINDS = {
    "stuurgroep": QT_TRANSLATE_NOOP("WorksheetLabels", "Steering group"),
    "werkgroep": QT_TRANSLATE_NOOP("WorksheetLabels", "Working group"),
    "college": QT_TRANSLATE_NOOP("WorksheetLabels", "Mayor and aldermen"),
    "gemeenteraad": QT_TRANSLATE_NOOP("WorksheetLabels", "Municipal council"),
    "bestuur": QT_TRANSLATE_NOOP("WorksheetLabels", "Board of the cooperative"),
    "alv": QT_TRANSLATE_NOOP("WorksheetLabels", "General members' meeting"),
    "orgaan": QT_TRANSLATE_NOOP("WorksheetLabels", "Other body"),
    "rol": QT_TRANSLATE_NOOP("WorksheetLabels", "Role (a function, not a person)"),
}


def work_kind(code: str | None) -> str:
    """What a line of the work structure is: a body, or a role."""
    return _lookup(_WORK_KINDS, code)


WORK_KINDS: tuple[str, ...] = tuple(k.value for k in WorkKind)


def hit_kind(code: str) -> str:
    return _lookup(_HIT_KINDS, code)


CHALLENGE_STATES: tuple[str, ...] = tuple(s.value for s in ChallengeState)
EVALUATIONS: tuple[str, ...] = tuple(o.value for o in EvaluationOutcome)
MILESTONE_OUTCOMES: tuple[str, ...] = tuple(o.value for o in MilestoneOutcome)
