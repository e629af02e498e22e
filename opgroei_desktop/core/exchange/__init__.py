"""Exchange: a trajectory travels as one ``.opgroei`` file and merges back by ids.

Qt-free. ``export_archive`` writes; ``preview_import`` reads, checks and plans without writing;
``import_archive`` applies in one transaction; ``merge`` holds the plan and its conflicts.

The names below are loaded on first use (PEP 562): the command line defines its ``import``
command from ``commands`` on every start, and the app's first frame must not wait for the
data layer that the importer and writer bring in.
"""

from __future__ import annotations

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


def __getattr__(name: str) -> Any:
    if name in ("SUFFIX", "Archive"):
        from . import format as module
    elif name in ("ImportResult", "import_archive", "preview_import"):
        from . import importer as module
    elif name in ("Choice", "Conflict", "MergePlan", "TrajectoryPlan"):
        from . import merge as module
    elif name in ("ArchiveRefused", "read_archive"):
        from . import reader as module
    elif name in ("ExportResult", "export_archive"):
        from . import writer as module
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(module, name)
