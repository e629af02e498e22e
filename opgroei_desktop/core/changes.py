"""What a service changed, so the UI can tell every view that cares.

Like Anki's OpChanges, but derived rather than declared: every transaction records the rows
it flushed (new, changed and deleted objects, plus bulk statements), and the ``@service``
decorator attaches that record to the ``Changes`` the service returns. A view asks
``changes.touches("actions")`` and can trust the answer, whatever the service was meant to do.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from typing import Any, ParamSpec

P = ParamSpec("P")


@dataclass(frozen=True)
class Changes:
    """``kind`` and ``ids`` name what the service was about (the row it created or edited);
    ``written`` maps every table the service wrote to the ids of the rows it wrote there."""

    kind: str
    ids: tuple[str, ...] = ()
    trajectory_id: str | None = None
    written: Mapping[str, frozenset[str]] = field(default_factory=dict)
    trajectory_ids: frozenset[str] = frozenset()
    kept: frozenset[str] = frozenset()
    """Kinds of rows the user may expect gone but that stay, such as an agreement both
    parties adopted that was made from a deleted note."""
    versions: Mapping[str, int] = field(default_factory=dict)
    """The ``row_version`` each written row has now (by id), so an editor knows what it
    wrote and can tell a colleague's later change from its own."""
    views: Mapping[str, Any] = field(default_factory=dict)
    """Plain views (``core.views``) of rows the service hands back as they were stored, by
    id, so a view need not read them back (capturing a note, the hot path)."""

    @property
    def id(self) -> str:
        """The single id of a change that touched one row (such as a create)."""
        return self.ids[0]

    @property
    def kinds(self) -> frozenset[str]:
        """Every kind of row this change wrote, its own kind included."""
        return frozenset(self.written) | {self.kind}

    def touches(self, *kinds: str) -> bool:
        """Whether any of ``kinds`` (table names) was written."""
        return not self.kinds.isdisjoint(kinds)

    def ids_of(self, kind: str) -> frozenset[str]:
        """The ids of the rows of ``kind`` that were written."""
        own = frozenset(self.ids) if kind == self.kind else frozenset()
        return own | self.written.get(kind, frozenset())

    def concerns(self, trajectory_id: str | None) -> bool:
        """Whether this change may matter to a view of ``trajectory_id``.

        A change that names no trajectory (a person forgotten, a setting) may matter to all.
        """
        if trajectory_id is None:
            return True
        named = self.trajectory_ids | ({self.trajectory_id} if self.trajectory_id else set())
        return not named or trajectory_id in named


class WriteLog:
    """The rows one service call wrote, filled in by the store's flush listener."""

    def __init__(self) -> None:
        self.rows: dict[str, set[str]] = {}
        self.trajectories: set[str] = set()
        self.versions: dict[str, int] = {}

    def add(
        self, kind: str, row_id: str | None, trajectory_id: str | None, version: int | None = None
    ) -> None:
        ids = self.rows.setdefault(kind, set())
        if row_id is not None:
            ids.add(row_id)
            if version is not None:
                self.versions[row_id] = version
        if trajectory_id is not None:
            self.trajectories.add(trajectory_id)

    def add_kinds(self, kinds: Iterable[str]) -> None:
        for kind in kinds:
            self.rows.setdefault(kind, set())


_active_log: ContextVar[WriteLog | None] = ContextVar("opgroei_write_log", default=None)


def active_log() -> WriteLog | None:
    """The log of the service call under way, if any."""
    return _active_log.get()


def service(function: Callable[P, Changes]) -> Callable[P, Changes]:
    """Mark ``function`` as a service: its ``Changes`` will name every row it wrote."""

    @functools.wraps(function)
    def run(*args: P.args, **kwargs: P.kwargs) -> Changes:
        outer = _active_log.get()
        log = outer if outer is not None else WriteLog()
        token = _active_log.set(log)
        try:
            changes = function(*args, **kwargs)
        finally:
            _active_log.reset(token)
        return _with_log(changes, log)

    run.is_service = True  # type: ignore[attr-defined]
    return run


def _with_log(changes: Changes, log: WriteLog) -> Changes:
    written = {kind: frozenset(ids) for kind, ids in log.rows.items()}
    for kind, ids in changes.written.items():
        written[kind] = written.get(kind, frozenset()) | ids
    return replace(
        changes,
        written=written,
        trajectory_ids=changes.trajectory_ids | frozenset(log.trajectories),
        versions={**changes.versions, **log.versions},
    )
