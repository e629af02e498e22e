"""Column values as JSON and back, decided by the column's type.

Rows in an archive, in a snapshot and in a merge plan are all held in this JSON form, so two
values are equal exactly when their JSON is; only writing to the database decodes them.
"""

from __future__ import annotations

import base64
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Column, Date, DateTime, Float, Integer, LargeBinary, String

from ..models import UTCDateTime

MAX_TEXT_CHARS = 2_000_000
"""The longest free text a field may hold in an archive (an adopted record may be long)."""


class BadValue(ValueError):
    """A value that does not fit its column; the message names what was expected, in Dutch."""


def encode(column: Column, value: Any) -> Any:
    """``value`` as read from the database, in JSON form."""
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, UTCDateTime):
        return value.astimezone(UTC).isoformat()
    if isinstance(kind, DateTime | Date):
        return value.isoformat()
    if isinstance(kind, LargeBinary):
        return base64.b64encode(value).decode("ascii")
    return value


def decode(column: Column, value: Any) -> Any:
    """A JSON value checked against ``column`` and turned into what the database takes."""
    if value is None:
        if not column.nullable:
            raise BadValue("een waarde is verplicht")
        return None
    kind = column.type
    if isinstance(kind, UTCDateTime):
        moment = _moment(value)
        if moment.tzinfo is None:
            raise BadValue("een tijdstip zonder tijdzone")
        return moment
    if isinstance(kind, DateTime):
        return _moment(value)
    if isinstance(kind, Date):
        if not isinstance(value, str):
            raise BadValue("een datum")
        try:
            return date.fromisoformat(value)
        except ValueError as error:
            raise BadValue("een geldige datum") from error
    if isinstance(kind, Boolean):
        if not isinstance(value, bool):
            raise BadValue("ja of nee")
        return value
    if isinstance(kind, Integer):
        if isinstance(value, bool) or not isinstance(value, int) or abs(value) > 2**62:
            raise BadValue("een geheel getal")
        return value
    if isinstance(kind, String):
        return _text(kind, value)
    if isinstance(kind, LargeBinary):
        if not isinstance(value, str) or len(value) > MAX_TEXT_CHARS:
            raise BadValue("binaire gegevens")
        return base64.b64decode(value, validate=True)
    if isinstance(kind, JSON):
        return value
    if isinstance(kind, Float):
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise BadValue("een getal")
        return float(value)
    raise BadValue(f"een waarde van een soort die deze versie niet kent ({kind})")


def _text(kind: String, value: Any) -> str:
    if not isinstance(value, str):
        raise BadValue("tekst")
    limit = kind.length or MAX_TEXT_CHARS
    if len(value) > limit:
        raise BadValue(f"tekst van ten hoogste {limit} tekens (hier {len(value)})")
    return value


def _moment(value: Any) -> datetime:
    if not isinstance(value, str):
        raise BadValue("een tijdstip")
    try:
        return datetime.fromisoformat(value)
    except ValueError as error:
        raise BadValue("een geldig tijdstip") from error
