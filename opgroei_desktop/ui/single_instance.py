"""One app window per data folder: a second start hands over to the first.

The folder's lock file says whether the app already runs on it (see ``core.folder_lock``);
a local socket named after the folder lets the second start ask the first to come to the
front, as Qt applications usually do. Taking the lock needs neither the data layer nor
QtNetwork, so it costs the start-up nothing; the socket opens once the window is shown.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ..core.folder_lock import DataFolderLock

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer

CONNECT_MS = 1000


def server_name(folder: Path) -> str:
    """A socket name of the data folder, the same for every start on that folder."""
    return "opgroei-" + hashlib.sha256(str(folder).encode()).hexdigest()[:20]


class SingleInstance(QObject):
    """Holds the data folder while the app runs; ``activated`` when a second start knocks."""

    activated = Signal()

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.lock = DataFolderLock(folder)
        self.server: QLocalServer | None = None

    def claim(self) -> bool:
        """Take the folder, or ask the app that has it to show itself and return False."""
        try:
            claimed = self.lock.try_acquire()
        except OSError:
            return True  # a folder we cannot write in: opened read-only, nothing to guard
        if not claimed:
            self._knock()
        return claimed

    def listen(self) -> None:
        """Answer later starts on this folder (call once the window is shown)."""
        from PySide6.QtNetwork import QLocalServer

        self.server = QLocalServer(self)
        QLocalServer.removeServer(server_name(self.folder))  # left by a crashed start
        self.server.newConnection.connect(self._knocked)
        self.server.listen(server_name(self.folder))

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
        self.lock.release()

    def _knock(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket(self)
        socket.connectToServer(server_name(self.folder))
        if socket.waitForConnected(CONNECT_MS):
            socket.write(b"show\n")
            socket.waitForBytesWritten(CONNECT_MS)
            socket.disconnectFromServer()

    def _knocked(self) -> None:
        while self.server is not None and self.server.hasPendingConnections():
            connection = self.server.nextPendingConnection()
            connection.disconnected.connect(connection.deleteLater)
        self.activated.emit()


def bring_to_front(window: QWidget) -> None:
    """Show ``window`` on top, restored if it was minimised."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


def claim_data_folder(folder: Path, app: QObject) -> SingleInstance | None:
    """Hold ``folder`` for this app, with its log file and crash reporter.

    Returns None after telling the user when another window has the folder (that window is
    asked to come to the front) or when the folder cannot be made.
    """
    from PySide6.QtWidgets import QApplication, QMessageBox

    from .crash_report import CrashReporter, start_log

    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as error:
        QMessageBox.critical(
            None,
            "Opgroei Desktop",
            f"De gegevensmap kan niet worden gemaakt: {folder} ({error.strerror}).",
        )
        return None
    instance = SingleInstance(folder, app)
    if not instance.claim():
        QMessageBox.information(
            None,
            "Opgroei Desktop",
            QApplication.translate(
                "Startup",
                "Opgroei Desktop is already open with these data ({0}). That window has been "
                "brought to the front; please go on there, so that no change is made twice.",
            ).format(folder),
        )
        return None
    reporter = CrashReporter(start_log(folder), app)
    reporter.install()
    return instance
