"""The body of the minutes: what was said per agenda item, and the lists at the end
(decisions, agreements, actions, milestones)."""

from __future__ import annotations

from ..core.services.actions import is_overdue
from ..core.services.agreements import status_words
from ..core.vocab import ActionStatus, AgreementStatus, EntryKind, Voice
from .document import (
    Block,
    BulletList,
    Heading,
    ListItem,
    NumberedList,
    Paragraph,
    Run,
    Runs,
    Table,
    paragraph,
    runs_of,
)
from .markdown_blocks import markdown_to_blocks, markdown_to_runs
from .minutes_data import MinutesData, Row
from .wording import (
    ACTION_STATUS_WORDS,
    KIND_WORDS,
    MILESTONE_OUTCOME_WORDS,
    VOICE_WORDS,
    day_month_year,
    party_word,
    person_label,
    short_date,
)

_VOICE_ORDER = (Voice.GEMEENTE, Voice.INITIATIEF, Voice.SAMEN, Voice.PROCESBEGELEIDER, None)


def label_of(data: MinutesData, person_id: str | None, *, with_party: bool = False) -> str:
    """How the person with ``person_id`` is named in these minutes (consent respected)."""
    person = data.people.get(person_id) if person_id else None
    if person is None:
        return ""
    return person_label(
        person.name, person.function, person.party, person.consent_named, with_party=with_party
    )


def item_account(data: MinutesData, item_entries: list[Row]) -> list[Block]:
    """What was said on one agenda item, then what was decided there.

    When more than one party spoke, their contributions are grouped under the party's name,
    so a reader sees at once who brought in what.
    """
    if not item_entries:
        return [paragraph("Bij dit punt is niets genoteerd.", tone="note")]
    said = [e for e in item_entries if e.kind != EntryKind.BESLUIT]
    decided = [e for e in item_entries if e.kind == EntryKind.BESLUIT]
    blocks: list[Block] = []
    voices = {e.voice for e in said}
    for voice in _VOICE_ORDER if len(voices) > 1 else (None,):
        group = [e for e in said if len(voices) == 1 or e.voice == voice]
        if not group:
            continue
        if len(voices) > 1:
            title = VOICE_WORDS[voice] if voice else "Zonder partij"
            blocks.append(paragraph(title, tone="label"))
        blocks.extend(_entries_as_blocks(data, group))
    blocks.extend(decided_blocks(decided))
    return blocks


def decided_blocks(item_entries: list[Row]) -> list[Block]:
    """What was decided at one agenda item, with the decisions' numbers; nothing if nothing."""
    decided = [e for e in item_entries if e.kind == EntryKind.BESLUIT]
    if not decided:
        return []
    items = tuple(
        ListItem((Run(f"{e.decision_number or ''} ", bold=True), *markdown_to_runs(e.text)))
        for e in decided
    )
    return [
        paragraph("Besloten:" if len(decided) == 1 else "Besluiten:", tone="label"),
        BulletList(items),
    ]


def _entries_as_blocks(data: MinutesData, group: list[Row]) -> list[Block]:
    """Entries as one bullet list, each entry's own paragraphs and lists kept in the order
    they were typed. An entry holding a table, or one that opens with a list and names no
    speaker, stands on its own as blocks, so its numbering shows as typed."""
    blocks: list[Block] = []
    items: list[ListItem] = []
    for entry in group:
        prefix, suffix = _prefix(data, entry), _suffix(data, entry)
        content = markdown_to_blocks(entry.text)
        lead = 0
        while lead < len(content) and isinstance(content[lead], Paragraph):
            lead += 1
        has_table = any(not isinstance(b, Paragraph | BulletList | NumberedList) for b in content)
        if has_table or (content and not lead and not prefix and not suffix):
            if items:
                blocks.append(BulletList(tuple(items)))
                items = []
            if content and isinstance(content[0], Paragraph):
                content[0] = Paragraph(prefix + content[0].runs + suffix)
            elif prefix or suffix:
                blocks.append(Paragraph(prefix + suffix))
            blocks.extend(content)
            continue
        runs: list[Run] = list(prefix)
        for index, block in enumerate(content[:lead]):
            if index:
                runs.append(Run("\n"))
            runs.extend(block.runs)  # type: ignore[union-attr]
        runs.extend(suffix)
        children = tuple(content[lead:])
        items.append(ListItem(tuple(runs), children))  # type: ignore[arg-type]
    if items:
        blocks.append(BulletList(tuple(items)))
    return blocks


def _prefix(data: MinutesData, entry: Row) -> Runs:
    """What goes before an entry's text: its kind in words and who said it, e.g.
    "**Vraag** – Ria Jansen: "; a plain remark only names the speaker."""
    speaker = label_of(data, entry.person_id)
    said_by = f" – {speaker}: " if speaker else ": "
    if entry.kind == EntryKind.OPMERKING:
        return (Run(f"{speaker}: "),) if speaker else ()
    word = KIND_WORDS.get(entry.kind, entry.kind)
    agreement = data.agreement_by_entry.get(entry.id)
    if entry.kind == EntryKind.AFSPRAAK and agreement is not None:
        return (Run(word, bold=True), Run(f" ({status_words(agreement.status)})" + said_by))
    return (Run(word, bold=True), Run(said_by))


def _suffix(data: MinutesData, entry: Row) -> Runs:
    """After an action: who takes it on and by when ("— Ria Jansen (initiatief), vóór ...")."""
    action = data.action_by_entry.get(entry.id) if entry.kind == EntryKind.ACTIE else None
    if action is None:
        return ()
    due = f"vóór {day_month_year(action.due_on)}" if action.due_on else ""
    shown = ", ".join(d for d in (_owner(data, action), due) if d)
    return (Run(f" — {shown}", italic=True),) if shown else ()


def _owner(data: MinutesData, action: Row) -> str:
    return label_of(data, action.owner_person_id, with_party=True) or party_word(action.owner_party)


def decisions(data: MinutesData) -> list[Block]:
    """The decisions list (besluitenlijst), numbered in the trajectory's running series."""
    found = [e for e in data.entries if e.kind == EntryKind.BESLUIT]
    if not found:
        return [paragraph("In deze bijeenkomst zijn geen besluiten genomen.")]
    rows = tuple(
        (runs_of(e.decision_number or "–", bold=True), markdown_to_runs(e.text)) for e in found
    )
    return [Table((runs_of("Nummer", bold=True), runs_of("Besluit", bold=True)), rows, (2.4, 13.6))]


def agreements_table(data: MinutesData) -> list[Block]:
    """Agreements made or changed in this meeting, with what happened and where they stand."""
    if not data.agreements:
        return [paragraph("In deze bijeenkomst zijn geen afspraken gemaakt of gewijzigd.")]
    rows = []
    for touched in data.agreements:
        steps: list[str] = []
        previous_text = None
        for step in touched.steps:
            words = (
                "voorgesteld"
                if step.status == AgreementStatus.VOORSTEL
                else status_words(step.status)
            )
            if previous_text is not None and step.text != previous_text:
                words = "tekst aangepast"
            if not steps or steps[-1] != words:
                steps.append(words)
            previous_text = step.text
        done_here = "; ".join(steps) if steps else "besproken"
        rows.append(
            (
                markdown_to_runs(touched.agreement.text),
                runs_of(done_here),
                runs_of(status_words(touched.agreement.status)),
            )
        )
    header = tuple(runs_of(t, bold=True) for t in ("Afspraak", "In deze bijeenkomst", "Stand nu"))
    return [Table(header, tuple(rows), (8.6, 3.9, 3.5))]


def action_table(data: MinutesData) -> list[Block]:
    """The action list: this meeting's actions and the open ones carried over."""
    if not data.actions:
        return [paragraph("Er staan geen acties open.")]
    on = data.meeting.starts_at.date() if data.meeting.starts_at else None
    rows = []
    for line in data.actions:
        action = line.action
        what = list(markdown_to_runs(action.what))
        if line.from_meeting is not None and line.from_meeting.starts_at is not None:
            when = day_month_year(line.from_meeting.starts_at.date())
            what.append(Run(f"\nuit de bijeenkomst van {when}", italic=True))
        status = ACTION_STATUS_WORDS.get(action.status, action.status)
        if action.status == ActionStatus.GEDAAN and action.done_on:
            status = f"gedaan op {short_date(action.done_on)}"
        elif is_overdue(action, on):
            status = "open, termijn verstreken"
        rows.append(
            (
                tuple(what),
                runs_of(_owner(data, action) or "nog niemand"),
                runs_of(short_date(action.due_on) or "–"),
                runs_of(status),
            )
        )
    header = tuple(runs_of(t, bold=True) for t in ("Wat", "Wie", "Wanneer", "Stand"))
    return [Table(header, tuple(rows), (7.4, 3.8, 2.3, 2.5))]


def milestone_blocks(data: MinutesData) -> list[Block]:
    """Milestones (piketpalen) evaluated in this meeting, with the outcome."""
    blocks: list[Block] = []
    for milestone in data.milestones:
        blocks.append(Heading(3, milestone.title))
        lines = [
            ("Gepland op", day_month_year(milestone.due_on) if milestone.due_on else ""),
            ("Bereikt als", milestone.criteria),
            ("Wat dan volgt", milestone.guarantee),
            ("Uitkomst", MILESTONE_OUTCOME_WORDS.get(milestone.outcome, "nog niet beoordeeld")),
            ("Toelichting", milestone.outcome_note),
        ]
        rows = tuple(
            (runs_of(label, bold=True), markdown_to_runs(value)) for label, value in lines if value
        )
        blocks.append(Table(None, rows, (3.4, 12.6), borders=False))
    return blocks
