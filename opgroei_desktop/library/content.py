"""The shape of the shipped process content: preconditions, DOEN components, VERHELDEREN themes."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from opgroei_desktop.library.model import (
    PRECONDITION_KEYS,
    Challenge,
    Component,
    Precondition,
    Problem,
    Section,
    SuggestedAgreement,
    Theme,
)
from opgroei_desktop.library.validate import Fields, report_duplicates


def parse_preconditions(
    data: Mapping[str, Any], path: Path
) -> tuple[tuple[Precondition, ...], list[Problem]]:
    """The two preconditions, in the fixed order of PRECONDITION_KEYS."""
    problems: list[Problem] = []
    root = Fields(data, path, problems)
    root.only("source", "preconditions")
    root.text("source")
    found: list[Precondition] = []
    for item in root.tables("preconditions", "Voorwaarde"):
        item.only("key", "title", "description", "gemeente_hint", "initiatief_hint")
        key, title, description = item.key(), item.text("title"), item.text("description")
        gemeente, initiatief = item.text("gemeente_hint"), item.text("initiatief_hint")
        if key and title and description and gemeente and initiatief:
            found.append(Precondition(key, title, description, gemeente, initiatief))
    _expect_keys(root, "preconditions", [p.key for p in found], PRECONDITION_KEYS)
    return tuple(found), problems


def parse_components(
    data: Mapping[str, Any], path: Path, expected: tuple[str, ...]
) -> tuple[tuple[Component, ...], list[Problem]]:
    """The DOEN components, which must have exactly the keys ``expected``, in that order."""
    problems: list[Problem] = []
    root = Fields(data, path, problems)
    root.only("source", "components")
    root.text("source")
    found: list[Component] = []
    for item in root.tables("components", "Onderdeel"):
        item.only("key", "title", "summary", "questions", "sections")
        key, title, summary = item.key(), item.text("title"), item.text("summary")
        questions = item.texts("questions", 4, 8)
        section_fields = item.tables("sections", "Sectie")
        parsed = [_section(f) for f in section_fields]
        report_duplicates(section_fields, [s.key if s else None for s in parsed])
        sections = tuple(s for s in parsed if s is not None)
        if key and title and summary and questions and len(sections) == len(parsed):
            found.append(Component(key, title, summary, questions, sections))
    _expect_keys(root, "components", [c.key for c in found], expected)
    return tuple(found), problems


def _section(item: Fields) -> Section | None:
    item.only("key", "title", "help")
    key, title, help_text = item.key(), item.text("title"), item.text("help")
    if key and title and help_text:
        return Section(key, title, help_text)
    return None


def parse_theme(data: Mapping[str, Any], path: Path) -> tuple[Theme | None, list[Problem]]:
    """One VERHELDEREN theme with its challenges; challenge keys start with the theme key."""
    problems: list[Problem] = []
    root = Fields(data, path, problems)
    root.only("source", "key", "title", "summary", "challenges")
    root.text("source")
    key, title, summary = root.key(), root.text("title"), root.text("summary")
    challenge_fields = root.tables("challenges", "Uitdaging")
    challenges = [_challenge(f, key) for f in challenge_fields]
    report_duplicates(challenge_fields, [c.key if c else None for c in challenges])
    if problems or not (key and title and summary):
        return None, problems
    return Theme(key, title, summary, tuple(c for c in challenges if c)), problems


def _challenge(item: Fields, theme_key: str | None) -> Challenge | None:
    item.only("key", "title", "description", "agreements", "questions")
    key, title, description = item.key(), item.text("title"), item.text("description")
    if key and theme_key and not key.startswith(f"{theme_key}."):
        item.problem("key", f"de sleutel moet beginnen met '{theme_key}.' (niet '{key}').")
    questions = item.texts("questions", 2, 4)
    agreement_fields = item.tables("agreements", "Afspraak", low=2)
    if len(agreement_fields) > 4:
        item.problem("agreements", "'agreements' mag hoogstens 4 afspraken hebben.")
    parsed = [_agreement(f, key) for f in agreement_fields]
    report_duplicates(agreement_fields, [a.key if a else None for a in parsed])
    agreements = tuple(a for a in parsed if a is not None)
    complete = len(agreements) == len(parsed) and len(parsed) >= 2
    if key and theme_key and title and description and questions and complete:
        return Challenge(key, theme_key, title, description, agreements, questions)
    return None


def _agreement(item: Fields, challenge_key: str | None) -> SuggestedAgreement | None:
    item.only("key", "text")
    key, text = item.key(), item.text("text")
    if key and challenge_key and not key.startswith(f"{challenge_key}."):
        item.problem("key", f"de sleutel moet beginnen met '{challenge_key}.' (niet '{key}').")
        return None
    return SuggestedAgreement(key, text) if key and text else None


def _expect_keys(root: Fields, name: str, found: list[str], expected: tuple[str, ...]) -> None:
    if tuple(found) != expected and not root.problems:
        root.problem(
            name,
            f"'{name}' moet precies deze sleutels hebben, in deze volgorde: "
            f"{', '.join(expected)} (gevonden: {', '.join(found) or 'geen'}).",
        )
