"""Saving the trajectory's handover dossier as Word or PDF, in a worker thread.

A long trajectory's dossier takes a second or two, so it is written in the thread pool; the
message bar says where it went or what went wrong.
"""

from __future__ import annotations

import traceback
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from ...core.errors import OpgroeiError
from ...core.services import trajectories
from ...core.store import Store
from .. import settings as ui_settings
from ..common.context import Workbench
from ..common.message_bar import MessageBar
from .minutes_export import ExportSignals, export_folder, with_suffix


class DossierExportTask(QRunnable):
    """Writes the dossier of one trajectory to one file, off the main thread."""

    def __init__(self, store: Store, trajectory_id: str, target: str) -> None:
        super().__init__()
        self.store, self.trajectory_id, self.target = store, trajectory_id, target
        self.signals = ExportSignals()
        self.setAutoDelete(False)

    def run(self) -> None:
        from ...export.dossier import export_dossier

        try:
            written = export_dossier(self.store, self.trajectory_id, self.target)
        except OpgroeiError as error:
            self.signals.finished.emit("", str(error))
            return
        except Exception as error:  # noqa: BLE001 (a worker must always report back)
            traceback.print_exc()
            message = QCoreApplication.translate(
                "DossierExport", "The dossier could not be saved (%1). Nothing was written."
            ).replace("%1", f"{type(error).__name__}: {error}")
            self.signals.finished.emit("", message)
            return
        self.signals.finished.emit(str(written), "")


class DossierExport(QObject):
    """The main window's "Save dossier…": asks where, writes in the background, reports."""

    finished = Signal(str, str)
    """The written path, or the Dutch message of what went wrong (one of the two is empty)."""

    def __init__(self, work: Workbench, window: QWidget) -> None:
        super().__init__(window)
        self.work = work
        self.window = window
        self.task: DossierExportTask | None = None

    def save(self, trajectory_id: str, path: str | None = None) -> None:
        """Ask for a .docx or .pdf name (unless given) and write the dossier there."""
        if self.task is not None:
            return
        self.work.saves.flush_all()
        if path is None:
            path = self._ask(trajectory_id)
            if not path:
                return
        task = DossierExportTask(self.work.bus.store, trajectory_id, path)
        task.signals.finished.connect(self._done)
        self.task = task
        QThreadPool.globalInstance().start(task)

    def _ask(self, trajectory_id: str) -> str:
        settings = self.work.settings
        trajectory = self.work.query(trajectories.get_trajectory, trajectory_id)
        name = trajectories.display_name(trajectory).replace("/", " ")
        word = self.tr("Dossier")
        suggested = export_folder(settings) / f"{word} {name} {date.today():%Y-%m-%d}.docx"
        path, chosen = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Save the dossier"),
            str(suggested),
            ";;".join([self.tr("Word documents (*.docx)"), self.tr("PDF documents (*.pdf)")]),
        )
        if not path:
            return ""
        path = with_suffix(path, ".pdf" if chosen.endswith("(*.pdf)") else ".docx")
        ui_settings.EXPORT_FOLDER.set(settings, str(Path(path).parent))
        return path

    def _done(self, written: str, error: str) -> None:
        self.task = None
        bar = self.window.findChild(MessageBar)
        if error:
            self.work.bus.failed.emit(error)
        elif bar is not None:
            folder = str(Path(written).parent)
            bar.show_info(
                self.tr("The dossier was saved as %1.").replace("%1", Path(written).name),
                self.tr("Open folder"),
                lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(folder)),
            )
        self.finished.emit(written, error)
