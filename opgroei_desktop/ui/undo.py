"""Undo and redo for every edit: commands that call services through the bus.

Creating is undone by a soft delete and redone by a restore, so a redone row keeps its id
and everything that refers to it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from ..core.changes import Changes
from .bus import DataBus

Service = Callable[..., Changes]


class CreateCommand(QUndoCommand):
    """Create a row; undo deletes it (softly), redo restores it."""

    def __init__(
        self,
        bus: DataBus,
        text: str,
        create: Callable[[], Changes | None],
        delete: Service,
        restore: Service,
    ) -> None:
        super().__init__(text)
        self.bus, self.create, self.delete, self.restore = bus, create, delete, restore
        self.created_id: str | None = None

    def redo(self) -> None:
        if self.created_id is None:
            changes = self.create()
            if changes is None:
                self.setObsolete(True)
                return
            self.created_id = changes.id
        else:
            self.bus.run(self.restore, self.created_id)

    def undo(self) -> None:
        if self.created_id is not None:
            self.bus.run(self.delete, self.created_id)


class DeleteCommand(QUndoCommand):
    """Soft-delete a row; undo restores it."""

    def __init__(self, bus: DataBus, text: str, row_id: str, delete: Service, restore: Service):
        super().__init__(text)
        self.bus, self.row_id, self.delete, self.restore = bus, row_id, delete, restore

    def redo(self) -> None:
        if self.bus.run(self.delete, self.row_id) is None:
            self.setObsolete(True)

    def undo(self) -> None:
        self.bus.run(self.restore, self.row_id)


class UpdateCommand(QUndoCommand):
    """Change fields of a row; undo puts the old values back.

    Successive edits of the same field of the same row merge into one step, so typing a
    sentence is undone as one change, not letter by letter.
    """

    MERGE_ID = 4711

    def __init__(
        self,
        bus: DataBus,
        text: str,
        row_id: str,
        update: Service,
        old: dict[str, Any],
        new: dict[str, Any],
    ) -> None:
        super().__init__(text)
        self.bus, self.row_id, self.update, self.old, self.new = bus, row_id, update, old, new

    def id(self) -> int:
        return self.MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt's name)
        if not isinstance(other, UpdateCommand):
            return False
        if (other.row_id, other.update, set(other.new)) != (
            self.row_id,
            self.update,
            set(self.new),
        ):
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        if self.bus.run(self.update, self.row_id, **self.new) is None:
            self.setObsolete(True)

    def undo(self) -> None:
        self.bus.run(self.update, self.row_id, **self.old)


class CallCommand(QUndoCommand):
    """Any edit with an explicit inverse (move an agenda item, change a status, ...)."""

    def __init__(self, bus: DataBus, text: str, do: Callable[[], Any], undo: Callable[[], Any]):
        super().__init__(text)
        self.bus, self._do, self._undo = bus, do, undo

    def redo(self) -> None:
        if self._do() is None:
            self.setObsolete(True)

    def undo(self) -> None:
        self._undo()
