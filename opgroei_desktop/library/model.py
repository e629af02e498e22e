"""The content library as plain, frozen values: preconditions, components, themes and formats."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from opgroei_desktop.library.documents import DocumentOutline

SOURCE = "Opgroeiruimte — Duneworks & Energie Samen, in opdracht van DuurzaamDoor (2024)"

PRECONDITION_KEYS = ("meerwaarde", "tijd_en_pauze")
DOEN_KEYS = ("kennen", "stappen", "borgen", "verhaal")
VERHELDEREN_KEYS = ("namens_wie", "rollen", "veerkracht", "financiering")
WORKSHEET_KEYS = DOEN_KEYS + VERHELDEREN_KEYS

CATEGORIES = (
    "opening",
    "kennismaken",
    "overleg",
    "scenario",
    "komedie",
    "herstel",
    "stappen",
    "evaluatie",
    "afspraken",
    "verhaal",
    "thema",
    "afsluiting",
)
EXERCISES = ("baseline", "scenarios", "assumption_cards", "role_reversal")


@dataclass(frozen=True)
class Precondition:
    """One of the two conditions both parties accept before the process starts."""

    key: str
    title: str
    description: str
    gemeente_hint: str
    initiatief_hint: str


@dataclass(frozen=True)
class Section:
    """A part of a worksheet that captured entries can be filed under."""

    key: str
    title: str
    help: str


@dataclass(frozen=True)
class Component:
    """A DOEN component (Leer elkaar kennen, ...) and the sections of its worksheet."""

    key: str
    title: str
    summary: str
    questions: tuple[str, ...]
    sections: tuple[Section, ...]


@dataclass(frozen=True)
class SuggestedAgreement:
    """An agreement the library proposes for a challenge; parties adopt and rewrite it."""

    key: str
    text: str


@dataclass(frozen=True)
class Challenge:
    """A recurring difficulty within a VERHELDEREN theme, with suggested agreements."""

    key: str
    theme_key: str
    title: str
    description: str
    agreements: tuple[SuggestedAgreement, ...]
    questions: tuple[str, ...]


@dataclass(frozen=True)
class Theme:
    """A VERHELDEREN theme (a question such as "Namens wie spreek je?") and its challenges."""

    key: str
    title: str
    summary: str
    challenges: tuple[Challenge, ...]


@dataclass(frozen=True)
class FormatStep:
    """One step of a session format: what the facilitator does and what the room sees."""

    key: str
    title: str
    minutes: int
    instructions: str
    prompt: str
    capture: str | None
    section: str | None
    exercise: str | None
    materials: tuple[str, ...] = ()

    def agenda_fields(self, format_key: str) -> dict[str, object]:
        """What a script step keeps of this step: keywords for ``add_agenda_item`` (an item of
        this one step) or ``add_script_step``.

        A snapshot: later edits of the library leave planned agendas as they were, and the
        library's text stays with the step to go back to after tailoring it.
        """
        return {
            "title": self.title,
            "minutes": self.minutes,
            "instructions": self.instructions,
            "prompt": self.prompt,
            "materials": "\n".join(self.materials),
            "worksheet": self.capture,
            "section": self.section,
            "exercise": self.exercise,
            "format_key": format_key,
            "step_key": self.key,
            "library_instructions": self.instructions,
            "library_prompt": self.prompt,
        }


@dataclass(frozen=True)
class SessionFormat:
    """A session format (werkvorm), shipped with the app ('library') or the facilitator's own.

    ``group_size`` is the smallest and largest number of people it works for (None: any);
    ``preparation`` what the facilitator arranges beforehand; ``materials`` what the format
    needs as a whole (each step may name its own too, see ``all_materials``).
    """

    key: str
    title: str
    category: str
    summary: str
    theme: str | None
    steps: tuple[FormatStep, ...]
    origin: str
    path: Path
    materials: tuple[str, ...] = ()
    preparation: str = ""
    group_size: tuple[int, int] | None = None

    @property
    def total_minutes(self) -> int:
        """The planned length of the whole format."""
        return sum(step.minutes for step in self.steps)

    @property
    def all_materials(self) -> tuple[str, ...]:
        """Everything the format needs on the table: its own list, then each step's, once each."""
        seen: dict[str, None] = dict.fromkeys(self.materials)
        for step in self.steps:
            seen.update(dict.fromkeys(step.materials))
        return tuple(seen)

    def agenda_item(self, step_keys: tuple[str, ...] | None = None) -> dict[str, object]:
        """Keywords for ``add_agenda_item``: one agenda item titled after the format, with the
        chosen steps (default: all) as its script. The format's own materials go with the first
        step, so the meeting's materials list is complete."""
        chosen = [s for s in self.steps if step_keys is None or s.key in step_keys]
        steps = [step.agenda_fields(self.key) for step in chosen]
        if steps and self.materials:
            own = "\n".join(self.materials)
            first = "\n".join(chosen[0].materials)  # as agenda_fields wrote it
            steps[0]["materials"] = "\n".join(filter(None, (own, first)))
        return {"title": self.title, "format_key": self.key, "steps": steps}

    def fits_group(self, people: int) -> bool:
        """Whether the format works for a group of ``people``."""
        return self.group_size is None or self.group_size[0] <= people <= self.group_size[1]


@dataclass(frozen=True)
class Problem:
    """Something wrong in a library file: which file, which key path, and a Dutch message."""

    path: Path
    key: str
    message: str

    def __str__(self) -> str:
        where = f"{self.path.name}, bij '{self.key}'" if self.key else self.path.name
        return f"{where}: {self.message}"


class Worksheet(NamedTuple):
    """A worksheet: one per DOEN component (kind 'doen') and per theme (kind 'verhelderen')."""

    key: str
    title: str
    kind: str


@dataclass(frozen=True)
class Library:
    """Everything the library holds, with lookups by key.

    Lookups raise ``KeyError`` for an unknown key. ``documents`` holds the outlines of the
    agreement documents (plan van aanpak ... convenant). ``problems`` lists the facilitator's own
    format files that were skipped and why; shipped files never have problems (they raise).
    """

    preconditions: tuple[Precondition, ...]
    components: tuple[Component, ...]
    themes: tuple[Theme, ...]
    formats: tuple[SessionFormat, ...]
    problems: tuple[Problem, ...] = ()
    documents: tuple[DocumentOutline, ...] = ()

    @cached_property
    def _preconditions(self) -> dict[str, Precondition]:
        return {p.key: p for p in self.preconditions}

    @cached_property
    def _components(self) -> dict[str, Component]:
        return {c.key: c for c in self.components}

    @cached_property
    def _themes(self) -> dict[str, Theme]:
        return {t.key: t for t in self.themes}

    @cached_property
    def _challenges(self) -> dict[str, Challenge]:
        return {c.key: c for t in self.themes for c in t.challenges}

    @cached_property
    def _formats(self) -> dict[str, SessionFormat]:
        return {f.key: f for f in self.formats}

    def precondition(self, key: str) -> Precondition:
        """The precondition with this key."""
        return self._preconditions[key]

    def component(self, key: str) -> Component:
        """The DOEN component with this key."""
        return self._components[key]

    def theme(self, key: str) -> Theme:
        """The VERHELDEREN theme with this key."""
        return self._themes[key]

    def challenge(self, key: str) -> Challenge:
        """The challenge with this (globally unique) key, e.g. 'rollen.waardering'."""
        return self._challenges[key]

    def format(self, key: str) -> SessionFormat:
        """The session format with this key, shipped or the facilitator's own."""
        return self._formats[key]

    def document(self, key: str) -> DocumentOutline:
        """The outline of the document type with this key, e.g. 'intentieovereenkomst'."""
        for outline in self.documents:
            if outline.key == key:
                return outline
        raise KeyError(key)

    def all_challenges(self) -> tuple[Challenge, ...]:
        """All challenges of all themes, in theme order."""
        return tuple(c for t in self.themes for c in t.challenges)

    def worksheets(self) -> tuple[Worksheet, ...]:
        """The eight worksheets: the four DOEN components, then the four VERHELDEREN themes."""
        doen = [Worksheet(c.key, c.title, "doen") for c in self.components]
        verhelderen = [Worksheet(t.key, t.title, "verhelderen") for t in self.themes]
        return tuple(doen + verhelderen)

    def sections(self, worksheet_key: str) -> tuple[Section, ...]:
        """The sections of a worksheet.

        A component's worksheet has the sections of its data; a theme's worksheet has one section
        per challenge, keyed by the challenge key, so entries can be filed per challenge.
        """
        if worksheet_key in self._components:
            return self.component(worksheet_key).sections
        challenges = self.theme(worksheet_key).challenges
        return tuple(Section(c.key, c.title, c.description) for c in challenges)
