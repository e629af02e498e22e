"""What a worksheet holds beyond entries: challenge states and structured items."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from ..changes import Changes, service
from ..models import Agreement, ChallengeStatus, Entry, Trajectory, WorksheetItem
from ..store import Store
from ..tally import WorksheetTally, count_tallies
from ..text import clean_line
from ..views import WorksheetItemView, snapshot
from ..vocab import WORKSHEET_KEYS, ChallengeState, Party, WorkKind
from . import rows
from .validate import (
    boolean,
    choice,
    one_of,
    optional_date,
    optional_line,
    optional_text,
    required_line,
    whole_number,
    with_required,
)

ITEM_FIELDS = {
    "worksheet": one_of(WORKSHEET_KEYS, "het werkblad"),
    "section": required_line("het onderdeel", 40),
    "party": choice(Party, "de partij", optional=True),
    "title": required_line("de titel", 300),
    "text": optional_text("de toelichting"),
    "state": optional_line("de stand van zaken", 40),
    "shared": boolean,
    "on_date": optional_date("de datum"),
    "position": whole_number("de positie", 0, 100_000),
    "kind": lambda value: choice(WorkKind, "de soort (orgaan of rol)", optional=True)(value) or "",
    "decides": optional_line("wat het orgaan beslist of wat de rol doet", 1000),
    "body": optional_line("het orgaan", 200),
    "term": optional_line("de termijn", 100),
}

TITLE_LABELS = {
    "werkstructuur": "de naam van het orgaan of de rol",
    "besluitvorming": "waarover het besluit gaat",
}
"""What the title of a work-structure line is called in a message."""


def _spec(section: str) -> dict[str, Any]:
    spec = dict(ITEM_FIELDS)
    spec["title"] = required_line(TITLE_LABELS.get(section, "de titel"), 300)
    return spec


@service
def set_challenge_state(
    store: Store, trajectory_id: str, challenge_key: str, state: str
) -> Changes:
    """Whether a challenge plays here: speelt, nog niet, niet van toepassing."""
    state = choice(ChallengeState, "de stand van de uitdaging")(state)
    with store.transaction() as session:
        rows.get_row(session, Trajectory, trajectory_id)
        row = session.scalars(
            select(ChallengeStatus).where(
                ChallengeStatus.trajectory_id == trajectory_id,
                ChallengeStatus.challenge_key == challenge_key,
            )
        ).first()
        if row is None:
            row = ChallengeStatus(trajectory_id=trajectory_id, challenge_key=challenge_key)
            session.add(row)
        row.state = state
        session.flush()
        return Changes("challenge_states", (row.id,), trajectory_id)


def challenge_states(store: Store, trajectory_id: str) -> dict[str, str]:
    query = select(ChallengeStatus).where(
        ChallengeStatus.trajectory_id == trajectory_id, ChallengeStatus.deleted_at.is_(None)
    )
    with store.transaction() as session:
        return {row.challenge_key: row.state for row in session.scalars(query)}


@service
def add_item(store: Store, trajectory_id: str, **fields: Any) -> Changes:
    section = clean_line(fields.get("section", ""))
    values = with_required(_spec(section), fields, "worksheet", "section", "title")
    with store.transaction() as session:
        rows.get_row(session, Trajectory, trajectory_id)
        item = WorksheetItem(trajectory_id=trajectory_id, **values)
        session.add(item)
        session.flush()
        return Changes("worksheet_items", (item.id,), trajectory_id)


@service
def update_item(store: Store, item_id: str, **fields: Any) -> Changes:
    spec = ITEM_FIELDS
    if "title" in fields:
        with store.transaction() as session:
            spec = _spec(rows.get_row(session, WorksheetItem, item_id).section)
    return rows.update_row(store, WorksheetItem, item_id, spec, fields)


@service
def delete_item(store: Store, item_id: str) -> Changes:
    return rows.soft_delete(store, WorksheetItem, item_id)


@service
def restore_item(store: Store, item_id: str) -> Changes:
    return rows.restore(store, WorksheetItem, item_id)


def list_items(
    store: Store, trajectory_id: str, worksheet: str | None = None
) -> list[WorksheetItemView]:
    query = select(WorksheetItem).where(
        WorksheetItem.trajectory_id == trajectory_id, WorksheetItem.deleted_at.is_(None)
    )
    if worksheet is not None:
        query = query.where(WorksheetItem.worksheet == worksheet)
    order = (WorksheetItem.section, WorksheetItem.position, WorksheetItem.created_at)
    with store.transaction() as session:
        return [snapshot(row) for row in session.scalars(query.order_by(*order))]


def worksheet_tallies(store: Store, trajectory_id: str) -> dict[str, WorksheetTally]:
    """Per worksheet key: entries, agreements and agreements both parties agreed to."""
    entries = (
        select(Entry.worksheet, func.count())
        .where(
            Entry.trajectory_id == trajectory_id,
            Entry.deleted_at.is_(None),
            Entry.worksheet.is_not(None),
        )
        .group_by(Entry.worksheet)
    )
    agreements = (
        select(Agreement.worksheet, Agreement.status, func.count())
        .where(Agreement.trajectory_id == trajectory_id, Agreement.deleted_at.is_(None))
        .group_by(Agreement.worksheet, Agreement.status)
    )
    with store.transaction() as session:
        return count_tallies(session.execute(entries), session.execute(agreements))


@service
def clear_challenge_state(store: Store, trajectory_id: str, challenge_key: str) -> Changes:
    """Forget whether a challenge plays here: back to "not decided yet" (the undo of a first
    answer). The answer is a setting, not a record, so it is removed rather than marked."""
    with store.transaction() as session:
        found = list(
            session.scalars(
                select(ChallengeStatus).where(
                    ChallengeStatus.trajectory_id == trajectory_id,
                    ChallengeStatus.challenge_key == challenge_key,
                )
            )
        )
        for row in found:
            session.delete(row)
        return Changes("challenge_states", tuple(row.id for row in found), trajectory_id)
