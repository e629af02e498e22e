"""The exercise content: baseline statements per dimension and the scenario criteria."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from opgroei_desktop.library import LibraryError, exercise_content
from opgroei_desktop.library.exercises import LINES, load_exercise_content
from opgroei_desktop.library.model import WORKSHEET_KEYS
from opgroei_desktop.resources import resource_path


@pytest.fixture
def shipped_copy(tmp_path: Path) -> Path:
    """A writable copy of the shipped library folder."""
    copy = tmp_path / "library"
    shutil.copytree(resource_path("library"), copy)
    return copy


def test_every_dimension_has_three_or_four_statements() -> None:
    """The radar chart would miss an axis, or one dimension would weigh more than another."""
    content = exercise_content()
    assert content.dimensions() == WORKSHEET_KEYS
    for dimension in WORKSHEET_KEYS:
        assert 3 <= len(content.statements_of(dimension)) <= 4, dimension
    assert all(s.line in (None, *LINES) for s in content.statements)
    assert {s.line for s in content.statements} >= set(LINES)


def test_statement_and_criterion_lookups() -> None:
    """Scores stored under a key could not be traced back to their statement or criterion."""
    content = exercise_content()
    assert content.statement("kennen.besluiten").dimension == "kennen"
    assert content.criterion("draagvlak").short == "Buurt"
    assert len(content.criteria) == 5 and len(content.examples) == 4
    with pytest.raises(KeyError):
        content.statement("bestaat.niet")


def test_shipped_content_is_read_once() -> None:
    """Every exercise panel would read and parse the files again."""
    assert exercise_content() is exercise_content()


def test_statement_under_unknown_worksheet_names_file_and_key(shipped_copy: Path) -> None:
    """A typo in baseline.toml would go unnoticed or be reported without saying where."""
    path = shipped_copy / "baseline.toml"
    path.write_text(
        path.read_text(encoding="utf-8").replace('dimension = "kennen"', 'dimension = "kenen"', 1),
        encoding="utf-8",
    )
    with pytest.raises(LibraryError) as caught:
        load_exercise_content(shipped_copy)
    problem = caught.value.problems[0]
    assert problem.path.name == "baseline.toml"
    assert problem.key == "statements[0].dimension"
    assert "kenen" in problem.message


def test_too_few_statements_for_a_dimension_is_refused(shipped_copy: Path) -> None:
    """A dimension with two statements would give an unreliable average on the chart."""
    path = shipped_copy / "baseline.toml"
    text = path.read_text(encoding="utf-8")
    block = re.search(r'\[\[statements\]\]\nkey = "stappen.ruimte".*?\n\n', text, re.S).group(0)
    path.write_text(text.replace(block, ""), encoding="utf-8")
    with pytest.raises(LibraryError, match="stappen"):
        load_exercise_content(shipped_copy)


def test_duplicate_criterion_key_is_refused(shipped_copy: Path) -> None:
    """Two criteria with one key would mix up the ratings in the scenario matrix."""
    path = shipped_copy / "scenario_criteria.toml"
    text = path.read_text(encoding="utf-8").replace('key = "risico"', 'key = "waarden"')
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LibraryError, match="vaker"):
        load_exercise_content(shipped_copy)


def test_no_sentences_copied_from_the_publication(
    copied_from_publication: Callable[[str], list[str]],
) -> None:
    """The exercises would show the publication's sentences instead of our own words."""

    content = exercise_content()
    texts = [s.text for s in content.statements]
    texts += [c.question for c in content.criteria] + [e.description for e in content.examples]
    for text in texts:
        assert not copied_from_publication(text), text


def test_scenario_format_names_the_criteria_the_matrix_uses(library):
    """The facilitator reads out the same criteria the room scores on the beamer's matrix."""
    step = next(s for s in library.format("scenario_warmtenet").steps if s.key == "beoordelen")
    for criterion in exercise_content().criteria:
        assert criterion.title in step.instructions and criterion.question in step.instructions
    for old in ("zeggenschap van bewoners", "tempo"):
        assert old not in step.instructions
    assert "{criteria}" not in step.instructions
