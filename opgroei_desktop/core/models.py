"""The stored entities: SQLAlchemy 2.x typed models.

Keys are UUID text so trajectories can move between laptops. Times are stored in UTC;
meeting start times are the local wall-clock time the facilitator typed. Codes (party, kind,
status) are plain strings from ``vocab`` so a PostgreSQL database works the same.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC moment; SQLite would otherwise drop the zone."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("UTCDateTime needs an aware datetime")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: object) -> datetime | None:
        return value.replace(tzinfo=UTC) if value is not None else None


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Record:
    """Columns every entity has: a UUID key, timestamps, a soft-delete mark and a version.

    The ORM raises ``row_version`` on every update and only writes a row still at the version it
    read, so two people editing one row cannot silently overwrite each other.
    """

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    row_version: Mapped[int] = mapped_column(Integer, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805
        return {"version_id_col": cls.__table__.c.row_version}  # type: ignore[attr-defined]


def _fk(target: str, nullable: bool = False) -> Mapped:
    ondelete = "SET NULL" if nullable else "CASCADE"
    return mapped_column(
        String(36), ForeignKey(target, ondelete=ondelete), nullable=nullable, index=True
    )


class Trajectory(Record, Base):
    __tablename__ = "trajectories"

    municipality: Mapped[str] = mapped_column(String(200))
    initiative: Mapped[str] = mapped_column(String(200))
    area: Mapped[str] = mapped_column(String(200), default="")
    project: Mapped[str] = mapped_column(String(300), default="")
    phase: Mapped[str] = mapped_column(String(100), default="")
    shared_name: Mapped[str] = mapped_column(String(200), default="")
    slogan: Mapped[str] = mapped_column(String(300), default="")
    shared_goal: Mapped[str] = mapped_column(Text, default="")
    facilitator: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class Precondition(Record, Base):
    __tablename__ = "preconditions"

    trajectory_id: Mapped[str] = _fk("trajectories.id")
    key: Mapped[str] = mapped_column(String(40))
    party: Mapped[str] = mapped_column(String(20))
    confirmed_on: Mapped[date | None] = mapped_column(Date, default=None)
    left_open: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")


class Person(Record, Base):
    __tablename__ = "people"

    trajectory_id: Mapped[str] = _fk("trajectories.id")
    name: Mapped[str] = mapped_column(String(200))
    party: Mapped[str] = mapped_column(String(20))
    function: Mapped[str] = mapped_column(String(200), default="")
    organisation: Mapped[str] = mapped_column(String(200), default="")
    speaks_for: Mapped[str] = mapped_column(String(300), default="")
    mandate_basis: Mapped[str] = mapped_column(String(300), default="", server_default="")
    """What empowers this person to sign for the party ("artikel 16 van de statuten")."""
    consent_named: Mapped[bool] = mapped_column(Boolean, default=True)
    email: Mapped[str] = mapped_column(String(300), default="")
    left_on: Mapped[date | None] = mapped_column(Date, default=None)
    forgotten: Mapped[bool] = mapped_column(Boolean, default=False)


class Meeting(Record, Base):
    """A session. ``party`` is None for both parties, or the one party it is held with."""

    __tablename__ = "meetings"

    trajectory_id: Mapped[str] = _fk("trajectories.id")
    title: Mapped[str] = mapped_column(String(300))
    goal: Mapped[str] = mapped_column(Text, default="")
    party: Mapped[str | None] = mapped_column(String(20), default=None)
    starts_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    location: Mapped[str] = mapped_column(String(300), default="")
    status: Mapped[str] = mapped_column(String(30), default="gepland")
    current_step_id: Mapped[str | None] = mapped_column(String(36), default=None)
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    minute_taker: Mapped[str] = mapped_column(String(200), default="")
    agreed_gemeente_by: Mapped[str] = mapped_column(String(200), default="")
    agreed_gemeente_on: Mapped[date | None] = mapped_column(Date, default=None)
    agreed_initiatief_by: Mapped[str] = mapped_column(String(200), default="")
    agreed_initiatief_on: Mapped[date | None] = mapped_column(Date, default=None)
    notes_annex: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    """Whether the captured lines of items with a written account go into the minutes as an
    annex (True) or stay out of them."""


class Attendance(Record, Base):
    __tablename__ = "attendance"

    meeting_id: Mapped[str] = _fk("meetings.id")
    person_id: Mapped[str] = _fk("people.id")
    status: Mapped[str] = mapped_column(String(20), default="uitgenodigd")
    speaks_for_today: Mapped[str] = mapped_column(String(300), default="")
    walk_in: Mapped[bool] = mapped_column(Boolean, default=False)


class AgendaItem(Record, Base):
    """What the invitation, the walk-in screen and the minutes list; its script steps below."""

    __tablename__ = "agenda_items"

    meeting_id: Mapped[str] = _fk("meetings.id")
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(300))
    format_key: Mapped[str | None] = mapped_column(String(100), default=None)
    account: Mapped[str] = mapped_column(Text, default="", server_default="")
    """The secretary's short account of the item, written after the meeting (Markdown)."""


class ScriptStep(Record, Base):
    """One step of the script (draaiboek) under an agenda item: what the console runs.

    A snapshot of a library step, tailored per meeting; ``library_instructions`` and
    ``library_prompt`` keep the library's text to go back to ("" for an own step).
    ``materials`` holds one thing per line.
    """

    __tablename__ = "script_steps"

    agenda_item_id: Mapped[str] = _fk("agenda_items.id")
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(300))
    minutes: Mapped[int] = mapped_column(Integer, default=10)
    instructions: Mapped[str] = mapped_column(Text, default="")
    prompt: Mapped[str] = mapped_column(Text, default="")
    materials: Mapped[str] = mapped_column(Text, default="")
    worksheet: Mapped[str | None] = mapped_column(String(40), default=None)
    section: Mapped[str | None] = mapped_column(String(40), default=None)
    exercise: Mapped[str | None] = mapped_column(String(40), default=None)
    format_key: Mapped[str | None] = mapped_column(String(100), default=None)
    step_key: Mapped[str | None] = mapped_column(String(100), default=None)
    library_instructions: Mapped[str] = mapped_column(Text, default="")
    library_prompt: Mapped[str] = mapped_column(Text, default="")
    spent_seconds: Mapped[int] = mapped_column(Integer, default=0)
    extra_seconds: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class Entry(Record, Base):
    __tablename__ = "entries"

    trajectory_id: Mapped[str] = _fk("trajectories.id")
    meeting_id: Mapped[str | None] = _fk("meetings.id", nullable=True)
    agenda_item_id: Mapped[str | None] = _fk("agenda_items.id", nullable=True)
    script_step_id: Mapped[str | None] = _fk("script_steps.id", nullable=True)
    person_id: Mapped[str | None] = _fk("people.id", nullable=True)
    text: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(20), default="opmerking")
    voice: Mapped[str | None] = mapped_column(String(20), default=None)
    worksheet: Mapped[str | None] = mapped_column(String(40), default=None, index=True)
    section: Mapped[str | None] = mapped_column(String(40), default=None)
    challenge_key: Mapped[str | None] = mapped_column(String(100), default=None)
    captured_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    decision_number: Mapped[str | None] = mapped_column(String(20), default=None)


class ChallengeStatus(Record, Base):
    """Whether a library challenge plays in this trajectory."""

    __tablename__ = "challenge_states"

    trajectory_id: Mapped[str] = _fk("trajectories.id")
    challenge_key: Mapped[str] = mapped_column(String(100))
    state: Mapped[str] = mapped_column(String(20))


class WorksheetItem(Record, Base):
    """A structured line on a worksheet: a value, a decision route, a document, a group.

    The work structure uses four more fields: ``kind`` (a body such as the steering group or
    the ALV, or a role), ``decides`` (what a body decides, or what a role does), ``body`` (the
    body a role serves or a working group reports to, or that takes a decision) and ``term``
    (within what time a decision is taken).
    """

    __tablename__ = "worksheet_items"

    trajectory_id: Mapped[str] = _fk("trajectories.id")
    worksheet: Mapped[str] = mapped_column(String(40))
    section: Mapped[str] = mapped_column(String(40))
    party: Mapped[str | None] = mapped_column(String(20), default=None)
    title: Mapped[str] = mapped_column(String(300))
    text: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[str] = mapped_column(String(40), default="")
    shared: Mapped[bool] = mapped_column(Boolean, default=False)
    on_date: Mapped[date | None] = mapped_column(Date, default=None)
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(40), default="", server_default="")
    decides: Mapped[str] = mapped_column(Text, default="", server_default="")
    body: Mapped[str] = mapped_column(String(200), default="", server_default="")
    term: Mapped[str] = mapped_column(String(100), default="", server_default="")


class Agreement(Record, Base):
    __tablename__ = "agreements"

    trajectory_id: Mapped[str] = _fk("trajectories.id")
    worksheet: Mapped[str] = mapped_column(String(40))
    challenge_key: Mapped[str | None] = mapped_column(String(100), default=None)
    suggestion_key: Mapped[str | None] = mapped_column(String(100), default=None)
    source_entry_id: Mapped[str | None] = _fk("entries.id", nullable=True)
    text: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(30), default="voorstel")
    document: Mapped[str] = mapped_column(String(200), default="")
    review_on: Mapped[date | None] = mapped_column(Date, default=None)
    outcome: Mapped[str | None] = mapped_column(String(20), default=None)


class AgreementEvent(Record, Base):
    """One step in an agreement's history, with the meeting where it happened."""

    __tablename__ = "agreement_events"

    agreement_id: Mapped[str] = _fk("agreements.id")
    meeting_id: Mapped[str | None] = _fk("meetings.id", nullable=True)
    status: Mapped[str] = mapped_column(String(30))
    text: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")


class Action(Record, Base):
    __tablename__ = "actions"

    trajectory_id: Mapped[str] = _fk("trajectories.id")
    meeting_id: Mapped[str | None] = _fk("meetings.id", nullable=True)
    entry_id: Mapped[str | None] = _fk("entries.id", nullable=True)
    owner_person_id: Mapped[str | None] = _fk("people.id", nullable=True)
    owner_party: Mapped[str | None] = mapped_column(String(20), default=None)
    what: Mapped[str] = mapped_column(Text)
    due_on: Mapped[date | None] = mapped_column(Date, default=None)
    status: Mapped[str] = mapped_column(String(20), default="open")
    done_on: Mapped[date | None] = mapped_column(Date, default=None)
    worksheet: Mapped[str | None] = mapped_column(String(40), default=None)
    challenge_key: Mapped[str | None] = mapped_column(String(100), default=None)


class Milestone(Record, Base):
    """A piketpaal: a pre-agreed evaluation moment with what follows when it is reached."""

    __tablename__ = "milestones"

    trajectory_id: Mapped[str] = _fk("trajectories.id")
    title: Mapped[str] = mapped_column(String(300))
    due_on: Mapped[date | None] = mapped_column(Date, default=None)
    criteria: Mapped[str] = mapped_column(Text, default="")
    guarantee: Mapped[str] = mapped_column(Text, default="")
    evaluation_meeting_id: Mapped[str | None] = _fk("meetings.id", nullable=True)
    outcome: Mapped[str | None] = mapped_column(String(20), default=None)
    outcome_note: Mapped[str] = mapped_column(Text, default="")
    evaluated_on: Mapped[date | None] = mapped_column(Date, default=None)


class Assessment(Record, Base):
    """A baseline measurement (nulmeting), repeated at later milestones."""

    __tablename__ = "assessments"

    trajectory_id: Mapped[str] = _fk("trajectories.id")
    meeting_id: Mapped[str | None] = _fk("meetings.id", nullable=True)
    milestone_id: Mapped[str | None] = _fk("milestones.id", nullable=True)
    title: Mapped[str] = mapped_column(String(300))
    held_on: Mapped[date | None] = mapped_column(Date, default=None)


class AssessmentScore(Record, Base):
    __tablename__ = "assessment_scores"

    assessment_id: Mapped[str] = _fk("assessments.id")
    statement_key: Mapped[str] = mapped_column(String(100))
    dimension: Mapped[str] = mapped_column(String(40))
    party: Mapped[str] = mapped_column(String(20))
    person_id: Mapped[str | None] = _fk("people.id", nullable=True)
    respondent: Mapped[int | None] = mapped_column(Integer, default=None)
    score: Mapped[int] = mapped_column(Integer)


class Scenario(Record, Base):
    __tablename__ = "scenarios"

    trajectory_id: Mapped[str] = _fk("trajectories.id")
    meeting_id: Mapped[str | None] = _fk("meetings.id", nullable=True)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class ScenarioRating(Record, Base):
    __tablename__ = "scenario_ratings"

    scenario_id: Mapped[str] = _fk("scenarios.id")
    criterion_key: Mapped[str] = mapped_column(String(100))
    party: Mapped[str] = mapped_column(String(20))
    score: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")


class AssumptionCard(Record, Base):
    """A Komedie card: what one side assumes about the other, and the other's verdict."""

    __tablename__ = "assumption_cards"

    meeting_id: Mapped[str] = _fk("meetings.id")
    author_party: Mapped[str] = mapped_column(String(20))
    author_person_id: Mapped[str | None] = _fk("people.id", nullable=True)
    anonymous: Mapped[bool] = mapped_column(Boolean, default=True)
    text: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)
    revealed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    verdict: Mapped[str | None] = mapped_column(String(20), default=None)
    reaction: Mapped[str] = mapped_column(Text, default="")
    lesson_entry_id: Mapped[str | None] = _fk("entries.id", nullable=True)
    """The entry a busted card left on the kennen worksheet."""


class MinutesRecord(Record, Base):
    """One event in the life of a meeting's minutes: adopted by both parties (with the
    document as adopted and its SHA-256), or reopened (with the reason)."""

    __tablename__ = "minutes_records"

    meeting_id: Mapped[str] = _fk("meetings.id")
    event: Mapped[str] = mapped_column(String(20))
    on: Mapped[date] = mapped_column(Date)
    by: Mapped[str] = mapped_column(String(200), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    document: Mapped[str | None] = mapped_column(Text, default=None)
    sha256: Mapped[str | None] = mapped_column(String(64), default=None)


class ClauseDocument(Record, Base):
    """A drafted agreement document of one type for a trajectory, numbered per draft.

    ``options`` is a small JSON object: standard articles left out (``off``), chosen
    signatories per party (``signers``) and the fingerprint of the draft that carries the
    current version (``draft``).
    """

    __tablename__ = "clause_documents"

    trajectory_id: Mapped[str] = _fk("trajectories.id")
    doc_type: Mapped[str] = mapped_column(String(40))
    version: Mapped[int] = mapped_column(Integer, default=0)
    last_exported_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    options: Mapped[str] = mapped_column(Text, default="{}", server_default="{}")


class ClauseChoice(Record, Base):
    """For one document: whether an agreement is in it, and its wording there ("" = as agreed)."""

    __tablename__ = "clause_choices"

    document_id: Mapped[str] = _fk("clause_documents.id")
    agreement_id: Mapped[str] = _fk("agreements.id")
    included: Mapped[bool] = mapped_column(Boolean, default=True)
    wording: Mapped[str] = mapped_column(Text, default="")


class ExchangeIdentity(Base):
    """This data folder's own id, named as the origin of every archive it writes."""

    __tablename__ = "exchange_identity"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ExchangeSnapshot(Base):
    """A trajectory's rows as they were in an archive sent or received: the common ground
    from which the next merge with that peer tells who changed what.

    Local bookkeeping, never exchanged itself; no foreign key, so it outlives a purge.
    """

    __tablename__ = "exchange_snapshots"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    archive_id: Mapped[str] = mapped_column(String(36), index=True)
    trajectory_id: Mapped[str] = mapped_column(String(36), index=True)
    peer_id: Mapped[str] = mapped_column(String(36))
    direction: Mapped[str] = mapped_column(String(10))
    archive_created: Mapped[datetime] = mapped_column(UTCDateTime)
    rows: Mapped[bytes] = mapped_column(LargeBinary)
