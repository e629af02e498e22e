"""Exchange: a trajectory travels as one ``.opgroei`` file and merges back by ids.

Qt-free. ``export_archive`` writes; ``preview_import`` reads, checks and plans without writing;
``import_archive`` applies in one transaction; ``merge`` holds the plan and its conflicts.
"""

from __future__ import annotations

from .format import SUFFIX, Archive
from .importer import ImportResult, import_archive, preview_import
from .merge import Choice, Conflict, MergePlan, TrajectoryPlan
from .reader import ArchiveRefused, read_archive
from .writer import ExportResult, export_archive

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
