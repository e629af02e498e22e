"""Loading the library: the shipped files strictly, the facilitator's own formats leniently."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from opgroei_desktop.core.os_words import reason
from opgroei_desktop.library.content import parse_components, parse_preconditions, parse_theme
from opgroei_desktop.library.documents import DocumentOutline, load_outlines
from opgroei_desktop.library.formats import parse_format
from opgroei_desktop.library.model import (
    CATEGORIES,
    DOEN_KEYS,
    VERHELDEREN_KEYS,
    Component,
    Library,
    Precondition,
    Problem,
    SessionFormat,
    Theme,
)
from opgroei_desktop.library.validate import read_toml
from opgroei_desktop.resources import resource_path

T = TypeVar("T")


class LibraryError(Exception):
    """A shipped library file is broken. The message names the file and key of every problem."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        lines = "\n".join(f"- {p.path} ({p.key or 'bestand'}): {p.message}" for p in problems)
        super().__init__(f"De meegeleverde bibliotheek bevat fouten:\n{lines}")


@dataclass(frozen=True)
class BuiltIn:
    """The shipped part of the library, plus the section keys each worksheet accepts."""

    preconditions: tuple[Precondition, ...]
    components: tuple[Component, ...]
    themes: tuple[Theme, ...]
    formats: tuple[SessionFormat, ...]
    sections: Mapping[str, frozenset[str]]
    documents: tuple[DocumentOutline, ...] = ()


def load_builtin(root: Path) -> BuiltIn:
    """Load and check the library folder ``root``; raise LibraryError on any problem."""
    problems: list[Problem] = []
    preconditions = _strict(root / "preconditions.toml", parse_preconditions, problems)
    components = _strict(
        root / "components.toml", lambda d, p: parse_components(d, p, DOEN_KEYS), problems
    )
    themes = tuple(
        _strict(root / "themes" / f"{key}.toml", parse_theme, problems) for key in VERHELDEREN_KEYS
    )
    for key, theme in zip(VERHELDEREN_KEYS, themes, strict=True):
        if theme is not None and theme.key != key:
            path = root / "themes" / f"{key}.toml"
            problems.append(Problem(path, "key", f"'key' moet '{key}' zijn (niet '{theme.key}')."))
    for extra in sorted((root / "themes").glob("*.toml")):
        if extra.stem not in VERHELDEREN_KEYS:
            problems.append(Problem(extra, "", "Onbekend thema: er zijn precies vier thema's."))
    if problems or preconditions is None or components is None:
        raise LibraryError(problems)
    complete_themes = tuple(t for t in themes if t is not None)
    sections = {c.key: frozenset(s.key for s in c.sections) for c in components}
    sections.update({t.key: frozenset(ch.key for ch in t.challenges) for t in complete_themes})

    formats: dict[str, SessionFormat] = {}
    for path in sorted((root / "formats").glob("*.toml")):
        data, found = read_toml(path)
        if data is not None:
            fmt, found = parse_format(data, path, "library", sections, require_source=True)
            if fmt is not None and fmt.key in formats:
                found = [Problem(path, "key", f"De sleutel '{fmt.key}' komt vaker voor.")]
            elif fmt is not None:
                formats[fmt.key] = fmt
        problems.extend(found)
    documents, found = load_outlines(root / "documents", sections)
    problems.extend(found)
    if problems:
        raise LibraryError(problems)
    return BuiltIn(
        preconditions, components, complete_themes, tuple(formats.values()), sections, documents
    )


def _strict(
    path: Path,
    parse: Callable[[Mapping[str, Any], Path], tuple[T | None, list[Problem]]],
    problems: list[Problem],
) -> T | None:
    data, found = read_toml(path)
    if data is None:
        problems.extend(found)
        return None
    value, found = parse(data, path)
    problems.extend(found)
    return value


def load_worksheet_content(root: Path | None = None) -> Library:
    """Only the four components and the four themes, without formats, documents or
    preconditions: what the process picture shows, read in a fraction of the time for the
    main window's first frame at start-up. Raises LibraryError as ``load_builtin`` does."""
    root = root or resource_path("library")
    problems: list[Problem] = []
    components = _strict(
        root / "components.toml", lambda d, p: parse_components(d, p, DOEN_KEYS), problems
    )
    themes = [
        _strict(root / "themes" / f"{key}.toml", parse_theme, problems) for key in VERHELDEREN_KEYS
    ]
    if problems or components is None or None in themes:
        raise LibraryError(problems)
    return Library((), components, tuple(t for t in themes if t is not None), ())


@cache
def builtin() -> BuiltIn:
    """The shipped library, read once per process."""
    return load_builtin(resource_path("library"))


def load_library(user_formats_dir: Path | None = None) -> Library:
    """The whole library: shipped content and formats, plus the facilitator's own formats.

    Shipped files are read once per process and raise LibraryError if broken. Own format files
    (``*.toml`` in ``user_formats_dir``; the folder need not exist) are read on every call; a
    broken one is skipped and described in ``Library.problems``.
    """
    base = builtin()
    formats = list(base.formats)
    problems: list[Problem] = []
    if user_formats_dir is not None:
        taken = {f.key: f for f in base.formats}
        for path in _own_format_files(user_formats_dir, problems):
            fmt, found = _read_own_format(path, base, taken)
            problems.extend(found)
            if fmt is not None:
                taken[fmt.key] = fmt
                formats.append(fmt)
    formats.sort(key=_format_order)
    return Library(
        base.preconditions,
        base.components,
        base.themes,
        tuple(formats),
        tuple(problems),
        base.documents,
    )


def validate_format_file(path: Path) -> list[Problem]:
    """Every problem in one own format file, checked on its own and against the shipped formats.

    Clashes with the facilitator's other own files show up only in ``load_library``.
    """
    base = builtin()
    taken = {f.key: f for f in base.formats if f.path.resolve() != path.resolve()}
    return _read_own_format(path, base, taken)[1]


def _read_own_format(
    path: Path, base: BuiltIn, taken: Mapping[str, SessionFormat]
) -> tuple[SessionFormat | None, list[Problem]]:
    data, problems = read_toml(path)
    if data is None:
        return None, problems
    fmt, problems = parse_format(data, path, "eigen", base.sections)
    if fmt is None:
        return None, problems
    other = taken.get(fmt.key)
    if other is None:
        return fmt, []
    if other.origin == "library":
        owner = f"de meegeleverde werkvorm '{other.title}'"
    else:
        owner = f"je eigen werkvorm in '{other.path.name}'"
    message = f"De sleutel '{fmt.key}' is al in gebruik door {owner}. Kies een andere 'key'."
    return None, [Problem(path, "key", message)]


def _own_format_files(folder: Path, problems: list[Problem]) -> list[Path]:
    if not folder.exists():
        return []
    try:
        entries = list(folder.iterdir())
    except OSError as exc:
        problems.append(
            Problem(
                folder, "", f"De map met eigen werkvormen kan niet worden gelezen: {reason(exc)}."
            )
        )
        return []
    return sorted(
        p
        for p in entries
        if p.suffix.lower() == ".toml" and not p.name.startswith(".") and p.is_file()
    )


def _format_order(fmt: SessionFormat) -> tuple[int, bool, str]:
    return CATEGORIES.index(fmt.category), fmt.origin != "library", fmt.title.casefold()
