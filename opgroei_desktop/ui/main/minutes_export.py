"""Saving the minutes as Word or PDF: where to, under which name, and in a worker thread.

Writing a .docx or laying out a PDF can take a few seconds for a long meeting, so it runs in
the thread pool; the result comes back on the main thread through a signal.
"""

from __future__ import annotations

import re
import traceback
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QSettings, QStandardPaths, Signal

from ...core.errors import OpgroeiError
from ...core.store import Store
from .. import settings as ui_settings

_NOT_IN_FILE_NAMES = re.compile(r'[\x00-\x1f<>:"/\\|?*]+')
_MAX_TITLE = 80


def default_file_name(title: str, starts_at: datetime | None, suffix: str) -> str:
    """ "Verslag 2026-09-15 Afspraken voor het plan van aanpak.docx": sorts by date in a
    folder and holds no character Windows or macOS refuses in a file name."""
    word = QCoreApplication.translate("MinutesExport", "Minutes")
    clean = " ".join(_NOT_IN_FILE_NAMES.sub(" ", title).split()).strip(" .")
    parts = [word, starts_at.strftime("%Y-%m-%d") if starts_at else "", clean[:_MAX_TITLE]]
    return " ".join(part for part in parts if part) + suffix


def export_folder(settings: QSettings) -> Path:
    """The folder the last export went to, else the user's Documents folder (or home)."""
    remembered = ui_settings.EXPORT_FOLDER.get(settings)
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def with_suffix(path: str, suffix: str) -> str:
    """``path`` as typed, with ``suffix`` added when the user left the extension off."""
    return path if Path(path).suffix else path + suffix


class ExportSignals(QObject):
    """Carries the worker's result to the main thread: the written path, or the Dutch
    message of what went wrong (one of the two is empty)."""

    finished = Signal(str, str)


class MinutesExportTask(QRunnable):
    """Writes the minutes of one meeting to one file, off the main thread."""

    def __init__(
        self, store: Store, meeting_id: str, target: str, template: str | None = None
    ) -> None:
        super().__init__()
        self.store, self.meeting_id, self.target, self.template = (
            store,
            meeting_id,
            target,
            template,
        )
        self.signals = ExportSignals()
        # The panel keeps the task until its result arrives; Qt must not delete it first.
        self.setAutoDelete(False)

    def run(self) -> None:
        from ...export.minutes import export_minutes

        try:
            written = export_minutes(self.store, self.meeting_id, self.target, self.template)
        except OpgroeiError as error:
            self.signals.finished.emit("", str(error))
            return
        except Exception as error:  # noqa: BLE001 (a worker must always report back)
            traceback.print_exc()
            message = QCoreApplication.translate(
                "MinutesExport", "The minutes could not be saved (%1). Nothing was written."
            ).replace("%1", f"{type(error).__name__}: {error}")
            self.signals.finished.emit("", message)
            return
        self.signals.finished.emit(str(written), "")
