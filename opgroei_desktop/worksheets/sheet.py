"""What a worksheet shows: everything said, agreed and planned on one theme, across meetings.

A VERHELDEREN worksheet (namens_wie, rollen, veerkracht, financiering) is a list of the theme's
challenges from the library; per challenge whether it plays here, what was said about it, the
library's suggested agreements, the parties' own agreements and the *Doen* column (actions).
A DOEN worksheet (kennen, stappen, borgen, verhaal) has the sections of its component, each with
structured items and the discussion filed under it; stappen adds the milestone time line.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from ..core.search import readable
from ..core.services import (
    actions,
    agreements,
    entries,
    meetings,
    milestones,
    people,
    trajectories,
)
from ..core.services import worksheet_data as data
from ..core.store import Store
from ..core.views import (
    AgreementView,
    EntryView,
    MeetingView,
    PersonView,
    TrajectoryView,
    WorksheetItemView,
)
from ..core.vocab import EntryKind
from ..library import Library
from ..library.model import DOEN_KEYS
from .lifecycle import Step, available_steps
from .register import ActionLine, action_lines, display_name
from .timeline import Timeline, timeline_of

DOEN = "doen"
VERHELDEREN = "verhelderen"

# Entries of these kinds become an agreement or an action when captured; the sheet shows
# them there, not a second time in the discussion.
_SHOWN_ELSEWHERE = (EntryKind.AFSPRAAK, EntryKind.ACTIE)


@dataclass(frozen=True)
class SectionShape:
    """What the items of one section hold besides a title and a text.

    ``kinds``: a line says whether it is a body or a role (the work structure); ``fields``: the
    work structure's own fields it has ("decides", "body", "term"); ``lead``: the field asked
    for beside the title when a line is added.
    """

    by_party: bool = False
    states: tuple[str, ...] = ()
    shared: bool = False
    dated: bool = False
    kinds: bool = False
    fields: tuple[str, ...] = ()
    lead: str = "text"


SHAPES: dict[tuple[str, str], SectionShape] = {
    ("kennen", "waarden_doelen"): SectionShape(by_party=True, shared=True),
    ("kennen", "werkwijze"): SectionShape(by_party=True),
    ("kennen", "risico"): SectionShape(by_party=True, states=("risico", "kans", "onzekerheid")),
    ("kennen", "rollen"): SectionShape(by_party=True, states=("nu", "later")),
    ("kennen", "ervaringen"): SectionShape(by_party=True),
    ("stappen", "stappen"): SectionShape(states=("gepland", "bezig", "klaar"), dated=True),
    ("borgen", "documenten"): SectionShape(
        states=("idee", "in_voorbereiding", "concept", "vastgesteld", "getekend"), dated=True
    ),
    ("borgen", "werkstructuur"): SectionShape(
        by_party=True, kinds=True, fields=("decides", "body"), lead="decides"
    ),
    ("borgen", "besluitvorming"): SectionShape(by_party=True, fields=("body", "term"), lead="body"),
    ("verhaal", "naam_slogan"): SectionShape(states=("voorstel", "gekozen")),
    ("verhaal", "vieren"): SectionShape(dated=True),
}
"""Sections not listed hold plain items: a title and a text."""

TRAJECTORY_SECTIONS = {"doel": ("shared_goal",), "naam_slogan": ("shared_name", "slogan")}
"""Verhaal sections that show fields of the trajectory itself."""

MILESTONE_SECTION = ("stappen", "piketpalen")
"""The section whose content is the trajectory's milestones, not items."""


@dataclass(frozen=True)
class SheetEntry:
    """Something said, with where and by whom; ``text`` is the readable form of its markdown."""

    id: str
    text: str
    kind: str
    voice: str | None
    person_name: str
    meeting_id: str | None
    meeting_title: str | None
    meeting_starts_at: datetime | None
    captured_at: datetime
    decision_number: str | None


@dataclass(frozen=True)
class SheetAgreement:
    """An agreement with the meeting it was proposed in and the steps it can take now."""

    agreement: AgreementView
    proposed_in: str | None
    proposed_at: datetime | None
    steps: tuple[Step, ...]

    @property
    def id(self) -> str:
        return self.agreement.id


@dataclass(frozen=True)
class Suggestion:
    """A library suggestion for a challenge; ``adopted_as`` is the agreement made from it."""

    key: str
    text: str
    adopted_as: str | None


@dataclass(frozen=True)
class ChallengeBlock:
    """One challenge of a theme; ``key`` None is the block for everything not tied to one."""

    key: str | None
    title: str
    description: str
    state: str | None
    entries: tuple[SheetEntry, ...]
    suggestions: tuple[Suggestion, ...]
    agreements: tuple[SheetAgreement, ...]
    actions: tuple[ActionLine, ...]


@dataclass(frozen=True)
class SectionBlock:
    """One section of a DOEN worksheet; ``key`` None holds discussion filed without a section."""

    key: str | None
    title: str
    help: str
    shape: SectionShape
    items: tuple[WorksheetItemView, ...]
    entries: tuple[SheetEntry, ...]


@dataclass(frozen=True)
class Sheet:
    """Everything one worksheet shows for one trajectory."""

    key: str
    title: str
    kind: str
    summary: str
    trajectory: TrajectoryView
    sections: tuple[SectionBlock, ...]
    challenges: tuple[ChallengeBlock, ...]
    agreements: tuple[SheetAgreement, ...]
    actions: tuple[ActionLine, ...]
    timeline: Timeline | None
    people: tuple[PersonView, ...]
    meetings: tuple[MeetingView, ...]


def build_sheet(
    store: Store, library: Library, trajectory_id: str, key: str, today: date | None = None
) -> Sheet:
    """The worksheet ``key`` of a trajectory, with every meeting's contribution to it."""
    trajectory = trajectories.get_trajectory(store, trajectory_id)
    held = meetings.list_meetings(store, trajectory_id)
    persons = people.list_people(store, trajectory_id)
    by_meeting = {meeting.id: meeting for meeting in held}
    said = _sheet_entries(
        entries.list_entries(store, trajectory_id, worksheet=key), persons, by_meeting
    )
    proposed = agreements.proposal_meetings(store, trajectory_id)
    agreed = [
        _sheet_agreement(agreement, by_meeting.get(proposed.get(agreement.id) or ""))
        for agreement in agreements.list_agreements(store, trajectory_id, worksheet=key)
    ]
    todo = action_lines(
        (a for a in actions.list_actions(store, trajectory_id) if a.worksheet == key),
        persons,
        held,
        today,
    )
    is_doen = key in DOEN_KEYS
    title, summary = (
        (library.component(key).title, library.component(key).summary)
        if is_doen
        else (library.theme(key).title, library.theme(key).summary)
    )
    return Sheet(
        key=key,
        title=title,
        kind=DOEN if is_doen else VERHELDEREN,
        summary=" ".join(summary.split()),
        trajectory=trajectory,
        sections=_sections(store, library, trajectory_id, key, said) if is_doen else (),
        challenges=(
            () if is_doen else _challenges(store, library, trajectory_id, key, said, agreed, todo)
        ),
        agreements=tuple(agreed),
        actions=tuple(todo),
        timeline=(
            timeline_of(milestones.list_milestones(store, trajectory_id), held, today)
            if key == MILESTONE_SECTION[0]
            else None
        ),
        people=tuple(persons),
        meetings=tuple(held),
    )


def _sheet_entries(
    found: Iterable[EntryView], persons: Iterable[PersonView], by_meeting: dict[str, MeetingView]
) -> list[tuple[EntryView, SheetEntry]]:
    by_person = {person.id: person for person in persons}
    result = []
    for entry in sorted(found, key=lambda e: e.captured_at, reverse=True):
        if entry.kind in _SHOWN_ELSEWHERE:
            continue
        meeting = by_meeting.get(entry.meeting_id or "")
        result.append(
            (
                entry,
                SheetEntry(
                    id=entry.id,
                    text=readable(entry.text),
                    kind=entry.kind,
                    voice=entry.voice,
                    person_name=display_name(by_person.get(entry.person_id or "")),
                    meeting_id=entry.meeting_id,
                    meeting_title=meeting.title if meeting else None,
                    meeting_starts_at=meeting.starts_at if meeting else None,
                    captured_at=entry.captured_at,
                    decision_number=entry.decision_number,
                ),
            )
        )
    return result


def _sheet_agreement(agreement: AgreementView, meeting: MeetingView | None) -> SheetAgreement:
    return SheetAgreement(
        agreement=agreement,
        proposed_in=meeting.title if meeting else None,
        proposed_at=meeting.starts_at if meeting else None,
        steps=available_steps(agreement.status),
    )


def _challenges(
    store: Store,
    library: Library,
    trajectory_id: str,
    key: str,
    said: list[tuple[EntryView, SheetEntry]],
    agreed: list[SheetAgreement],
    todo: list[ActionLine],
) -> tuple[ChallengeBlock, ...]:
    theme = library.theme(key)
    known = {challenge.key for challenge in theme.challenges}
    states = data.challenge_states(store, trajectory_id)

    def home(challenge_key: str | None, section: str | None = None) -> str | None:
        for candidate in (challenge_key, section):
            if candidate in known:
                return candidate
        return None

    said_by: defaultdict[str | None, list[SheetEntry]] = defaultdict(list)
    for entry, said_line in said:
        said_by[home(entry.challenge_key, entry.section)].append(said_line)
    agreed_by: defaultdict[str | None, list[SheetAgreement]] = defaultdict(list)
    for agreement in agreed:
        agreed_by[home(agreement.agreement.challenge_key)].append(agreement)
    todo_by: defaultdict[str | None, list[ActionLine]] = defaultdict(list)
    for action_line in todo:
        todo_by[home(action_line.action.challenge_key)].append(action_line)
    adopted = {a.agreement.suggestion_key: a.id for a in agreed if a.agreement.suggestion_key}
    blocks = [
        ChallengeBlock(
            key=challenge.key,
            title=challenge.title,
            description=" ".join(challenge.description.split()),
            state=states.get(challenge.key),
            entries=tuple(said_by[challenge.key]),
            suggestions=tuple(
                Suggestion(s.key, " ".join(s.text.split()), adopted.get(s.key))
                for s in challenge.agreements
            ),
            agreements=tuple(agreed_by[challenge.key]),
            actions=tuple(todo_by[challenge.key]),
        )
        for challenge in theme.challenges
    ]
    blocks.append(
        ChallengeBlock(
            key=None,
            title="",
            description="",
            state=None,
            entries=tuple(said_by[None]),
            suggestions=(),
            agreements=tuple(agreed_by[None]),
            actions=tuple(todo_by[None]),
        )
    )
    return tuple(blocks)


def _sections(
    store: Store,
    library: Library,
    trajectory_id: str,
    key: str,
    said: list[tuple[EntryView, SheetEntry]],
) -> tuple[SectionBlock, ...]:
    component = library.component(key)
    known = {section.key for section in component.sections}
    items_by = defaultdict(list)
    for item in data.list_items(store, trajectory_id, worksheet=key):
        items_by[item.section if item.section in known else None].append(item)
    said_by = defaultdict(list)
    for entry, line in said:
        said_by[entry.section if entry.section in known else None].append(line)
    blocks = [
        SectionBlock(
            key=section.key,
            title=section.title,
            help=" ".join(section.help.split()),
            shape=SHAPES.get((key, section.key), SectionShape()),
            items=tuple(items_by[section.key]),
            entries=tuple(said_by[section.key]),
        )
        for section in component.sections
    ]
    blocks.append(
        SectionBlock(None, "", "", SectionShape(), tuple(items_by[None]), tuple(said_by[None]))
    )
    return tuple(blocks)
