"""A meeting's agenda and its script (draaiboek).

An agenda item is what the invitation, the walk-in screen and the minutes list; its script
steps are what the facilitator runs on the console, each with its own minutes, instructions
and room prompt. A step from the library keeps the library's text, so a step tailored for this
meeting can go back to it. The agenda's Changes say "agenda_items" for items and steps alike:
for every view the two are one plan.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import case, func, select, update

from ..changes import Changes, service
from ..errors import InvalidInput
from ..models import AgendaItem, Meeting, ScriptStep, utcnow
from ..record_guard import refuse_if_adopted
from ..store import Store
from ..views import ScriptStepView, snapshot
from ..vocab import WORKSHEET_KEYS
from . import rows
from .validate import (
    one_of,
    optional_line,
    optional_text,
    required_line,
    whole_number,
    with_required,
)

KIND = "agenda_items"

ITEM_FIELDS = {
    "title": required_line("de titel van het agendapunt", 300),
    "format_key": optional_line("de werkvorm", 100),
    "account": optional_text("het verslag van dit agendapunt"),
}

STEP_FIELDS = {
    "title": required_line("de titel van de stap", 300),
    "minutes": whole_number("het aantal minuten", 0, 600),
    "instructions": optional_text("de aanwijzingen"),
    "prompt": optional_text("de vraag voor de zaal"),
    "materials": optional_text("het materiaal"),
    "worksheet": one_of(WORKSHEET_KEYS, "het werkblad", optional=True),
    "section": optional_line("het onderdeel", 40),
    "exercise": optional_line("de oefening", 40),
    "format_key": optional_line("de werkvorm", 100),
    "step_key": optional_line("de stap", 100),
    "library_instructions": optional_text("de aanwijzingen uit de bibliotheek"),
    "library_prompt": optional_text("de vraag uit de bibliotheek"),
}


@dataclass(frozen=True)
class AgendaItemPlan:
    """An agenda item with its script steps in order; ``minutes`` is theirs together."""

    id: str
    meeting_id: str
    position: int
    title: str
    format_key: str | None
    steps: tuple[Any, ...]
    row_version: int
    account: str = ""
    """The secretary's account of the item, written after the meeting ("" while none)."""

    @property
    def minutes(self) -> int:
        """The planned length of the item: the minutes of its steps."""
        return sum(step.minutes for step in self.steps)

    @property
    def spent_seconds(self) -> int:
        """Time actually spent on the item's steps."""
        return sum(step.spent_seconds for step in self.steps)


@service
def add_agenda_item(
    store: Store,
    meeting_id: str,
    *,
    position: int | None = None,
    steps: Sequence[Mapping[str, Any]] | None = None,
    **fields: Any,
) -> Changes:
    """An agenda item at ``position`` (default: last) with its script steps.

    With ``steps`` the fields are the item's own (title, format_key) and each step is a mapping
    of step fields. Without, the item gets one step made of the same fields (an own item, or a
    single library step), titled like the item.
    """
    if steps is None:
        step_values = [_step_values(fields)]
        item_values = with_required(
            ITEM_FIELDS, {k: fields[k] for k in ITEM_FIELDS if k in fields}, "title"
        )
    else:
        item_values = with_required(ITEM_FIELDS, fields, "title")
        step_values = [_step_values(step) for step in steps]
    with store.transaction() as session:
        meeting = rows.get_row(session, Meeting, meeting_id)
        items = _item_rows(session, meeting_id)
        index = len(items) if position is None else max(0, min(position, len(items)))
        item = AgendaItem(meeting_id=meeting_id, **item_values)
        session.add(item)
        items.insert(index, item)
        _renumber(items)
        session.flush()
        for number, values in enumerate(step_values):
            session.add(ScriptStep(agenda_item_id=item.id, position=number, **values))
        session.flush()
        return Changes(KIND, (item.id,), meeting.trajectory_id)


@service
def update_agenda_item(store: Store, item_id: str, **fields: Any) -> Changes:
    """Rename an agenda item (what the room and the minutes see), or write its account for
    the minutes."""
    return _changed(rows.update_row(store, AgendaItem, item_id, ITEM_FIELDS, fields))


@service
def move_agenda_item(store: Store, item_id: str, position: int) -> Changes:
    """Put an agenda item at ``position``; the others close up around it."""
    with store.transaction() as session:
        item = rows.get_row(session, AgendaItem, item_id)
        items = [row for row in _item_rows(session, item.meeting_id) if row.id != item_id]
        items.insert(max(0, min(position, len(items))), item)
        _renumber(items)
        meeting = session.get(Meeting, item.meeting_id)
        return Changes(KIND, (item_id,), meeting.trajectory_id if meeting else None)


@service
def remove_agenda_item(store: Store, item_id: str) -> Changes:
    """Take an item (with its steps) off the agenda; ``restore_agenda_item`` undoes it."""
    return _changed(rows.soft_delete(store, AgendaItem, item_id))


@service
def restore_agenda_item(store: Store, item_id: str) -> Changes:
    return _changed(rows.restore(store, AgendaItem, item_id))


@service
def split_agenda_item(store: Store, step_id: str, *, into: str | None = None) -> Changes:
    """Move a step and the steps after it out of their agenda item, into a new item right
    after it named like the step; or, with ``into``, back into that removed item (the undo of
    ``merge_with_next``). The first step of an item cannot be split off."""
    with store.transaction() as session:
        step = rows.get_row(session, ScriptStep, step_id)
        item = rows.get_row(session, AgendaItem, step.agenda_item_id)
        steps = _step_rows(session, item.id)
        index = steps.index(step)
        if index == 0:
            raise InvalidInput(
                "Dit is de eerste stap van het agendapunt; er valt niets af te splitsen."
            )
        if into is None:
            target = AgendaItem(
                meeting_id=item.meeting_id, title=step.title, format_key=item.format_key
            )
            session.add(target)
        else:
            target = rows.get_row(session, AgendaItem, into, deleted=True)
            target.deleted_at = None
        items = [row for row in _item_rows(session, item.meeting_id) if row is not target]
        items.insert(items.index(item) + 1, target)
        _renumber(items)
        session.flush()
        moved = steps[index:]
        for row in moved:
            row.agenda_item_id = target.id
        _renumber(moved)
        return Changes(KIND, (target.id, item.id), _trajectory(session, item.meeting_id))


@service
def merge_with_next(store: Store, item_id: str) -> Changes:
    """Join the next agenda item's steps onto this one; the next item goes (softly).

    ``ids`` are this item, the removed item and the first step that moved, so that
    ``split_agenda_item(step, into=removed)`` undoes it exactly.
    """
    with store.transaction() as session:
        item = rows.get_row(session, AgendaItem, item_id)
        items = _item_rows(session, item.meeting_id)
        position = items.index(item)
        if position + 1 >= len(items):
            raise InvalidInput(
                "Dit is het laatste agendapunt; er is geen volgend punt om mee samen te voegen."
            )
        following = items[position + 1]
        steps = _step_rows(session, item.id)
        moved = _step_rows(session, following.id)
        for row in moved:
            row.agenda_item_id = item.id
        _renumber(steps + moved)
        following.deleted_at = utcnow()
        _renumber([row for row in items if row is not following])
        first = moved[0].id if moved else ""
        return Changes(KIND, (item.id, following.id, first), _trajectory(session, item.meeting_id))


@service
def add_script_step(
    store: Store, item_id: str, *, position: int | None = None, **fields: Any
) -> Changes:
    """A script step under an agenda item, at ``position`` among its steps (default: last)."""
    values = _step_values(fields)
    with store.transaction() as session:
        item = rows.get_row(session, AgendaItem, item_id)
        steps = _step_rows(session, item_id)
        index = len(steps) if position is None else max(0, min(position, len(steps)))
        step = ScriptStep(agenda_item_id=item_id, **values)
        session.add(step)
        steps.insert(index, step)
        _renumber(steps)
        session.flush()
        return Changes(KIND, (step.id,), _trajectory(session, item.meeting_id))


@service
def update_script_step(store: Store, step_id: str, **fields: Any) -> Changes:
    """Tailor a step for this meeting: title, minutes, instructions, prompt, materials."""
    return _changed(rows.update_row(store, ScriptStep, step_id, STEP_FIELDS, fields))


@service
def restore_library_text(store: Store, step_id: str) -> Changes:
    """Put the library's instructions and prompt back on a tailored step."""
    with store.transaction() as session:
        step = rows.get_row(session, ScriptStep, step_id)
        if not step.format_key:
            raise InvalidInput(
                "Deze stap komt niet uit de bibliotheek; er is geen tekst om naar terug te gaan."
            )
        step.instructions = step.library_instructions
        step.prompt = step.library_prompt
        item = session.get(AgendaItem, step.agenda_item_id)
        return Changes(KIND, (step_id,), _trajectory(session, item.meeting_id) if item else None)


@service
def move_script_step(store: Store, step_id: str, position: int) -> Changes:
    """Put a step at ``position`` among the steps of its agenda item."""
    with store.transaction() as session:
        step = rows.get_row(session, ScriptStep, step_id)
        steps = [row for row in _step_rows(session, step.agenda_item_id) if row.id != step_id]
        steps.insert(max(0, min(position, len(steps))), step)
        _renumber(steps)
        item = session.get(AgendaItem, step.agenda_item_id)
        return Changes(KIND, (step_id,), _trajectory(session, item.meeting_id) if item else None)


@service
def remove_script_step(store: Store, step_id: str) -> Changes:
    """Take a step out of the script; ``restore_script_step`` undoes it."""
    return _changed(rows.soft_delete(store, ScriptStep, step_id))


@service
def restore_script_step(store: Store, step_id: str) -> Changes:
    return _changed(rows.restore(store, ScriptStep, step_id))


def list_agenda(store: Store, meeting_id: str) -> list[AgendaItemPlan]:
    """The agenda items of a meeting in order, each with its script steps."""
    with store.transaction() as session:
        return [
            AgendaItemPlan(
                id=item.id,
                meeting_id=item.meeting_id,
                position=item.position,
                title=item.title,
                format_key=item.format_key,
                steps=tuple(snapshot(step) for step in _step_rows(session, item.id)),
                row_version=item.row_version,
                account=item.account or "",
            )
            for item in _item_rows(session, meeting_id)
        ]


def list_script(store: Store, meeting_id: str) -> list[ScriptStepView]:
    """Every script step of a meeting in the order the console runs them."""
    return [step for item in list_agenda(store, meeting_id) for step in item.steps]


@service
def add_spent_time(store: Store, step_id: str, seconds: int) -> Changes:
    """Record time actually spent on a script step (called as the timer runs, every second).

    The clock is not an edit of the step: it is written past the row's version counter, so
    that a change to the step's text read before this save (by the main window, or a
    colleague on a team database) is not refused as if someone had changed the step.
    """
    seconds = int(seconds)
    with store.transaction() as session:
        step = rows.get_row(session, ScriptStep, step_id)
        item = session.get(AgendaItem, step.agenda_item_id)
        refuse_if_adopted(session, {item.meeting_id} if item is not None else set())
        spent = ScriptStep.spent_seconds + seconds
        session.execute(
            update(ScriptStep)
            .where(ScriptStep.id == step_id)
            .values(spent_seconds=case((spent < 0, 0), else_=spent))
            .execution_options(synchronize_session=False)
        )
        # A bulk statement names its table only; name the step as a flush would.
        return Changes(KIND, (step_id,), None, written={"script_steps": frozenset({step_id})})


@service
def set_extra_time(store: Store, step_id: str, seconds: int) -> Changes:
    """The time given to (or, negative, taken from) a script step during the meeting, so that
    a resumed meeting keeps its timer; never more taken than the step's own minutes."""
    seconds = whole_number("de extra tijd", -36_000, 36_000)(seconds)
    with store.transaction() as session:
        step = rows.get_row(session, ScriptStep, step_id)
        step.extra_seconds = max(seconds, -step.minutes * 60)
        return Changes(KIND, (step_id,), None)


def total_minutes(store: Store, meeting_id: str) -> int:
    """The planned length of a meeting: the minutes of every step on its agenda."""
    with store.transaction() as session:
        return session.execute(
            select(func.coalesce(func.sum(ScriptStep.minutes), 0))
            .join(AgendaItem, AgendaItem.id == ScriptStep.agenda_item_id)
            .where(
                AgendaItem.meeting_id == meeting_id,
                AgendaItem.deleted_at.is_(None),
                ScriptStep.deleted_at.is_(None),
            )
        ).scalar_one()


def first_step_id(session: Any, meeting_id: str) -> str | None:
    """The id of the step a meeting starts with, or None for an empty script."""
    for item in _item_rows(session, meeting_id):
        steps = _step_rows(session, item.id)
        if steps:
            return steps[0].id
    return None


def step_in_meeting(session: Any, step_id: str, meeting_id: str) -> bool:
    """Whether a live step belongs to a live agenda item of this meeting."""
    step = session.get(ScriptStep, step_id)
    if step is None or step.deleted_at is not None:
        return False
    item = session.get(AgendaItem, step.agenda_item_id)
    return item is not None and item.deleted_at is None and item.meeting_id == meeting_id


def _step_values(fields: Mapping[str, Any]) -> dict[str, Any]:
    values = with_required(STEP_FIELDS, dict(fields), "title")
    # A library step remembers its text, so tailoring it can be undone later.
    if values.get("format_key"):
        values.setdefault("library_instructions", values.get("instructions", ""))
        values.setdefault("library_prompt", values.get("prompt", ""))
    return values


def _changed(changes: Changes) -> Changes:
    return Changes(KIND, changes.ids, changes.trajectory_id)


def _trajectory(session: Any, meeting_id: str) -> str | None:
    meeting = session.get(Meeting, meeting_id)
    return meeting.trajectory_id if meeting else None


def _item_rows(session: Any, meeting_id: str) -> list[AgendaItem]:
    return list(
        session.scalars(
            select(AgendaItem)
            .where(AgendaItem.meeting_id == meeting_id, AgendaItem.deleted_at.is_(None))
            .order_by(AgendaItem.position)
        )
    )


def _step_rows(session: Any, item_id: str) -> list[ScriptStep]:
    return list(
        session.scalars(
            select(ScriptStep)
            .where(ScriptStep.agenda_item_id == item_id, ScriptStep.deleted_at.is_(None))
            .order_by(ScriptStep.position)
        )
    )


def _renumber(rows_in_order: Sequence[AgendaItem | ScriptStep]) -> None:
    for index, row in enumerate(rows_in_order):
        row.position = index
