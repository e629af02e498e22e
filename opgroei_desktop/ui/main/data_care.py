"""Looking after the data from the main window: a copy to another place, and what to know.

Adds "Back up to…" to the File menu, reminds the user after a week of use without a copy in
another place, says when the data are opened read-only, and shows what the background
backups and the daily full check report.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow

from ...core.data_status import record_use
from ...core.errors import OpgroeiError
from ...core.store import Store
from ..backups import BackupScheduler
from ..common.message_bar import MessageBar


class _CopyJob(QRunnable):
    def __init__(self, store: Store, folder: Path, care: DataCare) -> None:
        super().__init__()
        self.store, self.folder, self.care = store, folder, care

    def run(self) -> None:
        try:
            copy = self.store.backup_to(self.folder)
        except OpgroeiError as error:
            self.care.copy_failed.emit(str(error))
        else:
            self.care.copy_made.emit(str(copy))


class DataCare(QObject):
    """Wires the data's safety into a main window with a ``message_bar`` and a File menu."""

    copy_made = Signal(str)
    copy_failed = Signal(str)

    def __init__(
        self,
        window: QMainWindow,
        messages: MessageBar,
        store: Store,
        backups: BackupScheduler,
        before: QAction | None = None,
    ) -> None:
        super().__init__(window)
        self.window, self.messages, self.store = window, messages, store
        self.back_up_to = QAction(self.tr("&Back up to…"), window)
        self.back_up_to.setObjectName("Back up to")
        self.back_up_to.setStatusTip(
            self.tr("Write a checked copy of all data to a USB stick or network folder")
        )
        self.back_up_to.triggered.connect(self.choose_folder)
        file_menu = window.menuBar().actions()[0].menu()
        file_menu.insertAction(before, self.back_up_to)
        self.back_up_to.setEnabled(not store.read_only)
        self.copy_made.connect(self._copied)
        self.copy_failed.connect(messages.show_error)
        backups.failed.connect(messages.show_error)
        backups.damaged.connect(messages.show_error)

    def greet(self) -> None:
        """Say what the user should know at start: read-only data, or a copy is due."""
        if self.store.read_only:
            self.window.setWindowTitle(self.tr("{0} (read-only)").format(self.window.windowTitle()))
            self.messages.show_error(
                self.tr(
                    "These data are read-only ({0}): you can read everything, but changes "
                    "cannot be saved. To work on them, copy the data folder to a place where "
                    "you may write, such as your own documents folder, and open it from there."
                ).format(self.store.path)
            )
            return
        status = record_use(self.store.data_dir, date.today())
        if status.outside_copy_due():
            self.messages.show_info(
                self.tr(
                    "You have worked on {0} days without a copy in another place. "
                    "Put a copy on a USB stick or network folder, so a lost laptop costs no work."
                ).format(len(status.use_days)),
                self.tr("Back up to…"),
                self.choose_folder,
            )

    def choose_folder(self) -> None:
        """Ask for a folder and write a checked copy there in the background."""
        folder = QFileDialog.getExistingDirectory(
            self.window, self.tr("Choose a USB stick or folder for the copy")
        )
        if folder:
            self.start_copy(Path(folder))

    def start_copy(self, folder: Path) -> None:
        self.messages.show_info(self.tr("Writing a copy to {0}…").format(folder))
        QThreadPool.globalInstance().start(_CopyJob(self.store, folder, self))

    def _copied(self, path: str) -> None:
        self.messages.show_info(self.tr("A checked copy was written to {0}.").format(path))
