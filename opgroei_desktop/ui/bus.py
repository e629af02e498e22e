"""The one way the UI changes data: call a service, announce what changed, show errors.

Every view that cares listens to ``DataBus.changed`` and decides from the ``Changes``
value whether to refresh; no widget queries the database on its own schedule.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from ..core.changes import Changes, service
from ..core.errors import OpgroeiError
from ..core.store import Store
from .crash_report import LOG_NAME, log


class DataBus(QObject):
    """Owns the store for the UI and announces every change."""

    changed = Signal(object)
    failed = Signal(str)
    noticed = Signal(str)
    """Something the user should know about a change that went through, in Dutch."""

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.last_error: OpgroeiError | None = None
        """The refusal of the last call that failed; None after one that succeeded."""

    def run(self, function: Callable[..., Changes], /, *args: Any, **kwargs: Any) -> Changes | None:
        """Call ``function(store, *args, **kwargs)``; announce its changes, or its refusal.

        A refusal (``OpgroeiError``, which includes a locked, full or read-only storage) is
        emitted on ``failed`` with its Dutch message, for the window to show without blocking
        the meeting; the call then returns None. Any other error is logged and told as
        well, so no fault stays silent and no empty undo step is left.
        """
        try:
            # Wrapping here too makes helpers that combine services report all they wrote.
            changes = service(function)(self.store, *args, **kwargs)
        except OpgroeiError as error:
            self.last_error = error
            self.failed.emit(str(error))
            return None
        except Exception:  # noqa: BLE001 - the one funnel: every fault reaches the user
            log.exception("%s failed", getattr(function, "__qualname__", function))
            self.last_error = OpgroeiError(
                self.tr(
                    "Something went wrong and this change was not saved. What you typed is "
                    "still there; try again. If it keeps happening, close Opgroei Desktop and "
                    "start it again. The details are in {0}."
                ).format(self.store.data_dir / LOG_NAME)
            )
            self.failed.emit(str(self.last_error))
            return None
        self.last_error = None
        self.changed.emit(changes)
        if changes.kept:
            self.noticed.emit(self._kept_notice(changes.kept))
        return changes

    def _kept_notice(self, kept: frozenset[str]) -> str:
        if kept == {"agreements"}:
            return self.tr(
                "The agreement made from this note stays: it is further along than a proposal."
            )
        if kept == {"actions"}:
            return self.tr(
                "The action made from this note stays: it is done or someone took it on."
            )
        return self.tr(
            "The agreement and the action made from this note stay: they are part of the record."
        )

    def query(self, function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Read through a core query function with this store."""
        return function(self.store, *args, **kwargs)
