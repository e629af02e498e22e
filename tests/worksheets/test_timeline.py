"""Milestones on a time line, with the stop-go risk flagged before it happens."""

from __future__ import annotations

from datetime import date

from opgroei_desktop.core.services import milestones
from opgroei_desktop.worksheets.timeline import Phase, Risk, build_timeline

TODAY = date(2026, 10, 1)


def _add(store, trajectory, title, due, **fields):
    return milestones.create_milestone(store, trajectory, title=title, due_on=due, **fields).id


def _point(timeline, title):
    return next(p for p in timeline.points if p.milestone.title == title)


def test_near_milestone_without_guarantee_is_a_stop_go_risk(store, trajectory):
    """A milestone coming up with nothing promised after it must stand out in time."""
    _add(store, trajectory, "Studie klaar", date(2026, 10, 20))
    _add(store, trajectory, "Vergunning", date(2026, 10, 20), guarantee="Budget planfase")
    _add(store, trajectory, "Later", date(2027, 6, 1))
    line = build_timeline(store, trajectory, today=TODAY)
    assert _point(line, "Studie klaar").risks == (Risk.NO_GUARANTEE,)
    assert _point(line, "Studie klaar").phase == Phase.NEAR
    assert not _point(line, "Vergunning").at_risk
    assert not _point(line, "Later").at_risk and _point(line, "Later").phase == Phase.LATER


def test_passed_milestone_without_evaluation_is_flagged(store, trajectory):
    """A milestone whose date passed unevaluated must be flagged, guarantee or not."""
    _add(store, trajectory, "Vergeten", date(2026, 9, 1), guarantee="Vervolg")
    point = _point(build_timeline(store, trajectory, today=TODAY), "Vergeten")
    assert point.phase == Phase.PAST and point.risks == (Risk.NOT_EVALUATED,)


def test_stop_or_adjust_without_a_later_milestone_is_flagged(store, trajectory, meeting):
    """'Bijstellen' with no next milestone set is exactly how a stop-go dynamic starts."""
    first = _add(store, trajectory, "Eerste", date(2026, 6, 1), guarantee="x")
    milestones.evaluate_milestone(
        store, first, "bijstellen", on=date(2026, 6, 10), meeting_id=meeting
    )
    point = _point(build_timeline(store, trajectory, today=TODAY), "Eerste")
    assert point.phase == Phase.EVALUATED and point.risks == (Risk.NO_FOLLOW_UP,)
    assert point.evaluation_meeting_title == "Eerste overleg"
    _add(store, trajectory, "Nieuwe piketpaal", date(2027, 1, 1), guarantee="y")
    assert not _point(build_timeline(store, trajectory, today=TODAY), "Eerste").at_risk


def test_span_covers_every_milestone_and_today(store, trajectory):
    """The drawn line must reach from the first milestone to the last, and include today."""
    _add(store, trajectory, "A", date(2026, 3, 1))
    _add(store, trajectory, "B", date(2027, 3, 1))
    milestones.create_milestone(store, trajectory, title="Zonder datum")
    line = build_timeline(store, trajectory, today=TODAY)
    assert line.span() == (date(2026, 3, 1), date(2027, 3, 1))
    assert line.points[-1].phase == Phase.UNDATED
