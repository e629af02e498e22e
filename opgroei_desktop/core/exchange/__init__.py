"""Exchange: a trajectory travels as one ``.opgroei`` file and merges back by ids.

Qt-free. ``export_archive`` writes; ``preview_import`` reads, checks and plans without writing;
``import_archive`` applies in one transaction; ``merge`` holds the plan and its conflicts.

The names below are loaded on first use (PEP 562): the command line defines its ``import``
command from ``commands`` on every start, and the app's first frame must not wait for the
data layer that the importer and writer bring in.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__all__ = [
    "SUFFIX",
    "Archive",
    "ArchiveRefused",
    "Choice",
    "Conflict",
    "ExportResult",
    "ImportResult",
    "MergePlan",
    "TrajectoryPlan",
    "export_archive",
    "import_archive",
    "preview_import",
    "read_archive",
]


_HOMES = {
    "SUFFIX": "format",
    "Archive": "format",
    "ImportResult": "importer",
    "import_archive": "importer",
    "preview_import": "importer",
    "Choice": "merge",
    "Conflict": "merge",
    "MergePlan": "merge",
    "TrajectoryPlan": "merge",
    "ArchiveRefused": "reader",
    "read_archive": "reader",
    "ExportResult": "writer",
    "export_archive": "writer",
}
"""The module each public name lives in."""


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f".{home}", __name__), name)
