"""The ``.opgroei`` file: a zip holding ``manifest.json`` and ``tables/<table>.json``.

The manifest says what the file is (format and version, the app that wrote it, when, from
which data folder), which trajectories it holds, how many rows per table, and the SHA-256 and
size of every other member. A table member is ``{"table": name, "rows": {id: {column: value}}}``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

FORMAT_NAME = "opgroei-archief"
FORMAT_VERSION = 1
SUFFIX = ".opgroei"
MANIFEST = "manifest.json"
TABLES_FOLDER = "tables/"

PURPOSE_FULL = "volledig"
PURPOSE_HANDOVER = "overdracht"
"""A handover archive is for the parties themselves: the facilitator's own notes are left out."""

MAX_ARCHIVE_BYTES = 256 * 1024 * 1024
MAX_MEMBERS = 100
MAX_MEMBER_BYTES = 128 * 1024 * 1024
MAX_TOTAL_BYTES = 512 * 1024 * 1024
MAX_RATIO = 200
"""Limits checked from the zip's directory before a byte is decompressed (zip bombs)."""

Rows = dict[str, dict[str, Any]]
"""One table's rows: id -> {column: JSON value}."""


def member_name(table: str) -> str:
    return f"{TABLES_FOLDER}{table}.json"


@dataclass(frozen=True)
class TrajectoryInfo:
    id: str
    name: str


@dataclass
class Archive:
    """An archive's content, read and checked in memory, not yet written anywhere."""

    archive_id: str
    origin: str
    created: datetime
    app_version: str
    purpose: str
    trajectories: list[TrajectoryInfo]
    tables: dict[str, Rows]
    received: dict[str, str] = field(default_factory=dict)
    """Per trajectory: the id of the last archive the writer had received for it."""

    def count(self) -> int:
        return sum(len(rows) for rows in self.tables.values())
