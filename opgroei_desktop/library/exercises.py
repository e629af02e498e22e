"""The content of the room exercises: baseline statements and scenario criteria, from TOML.

``baseline.toml`` holds the statements of the baseline measurement (nulmeting), three or four
per worksheet dimension (the DOEN components and VERHELDEREN themes), each optionally on one of
the three lines along which a partnership grows. ``scenario_criteria.toml`` holds the criteria
both parties rate scenarios on, and example scenarios for owning and running a heat network.
Both are shipped files: read strictly, once per process, raising LibraryError when broken.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from opgroei_desktop.library.loader import LibraryError
from opgroei_desktop.library.model import WORKSHEET_KEYS, Problem
from opgroei_desktop.library.validate import Fields, read_toml, report_duplicates
from opgroei_desktop.resources import resource_path

LINES = ("partijen", "samenwerking", "participatie")
"""The three lines of growth: each party's maturity, the collaboration's, the participation's."""

STATEMENTS_PER_DIMENSION = (3, 4)
CRITERIA_COUNT = (3, 6)
SCORES = range(1, 6)
"""Every score in an exercise is a whole number from 1 (not at all) to 5 (completely)."""


@dataclass(frozen=True)
class Statement:
    """A baseline statement, scored 1–5 by each party; ``dimension`` is a worksheet key."""

    key: str
    dimension: str
    text: str
    line: str | None


@dataclass(frozen=True)
class Criterion:
    """A criterion both parties rate each scenario on; ``short`` fits a matrix column."""

    key: str
    title: str
    short: str
    question: str


@dataclass(frozen=True)
class ExampleScenario:
    """A ready-made scenario the facilitator may start from."""

    title: str
    description: str


@dataclass(frozen=True)
class ExerciseContent:
    """The statements, criteria and example scenarios, with lookups by key."""

    statements: tuple[Statement, ...]
    short_titles: Mapping[str, str]
    criteria: tuple[Criterion, ...]
    examples: tuple[ExampleScenario, ...]

    @cached_property
    def _statements(self) -> dict[str, Statement]:
        return {s.key: s for s in self.statements}

    @cached_property
    def _criteria(self) -> dict[str, Criterion]:
        return {c.key: c for c in self.criteria}

    def statement(self, key: str) -> Statement:
        """The statement with this key (KeyError when unknown)."""
        return self._statements[key]

    def criterion(self, key: str) -> Criterion:
        """The criterion with this key (KeyError when unknown)."""
        return self._criteria[key]

    def dimensions(self) -> tuple[str, ...]:
        """The worksheet keys that have statements, in worksheet order."""
        present = {s.dimension for s in self.statements}
        return tuple(key for key in WORKSHEET_KEYS if key in present)

    def short_title(self, dimension: str) -> str:
        """The dimension's name on a chart axis ("Elkaar kennen")."""
        return self.short_titles.get(dimension, dimension)

    def statements_of(self, dimension: str) -> tuple[Statement, ...]:
        """The statements of one dimension, in file order."""
        return tuple(s for s in self.statements if s.dimension == dimension)


def parse_baseline(
    data: Mapping[str, Any], path: Path
) -> tuple[tuple[tuple[Statement, ...], dict[str, str]], list[Problem]]:
    """The baseline statements (3–4 for every worksheet dimension, keys unique) and a short
    title per dimension for the chart's axes."""
    problems: list[Problem] = []
    root = Fields(data, path, problems)
    root.only("source", "short_titles", "statements")
    root.text("source")
    short_titles = _short_titles(root)
    items = root.tables("statements", "Stelling")
    found: list[Statement | None] = []
    for item in items:
        item.only("key", "dimension", "text", "line")
        key, text = item.key(), item.text("text")
        dimension = item.choice("dimension", WORKSHEET_KEYS, required=True)
        line = item.choice("line", LINES, required=False)
        if key and dimension and not key.startswith(f"{dimension}."):
            item.problem("key", f"de sleutel moet beginnen met '{dimension}.' (niet '{key}').")
            key = None
        found.append(Statement(key, dimension, text, line) if key and dimension and text else None)
    report_duplicates(items, [s.key if s else None for s in found])
    statements = tuple(s for s in found if s is not None)
    low, high = STATEMENTS_PER_DIMENSION
    if not problems:
        for dimension in WORKSHEET_KEYS:
            count = sum(1 for s in statements if s.dimension == dimension)
            if not low <= count <= high:
                root.problem(
                    "statements",
                    f"werkblad '{dimension}' heeft {count} stellingen; dat moeten er "
                    f"{low} of {high} zijn.",
                )
    return (statements, short_titles), problems


def _short_titles(root: Fields) -> dict[str, str]:
    table = root.table.get("short_titles")
    if not isinstance(table, dict):
        root.problem("short_titles", "'short_titles' ontbreekt (schrijf een tabel [short_titles]).")
        return {}
    fields = Fields(table, root.path, root.problems, "short_titles.", "Korte naam: ")
    fields.only(*WORKSHEET_KEYS)
    found = {}
    for key in WORKSHEET_KEYS:
        title = fields.text(key)
        if title and len(title) > 14:
            fields.problem(key, f"'{key}' mag hoogstens 14 tekens hebben (niet '{title}').")
        elif title:
            found[key] = title
    return found


def parse_criteria(
    data: Mapping[str, Any], path: Path
) -> tuple[tuple[tuple[Criterion, ...], tuple[ExampleScenario, ...]], list[Problem]]:
    """The scenario criteria (3–6, keys unique) and the example scenarios."""
    problems: list[Problem] = []
    root = Fields(data, path, problems)
    root.only("source", "criteria", "examples")
    root.text("source")
    items = root.tables("criteria", "Criterium", low=CRITERIA_COUNT[0])
    if len(items) > CRITERIA_COUNT[1]:
        root.problem("criteria", f"'criteria' mag hoogstens {CRITERIA_COUNT[1]} criteria hebben.")
    parsed: list[Criterion | None] = []
    for item in items:
        item.only("key", "title", "short", "question")
        key, title, short, question = (
            item.key(),
            item.text("title"),
            item.text("short"),
            item.text("question"),
        )
        if short and len(short) > 12:
            item.problem("short", f"'short' mag hoogstens 12 tekens hebben (niet '{short}').")
            short = None
        parsed.append(
            Criterion(key, title, short, question) if key and title and short and question else None
        )
    report_duplicates(items, [c.key if c else None for c in parsed])
    examples = []
    for item in root.tables("examples", "Voorbeeld"):
        item.only("title", "description")
        title, description = item.text("title"), item.text("description")
        if title and description:
            examples.append(ExampleScenario(title, description))
    criteria = tuple(c for c in parsed if c is not None)
    return (criteria, tuple(examples)), problems


def load_exercise_content(root: Path) -> ExerciseContent:
    """Read both files from the library folder ``root``; raise LibraryError on any problem."""
    problems: list[Problem] = []
    statements = _read(root / "baseline.toml", parse_baseline, problems)
    criteria = _read(root / "scenario_criteria.toml", parse_criteria, problems)
    if problems or statements is None or criteria is None:
        raise LibraryError(problems)
    return ExerciseContent(*statements, *criteria)


@cache
def exercise_content() -> ExerciseContent:
    """The shipped exercise content, read once per process."""
    return load_exercise_content(resource_path("library"))


def _read(path: Path, parse: Any, problems: list[Problem]) -> Any:
    data, found = read_toml(path)
    if data is None:
        problems.extend(found)
        return None
    value, found = parse(data, path)
    problems.extend(found)
    return value
