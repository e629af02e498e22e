"""Plain, frozen snapshots of stored rows: what services hand to the UI and the exporters.

Each view has exactly the columns of its model, so the two never drift apart; no widget or
exporter ever holds a live ORM object or a database session.
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

from sqlalchemy import inspect

from . import models

V = TypeVar("V")


def _view_of(model: type[models.Base]) -> type:
    columns = [column.key for column in inspect(model).column_attrs]
    view = dataclasses.make_dataclass(
        f"{model.__name__}View", [(name, Any) for name in columns], frozen=True
    )
    view.__module__ = __name__
    view.__doc__ = f"A snapshot of one {model.__name__} row."
    return view


TrajectoryView = _view_of(models.Trajectory)
PreconditionView = _view_of(models.Precondition)
PersonView = _view_of(models.Person)
MeetingView = _view_of(models.Meeting)
AttendanceView = _view_of(models.Attendance)
AgendaItemView = _view_of(models.AgendaItem)
ScriptStepView = _view_of(models.ScriptStep)
EntryView = _view_of(models.Entry)
ChallengeStatusView = _view_of(models.ChallengeStatus)
WorksheetItemView = _view_of(models.WorksheetItem)
AgreementView = _view_of(models.Agreement)
AgreementEventView = _view_of(models.AgreementEvent)
ActionView = _view_of(models.Action)
MilestoneView = _view_of(models.Milestone)
AssessmentView = _view_of(models.Assessment)
AssessmentScoreView = _view_of(models.AssessmentScore)
ScenarioView = _view_of(models.Scenario)
ScenarioRatingView = _view_of(models.ScenarioRating)
AssumptionCardView = _view_of(models.AssumptionCard)
ClauseDocumentView = _view_of(models.ClauseDocument)
ClauseChoiceView = _view_of(models.ClauseChoice)
MinutesRecordView = _view_of(models.MinutesRecord)

_VIEWS: dict[type, type] = {
    getattr(models, name.removesuffix("View")): view
    for name, view in list(globals().items())
    if name.endswith("View") and isinstance(view, type)
}


def snapshot(row: models.Base) -> Any:
    """The frozen view of ``row``."""
    view = _VIEWS[type(row)]
    return view(**{field.name: getattr(row, field.name) for field in dataclasses.fields(view)})
