"""Exercise results: averages per dimension and party, differences, trend, matrix, tally."""

from __future__ import annotations

from types import SimpleNamespace as Row

import pytest

from opgroei_desktop.library import exercise_content
from opgroei_desktop.worksheets.exercise_results import (
    baseline_result,
    baseline_trend,
    card_tally,
    scenario_matrix,
    trend_change,
)


def score(key: str, party: str, value: int, person: str | None = None) -> Row:
    return Row(statement_key=key, party=party, score=value, person_id=person)


def test_dimension_average_weighs_statements_equally():
    """A statement scored by many people would outweigh the others on the radar."""
    content = exercise_content()
    result = baseline_result(
        content,
        [
            score("kennen.doelen", "gemeente", 2, "a"),
            score("kennen.doelen", "gemeente", 4, "b"),
            score("kennen.besluiten", "gemeente", 5),
            score("kennen.doelen", "initiatief", 1),
        ],
    )
    assert result.statements["kennen.doelen"]["gemeente"] == 3
    assert result.average("kennen", "gemeente") == 4
    assert result.average("kennen", "initiatief") == 1
    assert result.average("rollen", "gemeente") is None
    assert result.counts == {"gemeente": 3, "initiatief": 1}
    assert not result.empty


def test_biggest_differences_come_first():
    """The conversation starters would not be the statements the parties disagree on most."""
    content = exercise_content()
    result = baseline_result(
        content,
        [
            score("rollen.taken", "gemeente", 4),
            score("rollen.taken", "initiatief", 3),
            score("verhaal.samen", "gemeente", 5),
            score("verhaal.samen", "initiatief", 1),
            score("borgen.beleid", "gemeente", 2),
        ],
    )
    assert [d.statement.key for d in result.biggest()] == ["verhaal.samen", "rollen.taken"]
    assert result.differences[0].gap == 4


def test_trend_follows_each_dimension_over_measurements():
    """Growth (or decline) since the first measurement would not show at a later milestone."""
    content = exercise_content()
    first, second = Row(id="a1"), Row(id="a2")
    points = baseline_trend(
        content,
        [first, second, Row(id="empty")],
        {
            "a1": [score("kennen.doelen", "gemeente", 2)],
            "a2": [score("kennen.doelen", "gemeente", 4)],
        },
    )
    assert [p.assessment.id for p in points] == ["a1", "a2"]
    assert trend_change(points, "kennen", "gemeente") == 2
    assert trend_change(points, "kennen", "initiatief") is None


def test_matrix_finds_what_both_value():
    """A criterion both rate 4 or more would not be offered for the shared story."""
    content = exercise_content()
    scenarios = (Row(id="s1", title="Coöp alleen"), Row(id="s2", title="Samen"))
    ratings = [
        Row(scenario_id="s2", criterion_key="waarden", party="gemeente", score=4, note=""),
        Row(scenario_id="s2", criterion_key="waarden", party="initiatief", score=5, note="Ja"),
        Row(scenario_id="s1", criterion_key="waarden", party="gemeente", score=5, note=""),
        Row(scenario_id="s1", criterion_key="waarden", party="initiatief", score=2, note=""),
        Row(scenario_id="weg", criterion_key="waarden", party="gemeente", score=5, note=""),
    ]
    matrix = scenario_matrix(scenarios, content.criteria, ratings)
    assert [(s.id, c.key) for s, c in matrix.shared()] == [("s2", "waarden")]
    assert matrix.rating("s2", "waarden", "initiatief").note == "Ja"
    assert matrix.average("s1", "initiatief") == 2
    assert len(matrix.cells) == 4


@pytest.mark.parametrize("verdicts", [["waar", "deels", "deels", None]])
def test_card_tally_counts_each_verdict(verdicts):
    """The closing count of cards per verdict would be wrong on the screen and in the minutes."""
    tally = card_tally(Row(verdict=v) for v in verdicts)
    assert tally == {"waar": 1, "deels": 2, "niet_waar": 0, None: 1}
