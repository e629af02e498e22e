"""Edits waiting for the team database's server, kept on this computer until it is back.

When the server is away, what the user typed stays in its field and is tried again; so that it
is not lost when the app closes first, each waiting edit is also written to a small JSON file
in the data folder, one per team database (a temporary file, then renamed, so a crash leaves
the old or the new list, never half of one). At the next start on the same team database the
edits are saved with the same check as any edit: a row someone else changed since is refused,
and the user chooses.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import os
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from .changes import Changes
from .errors import OpgroeiError
from .expected import Expectation, expecting
from .os_words import reason

PENDING_NAME = "wachtende-wijzigingen-{}.json"
FORMAT = 1
SERVICES = "opgroei_desktop.core.services."
"""Only services of our own are ever called from the file."""


@dataclass(frozen=True)
class PendingEdit:
    """One form's unsaved fields of one row: what was typed, on what it was read."""

    service: str
    """The update service as ``module:name``."""
    row_id: str
    fields: dict[str, Any]
    read: dict[str, Any] = field(default_factory=dict)
    version: int | None = None
    label: str = ""
    """What the edit was, as the undo list names it."""

    @property
    def key(self) -> tuple[str, str]:
        return self.service, self.row_id


def service_name(function: Callable[..., Any]) -> str | None:
    """How ``function`` is named in the file; None for what cannot be called from it."""
    module, name = getattr(function, "__module__", ""), getattr(function, "__qualname__", "")
    if not module.startswith(SERVICES) or "." in name or "<" in name:
        return None
    return f"{module}:{name}"


def resolve(name: str) -> Callable[..., Changes]:
    """The service named ``module:name``; only our own services are found."""
    module, _, attribute = name.partition(":")
    if not module.startswith(SERVICES):
        raise OpgroeiError(f"Onbekende wachtende wijziging: {name}.")
    function = getattr(importlib.import_module(module), attribute, None)
    if not getattr(function, "is_service", False):
        raise OpgroeiError(f"Onbekende wachtende wijziging: {name}.")
    return function  # type: ignore[return-value]


class PendingEdits:
    """The waiting edits for the team database at ``location``, kept in ``folder``."""

    def __init__(self, folder: Path, location: str) -> None:
        digest = hashlib.sha256(location.encode("utf-8")).hexdigest()[:12]
        self.path = folder / PENDING_NAME.format(digest)
        self.location = location
        self._edits: dict[tuple[str, str], PendingEdit] = {edit.key: edit for edit in self._read()}

    def __len__(self) -> int:
        return len(self._edits)

    def edits(self) -> list[PendingEdit]:
        """The waiting edits, in the order they were first kept."""
        return list(self._edits.values())

    def keep(self, edit: PendingEdit) -> None:
        """Remember ``edit`` (replacing the one for the same row and service) on disk."""
        self._edits[edit.key] = edit
        self._write()

    def done(self, service: str, row_id: str) -> None:
        """Forget the edit for this row and service: it was saved or let go."""
        if self._edits.pop((service, row_id), None) is not None:
            self._write()

    def _read(self) -> list[PendingEdit]:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"), object_hook=_decode)
        except FileNotFoundError:
            return []
        except (OSError, ValueError) as error:
            raise OpgroeiError(
                f"De lijst met wachtende wijzigingen kon niet worden gelezen ({self.path}): "
                f"{error}. Het bestand is niet veranderd."
            ) from error
        try:
            return [PendingEdit(**edit) for edit in raw.get("edits", [])]
        except (TypeError, AttributeError) as error:
            raise OpgroeiError(
                f"De lijst met wachtende wijzigingen is niet te begrijpen ({self.path}). "
                "Het bestand is niet veranderd."
            ) from error

    def _write(self) -> None:
        if not self._edits:
            self.path.unlink(missing_ok=True)
            return
        partial = self.path.with_name(self.path.name + ".part")
        content = {
            "format": FORMAT,
            "database": self.location,
            "edits": [asdict(edit) for edit in self._edits.values()],
        }
        try:
            descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
                json.dump(content, handle, indent=1, ensure_ascii=False, default=_encode)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(partial, self.path)
        except OSError as error:
            partial.unlink(missing_ok=True)
            raise OpgroeiError(
                f"Wat wacht op de server kon niet op deze computer worden opgeslagen ({self.path}: "
                f"{reason(error)}). Het staat nog in het veld; laat het programma open tot de "
                "server terug is."
            ) from error


def save_pending(store: Any, edit: PendingEdit, version: int | None = None) -> Changes:
    """Save a waiting edit, refused (``StaleEdit``) when someone changed those fields since it
    was read; ``version`` (the row's version now) saves it on top of theirs, on purpose."""
    update = resolve(edit.service)
    if version is None and edit.version is None:
        return update(store, edit.row_id, **edit.fields)
    expectation = (
        Expectation(edit.version, edit.read)  # type: ignore[arg-type]
        if version is None
        else Expectation(version, {})
    )
    with expecting({edit.row_id: expectation}):
        return update(store, edit.row_id, **edit.fields)


def _encode(value: Any) -> Any:
    if isinstance(value, datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, date):
        return {"$date": value.isoformat()}
    raise TypeError(f"cannot keep {type(value).__name__}")


def _decode(value: dict[str, Any]) -> Any:
    if set(value) == {"$datetime"}:
        return datetime.fromisoformat(value["$datetime"])
    if set(value) == {"$date"}:
        return date.fromisoformat(value["$date"])
    return value
