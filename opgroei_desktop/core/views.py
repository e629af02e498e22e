"""Plain, frozen snapshots of stored rows: what services hand to the UI and the exporters.

Each view has exactly the columns of its model, the ones every row has coming from
``_Record`` (tests/core/test_views.py keeps them equal: add a field here with every new
column); no widget or exporter holds a live ORM object.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from . import models


@dataclass(frozen=True)
class _Record:
    """What every stored row has (models.Record): its id, times and version."""

    id: str
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    row_version: int


@dataclass(frozen=True)
class TrajectoryView(_Record):
    """A snapshot of one Trajectory row."""

    municipality: str
    initiative: str
    area: str
    project: str
    phase: str
    shared_name: str
    slogan: str
    shared_goal: str
    facilitator: str
    notes: str
    archived_at: datetime | None


@dataclass(frozen=True)
class PreconditionView(_Record):
    """A snapshot of one Precondition row."""

    trajectory_id: str
    key: str
    party: str
    confirmed_on: date | None
    left_open: bool
    note: str


@dataclass(frozen=True)
class PersonView(_Record):
    """A snapshot of one Person row."""

    trajectory_id: str
    name: str
    party: str
    function: str
    organisation: str
    speaks_for: str
    mandate_basis: str
    consent_named: bool
    email: str
    left_on: date | None
    forgotten: bool


@dataclass(frozen=True)
class MeetingView(_Record):
    """A snapshot of one Meeting row."""

    trajectory_id: str
    title: str
    goal: str
    party: str | None
    starts_at: datetime | None
    location: str
    status: str
    current_step_id: str | None
    started_at: datetime | None
    ended_at: datetime | None
    minute_taker: str
    agreed_gemeente_by: str
    agreed_gemeente_on: date | None
    agreed_initiatief_by: str
    agreed_initiatief_on: date | None
    notes_annex: bool


@dataclass(frozen=True)
class AttendanceView(_Record):
    """A snapshot of one Attendance row."""

    meeting_id: str
    person_id: str
    status: str
    speaks_for_today: str
    walk_in: bool


@dataclass(frozen=True)
class AgendaItemView(_Record):
    """A snapshot of one AgendaItem row."""

    meeting_id: str
    position: int
    title: str
    format_key: str | None
    account: str


@dataclass(frozen=True)
class ScriptStepView(_Record):
    """A snapshot of one ScriptStep row."""

    agenda_item_id: str
    position: int
    title: str
    minutes: int
    instructions: str
    prompt: str
    materials: str
    worksheet: str | None
    section: str | None
    exercise: str | None
    format_key: str | None
    step_key: str | None
    library_instructions: str
    library_prompt: str
    spent_seconds: int
    extra_seconds: int


@dataclass(frozen=True)
class EntryView(_Record):
    """A snapshot of one Entry row."""

    trajectory_id: str
    meeting_id: str | None
    agenda_item_id: str | None
    script_step_id: str | None
    person_id: str | None
    text: str
    kind: str
    voice: str | None
    worksheet: str | None
    section: str | None
    challenge_key: str | None
    captured_at: datetime
    decision_number: str | None


@dataclass(frozen=True)
class ChallengeStatusView(_Record):
    """A snapshot of one ChallengeStatus row."""

    trajectory_id: str
    challenge_key: str
    state: str


@dataclass(frozen=True)
class WorksheetItemView(_Record):
    """A snapshot of one WorksheetItem row."""

    trajectory_id: str
    worksheet: str
    section: str
    party: str | None
    title: str
    text: str
    state: str
    shared: bool
    on_date: date | None
    position: int
    kind: str
    decides: str
    body: str
    term: str


@dataclass(frozen=True)
class AgreementView(_Record):
    """A snapshot of one Agreement row."""

    trajectory_id: str
    worksheet: str
    challenge_key: str | None
    suggestion_key: str | None
    source_entry_id: str | None
    text: str
    status: str
    document: str
    review_on: date | None
    outcome: str | None


@dataclass(frozen=True)
class AgreementEventView(_Record):
    """A snapshot of one AgreementEvent row."""

    agreement_id: str
    meeting_id: str | None
    status: str
    text: str
    note: str


@dataclass(frozen=True)
class ActionView(_Record):
    """A snapshot of one Action row."""

    trajectory_id: str
    meeting_id: str | None
    entry_id: str | None
    owner_person_id: str | None
    owner_party: str | None
    what: str
    due_on: date | None
    status: str
    done_on: date | None
    worksheet: str | None
    challenge_key: str | None


@dataclass(frozen=True)
class MilestoneView(_Record):
    """A snapshot of one Milestone row."""

    trajectory_id: str
    title: str
    due_on: date | None
    criteria: str
    guarantee: str
    evaluation_meeting_id: str | None
    outcome: str | None
    outcome_note: str
    evaluated_on: date | None


@dataclass(frozen=True)
class AssessmentView(_Record):
    """A snapshot of one Assessment row."""

    trajectory_id: str
    meeting_id: str | None
    milestone_id: str | None
    title: str
    held_on: date | None


@dataclass(frozen=True)
class AssessmentScoreView(_Record):
    """A snapshot of one AssessmentScore row."""

    assessment_id: str
    statement_key: str
    dimension: str
    party: str
    person_id: str | None
    respondent: int | None
    score: int


@dataclass(frozen=True)
class ScenarioView(_Record):
    """A snapshot of one Scenario row."""

    trajectory_id: str
    meeting_id: str | None
    title: str
    description: str
    position: int


@dataclass(frozen=True)
class ScenarioRatingView(_Record):
    """A snapshot of one ScenarioRating row."""

    scenario_id: str
    criterion_key: str
    party: str
    score: int
    note: str


@dataclass(frozen=True)
class AssumptionCardView(_Record):
    """A snapshot of one AssumptionCard row."""

    meeting_id: str
    author_party: str
    author_person_id: str | None
    anonymous: bool
    text: str
    position: int
    revealed_at: datetime | None
    verdict: str | None
    reaction: str
    lesson_entry_id: str | None


@dataclass(frozen=True)
class ClauseDocumentView(_Record):
    """A snapshot of one ClauseDocument row."""

    trajectory_id: str
    doc_type: str
    version: int
    last_exported_at: datetime | None
    options: str


@dataclass(frozen=True)
class ClauseChoiceView(_Record):
    """A snapshot of one ClauseChoice row."""

    document_id: str
    agreement_id: str
    included: bool
    wording: str


@dataclass(frozen=True)
class MinutesRecordView(_Record):
    """A snapshot of one MinutesRecord row."""

    meeting_id: str
    event: str
    on: date
    by: str
    reason: str
    document: str | None
    sha256: str | None


_VIEWS: dict[type, type] = {
    getattr(models, name.removesuffix("View")): view
    for name, view in list(globals().items())
    if name.endswith("View") and isinstance(view, type)
}


def snapshot(row: models.Base) -> Any:
    """The frozen view of ``row``."""
    view = _VIEWS[type(row)]
    return view(**{field.name: getattr(row, field.name) for field in dataclasses.fields(view)})
