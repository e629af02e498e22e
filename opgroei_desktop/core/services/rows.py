"""What every service does with rows: find, change, soft-delete, restore."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy.orm import Session

from ..changes import Changes, service
from ..errors import NotFound
from ..expected import stale_edit
from ..models import Base, utcnow
from ..store import Store
from .validate import Validator, validate_fields

M = TypeVar("M", bound=Base)

_NAMES = {
    # The Dutch name with its demonstrative: "het traject" takes "dit", "de afspraak" "deze".
    "Trajectory": "Dit traject",
    "Person": "Deze persoon",
    "Meeting": "Deze bijeenkomst",
    "AgendaItem": "Dit agendapunt",
    "Entry": "Deze notitie",
    "Agreement": "Deze afspraak",
    "Action": "Deze actie",
    "Milestone": "Deze piketpaal",
}


def get_row(session: Session, model: type[M], row_id: str, *, deleted: bool = False) -> M:
    """The row with ``row_id``; a soft-deleted row only when ``deleted`` allows it."""
    row = session.get(model, row_id)
    if row is None or (row.deleted_at is not None and not deleted):  # type: ignore[attr-defined]
        name = _NAMES.get(model.__name__, "Dit gegeven")
        raise NotFound(f"{name} bestaat niet (meer). Misschien is het net verwijderd.")
    return row


def check_version(
    row: Base, read_version: int | None, newer_text: str, field: str = "text"
) -> None:
    """Refuse an edit made on ``read_version`` of ``row`` when someone has changed it since.

    ``newer_text`` is the row's ``field`` as it is now, shown so the user can take it into
    account (the same refusal as every other stale edit, ``core.expected``).
    """
    if read_version is None or row.row_version == read_version:  # type: ignore[attr-defined]
        return
    raise stale_edit(row, {field: newer_text})


def trajectory_of(row: Base) -> str | None:
    return getattr(row, "trajectory_id", None)


@service
def update_row(
    store: Store, model: type[M], row_id: str, spec: dict[str, Validator], fields: dict[str, Any]
) -> Changes:
    """Validate ``fields`` against ``spec`` and store them in one transaction."""
    values = validate_fields(spec, fields)
    with store.transaction() as session:
        row = get_row(session, model, row_id)
        for name, value in values.items():
            setattr(row, name, value)
        return Changes(model.__tablename__, (row_id,), trajectory_of(row))


@service
def soft_delete(store: Store, model: type[M], row_id: str) -> Changes:
    """Mark a row deleted; ``restore`` brings it back (undo)."""
    with store.transaction() as session:
        row = get_row(session, model, row_id)
        row.deleted_at = utcnow()  # type: ignore[attr-defined]
        return Changes(model.__tablename__, (row_id,), trajectory_of(row))


@service
def restore(store: Store, model: type[M], row_id: str) -> Changes:
    with store.transaction() as session:
        row = get_row(session, model, row_id, deleted=True)
        row.deleted_at = None  # type: ignore[attr-defined]
        return Changes(model.__tablename__, (row_id,), trajectory_of(row))
