"""What a service changed, so the UI can tell every view that cares."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Changes:
    """``kind`` names the entity ("trajectory", "entry", ...); ``ids`` the rows touched."""

    kind: str
    ids: tuple[str, ...] = ()
    trajectory_id: str | None = None

    @property
    def id(self) -> str:
        """The single id of a change that touched one row (such as a create)."""
        return self.ids[0]
