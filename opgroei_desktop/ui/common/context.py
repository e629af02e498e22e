"""What every page of the main window shares: the bus, one undo stack, the library, the
settings, and the tracker that knows whether typed text is still waiting to be saved."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ...core.changes import Changes
from ...core.errors import OpgroeiError
from ...core.pending import PendingEdit, PendingEdits
from ...core.team_changes import HeardChanges
from ...library import Library
from ..bus import DataBus
from ..crash_report import log

if TYPE_CHECKING:
    from .autosave import AutoSaver


class SaveTracker(QObject):
    """Knows every form that saves as you type, so all of them can be saved at once.

    ``state`` is emitted with "pending" while typed text waits for its pause, "saved" after a
    change was stored, and "failed" when the store refused one (the message bar says why).

    On a team database, ``pending`` keeps on this computer what waits for a server that went
    away, so it survives closing the app (``core.pending``).
    """

    state = Signal(str)

    def __init__(self, bus: DataBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._savers: list[AutoSaver] = []
        self.bus = bus
        self.pending: PendingEdits | None = None
        if bus.store.shared:
            try:
                self.pending = PendingEdits(bus.store.data_dir, bus.store.location)
            except OpgroeiError as error:
                log.warning("%s", error)  # text then waits in its field only, as before
        bus.changed.connect(self._changed)
        bus.failed.connect(lambda _message: self.state.emit("failed"))

    def waiting(self, edit: PendingEdit) -> None:
        """Keep ``edit`` on this computer until the server takes it."""
        if self.pending is not None:
            try:
                self.pending.keep(edit)
            except OpgroeiError as error:
                self.bus.failed.emit(str(error))

    def arrived(self, service: str, row_id: str) -> None:
        """A kept edit was saved after all."""
        if self.pending is not None:
            try:
                self.pending.done(service, row_id)
            except OpgroeiError as error:
                log.warning("%s", error)

    def waiting_count(self) -> int:
        """How many edits wait for the server, kept on this computer."""
        return len(self.pending) if self.pending is not None else 0

    def _changed(self, changes: Changes) -> None:
        if not isinstance(changes, HeardChanges):  # a colleague's save is not ours
            self.state.emit("saved")

    def register(self, saver: AutoSaver) -> None:
        self._savers.append(saver)
        saver.destroyed.connect(lambda: self._forget(saver))

    def _forget(self, saver: AutoSaver) -> None:
        if saver in self._savers:
            self._savers.remove(saver)

    def flush_all(self) -> None:
        """Save every form's waiting text now (Ctrl+S, closing the window, starting a meeting)."""
        for saver in list(self._savers):
            saver.flush()


@dataclass
class Workbench:
    """The shared parts a page needs; handed to every page instead of a global window."""

    bus: DataBus
    undo: QUndoStack
    library: Library
    settings: QSettings
    saves: SaveTracker

    def push(self, command: QUndoCommand) -> bool:
        """Do ``command`` through the undo stack; False when the store refused it."""
        refused: list[str] = []

        def note(message: str) -> None:
            refused.append(message)

        self.bus.failed.connect(note)
        try:
            self.undo.push(command)
        finally:
            self.bus.failed.disconnect(note)
        return not refused

    def macro(self, text: str, commands: list[QUndoCommand]) -> bool:
        """Several commands as one undo step (such as adding a whole session format)."""
        if not commands:
            return True
        self.undo.beginMacro(text)
        try:
            results = [self.push(command) for command in commands]
        finally:
            self.undo.endMacro()
        return all(results)

    def query(self, function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """A read through the bus."""
        return self.bus.query(function, *args, **kwargs)


def concerns(changes: Changes, trajectory_id: str | None, *kinds: str) -> bool:
    """Whether ``changes`` may touch what a page shows for ``trajectory_id``.

    A change without a trajectory (a person forgotten, say) counts as possibly ours.
    """
    if kinds and not changes.touches(*kinds):
        return False
    return changes.concerns(trajectory_id)
