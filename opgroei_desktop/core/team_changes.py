"""Other people's changes on a team database: announced with NOTIFY, heard with LISTEN.

Every transaction on PostgreSQL sends one notification naming the tables, rows and
trajectories it wrote; the server delivers it only when the transaction commits, and drops it
on a rollback.
A ``ChangeListener`` on its own connection turns what *other* apps sent into the same
``Changes`` values the views already follow. On SQLite none of this runs.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import chain
from typing import Any

from sqlalchemy import Engine, event, text
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from .changes import Changes

CHANNEL = "opgroei_changes"
MAX_PAYLOAD = 7000
"""PostgreSQL takes up to 8000 bytes; beyond this only the tables are named, not the rows."""
RETRY_SECONDS = 2.0
WAIT_SECONDS = 0.5
_WRITTEN = "opgroei_written"


def announce_changes(sessions: sessionmaker[Session], origin: str) -> None:
    """Make every transaction through ``sessions`` send, once, what it wrote on ``CHANNEL``."""

    def written_in(session: Session) -> tuple[dict[str, set[str]], set[str]]:
        return session.info.setdefault(_WRITTEN, ({}, set()))

    @event.listens_for(sessions, "after_flush")
    def _after_flush(session: Session, _context: object) -> None:
        written, trajectories = written_in(session)
        for row in chain(session.new, session.dirty, session.deleted):
            table = getattr(row, "__tablename__", None)
            if table is None:
                continue
            written.setdefault(table, set()).add(row.id)
            trajectory = row.id if table == "trajectories" else getattr(row, "trajectory_id", None)
            if trajectory:
                trajectories.add(trajectory)

    @event.listens_for(sessions, "do_orm_execute")
    def _bulk(state: ORMExecuteState) -> None:
        # Bulk INSERT/UPDATE/DELETE statements (an archive merge) bypass the flush.
        if state.is_insert or state.is_update or state.is_delete:
            name = getattr(getattr(state.statement, "table", None), "name", None)
            if name:
                written_in(state.session)[0].setdefault(name, set())

    @event.listens_for(sessions, "before_commit")
    def _before_commit(session: Session) -> None:
        session.flush()  # the last flush would otherwise come after this event
        written, trajectories = session.info.pop(_WRITTEN, ({}, set()))
        if written:
            _notify(session, encode(origin, written, trajectories))

    @event.listens_for(sessions, "after_rollback")
    def _after_rollback(session: Session) -> None:
        session.info.pop(_WRITTEN, None)


def _notify(session: Session, payload: str) -> None:
    session.connection().execute(
        text("SELECT pg_notify(:channel, :payload)"), {"channel": CHANNEL, "payload": payload}
    )


def encode(origin: str, written: dict[str, set[str]], trajectories: set[str]) -> str:
    """The notification's text: who wrote it, and what."""
    message = {
        "o": origin,
        "w": {k: sorted(v) for k, v in written.items()},
        "t": sorted(trajectories),
    }
    payload = json.dumps(message, separators=(",", ":"))
    if len(payload.encode()) > MAX_PAYLOAD:
        message = {"o": origin, "w": {k: [] for k in written}, "t": []}
        payload = json.dumps(message, separators=(",", ":"))
    return payload


@dataclass(frozen=True)
class HeardChanges(Changes):
    """Changes another app made to the team database, heard through a notification.

    Views refresh for them as for any ``Changes``; what tracks our own saves ignores them.
    """


def decode(payload: str, own_origin: str) -> list[Changes]:
    """The ``Changes`` a notification stands for; none for our own or an unreadable one."""
    try:
        message = json.loads(payload)
        if message.get("o") == own_origin:
            return []
        trajectories = frozenset(str(t) for t in message.get("t") or [])
        single = next(iter(trajectories)) if len(trajectories) == 1 else None
        written = {
            str(table): frozenset(str(i) for i in ids)
            for table, ids in dict(message.get("w") or {}).items()
        }
        # One per table, so a view that looks only at ``kind`` hears of every table too.
        return [
            HeardChanges(table, tuple(sorted(ids)), single, written, trajectories)
            for table, ids in written.items()
        ]
    except (ValueError, TypeError, AttributeError):
        return []


class ChangeListener:
    """Listens on its own connection until stopped; reconnects when the server comes back."""

    def __init__(self, engine: Engine, origin: str) -> None:
        self.engine = engine
        self.origin = origin
        self.stopping = threading.Event()
        self.listening = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self, deliver: Callable[[list[Changes]], None]) -> None:
        """Hear changes in a background thread; ``deliver`` is called from that thread."""
        self._thread = threading.Thread(
            target=self._run, args=(deliver,), name="opgroei-listen", daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        self.stopping.set()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def _connect(self) -> Any:
        import psycopg

        args, kwargs = self.engine.dialect.create_connect_args(self.engine.url)
        kwargs.pop("context", None)
        return psycopg.connect(*args, **kwargs, autocommit=True)

    def _run(self, deliver: Callable[[list[Changes]], None]) -> None:
        import psycopg

        while not self.stopping.is_set():
            try:
                with self._connect() as connection:
                    connection.execute(f"LISTEN {CHANNEL}")
                    self.listening.set()
                    while not self.stopping.is_set():
                        heard = _heard(connection.notifies(timeout=WAIT_SECONDS), self.origin)
                        if heard:
                            deliver(heard)
            except psycopg.Error:
                self.listening.clear()
                self.stopping.wait(RETRY_SECONDS)


def _heard(notes: Iterable[Any], origin: str) -> list[Changes]:
    return [changes for note in notes for changes in decode(note.payload, origin)]
