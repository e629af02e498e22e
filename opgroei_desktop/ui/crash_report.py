"""The last safety net: any error nobody caught is logged and told calmly.

A rotated log file in the data folder keeps the details (a Windows user has no console to
read); a small dialog says that what was saved stays saved and offers to copy the details.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

LOG_NAME = "opgroei.log"
LOG_BYTES = 256 * 1024
LOG_COPIES = 3
log = logging.getLogger("opgroei_desktop")


def start_log(data_dir: Path) -> Path:
    """Write the app's log to ``data_dir``/opgroei.log, rotated at 256 KB with three copies."""
    path = data_dir / LOG_NAME
    if not any(getattr(h, "baseFilename", None) == str(path) for h in log.handlers):
        handler = RotatingFileHandler(
            path, maxBytes=LOG_BYTES, backupCount=LOG_COPIES, encoding="utf-8", delay=True
        )
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
    return path


class CrashReporter(QObject):
    """Installs itself as ``sys.excepthook``; shows one dialog at a time on the main thread."""

    reported = Signal(str)

    def __init__(self, log_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_path = log_path
        self.dialog: CrashDialog | None = None
        self.reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = lambda args: self.handle(
            args.exc_type, args.exc_value, args.exc_traceback
        )

    def handle(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        """Log the error with its traceback and ask the main thread to show the dialog."""
        details = "".join(traceback.format_exception(kind, error, trace))
        log.error("Unexpected error\n%s", details)
        self.reported.emit(details)

    def _show(self, details: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.add(details)
            return
        self.dialog = CrashDialog(details, self.log_path)
        self.dialog.show()
        self.dialog.raise_()


class CrashDialog(QDialog):
    """A calm message: what was saved stays saved, where the report is, copy the details."""

    def __init__(self, details: str, log_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Opgroei Desktop"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        message = QLabel(
            self.tr(
                "Something unexpected went wrong. What was saved stays saved. You can go on "
                "working; if it happens again, close Opgroei Desktop and start it again."
            )
        )
        message.setWordWrap(True)
        where = QLabel(
            self.tr("The details are in {0}. Copy them to send to whoever helps you.").format(
                log_path
            )
        )
        where.setWordWrap(True)
        where.setTextFormat(Qt.TextFormat.PlainText)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Details"))
        self.details.setMaximumHeight(160)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy details"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(where)
        layout.addWidget(self.details)
        layout.addWidget(buttons)
        self.resize(560, 340)

    def add(self, details: str) -> None:
        self.details.appendPlainText("\n" + details)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())
        self.copy_button.setText(self.tr("Copied"))
