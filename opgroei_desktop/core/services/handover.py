"""When someone leaves: what they still carry, who takes it over, and who takes their role.

``leaver_work`` lists a person's open actions and the agreements that came from what they said;
``hand_over`` marks them as left and, in the same transaction, gives each action to a successor
or to the party, records in each agreement's history who carries it now, and moves their
function and mandate to a named successor. ``hand_back`` undoes exactly that.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import delete, select

from ..changes import Changes, service
from ..errors import InvalidInput
from ..models import Action, Agreement, AgreementEvent, Entry, Meeting, Person
from ..store import Store
from ..views import ActionView, AgreementView, PersonView, snapshot
from ..vocab import ActionStatus, MeetingStatus
from . import rows
from .validate import parse_date

PARTY = "party"
"""The choice "leave it with the party" for an action or agreement."""


@dataclass(frozen=True)
class LeaverWork:
    """What a person who leaves still carries."""

    person: PersonView
    open_actions: tuple[ActionView, ...]
    agreements: tuple[AgreementView, ...]

    def is_empty(self) -> bool:
        return not self.open_actions and not self.agreements


@dataclass(frozen=True)
class Handover:
    """What ``hand_over`` changed, so ``hand_back`` can restore it exactly.

    ``hand_over`` returns this rather than ``Changes``; call it inside a ``@service`` function
    (as the UI does) to have the rows it wrote announced.
    """

    person_id: str
    trajectory_id: str
    left_before: date | None
    owners_before: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    event_ids: tuple[str, ...] = ()
    successor_id: str | None = None
    role_before: tuple[str, str] | None = None

    @property
    def changes(self) -> Changes:
        return Changes("people", (self.person_id,), self.trajectory_id)


def leaver_work(store: Store, person_id: str) -> LeaverWork:
    """The open actions a person owns and the agreements that came from their words."""
    with store.transaction() as session:
        person = rows.get_row(session, Person, person_id)
        owned = session.scalars(
            select(Action)
            .where(
                Action.owner_person_id == person_id,
                Action.status == ActionStatus.OPEN,
                Action.deleted_at.is_(None),
            )
            .order_by(Action.due_on, Action.created_at)
        )
        carried = session.scalars(
            select(Agreement)
            .join(Entry, Entry.id == Agreement.source_entry_id)
            .where(Entry.person_id == person_id, Agreement.deleted_at.is_(None))
            .order_by(Agreement.created_at)
        )
        return LeaverWork(
            snapshot(person),
            tuple(snapshot(a) for a in owned),
            tuple(snapshot(a) for a in carried),
        )


def hand_over(
    store: Store,
    person_id: str,
    left_on: date | str | None,
    *,
    actions: Mapping[str, str] | None = None,
    agreements: Mapping[str, str] | None = None,
    successor_id: str | None = None,
) -> Handover:
    """Mark ``person_id`` as left on ``left_on`` and hand over what they carried.

    ``actions`` and ``agreements`` map an id to the person id who takes it over, or to
    ``PARTY`` to leave it with the leaver's party. ``successor_id`` takes over their function
    and mandate (where the successor has none of their own yet).
    """
    day = parse_date(left_on, "vertrek") or date.today()
    with store.transaction() as session:
        person = rows.get_row(session, Person, person_id)
        trajectory_id = person.trajectory_id
        taker_of = {**(actions or {}), **(agreements or {})}
        wanted = {taker for taker in taker_of.values() if taker != PARTY}
        if successor_id:
            wanted.add(successor_id)
        takers = {pid: _taker(session, pid, person) for pid in wanted}
        owners_before: dict[str, tuple[str | None, str | None]] = {}
        for action_id, taker in (actions or {}).items():
            action = rows.get_row(session, Action, action_id)
            if action.owner_person_id != person_id:
                raise InvalidInput("Deze actie ligt niet (meer) bij deze persoon.")
            owners_before[action_id] = (action.owner_person_id, action.owner_party)
            if taker == PARTY:
                action.owner_person_id, action.owner_party = None, person.party
            else:
                action.owner_person_id, action.owner_party = taker, None
        events = []
        for agreement_id, taker in (agreements or {}).items():
            agreement = rows.get_row(session, Agreement, agreement_id)
            who = "de partij" if taker == PARTY else _named(takers[taker])
            event = AgreementEvent(
                agreement_id=agreement.id,
                status=agreement.status,
                text=agreement.text,
                note=f"Bij het vertrek van {_named(person)} op {day:%d-%m-%Y} "
                f"draagt {who} deze afspraak verder.",
            )
            session.add(event)
            events.append(event)
        role_before = None
        if successor_id:
            successor = takers[successor_id]
            role_before = (successor.function, successor.speaks_for)
            successor.function = successor.function or person.function
            successor.speaks_for = successor.speaks_for or person.speaks_for
        left_before = person.left_on
        person.left_on = day
        session.flush()
        return Handover(
            person_id,
            trajectory_id,
            left_before,
            owners_before,
            tuple(e.id for e in events),
            successor_id,
            role_before,
        )


@service
def hand_back(store: Store, handover: Handover) -> Changes:
    """Undo ``hand_over``: the person is back, with their actions; the notes are gone."""
    with store.transaction() as session:
        person = rows.get_row(session, Person, handover.person_id)
        person.left_on = handover.left_before
        for action_id, (owner_id, party) in handover.owners_before.items():
            action = rows.get_row(session, Action, action_id, deleted=True)
            action.owner_person_id, action.owner_party = owner_id, party
        if handover.event_ids:
            session.execute(delete(AgreementEvent).where(AgreementEvent.id.in_(handover.event_ids)))
        if handover.successor_id and handover.role_before is not None:
            successor = rows.get_row(session, Person, handover.successor_id, deleted=True)
            successor.function, successor.speaks_for = handover.role_before
        return handover.changes


def left_since_last_meeting(store: Store, trajectory_id: str) -> list[PersonView]:
    """People who left after the last held meeting: the table has changed since."""
    with store.transaction() as session:
        last = session.scalar(
            select(Meeting.starts_at)
            .where(
                Meeting.trajectory_id == trajectory_id,
                Meeting.deleted_at.is_(None),
                Meeting.status != MeetingStatus.GEPLAND,
                Meeting.starts_at.is_not(None),
            )
            .order_by(Meeting.starts_at.desc())
        )
        query = select(Person).where(
            Person.trajectory_id == trajectory_id,
            Person.deleted_at.is_(None),
            Person.left_on.is_not(None),
        )
        if last is not None:
            query = query.where(Person.left_on >= last.date())
        return [snapshot(p) for p in session.scalars(query.order_by(Person.left_on))]


def open_actions_of_leavers(store: Store, trajectory_id: str) -> list[ActionView]:
    """Open actions still owned by someone who left: to be handed over."""
    with store.transaction() as session:
        found = session.scalars(
            select(Action)
            .join(Person, Person.id == Action.owner_person_id)
            .where(
                Action.trajectory_id == trajectory_id,
                Action.status == ActionStatus.OPEN,
                Action.deleted_at.is_(None),
                Person.left_on.is_not(None),
            )
        )
        return [snapshot(a) for a in found]


def _taker(session, person_id: str, leaver: Person) -> Person:
    taker = rows.get_row(session, Person, person_id)
    if taker.trajectory_id != leaver.trajectory_id or taker.id == leaver.id:
        raise InvalidInput("Kies iemand uit hetzelfde traject om het over te nemen.")
    if taker.left_on is not None:
        raise InvalidInput(f"{_named(taker)} is zelf ook vertrokken; kies iemand anders.")
    return taker


def _named(person: Person) -> str:
    if person.forgotten:
        return "iemand"
    return person.name if person.consent_named else (person.function or "iemand")
