"""What a handover archive leaves out: the facilitator's own notes.

"The facilitator's own notes" are the private entries (kind ``prive``: on the console only,
never on the beamer or in the minutes) and the trajectory's notes field. What the facilitator
said in the room (voice ``procesbegeleider``) is part of the minutes and travels.

Rows that hung on a left-out row lose that link (an optional reference becomes empty) or are
left out with it (a required one).
"""

from __future__ import annotations

from ..vocab import EntryKind
from .format import Rows
from .tables import owners


def leave_out_private(tables: dict[str, Rows]) -> dict[str, int]:
    """Remove the facilitator's own notes from ``tables`` in place; counts left out per table."""
    dropped: dict[str, set[str]] = {name: set() for name in tables}
    for row_id, row in tables.get("entries", {}).items():
        if row.get("kind") == EntryKind.PRIVE:
            dropped["entries"].add(row_id)
    for row in tables.get("trajectories", {}).values():
        row["notes"] = ""
    _drop(tables, dropped)
    return {name: len(ids) for name, ids in dropped.items() if ids}


def _drop(tables: dict[str, Rows], dropped: dict[str, set[str]]) -> None:
    pending = {name: set(ids) for name, ids in dropped.items() if ids}
    while pending:
        for name, ids in pending.items():
            for row_id in ids:
                tables[name].pop(row_id, None)
        newly: dict[str, set[str]] = {}
        for name, rows in tables.items():
            for column in owners()[name].table.columns:
                for fk in column.foreign_keys:
                    gone = pending.get(fk.column.table.name)
                    if not gone:
                        continue
                    for row_id, row in rows.items():
                        if row.get(column.name) in gone:
                            if column.nullable:
                                row[column.name] = None
                            else:
                                newly.setdefault(name, set()).add(row_id)
        for name, ids in newly.items():
            dropped[name] |= ids
        pending = newly
