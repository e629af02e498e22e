"""Shared by the exchange tests: stores in their own folders, and a fingerprint of the data."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from opgroei_desktop.core.exchange.tables import owners
from opgroei_desktop.core.exchange.writer import read_tables
from opgroei_desktop.core.store import Store


def open_store(folder: Path) -> Store:
    return Store.open(folder)


def fingerprint(store: Store) -> str:
    """A hash of every table's contents (model tables, bookkeeping and search index alike)."""
    connection = sqlite3.connect(store.path)
    digest = hashlib.sha256()
    try:
        names = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"
            )
        ]
        for name in names:
            digest.update(name.encode())
            for row in connection.execute(f'SELECT * FROM "{name}" ORDER BY 1'):
                digest.update(repr(row).encode())
    finally:
        connection.close()
    return digest.hexdigest()


def rows_of(store: Store, trajectory_id: str) -> dict:
    """Every travelling row of one trajectory, in the archive's JSON form."""
    with store.transaction() as session:
        return read_tables(session, [trajectory_id])


def files_under(folder: Path) -> set[str]:
    return {str(path.relative_to(folder)) for path in folder.rglob("*")}


def travelling_tables() -> list[str]:
    return list(owners())
