"""Backups while the app runs: shortly after start and every half hour of use.

The copy runs in Qt's thread pool (SQLite's backup API on its own connection), so a
meeting never waits for it; the result comes back on the main thread as a signal. Once a
day, before the backup, the whole file is checked; a damaged file is not backed up.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from ..core.data_status import load_status
from ..core.errors import OpgroeiError
from ..core.store import Store

INTERVAL_MS = 30 * 60 * 1000
FIRST_DELAY_MS = 5 * 1000


class _BackupJob(QRunnable):
    def __init__(self, store: Store, reason: str, report: BackupScheduler) -> None:
        super().__init__()
        self.store, self.reason, self.report = store, reason, report

    def run(self) -> None:
        if self.store.damage is None and load_status(self.store.data_dir).full_check_due(
            date.today()
        ):
            if self.store.integrity(thorough=True) != "ok":
                self.report.damaged.emit(self.store.damaged_message())
                return
        try:
            path = self.store.backup(self.reason)
        except OpgroeiError as error:
            self.report.failed.emit(str(error))
        else:
            self.report.made.emit(str(path))


class BackupScheduler(QObject):
    """Makes a backup a few seconds after start, then every half hour.

    ``damaged`` tells that the daily full check found the file damaged; from then on the
    store refuses to save or back up, so the good backups are kept.
    """

    made = Signal(str)
    failed = Signal(str)
    damaged = Signal(str)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(lambda: self.backup_now("automatisch"))

    def start(self, first_delay_ms: int = FIRST_DELAY_MS) -> None:
        if self.store.read_only:
            return  # nothing changes, and the backup folder cannot be written either
        QTimer.singleShot(first_delay_ms, self, lambda: self.backup_now("start"))
        self._timer.start()

    def backup_now(self, reason: str = "handmatig") -> None:
        """Start a backup in the background; ``made``, ``failed`` or ``damaged`` reports it."""
        QThreadPool.globalInstance().start(_BackupJob(self.store, reason, self))
