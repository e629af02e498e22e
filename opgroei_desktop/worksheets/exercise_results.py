"""What the room exercises come to: baseline averages and differences, the trend over repeated
measurements, the scenario matrix and the tally of assumption cards. Plain values, no Qt.

The projector, the console and the minutes all read these, so the room, the facilitator and
the written record show the same numbers.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from statistics import fmean
from typing import Any

from ..core.services.exercises import PARTIES, CardVerdict
from ..library.exercises import Criterion, ExerciseContent, Statement

SHARED_FROM = 4
"""A criterion both parties rate at least this high is something both value."""

Averages = dict[str, float | None]
"""Per party code, an average score, or None when that party gave no score."""


@dataclass(frozen=True)
class Difference:
    """How far apart the two parties are on one statement."""

    statement: Statement
    gemeente: float
    initiatief: float

    @property
    def gap(self) -> float:
        """The distance between the two averages, whoever is higher."""
        return abs(self.gemeente - self.initiatief)


@dataclass(frozen=True)
class BaselineResult:
    """Averages per dimension and per line of growth, per party, and the differences."""

    dimensions: tuple[str, ...]
    averages: dict[str, Averages]
    lines: dict[str, Averages]
    statements: dict[str, Averages]
    differences: tuple[Difference, ...]
    counts: dict[str, int]

    def average(self, dimension: str, party: str) -> float | None:
        """One party's average on one dimension."""
        return self.averages.get(dimension, {}).get(party)

    @property
    def empty(self) -> bool:
        """True when nobody scored anything yet."""
        return not any(self.counts.values())

    def biggest(self, count: int = 5) -> tuple[Difference, ...]:
        """The statements with the biggest difference, as conversation starters."""
        return self.differences[:count]


def baseline_result(content: ExerciseContent, scores: Iterable[Any]) -> BaselineResult:
    """Average the scores of one measurement.

    A statement's average per party weighs every score given; a dimension's average weighs
    every statement equally, so one statement scored by many people does not dominate.
    """
    given: dict[tuple[str, str], list[int]] = defaultdict(list)
    counts: Counter[str] = Counter()
    for score in scores:
        if score.party in PARTIES:
            given[(score.statement_key, score.party)].append(score.score)
            counts[score.party] += 1
    statements: dict[str, Averages] = {}
    for statement in content.statements:
        statements[statement.key] = {
            party: _mean(given.get((statement.key, party), [])) for party in PARTIES
        }
    averages = {
        dimension: _group_average(statements, content.statements_of(dimension))
        for dimension in content.dimensions()
    }
    line_keys = sorted({s.line for s in content.statements if s.line})
    lines = {
        line: _group_average(statements, [s for s in content.statements if s.line == line])
        for line in line_keys
    }
    differences = [
        Difference(s, gemeente, initiatief)
        for s in content.statements
        if (gemeente := statements[s.key]["gemeente"]) is not None
        and (initiatief := statements[s.key]["initiatief"]) is not None
    ]
    order = {s.key: index for index, s in enumerate(content.statements)}
    differences.sort(
        key=lambda d: (-round(d.gap, 3), d.gemeente + d.initiatief, order[d.statement.key])
    )
    return BaselineResult(
        content.dimensions(),
        averages,
        lines,
        statements,
        tuple(differences),
        {party: counts[party] for party in PARTIES},
    )


@dataclass(frozen=True)
class TrendPoint:
    """One measurement in the trend: when, and the averages per dimension per party."""

    assessment: Any
    averages: dict[str, Averages]


def baseline_trend(
    content: ExerciseContent, assessments: Iterable[Any], scores_by_assessment: dict[str, list]
) -> tuple[TrendPoint, ...]:
    """The measurements that have scores, in the order given (oldest first)."""
    points = []
    for assessment in assessments:
        found = scores_by_assessment.get(assessment.id, [])
        if found:
            points.append(TrendPoint(assessment, baseline_result(content, found).averages))
    return tuple(points)


def trend_change(points: tuple[TrendPoint, ...], dimension: str, party: str) -> float | None:
    """How much one party's average on a dimension moved from the first measurement to the last."""
    values = [p.averages.get(dimension, {}).get(party) for p in points]
    known = [value for value in values if value is not None]
    return known[-1] - known[0] if len(known) >= 2 else None


@dataclass(frozen=True)
class Rating:
    """One party's score for a scenario on a criterion, and why."""

    score: int
    note: str


@dataclass(frozen=True)
class ScenarioMatrix:
    """Scenarios by criteria, with each party's rating in every cell."""

    scenarios: tuple[Any, ...]
    criteria: tuple[Criterion, ...]
    cells: dict[tuple[str, str, str], Rating]

    def rating(self, scenario_id: str, criterion_key: str, party: str) -> Rating | None:
        """The rating in one cell for one party, or None."""
        return self.cells.get((scenario_id, criterion_key, party))

    def shared(self) -> tuple[tuple[Any, Criterion], ...]:
        """(scenario, criterion) pairs both parties rate at least SHARED_FROM."""
        found = []
        for scenario in self.scenarios:
            for criterion in self.criteria:
                ratings = [self.rating(scenario.id, criterion.key, party) for party in PARTIES]
                if all(r is not None and r.score >= SHARED_FROM for r in ratings):
                    found.append((scenario, criterion))
        return tuple(found)

    def average(self, scenario_id: str, party: str) -> float | None:
        """One party's average over the criteria of one scenario."""
        return _mean(
            [
                rating.score
                for criterion in self.criteria
                if (rating := self.rating(scenario_id, criterion.key, party)) is not None
            ]
        )

    @property
    def empty(self) -> bool:
        """True when no rating was given yet."""
        return not self.cells


def scenario_matrix(
    scenarios: Iterable[Any], criteria: Iterable[Criterion], ratings: Iterable[Any]
) -> ScenarioMatrix:
    """The matrix of the given scenarios and criteria; ratings for others are left out."""
    scenarios, criteria = tuple(scenarios), tuple(criteria)
    known = {s.id for s in scenarios}
    keys = {c.key for c in criteria}
    cells = {
        (r.scenario_id, r.criterion_key, r.party): Rating(r.score, r.note)
        for r in ratings
        if r.scenario_id in known and r.criterion_key in keys and r.party in PARTIES
    }
    return ScenarioMatrix(scenarios, criteria, cells)


def card_tally(cards: Iterable[Any]) -> dict[str | None, int]:
    """How many cards got each verdict; ``None`` counts those not judged yet."""
    tally: dict[str | None, int] = {verdict.value: 0 for verdict in CardVerdict}
    tally[None] = 0
    for card in cards:
        tally[card.verdict if card.verdict in tally else None] += 1
    return tally


def _mean(values: Sequence[float]) -> float | None:
    return fmean(values) if values else None


def _group_average(statements: dict[str, Averages], group: Iterable[Statement]) -> Averages:
    group = list(group)
    return {
        party: _mean([v for s in group if (v := statements[s.key][party]) is not None])
        for party in PARTIES
    }
