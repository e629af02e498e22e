"""The Verslag chapter of the minutes: the agenda items with the fixed items of Dutch minutes
around them, each item as the secretary's account or as the lines captured in the room, and
the annex that keeps those lines when an account replaced them.

The fixed items are opening, vaststellen vorig verslag, mededelingen, rondvraag and sluiting.
An agenda item whose title names one of them takes its place (and keeps its number); the
others are added without a number, so an item has the same number in the invitation and in
the minutes. Mededelingen and rondvraag are always there, with "Geen." when nothing was said.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..core.text import clean_line
from ..core.vocab import MeetingStatus
from .document import Block, Heading, PageBreak, paragraph
from .markdown_blocks import markdown_to_blocks
from .minutes_account import decided_blocks, item_account
from .minutes_data import MinutesData, Row
from .wording import clock, day_month_year, long_date

OPENING, PREVIOUS, ANNOUNCEMENTS, ANY_OTHER, CLOSING = (
    "opening",
    "verslag",
    "mededelingen",
    "rondvraag",
    "sluiting",
)
_TITLES = {
    OPENING: "Opening",
    PREVIOUS: "Vaststellen vorig verslag",
    ANNOUNCEMENTS: "Mededelingen",
    ANY_OTHER: "Rondvraag",
    CLOSING: "Sluiting",
}
_WORDS = {
    OPENING: re.compile(r"\bopening\b"),
    PREVIOUS: re.compile(
        r"(vaststell\w*|vorige?)\b.*\b(verslag|notulen)\b"
        r"|\b(verslag|notulen)\b.*\b(vorige?|vaststell\w*)"
        r"|^(verslag|notulen)$"
    ),
    ANNOUNCEMENTS: re.compile(r"\bmededeling(en)?\b"),
    ANY_OTHER: re.compile(r"\brondvraag\b"),
    CLOSING: re.compile(r"\b(af)?sluiting\b"),
}
_BEFORE = (OPENING, PREVIOUS, ANNOUNCEMENTS)
"""Fixed items at the start, in order; rondvraag and sluiting close the meeting."""

ANNEX_TITLE = "Bijlage: wat er in de zaal is genoteerd"


@dataclass
class Slot:
    """One item of the Verslag chapter: an agenda item (with its number) or a fixed item."""

    roles: frozenset[str]
    item: Row | None = None
    number: int = 0

    @property
    def title(self) -> str:
        if self.item is None:
            return _TITLES[next(iter(self.roles))]
        return f"{self.number}. {clean_line(self.item.title)}"


def roles_of(title: str) -> frozenset[str]:
    """The fixed items an agenda item's title names ("Rondvraag en sluiting": two)."""
    words = clean_line(title).lower()
    return frozenset(role for role, pattern in _WORDS.items() if pattern.search(words))


def outline(data: MinutesData) -> list[Slot]:
    """The agenda items in order, numbered as on the agenda, with the fixed items they lack."""
    slots = [Slot(roles_of(item.title), item, number) for number, item in enumerate(data.agenda, 1)]
    covered = frozenset().union(*(slot.roles for slot in slots))

    def last_with(roles: tuple[str, ...]) -> int:
        found = [index for index, slot in enumerate(slots) if slot.roles & set(roles)]
        return found[-1] + 1 if found else 0

    for position, role in enumerate(_BEFORE):
        if role in covered or (role == PREVIOUS and data.previous_meeting is None):
            continue
        slots.insert(last_with(_BEFORE[:position]), Slot(frozenset({role})))
    if CLOSING not in covered:
        slots.append(Slot(frozenset({CLOSING})))
    if ANY_OTHER not in covered:
        closing = next(i for i, slot in enumerate(slots) if CLOSING in slot.roles)
        slots.insert(closing, Slot(frozenset({ANY_OTHER})))
    return slots


def verslag_blocks(data: MinutesData) -> list[Block]:
    """Per item what was said or the account of it, the fixed items from the data; notes
    outside the agenda after the items; items where nothing was noted named in one line."""
    fixed = {
        OPENING: _opening(data),
        PREVIOUS: _previous(data),
        CLOSING: _closing(data),
    }
    slots = outline(data)
    by_slot, loose = _placed(data, slots)
    blocks: list[Block] = []
    silent: list[str] = []
    for index, slot in enumerate(slots):
        said = by_slot.get(index, [])
        lines = [block for role, made in fixed.items() if role in slot.roles for block in made]
        account = slot.item.account.strip() if slot.item is not None else ""
        if account:
            content = [*markdown_to_blocks(account), *decided_blocks(said)]
        elif said:
            content = item_account(data, said)
        elif slot.roles & {ANNOUNCEMENTS, ANY_OTHER}:
            content = [paragraph("Geen.")]
        else:
            content = []
        if not lines and not content:
            if slot.item is not None:
                silent.append(f"punt {slot.number} ({clean_line(slot.item.title)})")
            continue
        blocks.append(Heading(2, slot.title))
        blocks.extend(lines)
        blocks.extend(content)
    if loose:
        blocks.append(Heading(2, "Overige aantekeningen" if data.agenda else "Aantekeningen"))
        blocks.extend(item_account(data, loose))
    if not data.entries and not written(data):
        blocks.append(paragraph("Van deze bijeenkomst is niets genoteerd.", tone="note"))
    elif silent:
        named = silent[0] if len(silent) == 1 else f"{', '.join(silent[:-1])} en {silent[-1]}"
        blocks.append(paragraph(f"Bij {named} is niets genoteerd.", tone="note"))
    return blocks


def written(data: MinutesData) -> bool:
    """Whether the secretary wrote an account of any agenda item (a meeting may be written
    up that way without a single captured line)."""
    return any(item.account.strip() for item in data.agenda)


def annex_blocks(data: MinutesData) -> list[Block]:
    """The lines captured in the room at the items the secretary wrote an account of, when
    the meeting keeps them as an annex; nothing otherwise."""
    if not data.meeting.notes_annex:
        return []
    slots = outline(data)
    by_slot, _loose = _placed(data, slots)
    blocks: list[Block] = []
    for index, slot in enumerate(slots):
        if slot.item is None or not slot.item.account.strip():
            continue
        said = by_slot.get(index, [])
        if said:
            blocks.append(Heading(2, slot.title))
            blocks.extend(item_account(data, said))
    if not blocks:
        return []
    note = (
        "Bij de punten waarvan hierboven een verslag staat, volgen hier de regels zoals ze "
        "tijdens de bijeenkomst zijn genoteerd."
    )
    return [PageBreak(), Heading(1, ANNEX_TITLE), paragraph(note, tone="note"), *blocks]


def _placed(data: MinutesData, slots: list[Slot]) -> tuple[dict[int, list[Row]], list[Row]]:
    """The entries per slot (by index), and those outside the agenda in the order said.

    An entry said at a step that is a fixed item of its own (the Rondvraag step of a whole
    regular-meeting format planned as one agenda item) goes to that fixed item, unless its
    agenda item is that fixed item already."""
    index_of_item = {slot.item.id: i for i, slot in enumerate(slots) if slot.item is not None}
    generated = {
        role: i for i, slot in enumerate(slots) if slot.item is None for role in slot.roles
    }
    step_slot: dict[str, int] = {}
    for slot in slots:
        for step in slot.item.steps if slot.item is not None else ():
            roles = roles_of(step.title) - slot.roles
            role = next((r for r in _TITLES if r in roles and r in generated), None)
            if role is not None:
                step_slot[step.id] = generated[role]
    by_slot: dict[int, list[Row]] = {}
    loose: list[Row] = []
    for entry in data.entries:
        index = step_slot.get(entry.script_step_id or "")
        if index is None:
            index = index_of_item.get(entry.agenda_item_id or "")
        if index is None:
            loose.append(entry)
        else:
            by_slot.setdefault(index, []).append(entry)
    loose.sort(key=lambda entry: entry.captured_at)
    return by_slot, loose


def _opening(data: MinutesData) -> list[Block]:
    """When the meeting opened, when that was recorded; otherwise (a meeting run on paper)
    only that it was opened: no planned time is stated as fact."""
    started = data.meeting.started_at
    if started is None:
        return [paragraph("De procesbegeleider opent de bijeenkomst.")]
    opened = clock(started.astimezone().replace(tzinfo=None))
    return [paragraph(f"De bijeenkomst wordt om {opened} uur geopend.")]


def _previous(data: MinutesData) -> list[Block]:
    """What became of the previous meeting's minutes: adopted at this meeting, earlier, or
    not yet."""
    previous, meeting = data.previous_meeting, data.meeting
    if previous is None:
        return []
    held = day_month_year(previous.starts_at.date())
    dates = [previous.agreed_gemeente_on, previous.agreed_initiatief_on]
    today = meeting.starts_at.date() if meeting.starts_at else None
    if previous.status == MeetingStatus.VERSLAG_VASTGESTELD and all(dates):
        on = max(dates)
        when = "in deze bijeenkomst" if on == today else f"op {day_month_year(on)}"
        verb = "wordt" if on == today else "is"
        text = f"Het verslag van de bijeenkomst van {held} {verb} {when} vastgesteld."
    elif any(dates):
        text = (
            f"Het verslag van de bijeenkomst van {held} is nog niet vastgesteld: "
            "één van beide partijen heeft ermee ingestemd."
        )
    else:
        text = f"Het verslag van de bijeenkomst van {held} is nog niet vastgesteld."
    return [paragraph(text)]


def _closing(data: MinutesData) -> list[Block]:
    """When the meeting closed (or only that it closed, when the time was not kept), and
    when the parties meet next."""
    meeting = data.meeting
    if meeting.ended_at is not None:
        closed = clock(meeting.ended_at.astimezone().replace(tzinfo=None))
        lines = [f"De bijeenkomst wordt om {closed} uur gesloten."]
    else:
        lines = ["De procesbegeleider sluit de bijeenkomst."]
    upcoming = data.next_meeting
    if upcoming is not None:
        lines.append(
            f"De volgende bijeenkomst is op {long_date(upcoming.starts_at.date())} "
            f"om {clock(upcoming.starts_at)} uur."
        )
    return [paragraph(" ".join(lines))]
