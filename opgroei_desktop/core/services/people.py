"""People in a trajectory, by party; they leave on a date rather than being deleted."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from sqlalchemy import select, update

from .. import forget
from ..changes import Changes, active_log, service
from ..errors import InvalidInput
from ..models import Attendance, Person, Trajectory
from ..store import Store
from ..text import clean_line
from ..views import PersonView, snapshot
from ..vocab import Party
from . import rows
from .validate import (
    boolean,
    choice,
    optional_date,
    optional_line,
    parse_date,
    required_line,
    with_required,
)

_EMAIL = re.compile(r"[^@\s<>,;\"]+@[^@\s<>,;\"]+\.[^@\s<>,;\"]+")


def optional_email(value: Any) -> str:
    """An e-mail address, or "" for none; the app only ever writes it into a draft e-mail."""
    text = clean_line(value)
    if text and (len(text) > 300 or not _EMAIL.fullmatch(text)):
        raise InvalidInput(
            f"'{text[:60]}' is geen e-mailadres. Schrijf het als naam@voorbeeld.nl, "
            "of laat het leeg."
        )
    return text


PERSON_FIELDS = {
    "name": required_line("de naam"),
    "party": choice(Party, "de partij"),
    "function": optional_line("de functie"),
    "organisation": optional_line("de organisatie of afdeling"),
    "speaks_for": optional_line("namens wie iemand spreekt", 300),
    "mandate_basis": optional_line("de grondslag van de bevoegdheid om te tekenen", 300),
    "consent_named": boolean,
    "email": optional_email,
    "left_on": optional_date("de datum van vertrek"),
}

FORGOTTEN_NAME = forget.REMOVED


@service
def add_person(store: Store, trajectory_id: str, **fields: Any) -> Changes:
    values = with_required(PERSON_FIELDS, fields, "name", "party")
    with store.transaction() as session:
        rows.get_row(session, Trajectory, trajectory_id)
        person = Person(trajectory_id=trajectory_id, **values)
        session.add(person)
        session.flush()
        return Changes("people", (person.id,), trajectory_id)


@service
def update_person(store: Store, person_id: str, **fields: Any) -> Changes:
    return rows.update_row(store, Person, person_id, PERSON_FIELDS, fields)


@service
def mark_left(store: Store, person_id: str, left_on: date | str | None) -> Changes:
    """Someone left the process: they stay in the history, marked as gone from that date."""
    return rows.update_row(
        store, Person, person_id, PERSON_FIELDS, {"left_on": parse_date(left_on, "vertrek")}
    )


@service
def forget_person(store: Store, person_id: str) -> Changes:
    """The privacy act: the person's name goes out of every text in the database (adopted
    minutes keep "(naam verwijderd)" in its place), out of the search index, and out of the
    file's free pages and write-ahead log. Their entries keep the party.

    Backups made earlier and documents already sent still hold the name: the app says so, and
    ``forget_in_backups`` scrubs the backups in the data folder.
    """
    with store.transaction() as session:
        person = rows.get_row(session, Person, person_id, deleted=True)
        name, trajectory_id = person.name, person.trajectory_id
        person.name = FORGOTTEN_NAME
        person.function = ""
        person.organisation = ""
        person.speaks_for = ""
        person.mandate_basis = ""
        person.email = ""
        person.consent_named = False
        person.forgotten = True
        session.flush()
        connection = session.connection()
        # Statements past the ORM: what adopted minutes record changes here, and only here,
        # because privacy law outranks the record.
        cleared = connection.execute(
            update(Attendance)
            .where(Attendance.person_id == person_id, Attendance.speaks_for_today != "")
            .values(speaks_for_today="")
        ).rowcount
        written = forget.scrub_name(connection, name) | ({"attendance"} if cleared else set())
        log = active_log()
        if log is not None:
            log.add_kinds(written)
    store.compact()
    return Changes("people", (person_id,), trajectory_id)


def forget_in_backups(store: Store, name: str) -> int:
    """Scrub ``name`` from every backup in the data folder; returns how many held it."""
    return sum(forget.forget_in_file(path, name) for path in store.backup_files())


@service
def delete_person(store: Store, person_id: str) -> Changes:
    return rows.soft_delete(store, Person, person_id)


@service
def restore_person(store: Store, person_id: str) -> Changes:
    return rows.restore(store, Person, person_id)


def get_person(store: Store, person_id: str) -> PersonView:
    with store.transaction() as session:
        return snapshot(rows.get_row(session, Person, person_id, deleted=True))


def list_people(store: Store, trajectory_id: str, *, include_left: bool = True) -> list[PersonView]:
    """People of a trajectory, ordered by party then name."""
    query = select(Person).where(Person.trajectory_id == trajectory_id, Person.deleted_at.is_(None))
    if not include_left:
        query = query.where(Person.left_on.is_(None))
    order = {party.value: index for index, party in enumerate(Party)}
    with store.transaction() as session:
        found = [snapshot(row) for row in session.scalars(query)]
    return sorted(found, key=lambda p: (order.get(p.party, 9), p.name.casefold()))
