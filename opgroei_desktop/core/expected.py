"""Edits made on what was read: a row someone else changed since is refused, theirs shown.

An editor (a form that saves as you type, an undo step) knows the ``row_version`` it read and
the values it read of the fields it is about to write. ``expecting`` hands that to the store;
at flush, a write to such a row that someone else has changed since is refused with
``StaleEdit``, whose message shows what is stored now. A change to *other* fields of the row
(a colleague renamed the meeting while I typed its location) does not count: only those fields
are written, so nothing of theirs is lost. One check for every service, so no field is
forgotten.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from .errors import StaleEdit

BOOKKEEPING = frozenset({"updated_at", "row_version"})

_NAMES = {
    # The Dutch name with its demonstrative: "het traject" takes "dit", "de afspraak" "deze".
    "Trajectory": "dit traject",
    "Person": "deze persoon",
    "Meeting": "deze bijeenkomst",
    "AgendaItem": "dit agendapunt",
    "ScriptStep": "deze stap",
    "Entry": "deze notitie",
    "Agreement": "deze afspraak",
    "Action": "deze actie",
    "Milestone": "deze piketpaal",
    "WorksheetItem": "dit onderdeel van het werkblad",
    "Assessment": "deze meting",
    "Scenario": "dit scenario",
    "AssumptionCard": "deze kaart",
}


@dataclass(frozen=True)
class Expectation:
    """What an editor read of one row: its version and the fields it is about to write."""

    version: int
    read: Mapping[str, Any] = field(default_factory=dict)


_expected: ContextVar[Mapping[str, Expectation] | None] = ContextVar(
    "opgroei_expected", default=None
)


@contextmanager
def expecting(rows: Mapping[str, Expectation]) -> Iterator[None]:
    """Within this block, writes to the rows named in ``rows`` (by id) are checked."""
    token = _expected.set(rows)
    try:
        yield
    finally:
        _expected.reset(token)


def refuse_stale(session: Session, _context: object, _instances: object) -> None:
    """``before_flush``: refuse a write to a row changed by someone else since it was read."""
    expected = _expected.get()
    if not expected:
        return
    for row in session.dirty:
        expectation = expected.get(getattr(row, "id", None))  # type: ignore[arg-type]
        if expectation is None or getattr(row, "row_version", None) == expectation.version:
            continue
        newer = _overwritten(row, expectation.read)
        if newer:
            raise stale_edit(row, newer)


def _overwritten(row: object, read: Mapping[str, Any]) -> dict[str, Any]:
    """The fields this write changes whose stored value is no longer what the editor read,
    with the stored value."""
    state = inspect(row)
    found: dict[str, Any] = {}
    for attr in state.attrs:
        if attr.key in BOOKKEEPING:
            continue
        history = attr.history
        if not history.has_changes():
            continue
        stored = history.deleted[0] if history.deleted else None
        if attr.key not in read or comparable(read[attr.key]) != comparable(stored):
            found[attr.key] = stored
    return found


def comparable(value: Any) -> Any:
    """A value as the editor and the store can both hold it (a date typed as 07-03-2026,
    a text with spaces the store trims, an empty text or none)."""
    if isinstance(value, datetime):
        return value.strftime("%d-%m-%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    if isinstance(value, str):
        return " ".join(value.split()) or None
    return value


def shown(value: Any) -> str:
    """A stored value as the user reads it in the message."""
    if value is None or value == "":
        return "(leeg)"
    if isinstance(value, bool):
        return "aangevinkt" if value else "niet aangevinkt"
    if isinstance(value, datetime | date):
        return str(comparable(value))
    return str(value)


def stale_edit(row: object, newer: Mapping[str, Any]) -> StaleEdit:
    """The refusal for a write over ``newer`` (field: value stored now) in ``row``."""
    name = _NAMES.get(type(row).__name__, "dit gegeven")
    text = "\n".join(f"“{shown(value)}”" for value in newer.values())
    return StaleEdit(
        f"Iemand anders heeft {name} intussen veranderd. Nu staat er:\n\n{text}\n\n"
        "Uw wijziging is niet opgeslagen, zodat die van de ander niet verloren gaat. Wat u "
        "typte staat nog in het veld: neem over wat u wilt houden en pas het opnieuw aan.",
        newer="\n".join(shown(value) for value in newer.values()),
        values=dict(newer),
        version=getattr(row, "row_version", None),
    )
