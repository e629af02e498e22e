"""Undo and redo for every edit: commands that call services through the bus.

Creating is undone by a soft delete and redone by a restore, so a redone row keeps its id
and everything that refers to it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from ..core.changes import Changes
from ..core.errors import StaleEdit
from ..core.expected import Expectation, expecting
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

    With ``version`` (the ``row_version`` the old values were read at) each step carries what
    it expects to find: saving over a colleague's newer text is refused, and so is undoing
    my edit after a colleague changed those fields since (``core.expected``). A refused undo
    leaves the stack, since it can no longer be undone without losing theirs.
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
        version: int | None = None,
    ) -> None:
        super().__init__(text)
        self.bus, self.row_id, self.update, self.old, self.new = bus, row_id, update, old, new
        self.version = version
        """The row's version as this step last left it (or as it was read)."""

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
        self.version = other.version
        return True

    def redo(self) -> None:
        if self._write(self.new, self.old) is None:
            self.setObsolete(True)

    def undo(self) -> None:
        if self._write(self.old, self.new) is None and isinstance(self.bus.last_error, StaleEdit):
            self.setObsolete(True)

    def _write(self, values: dict[str, Any], read: dict[str, Any]) -> Changes | None:
        """Write ``values`` where ``read`` was expected; remember the version it left."""
        if self.version is None:
            return self.bus.run(self.update, self.row_id, **values)
        with expecting({self.row_id: Expectation(self.version, read)}):
            changes = self.bus.run(self.update, self.row_id, **values)
        if changes is not None:
            self.version = changes.versions.get(self.row_id, self.version)
        return changes


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
