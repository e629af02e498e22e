"""Entries: what is said, captured as it is said, and filed under a worksheet.

Capturing a decision gives it a number in the trajectory's running series (2026-07);
capturing an agreement makes it a proposal on its worksheet; capturing an action puts it
on the action list. Deleting the entry takes those along, and restoring brings them back.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select

from ..changes import Changes, service
from ..models import Action, Agreement, AgreementEvent, Entry, Meeting, ScriptStep, utcnow
from ..store import Store
from ..views import EntryView, snapshot
from ..vocab import WORKSHEET_KEYS, ActionStatus, AgreementStatus, EntryKind, Voice
from . import rows
from .validate import (
    choice,
    one_of,
    optional_date,
    optional_id,
    optional_line,
    required_text,
    validate_fields,
    with_required,
)

DEFAULT_AGREEMENT_WORKSHEET = "borgen"
PARTY_VOICES = ("gemeente", "initiatief", "procesbegeleider")
"""Voices that can own an action (``samen`` cannot)."""

ENTRY_FIELDS = {
    "text": required_text("de tekst"),
    "kind": choice(EntryKind, "de soort"),
    "voice": choice(Voice, "de partij", optional=True),
    "worksheet": one_of(WORKSHEET_KEYS, "het werkblad", optional=True),
    "section": optional_line("het onderdeel", 40),
    "challenge_key": optional_line("de uitdaging", 100),
    "person_id": optional_id,
    "agenda_item_id": optional_id,
    "script_step_id": optional_id,
}


@service
def capture_entry(
    store: Store,
    trajectory_id: str,
    *,
    meeting_id: str | None = None,
    owner_person_id: str | None = None,
    owner_party: str | None = None,
    due_on: date | str | None = None,
    **fields: Any,
) -> Changes:
    """File one entry in one transaction; an action may carry an owner and a due date."""
    values = with_required(ENTRY_FIELDS, fields, "text")
    due = optional_date("de deadline")(due_on)
    with store.transaction() as session:
        # Held here, so the step stays in the session for ``_place`` to find.
        loaded = _load_meeting_and_step(session, meeting_id, values.get("script_step_id"))
        if meeting_id is not None:
            meeting = rows.get_row(session, Meeting, meeting_id)
            trajectory_id = meeting.trajectory_id
        step = _place(session, values)
        del loaded
        if values.get("kind") == EntryKind.PRIVE:
            # A private note belongs to the facilitator alone: it is filed on no worksheet.
            values["worksheet"] = values["section"] = values["challenge_key"] = None
        elif step is not None and not values.get("worksheet"):
            values["worksheet"] = step.worksheet
            values.setdefault("section", step.section)
        entry = Entry(trajectory_id=trajectory_id, meeting_id=meeting_id, **values)
        if values.get("kind") == EntryKind.BESLUIT:  # numbered as it is written, not after
            entry.decision_number = _next_decision_number(session, entry)
        session.add(entry)
        session.flush()
        _follow_kind(session, entry, owner_person_id, owner_party, due, new=True)
        session.flush()
        # The note as stored, so the console shows it without reading it back.
        view = snapshot(entry)
        return Changes("entries", (entry.id,), trajectory_id, views={entry.id: view})


@service
def update_entry(
    store: Store,
    entry_id: str,
    *,
    owner_person_id: str | None = None,
    owner_party: str | None = None,
    due_on: date | str | None = None,
    **fields: Any,
) -> Changes:
    """Correct or re-file an entry (text, kind, party, worksheet, challenge), in place: it
    keeps its time and, as a decision, its number. Every window re-files through here.

    What the entry brought along follows it: a proposal or an open action made from it gets
    the new text and worksheet, and a change of kind gives or takes away its decision number's
    list, proposal or action (a proposal or open action taken away comes back on undo). What
    was agreed stays: an agreement past 'voorstel', and an action that is done or that a
    person took on, are left as they are. A kind changed to 'actie' makes the action with
    ``owner_person_id``, ``owner_party`` and ``due_on``.
    """
    values = validate_fields(ENTRY_FIELDS, fields)
    due = optional_date("de deadline")(due_on)
    with store.transaction() as session:
        entry = rows.get_row(session, Entry, entry_id)
        if "script_step_id" in values or "agenda_item_id" in values:
            _place(session, values)
        if values.get("kind") == EntryKind.PRIVE:
            values["worksheet"] = values["section"] = values["challenge_key"] = None
        for name, value in values.items():
            setattr(entry, name, value)
        session.flush()
        kept = _follow_kind(session, entry, owner_person_id, owner_party, due)
        return Changes("entries", (entry_id,), entry.trajectory_id, kept=kept)


def _load_meeting_and_step(session: Any, meeting_id: str | None, step_id: str | None) -> Any:
    """Read the meeting and the step a note is captured under in one round trip (on a team
    database each round trip counts); while the returned row is held, ``session.get`` finds
    both in the session without asking the database again."""
    if meeting_id is None:
        return None
    if not step_id:
        return session.execute(select(Meeting).where(Meeting.id == meeting_id)).first()
    return session.execute(
        select(Meeting, ScriptStep)
        .select_from(Meeting)
        .outerjoin(ScriptStep, ScriptStep.id == step_id)
        .where(Meeting.id == meeting_id)
    ).first()


def _place(session: Any, values: dict[str, Any]) -> ScriptStep | None:
    """Complete where an entry was said: a step names its agenda item, and an agenda item
    with a single step names that step. Returns the step, if known."""
    step_id = values.get("script_step_id")
    if step_id:
        step = session.get(ScriptStep, step_id)
        if step is None:
            values["script_step_id"] = None
            return None
        values["agenda_item_id"] = step.agenda_item_id
        return step
    item_id = values.get("agenda_item_id")
    if not item_id:
        values["agenda_item_id"] = values["script_step_id"] = None
        return None
    steps = session.scalars(
        select(ScriptStep).where(
            ScriptStep.agenda_item_id == item_id, ScriptStep.deleted_at.is_(None)
        )
    ).all()
    step = steps[0] if len(steps) == 1 else None
    values["script_step_id"] = step.id if step else None
    return step


@service
def delete_entry(store: Store, entry_id: str) -> Changes:
    return _set_deleted(store, entry_id, deleted=True)


@service
def restore_entry(store: Store, entry_id: str) -> Changes:
    return _set_deleted(store, entry_id, deleted=False)


def get_entry(store: Store, entry_id: str) -> EntryView:
    with store.transaction() as session:
        return snapshot(rows.get_row(session, Entry, entry_id))


def list_entries(
    store: Store,
    trajectory_id: str,
    *,
    meeting_id: str | None = None,
    worksheet: str | None = None,
    agenda_item_id: str | None = None,
) -> list[EntryView]:
    """Entries in the order they were captured, optionally narrowed."""
    query = select(Entry).where(Entry.trajectory_id == trajectory_id, Entry.deleted_at.is_(None))
    if meeting_id is not None:
        query = query.where(Entry.meeting_id == meeting_id)
    if worksheet is not None:
        query = query.where(Entry.worksheet == worksheet)
    if agenda_item_id is not None:
        query = query.where(Entry.agenda_item_id == agenda_item_id)
    with store.transaction() as session:
        return [snapshot(row) for row in session.scalars(query.order_by(Entry.captured_at))]


def _follow_kind(
    session: Any,
    entry: Entry,
    owner_person_id: str | None,
    owner_party: str | None,
    due: date | None,
    *,
    new: bool = False,
) -> frozenset[str]:
    """Keep the decision number, proposal and action that belong to the entry's kind; returns
    the kinds of rows that stay although the entry's kind no longer asks for them.

    A ``new`` entry has nothing linked yet, so capturing (the hot path) skips the look-ups.
    """
    kept: set[str] = set()
    if entry.kind == EntryKind.BESLUIT and entry.decision_number is None:
        entry.decision_number = _next_decision_number(session, entry)
    proposal = (
        None
        if new
        else session.scalars(select(Agreement).where(Agreement.source_entry_id == entry.id)).first()
    )
    if proposal is not None and proposal.status != AgreementStatus.VOORSTEL:
        if entry.kind != EntryKind.AFSPRAAK and proposal.deleted_at is None:
            kept.add("agreements")
    elif proposal is not None:
        proposal.deleted_at = None if entry.kind == EntryKind.AFSPRAAK else utcnow()
        proposal.text = entry.text
        proposal.worksheet = entry.worksheet or DEFAULT_AGREEMENT_WORKSHEET
        proposal.challenge_key = entry.challenge_key
    elif proposal is None and entry.kind == EntryKind.AFSPRAAK:
        _propose_agreement(session, entry)
    action = (
        None if new else session.scalars(select(Action).where(Action.entry_id == entry.id)).first()
    )
    if action is not None and entry.kind != EntryKind.ACTIE and not _lives_through_note(action):
        if action.deleted_at is None:
            kept.add("actions")
    elif action is not None and action.status == ActionStatus.OPEN:
        action.deleted_at = None if entry.kind == EntryKind.ACTIE else utcnow()
        action.what = entry.text
        action.worksheet, action.challenge_key = entry.worksheet, entry.challenge_key
    elif action is None and entry.kind == EntryKind.ACTIE:
        if owner_party is None and entry.voice in PARTY_VOICES:
            owner_party = entry.voice
        session.add(
            Action(
                trajectory_id=entry.trajectory_id,
                meeting_id=entry.meeting_id,
                entry_id=entry.id,
                owner_person_id=owner_person_id,
                owner_party=owner_party,
                what=entry.text,
                due_on=due,
                worksheet=entry.worksheet,
                challenge_key=entry.challenge_key,
            )
        )
    return frozenset(kept)


def _next_decision_number(session: Any, entry: Entry) -> str:
    """The next number in the trajectory's series for the year of the meeting (or today)."""
    trajectory_id = entry.trajectory_id
    meeting = session.get(Meeting, entry.meeting_id) if entry.meeting_id else None
    year = (
        meeting.starts_at.year if meeting is not None and meeting.starts_at else date.today().year
    )
    numbers = session.scalars(
        select(Entry.decision_number).where(
            Entry.trajectory_id == trajectory_id, Entry.decision_number.like(f"{year}-%")
        )
    )
    highest = max((int(number.split("-")[1]) for number in numbers), default=0)
    return f"{year}-{highest + 1:02d}"


def _propose_agreement(session: Any, entry: Entry) -> None:
    agreement = Agreement(
        trajectory_id=entry.trajectory_id,
        worksheet=entry.worksheet or DEFAULT_AGREEMENT_WORKSHEET,
        challenge_key=entry.challenge_key,
        source_entry_id=entry.id,
        text=entry.text,
    )
    session.add(agreement)
    session.flush()
    session.add(
        AgreementEvent(
            agreement_id=agreement.id,
            meeting_id=entry.meeting_id,
            status=agreement.status,
            text=agreement.text,
            note="Voorgesteld in de bijeenkomst.",
        )
    )


def _set_deleted(store: Store, entry_id: str, *, deleted: bool) -> Changes:
    """Delete a note with the proposal and open action that live only through it; what was
    agreed or taken on stays. Restoring brings back exactly what the delete took along: the
    rows that carry the note's own deletion moment."""
    with store.transaction() as session:
        entry = rows.get_row(session, Entry, entry_id, deleted=not deleted)
        kept: set[str] = set()
        if deleted:
            stamp = utcnow()
            entry.deleted_at = stamp
            for linked in _made_from(session, entry_id):
                if linked.deleted_at is not None:
                    continue
                if _lives_through_note(linked):
                    linked.deleted_at = stamp
                else:
                    kept.add(linked.__tablename__)
        else:
            deleted_at = entry.deleted_at
            entry.deleted_at = None
            for linked in _made_from(session, entry_id):
                if linked.deleted_at is not None and linked.deleted_at == deleted_at:
                    linked.deleted_at = None
        return Changes("entries", (entry_id,), entry.trajectory_id, kept=frozenset(kept))


def _made_from(session: Any, entry_id: str) -> list[Agreement | Action]:
    found: list[Agreement | Action] = list(
        session.scalars(select(Agreement).where(Agreement.source_entry_id == entry_id))
    )
    found += session.scalars(select(Action).where(Action.entry_id == entry_id))
    return found


def _lives_through_note(row: Agreement | Action) -> bool:
    """A proposal nobody agreed to yet, or an open action nobody took on: it goes with its
    note. Anything further along is part of the record and stays."""
    if isinstance(row, Agreement):
        return row.status == AgreementStatus.VOORSTEL
    return row.status == ActionStatus.OPEN and row.owner_person_id is None
