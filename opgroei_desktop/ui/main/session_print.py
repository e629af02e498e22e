"""Printing and sending what a meeting needs: the invitation, the draaiboek, score sheets and
card sheets as Word or PDF, and the invitation as an e-mail draft for the mail program.

Each document is written in the thread pool, like the minutes; the message bar says where it
went. The e-mail draft (.eml) opens in the mail program, addressed to the invited who may be
named and gave an e-mail address, with the invitation attached.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QRunnable, Qt, QThreadPool, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMenu, QToolButton, QVBoxLayout, QWidget

from ...core.errors import OpgroeiError
from .. import settings as ui_settings
from ..common.context import Workbench
from ..common.message_bar import MessageBar
from ..common.widgets import button
from .minutes_export import ExportSignals, export_folder, with_suffix

Writer = Callable[[str], Path]


class WriteTask(QRunnable):
    """Runs one export off the main thread and reports the path or the Dutch error."""

    def __init__(self, write: Writer, target: str) -> None:
        super().__init__()
        self.write, self.target = write, target
        self.signals = ExportSignals()
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            written = self.write(self.target)
        except OpgroeiError as error:
            self.signals.finished.emit("", str(error))
            return
        except Exception as error:  # noqa: BLE001 (a worker must always report back)
            traceback.print_exc()
            message = QCoreApplication.translate(
                "SessionPrint", "The document could not be saved (%1). Nothing was written."
            ).replace("%1", f"{type(error).__name__}: {error}")
            self.signals.finished.emit("", message)
            return
        self.signals.finished.emit(str(written), "")


class SessionPrintBar(QWidget):
    """The "Print" menu and the "Send invitation" button of one meeting."""

    def __init__(self, work: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.work = work
        self.meeting: Any = None
        self.tasks: list[WriteTask] = []
        # One above the other: side by side they took the width the invited people need at 1280.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.print_button = QToolButton()
        self.print_button.setText(self.tr("&Print for the table…"))
        self.print_button.setAccessibleName(self.tr("Print for the table"))
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.print_button)
        self.actions_by_kind = {}
        for kind, text in (
            ("invitation", self.tr("Invitation with agenda")),
            ("script", self.tr("Draaiboek (script with timing and materials)")),
            ("scores", self.tr("Score sheets for the nulmeting")),
            ("aannames", self.tr("Assumption cards")),
            ("rollen", self.tr("Role cards")),
            ("vragen", self.tr("Question cards")),
        ):
            action = menu.addAction(text)
            action.triggered.connect(lambda _checked=False, k=kind: self.print_kind(k))
            self.actions_by_kind[kind] = action
        self.print_button.setMenu(menu)
        self.send_button = button(
            self.tr("Send &invitation…"),
            tip=self.tr(
                "Writes an e-mail draft with the invitation attached, addressed to the invited "
                "people who may be named, and opens it in your mail program"
            ),
        )
        self.send_button.clicked.connect(self.send_invitation)
        layout.addWidget(self.print_button)
        layout.addWidget(self.send_button)

    def show_meeting(self, meeting: Any) -> None:
        """The meeting the documents are for (a MeetingView), or None."""
        self.meeting = meeting
        self.setEnabled(meeting is not None)

    # -- printing ------------------------------------------------------------------------------

    def print_kind(self, kind: str) -> Path | None:
        """Ask where to save one document (.docx or .pdf), then write it in the background."""
        if self.meeting is None:
            return None
        self.work.saves.flush_all()
        names = {
            "invitation": self.tr("Invitation"),
            "script": self.tr("Draaiboek"),
            "scores": self.tr("Score sheets"),
            "aannames": self.tr("Assumption cards"),
            "rollen": self.tr("Role cards"),
            "vragen": self.tr("Question cards"),
        }
        suggested = export_folder(self.work.settings) / f"{names[kind]} {self.meeting.title}.pdf"
        kinds = self.tr("PDF documents (*.pdf);;Word documents (*.docx)")
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Save %1").replace("%1", names[kind]), str(suggested), kinds
        )
        if not path:
            return None
        path = with_suffix(path, ".docx" if "docx" in chosen else ".pdf")
        ui_settings.EXPORT_FOLDER.set(self.work.settings, str(Path(path).parent))
        self._start(self._writer(kind), path, self._saved)
        return Path(path)

    def _writer(self, kind: str) -> Writer:
        store, meeting_id, library = self.work.bus.store, self.meeting.id, self.work.library
        if kind == "invitation":
            from ...export.invitation import export_invitation

            return lambda target: export_invitation(store, meeting_id, target)
        if kind == "script":
            from ...export.script_document import export_script

            return lambda target: export_script(store, meeting_id, target, library)
        if kind == "scores":
            from ...export.score_sheet import export_score_sheet

            return lambda target: export_score_sheet(store, meeting_id, target)
        from ...export.cards import export_cards

        return lambda target: export_cards(store, meeting_id, kind, target, library)

    # -- sending -------------------------------------------------------------------------------

    def send_invitation(self) -> Path | None:
        """Write the e-mail draft with the invitation and open it in the mail program."""
        if self.meeting is None:
            return None
        from ...export.invitation import write_invitation_mail

        self.work.saves.flush_all()
        suggested = export_folder(self.work.settings) / f"Uitnodiging {self.meeting.title}.eml"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the invitation e-mail"),
            str(suggested),
            self.tr("E-mail drafts (*.eml)"),
        )
        if not path:
            return None
        path = with_suffix(path, ".eml")
        store, meeting_id = self.work.bus.store, self.meeting.id
        self._start(
            lambda target: write_invitation_mail(store, meeting_id, target),
            path,
            self._mail_written,
        )
        return Path(path)

    # -- results -------------------------------------------------------------------------------

    def _start(self, write: Writer, path: str, done: Callable[[str, str], None]) -> None:
        task = WriteTask(write, path)
        task.signals.finished.connect(done)
        task.signals.finished.connect(lambda *_: self.tasks.remove(task))
        self.tasks.append(task)
        QThreadPool.globalInstance().start(task)

    def _saved(self, written: str, error: str) -> None:
        if self._report_error(error):
            return
        bar = self.window().findChild(MessageBar)
        if bar is not None:
            folder = str(Path(written).parent)
            bar.show_info(
                self.tr("Saved as %1.").replace("%1", Path(written).name),
                self.tr("Open folder"),
                lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(folder)),
            )

    def _mail_written(self, written: str, error: str) -> None:
        if self._report_error(error):
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(written))
        bar = self.window().findChild(MessageBar)
        if bar is not None:
            bar.show_info(
                self.tr("The invitation e-mail opens in your mail program: %1").replace(
                    "%1", Path(written).name
                )
            )

    def _report_error(self, error: str) -> bool:
        if not error:
            return False
        bar = self.window().findChild(MessageBar)
        if bar is not None:
            bar.show_error(error)
        else:
            self.work.bus.failed.emit(error)
        return True
