"""The shape of a session format file (werkvorm), checked field by field."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from opgroei_desktop.library.model import (
    CATEGORIES,
    EXERCISES,
    WORKSHEET_KEYS,
    FormatStep,
    Problem,
    SessionFormat,
)
from opgroei_desktop.library.validate import Fields, report_duplicates

CRITERIA_MARK = "{criteria}"
"""In a step's instructions: the scenario criteria of the library, the same list the matrix
uses, so what the facilitator reads out and what the room scores never differ."""


def criteria_list() -> str:
    """The library's scenario criteria as a markdown list: title and question."""
    # Imported here: the exercise content's loader reads formats through this module.
    from opgroei_desktop.library.exercises import exercise_content

    return "\n".join(
        f"- **{criterion.title}**: {criterion.question}"
        for criterion in exercise_content().criteria
    )


MIN_STEP_MINUTES = 1
MAX_STEP_MINUTES = 240
MAX_GROUP_SIZE = 200
MAX_MATERIALS = 20

_FORMAT_FIELDS = (
    "key",
    "title",
    "category",
    "summary",
    "theme",
    "steps",
    "source",
    "materials",
    "preparation",
    "group_size",
)
_STEP_FIELDS = (
    "key",
    "title",
    "minutes",
    "instructions",
    "prompt",
    "capture",
    "section",
    "exercise",
    "materials",
)


def parse_format(
    data: Mapping[str, Any],
    path: Path,
    origin: str,
    sections: Mapping[str, frozenset[str]],
    *,
    require_source: bool = False,
) -> tuple[SessionFormat | None, list[Problem]]:
    """Build a SessionFormat from a parsed file, or return None with every problem found.

    ``sections`` maps each worksheet key to the section keys steps may file entries under.
    Shipped files must name their source; a facilitator's own file may.
    """
    problems: list[Problem] = []
    root = Fields(data, path, problems)
    root.only(*_FORMAT_FIELDS)
    key = root.key()
    title = root.text("title")
    category = root.choice("category", CATEGORIES, required=True)
    summary = root.text("summary")
    theme = root.choice("theme", WORKSHEET_KEYS, required=False)
    root.text("source", required=require_source)
    materials = root.texts("materials", 1, MAX_MATERIALS, required=False)
    preparation = root.text("preparation", required=False) or ""
    group_size = root.int_pair("group_size", 1, MAX_GROUP_SIZE)

    step_fields = root.tables("steps", "Stap")
    steps = [_parse_step(fields, sections) for fields in step_fields]
    report_duplicates(step_fields, [s.key if s else None for s in steps])

    if problems:
        return None, problems
    assert key and title and category and summary  # all checked above
    built = SessionFormat(
        key=key,
        title=title,
        category=category,
        summary=summary,
        theme=theme,
        steps=tuple(s for s in steps if s is not None),
        origin=origin,
        path=path,
        materials=materials,
        preparation=preparation,
        group_size=group_size,
    )
    return built, []


def _parse_step(fields: Fields, sections: Mapping[str, frozenset[str]]) -> FormatStep | None:
    before = len(fields.problems)
    fields.only(*_STEP_FIELDS)
    key = fields.key()
    title = fields.text("title")
    minutes = fields.integer("minutes", MIN_STEP_MINUTES, MAX_STEP_MINUTES)
    instructions = fields.text("instructions")
    prompt = fields.text("prompt", keep_lines=True)
    capture = fields.choice("capture", WORKSHEET_KEYS, required=False)
    section = fields.text("section", required=False)
    exercise = fields.choice("exercise", EXERCISES, required=False)
    materials = fields.texts("materials", 1, MAX_MATERIALS, required=False)
    if instructions and CRITERIA_MARK in instructions:
        instructions = instructions.replace(CRITERIA_MARK, criteria_list())

    # On a theme worksheet a facilitator may write the challenge's short key ('wisselingen').
    if capture is not None and f"{capture}.{section}" in sections.get(capture, ()):
        section = f"{capture}.{section}"
    if section is not None:
        if capture is None:
            if "capture" not in fields.table:
                fields.problem("section", "'section' kan alleen samen met 'capture'.")
        elif section not in sections.get(capture, frozenset()):
            known = ", ".join(sorted(sections.get(capture, ())))
            fields.problem(
                "section",
                f"'section' moet een onderdeel van werkblad '{capture}' zijn: {known} "
                f"(niet '{section}').",
            )
    if len(fields.problems) > before:
        return None
    assert key and title and minutes and instructions and prompt  # all checked above
    return FormatStep(
        key=key,
        title=title,
        minutes=minutes,
        instructions=instructions,
        prompt=prompt,
        capture=capture,
        section=section,
        exercise=exercise,
        materials=materials,
    )
