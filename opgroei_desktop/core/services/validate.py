"""Turning user input into storable values, or a plain Dutch message saying why not."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from ..errors import InvalidInput
from ..text import NAME_MAX, TEXT_MAX, clean_line, clean_text

Validator = Callable[[Any], Any]

_DUTCH_DATE = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


def required_line(label: str, max_length: int = NAME_MAX) -> Validator:
    """A non-empty single line, such as a name or a title."""

    def check(value: Any) -> str:
        text = clean_line(value)
        if not text:
            raise InvalidInput(f"Vul {label} in; dit veld mag niet leeg zijn.")
        if len(text) > max_length:
            raise InvalidInput(f"{label.capitalize()} is te lang: ten hoogste {max_length} tekens.")
        return text

    return check


def optional_line(label: str, max_length: int = NAME_MAX) -> Validator:
    def check(value: Any) -> str:
        text = clean_line(value)
        if len(text) > max_length:
            raise InvalidInput(f"{label.capitalize()} is te lang: ten hoogste {max_length} tekens.")
        return text

    return check


def required_text(label: str) -> Validator:
    def check(value: Any) -> str:
        text = optional_text(label)(value)
        if not text.strip():
            raise InvalidInput(f"Vul {label} in; dit veld mag niet leeg zijn.")
        return text

    return check


def optional_text(label: str) -> Validator:
    def check(value: Any) -> str:
        text = clean_text(value).strip("\n")
        if len(text) > TEXT_MAX:
            raise InvalidInput(f"{label.capitalize()} is te lang: ten hoogste twee miljoen tekens.")
        return text

    return check


def parse_date(value: Any, label: str = "de datum") -> date | None:
    """A date from a ``date``, ``dd-mm-jjjj`` or ``jjjj-mm-dd``; empty means no date."""
    if value is None or isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, datetime):
        return value.date()
    text = clean_line(value)
    if not text:
        return None
    match = _DUTCH_DATE.match(text)
    parts: tuple[str, ...] | None = (
        (match.group(3), match.group(2), match.group(1)) if match else None
    )
    if parts is None and (iso := _ISO_DATE.match(text)):
        parts = iso.groups()
    if parts is not None:
        try:
            return date(int(parts[0]), int(parts[1]), int(parts[2]))
        except ValueError:
            pass
    raise InvalidInput(
        f"'{text[:40]}' is geen geldige datum voor {label}. Schrijf de datum als dd-mm-jjjj."
    )


def optional_date(label: str) -> Validator:
    return lambda value: parse_date(value, label)


def parse_datetime(value: Any, label: str = "het tijdstip") -> datetime | None:
    """A local wall-clock time from a ``datetime`` or ``dd-mm-jjjj uu:mm``."""
    if value is None or isinstance(value, datetime):
        return value.replace(tzinfo=None, second=0, microsecond=0) if value else None
    text = clean_line(value)
    if not text:
        return None
    day_part, _, time_part = text.partition(" ")
    day = parse_date(day_part, label)
    match = re.match(r"^(\d{1,2})[:.](\d{2})$", time_part or "00:00")
    if day is None or not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        raise InvalidInput(
            f"'{text[:40]}' is geen geldig tijdstip voor {label}. Schrijf dd-mm-jjjj uu:mm."
        )
    return datetime(day.year, day.month, day.day, int(match.group(1)), int(match.group(2)))


def optional_datetime(label: str) -> Validator:
    return lambda value: parse_datetime(value, label)


def choice(enum: type[StrEnum], label: str, optional: bool = False) -> Validator:
    """One of an enum's codes."""

    def check(value: Any) -> str | None:
        if value is None or value == "":
            if optional:
                return None
            raise InvalidInput(f"Kies {label}.")
        try:
            return enum(value).value
        except ValueError:
            raise InvalidInput(
                f"'{clean_line(value)[:40]}' is geen geldige keuze voor {label}."
            ) from None

    return check


def one_of(options: tuple[str, ...], label: str, optional: bool = False) -> Validator:
    def check(value: Any) -> str | None:
        if value is None or value == "":
            if optional:
                return None
            raise InvalidInput(f"Kies {label}.")
        if value not in options:
            raise InvalidInput(f"'{clean_line(value)[:40]}' is geen geldige keuze voor {label}.")
        return value

    return check


def boolean(value: Any) -> bool:
    return bool(value)


def whole_number(label: str, low: int, high: int) -> Validator:
    def check(value: Any) -> int:
        try:
            number = int(value)
        except (TypeError, ValueError):
            raise InvalidInput(f"{label.capitalize()} moet een heel getal zijn.") from None
        if not low <= number <= high:
            raise InvalidInput(f"{label.capitalize()} moet tussen {low} en {high} liggen.")
        return number

    return check


def optional_id(value: Any) -> str | None:
    return str(value) if value else None


def validate_fields(spec: dict[str, Validator], fields: dict[str, Any]) -> dict[str, Any]:
    """Check every given field against ``spec``; unknown fields are a programming error."""
    unknown = set(fields) - set(spec)
    if unknown:
        raise TypeError(f"unknown fields: {sorted(unknown)}")
    return {name: spec[name](value) for name, value in fields.items()}


def with_required(
    spec: dict[str, Validator], fields: dict[str, Any], *required: str
) -> dict[str, Any]:
    """``validate_fields``, where a missing required field gets the same message as an empty one."""
    values = validate_fields(spec, fields)
    for name in required:
        if name not in values:
            values[name] = spec[name]("")
    return values
