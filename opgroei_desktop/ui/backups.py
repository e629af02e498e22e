"""Backups while the app runs: shortly after start and every half hour of use.

The copy runs in Qt's thread pool (SQLite's backup API on its own connection), so a
meeting never waits for it; the result comes back on the main thread as a signal.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from ..core.errors import OpgroeiError
from ..core.store import Store

INTERVAL_MS = 30 * 60 * 1000
FIRST_DELAY_MS = 5 * 1000


class _BackupJob(QRunnable):
    def __init__(self, store: Store, reason: str, report: BackupScheduler) -> None:
        super().__init__()
        self.store, self.reason, self.report = store, reason, report

    def run(self) -> None:
        try:
            path = self.store.backup(self.reason)
        except OpgroeiError as error:
            self.report.failed.emit(str(error))
        else:
            self.report.made.emit(str(path))


class BackupScheduler(QObject):
    """Makes a backup a few seconds after start, then every half hour."""

    made = Signal(str)
    failed = Signal(str)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(lambda: self.backup_now("automatisch"))

    def start(self, first_delay_ms: int = FIRST_DELAY_MS) -> None:
        QTimer.singleShot(first_delay_ms, self, lambda: self.backup_now("start"))
        self._timer.start()

    def backup_now(self, reason: str = "handmatig") -> None:
        """Start a backup in the background; ``made`` or ``failed`` reports the outcome."""
        QThreadPool.globalInstance().start(_BackupJob(self.store, reason, self))
