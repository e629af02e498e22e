"""The content library: process content and session formats, loaded from TOML. Qt-free."""

from __future__ import annotations

from opgroei_desktop.library.exercises import (
    Criterion,
    ExampleScenario,
    ExerciseContent,
    Statement,
    exercise_content,
)
from opgroei_desktop.library.loader import LibraryError, load_library, validate_format_file
from opgroei_desktop.library.model import (
    CATEGORIES,
    EXERCISES,
    SOURCE,
    WORKSHEET_KEYS,
    Challenge,
    Component,
    FormatStep,
    Library,
    Precondition,
    Problem,
    Section,
    SessionFormat,
    SuggestedAgreement,
    Theme,
    Worksheet,
)

__all__ = [
    "CATEGORIES",
    "EXERCISES",
    "SOURCE",
    "WORKSHEET_KEYS",
    "Challenge",
    "Component",
    "Criterion",
    "ExampleScenario",
    "ExerciseContent",
    "FormatStep",
    "Library",
    "LibraryError",
    "Precondition",
    "Problem",
    "Section",
    "SessionFormat",
    "Statement",
    "SuggestedAgreement",
    "Theme",
    "Worksheet",
    "exercise_content",
    "load_library",
    "validate_format_file",
]
