"""Other people's changes on a team database, announced on the bus like our own.

The listener thread hears notifications from the server; a signal carries them to the main
thread, where each becomes a ``DataBus.changed`` so open windows refresh as they do after an
edit of our own.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ..core.team_changes import ChangeListener
from .bus import DataBus


class TeamListener(QObject):
    """Started for a team database only; ``stop`` before the store closes."""

    heard = Signal(object)

    def __init__(self, bus: DataBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        self.listener = ChangeListener(bus.store.engine, bus.store.origin)
        self.heard.connect(self._announce)  # queued: emitted from the listener's thread

    def start(self) -> None:
        self.listener.start(self.heard.emit)

    def stop(self) -> None:
        self.listener.stop()

    def _announce(self, changes: list) -> None:
        for change in changes:
            self.bus.changed.emit(change)
