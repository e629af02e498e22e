"""A small record in the data folder of how the data is looked after.

When the last copy to another place (USB stick, network folder) was made and on which days
the app was used since, and when the last full check ran and what it found. Kept beside
the database as JSON, so it survives a restore of the database itself.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from pathlib import Path

STATUS_NAME = "opgroei-status.json"
USE_DAYS_BEFORE_REMINDER = 7


@dataclass
class DataStatus:
    outside_copy_at: str | None = None
    outside_copy_path: str | None = None
    use_days: list[str] = field(default_factory=list)
    """Days the app was used since the last outside copy (ISO dates)."""
    full_check_on: str | None = None
    full_check_verdict: str | None = None

    def outside_copy_due(self) -> bool:
        """Whether to remind the user: a week of use without a copy in another place."""
        return len(self.use_days) >= USE_DAYS_BEFORE_REMINDER

    def full_check_due(self, today: date) -> bool:
        """Whether the daily full integrity check has not run yet today."""
        return self.full_check_on != today.isoformat()

    def found_damage(self) -> bool:
        return self.full_check_verdict not in (None, "ok")


def load_status(folder: Path) -> DataStatus:
    """The status recorded in ``folder``; a missing or unreadable record counts as empty."""
    try:
        raw = json.loads((folder / STATUS_NAME).read_text(encoding="utf-8"))
        known = {key: raw[key] for key in DataStatus.__dataclass_fields__ if key in raw}
        return DataStatus(**known)
    except (OSError, ValueError, TypeError):
        return DataStatus()


def save_status(folder: Path, status: DataStatus) -> None:
    """Write the record at once (temporary file, then renamed); failures are not fatal."""
    target = folder / STATUS_NAME
    partial = target.with_name(target.name + ".part")
    try:
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            json.dump(asdict(status), handle, indent=1)
        os.replace(partial, target)
    except OSError:
        partial.unlink(missing_ok=True)


def record_outside_copy(folder: Path, copy: Path, when: datetime) -> None:
    status = load_status(folder)
    status.outside_copy_at = when.isoformat(timespec="seconds")
    status.outside_copy_path = str(copy)
    status.use_days = []
    save_status(folder, status)


def record_use(folder: Path, today: date) -> DataStatus:
    """Note that the app is used today; returns the status after that."""
    status = load_status(folder)
    if today.isoformat() not in status.use_days:
        status.use_days.append(today.isoformat())
        save_status(folder, status)
    return status


def record_full_check(folder: Path, today: date, verdict: str) -> None:
    status = load_status(folder)
    status.full_check_on = today.isoformat()
    status.full_check_verdict = verdict
    save_status(folder, status)
