"""The one exception type the UI shows as is: its message is plain Dutch for the user."""

from __future__ import annotations

from typing import Any


class OpgroeiError(Exception):
    """A problem the user can read and act on; ``str(error)`` is the Dutch message."""


class InvalidInput(OpgroeiError):
    """Input that cannot be stored as given (empty name, impossible date, ...)."""


class NotFound(OpgroeiError):
    """The thing asked for does not exist (any more)."""


class DamagedDatabase(OpgroeiError):
    """The database file failed its integrity check; nothing was written to it."""


class NewerDatabase(OpgroeiError):
    """The database was made by a newer version of the app than this one."""


class StorageError(OpgroeiError):
    """Saving or reading failed in the storage itself (locked, disk full, read-only, I/O)."""

    def __init__(self, message: str, damaged: bool = False) -> None:
        super().__init__(message)
        self.damaged = damaged


class MigrationFailed(OpgroeiError):
    """Updating the data format failed; the message says what was put back."""


class DataFolderInUse(OpgroeiError):
    """The app has this data folder open; a command that writes waits for it or stops."""


class ServerUnavailable(OpgroeiError):
    """The team's database server cannot be reached (or went away)."""


class WrongCredentials(OpgroeiError):
    """The server refused the user name or password."""


class ForeignDatabase(OpgroeiError):
    """The database belongs to another program; it was left untouched."""


class StaleEdit(OpgroeiError):
    """Someone else changed the row since it was read; ``newer`` is their text.

    ``values`` holds the stored value of each field the refused edit would have overwritten,
    and ``version`` the row's version now, so an editor can keep what the user typed and save
    it deliberately on top of theirs.
    """

    def __init__(
        self,
        message: str,
        newer: str = "",
        values: dict[str, Any] | None = None,
        version: int | None = None,
    ) -> None:
        super().__init__(message)
        self.newer = newer
        self.values = values or {}
        self.version = version
