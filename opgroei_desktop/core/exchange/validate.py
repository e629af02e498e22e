"""Checking every row of an archive against the models and the database, before any write.

Each row must name only known columns with values of the right type and length, use only
known codes (kinds, parties, states), belong to a trajectory in the file, point only at rows
of its own trajectory in the file, and not share its id with a row of another trajectory here.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from sqlalchemy.orm import Session

from .. import vocab
from .format import Archive, Rows
from .reader import ArchiveRefused
from .tables import owners, trajectory_column
from .values import BadValue, decode

CODES: dict[tuple[str, str], type[StrEnum] | tuple[str, ...]] = {
    ("people", "party"): vocab.Party,
    ("preconditions", "party"): vocab.Party,
    ("preconditions", "key"): vocab.PreconditionKey,
    ("meetings", "status"): vocab.MeetingStatus,
    ("attendance", "status"): vocab.AttendanceStatus,
    ("entries", "kind"): vocab.EntryKind,
    ("entries", "voice"): vocab.Voice,
    ("agreements", "status"): vocab.AgreementStatus,
    ("agreements", "outcome"): vocab.EvaluationOutcome,
    ("agreement_events", "status"): vocab.AgreementStatus,
    ("actions", "status"): vocab.ActionStatus,
    ("actions", "owner_party"): vocab.Party,
    ("milestones", "outcome"): vocab.MilestoneOutcome,
    ("challenge_states", "state"): vocab.ChallengeState,
    ("assessment_scores", "party"): vocab.Party,
    ("scenario_ratings", "party"): vocab.Party,
    ("assumption_cards", "author_party"): vocab.Party,
    ("meetings", "party"): vocab.Party,
}
"""Columns that hold a code from the vocabulary; any column named ``worksheet`` holds a
worksheet key."""

LABELS = {
    "trajectories": "de trajecten",
    "people": "de mensen",
    "meetings": "de bijeenkomsten",
    "agenda_items": "de agendapunten",
    "script_steps": "de stappen van het draaiboek",
    "entries": "de notities",
    "agreements": "de afspraken",
    "agreement_events": "de geschiedenis van de afspraken",
    "actions": "de acties",
    "milestones": "de piketpalen",
}

CHUNK = 500


def label(table: str) -> str:
    """How a table is named in a message."""
    return LABELS.get(table, f"de tabel {table}")


def validate_archive(session: Session, archive: Archive) -> dict[str, dict[str, str]]:
    """Refuse (``ArchiveRefused``) anything wrong; return each row's trajectory, per table."""
    tables = archive.tables
    listed = {info.id for info in archive.trajectories}
    if set(tables.get("trajectories", {})) != listed:
        raise ArchiveRefused(
            "De trajecten in het bestand komen niet overeen met de inhoudsopgave. "
            "Er is niets ingelezen."
        )
    owner_of: dict[str, dict[str, str]] = {}
    for name, owner in owners().items():
        rows = tables.get(name, {})
        mine: dict[str, str] = {}
        for row_id, row in rows.items():
            _check_row(name, row_id, row)
            if owner.link is None:
                mine[row_id] = row_id
                continue
            parent_id = row.get(owner.link.column.name)
            parent = (
                owner_of[owner.link.parent].get(parent_id) if isinstance(parent_id, str) else None
            )
            if parent is None:
                raise ArchiveRefused(
                    f"Een rij in {label(name)} ({row_id}) hoort bij geen traject in het "
                    "bestand. Er is niets ingelezen."
                )
            mine[row_id] = parent
        owner_of[name] = mine
    for name in owners():
        _check_references(name, tables.get(name, {}), owner_of)
    _check_clashes(session, owner_of)
    return owner_of


def _check_row(table: str, row_id: Any, row: Any) -> None:
    columns = owners()[table].table.columns
    if not isinstance(row, dict) or not isinstance(row_id, str) or row.get("id") != row_id:
        raise ArchiveRefused(
            f"Een rij in {label(table)} heeft geen geldige sleutel. Er is niets ingelezen."
        )
    if not 0 < len(row_id) <= 36:
        raise ArchiveRefused(
            f"Een sleutel in {label(table)} is te lang of leeg. Er is niets ingelezen."
        )
    unknown = set(row) - set(columns.keys())
    if unknown:
        raise ArchiveRefused(
            f"In {label(table)} staat een veld dat deze versie niet kent "
            f"({sorted(unknown)[0]}); het bestand is gemaakt met een nieuwere versie. "
            "Er is niets ingelezen."
        )
    for column in columns:
        if column.name not in row:
            if not column.nullable and column.default is None and column.server_default is None:
                raise ArchiveRefused(
                    f"In {label(table)} ontbreekt het verplichte veld {column.name} "
                    f"(rij {row_id}). Er is niets ingelezen."
                )
            continue
        value = row[column.name]
        try:
            decode(column, value)
        except BadValue as error:
            raise ArchiveRefused(
                f"In {label(table)} (rij {row_id}) heeft het veld {column.name} een ongeldige "
                f"waarde; verwacht werd {error}. Er is niets ingelezen."
            ) from error
        allowed = _codes(table, column.name)
        if value is not None and allowed is not None and value not in allowed:
            raise ArchiveRefused(
                f"In {label(table)} (rij {row_id}) staat een onbekende soort in het veld "
                f"{column.name}: {str(value)[:40]!r}. Er is niets ingelezen."
            )


def _codes(table: str, column: str) -> frozenset[str] | None:
    if column == "worksheet":
        return frozenset(vocab.WORKSHEET_KEYS)
    codes = CODES.get((table, column))
    return None if codes is None else frozenset(str(code) for code in codes)


def _check_references(name: str, rows: Rows, owner_of: dict[str, dict[str, str]]) -> None:
    table = owners()[name].table
    links = [
        (column.name, fk.column.table.name)
        for column in table.columns
        for fk in column.foreign_keys
        if fk.column.table.name in owner_of
    ]
    for row_id, row in rows.items():
        trajectory_id = owner_of[name][row_id]
        for column, target in links:
            value = row.get(column)
            if value is not None and owner_of[target].get(value) != trajectory_id:
                raise ArchiveRefused(
                    f"In {label(name)} (rij {row_id}) verwijst het veld {column} naar iets dat "
                    "niet in hetzelfde traject in het bestand staat. Er is niets ingelezen."
                )


def _check_clashes(session: Session, owner_of: dict[str, dict[str, str]]) -> None:
    for name, mine in owner_of.items():
        ids = list(mine)
        query = trajectory_column(name)
        id_column = owners()[name].table.c.id
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            for row_id, trajectory_id in session.execute(query.where(id_column.in_(chunk))):
                if trajectory_id != mine[row_id]:
                    raise ArchiveRefused(
                        f"Een rij in {label(name)} in dit bestand heeft dezelfde sleutel als een "
                        f"rij van een ander traject in uw gegevens ({row_id}). Het bestand past "
                        "daarom niet bij deze gegevens. Er is niets ingelezen."
                    )
