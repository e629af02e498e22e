"""The minutes (verslag) of a held meeting: a live preview, the account per agenda item the
secretary writes, saving as Word or PDF, and each party's adoption of them.

The preview is the same document the Word file holds, rebuilt a moment after anything in the
trajectory changes (never while painting), keeping the reader's place on the page.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QDate, Qt, QThreadPool, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QProgressBar,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...core.changes import Changes
from ...core.errors import OpgroeiError
from ...core.services import meetings, minutes_status, people
from ...core.vocab import AttendanceStatus, MeetingStatus, Party
from .. import labels
from .. import settings as ui_settings
from ..common.context import Workbench, concerns
from ..common.message_bar import MessageBar
from ..common.widgets import button, label
from ..theme import COLOURS
from ..undo import CallCommand
from .account_editor import AccountEditor
from .minutes_export import MinutesExportTask, default_file_name, export_folder, with_suffix

REFRESH_DELAY_MS = 250
LINK_SCHEMES = ("http", "https", "mailto")
PARTIES = (Party.GEMEENTE.value, Party.INITIATIEF.value)


class MinutesBrowser(QTextBrowser):
    """Shows the minutes' HTML; follows no link itself and loads nothing but embedded images."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(open_link)

    def loadResource(self, kind: int, url: QUrl) -> Any:  # noqa: N802 (Qt's name)
        # A null answer lets the document decode data: URIs itself; anything else (a local
        # file, a remote address) gets an empty answer, so the document never fetches it.
        return None if url.scheme() == "data" else QByteArray()


def open_link(url: QUrl) -> bool:
    """Open an http, https or mailto link in the user's browser or mail program; others
    (file:, javascript:, relative) are refused."""
    if url.scheme().lower() not in LINK_SCHEMES:
        return False
    return QDesktopServices.openUrl(url)


class AdoptionRow(QWidget):
    """One party's agreement: who and on which day, or who agreed already and a way back."""

    agree_requested = Signal(str, str, object)
    withdraw_requested = Signal(str)

    def __init__(self, party: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.party = party
        municipality = party == Party.GEMEENTE
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.party_label = label(labels.party(party), "subheading", wrap=False)
        self.party_label.setMinimumWidth(100)
        self.name = QComboBox()
        self.name.setEditable(True)
        self.name.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.name.setMinimumContentsLength(8)
        self.name.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.name.lineEdit().setPlaceholderText(self.tr("Name"))
        self.name.setToolTip(self.tr("Choose someone who was at the meeting, or type a name"))
        self.name.setAccessibleName(
            self.tr("Name of who agrees for the municipality")
            if municipality
            else self.tr("Name of who agrees for the initiative")
        )
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd-MM-yyyy")
        self.day.setAccessibleName(
            self.tr("Date the municipality agreed")
            if municipality
            else self.tr("Date the initiative agreed")
        )
        self.agree = button(
            self.tr("Adopted by the municipality")
            if municipality
            else self.tr("Adopted by the initiative"),
            tip=self.tr("Records who agreed to these minutes on behalf of this party, and when"),
        )
        self.done = label("", wrap=True)
        self.withdraw = button(
            self.tr("Withdraw"),
            self.tr("Withdraw the municipality's agreement")
            if municipality
            else self.tr("Withdraw the initiative's agreement"),
            tip=self.tr("The minutes become a draft again"),
        )
        layout.addWidget(self.party_label)
        layout.addWidget(self.name, 2)
        layout.addWidget(self.day)
        layout.addWidget(self.agree)
        layout.addWidget(self.done, 1)
        layout.addWidget(self.withdraw)
        self.agree.clicked.connect(self._agree)
        self.name.lineEdit().returnPressed.connect(self._agree)
        self.withdraw.clicked.connect(lambda: self.withdraw_requested.emit(self.party))
        self.show_agreement("", None)

    def set_names(self, names: list[str]) -> None:
        """Offer ``names`` in the drop-down list, keeping whatever was typed."""
        typed = self.name.currentText()
        self.name.blockSignals(True)
        self.name.clear()
        self.name.addItems(names)
        self.name.setCurrentIndex(-1)
        self.name.setEditText(typed)
        self.name.blockSignals(False)

    def clear(self) -> None:
        """Empty the name and set the date to today, for another meeting."""
        self.name.setEditText("")
        self.day.setDate(QDate.currentDate())

    def show_agreement(self, by: str, on: date | None) -> None:
        """Show that ``by`` agreed on ``on``, or (``on`` None) the fields to record it."""
        agreed = on is not None
        fields, result = (self.name, self.day, self.agree), (self.done, self.withdraw)
        # Hide before showing: with both sets shown for a moment the row is as wide as all of
        # them together, and the main window grows to that width and stays wider than a laptop.
        for widget in result if not agreed else fields:
            widget.hide()
        for widget in fields if not agreed else result:
            widget.show()
        if agreed:
            text = self.tr("✓ Agreed by %1 on %2").replace("%1", by or "—")
            self.done.setText(text.replace("%2", labels.day(on)))
            self.done.setAccessibleName(self.done.text())

    def _agree(self) -> None:
        self.agree_requested.emit(self.party, self.name.currentText().strip(), self.day.date())


class MinutesPanel(QWidget):
    """Preview, export and adoption of one meeting's minutes."""

    exported = Signal(str, str)
    """After an export: the written path, or the Dutch message of why nothing was written."""

    def __init__(self, work: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.work = work
        self.meeting: Any = None
        self.trajectory_id: str | None = None
        self._html = ""
        self._stale = False
        self._task: MinutesExportTask | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)
        top = QHBoxLayout()
        top.setSpacing(8)
        self.state = label("", wrap=True)
        self.state.setAccessibleName(self.tr("State of the minutes"))
        top.addWidget(self.state, 1)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumWidth(90)
        self.busy.setAccessibleName(self.tr("Saving the minutes"))
        # While saving, the busy line takes the place of the state line, so the buttons keep
        # their room on a 1280-pixel screen.
        self.busy_label = label(self.tr("Saving the minutes…"), "muted")
        top.addWidget(self.busy_label, 1)
        top.addWidget(self.busy)
        self.word_button = button(
            self.tr("Save as Wo&rd…"),
            self.tr("Save the minutes as a Word file"),
            primary=True,
            tip=self.tr("A .docx file both parties can file, edit and forward"),
        )
        self.pdf_button = button(
            self.tr("Save as P&DF…"),
            self.tr("Save the minutes as a PDF file"),
            tip=self.tr("A PDF file to send round; it looks the same everywhere"),
        )
        self.mail_button = button(
            self.tr("Se&nd…"),
            self.tr("Send the minutes by e-mail"),
            tip=self.tr(
                "An e-mail draft to both parties with the minutes attached and the date until "
                "which corrections are welcome; your mail program opens it to check and send"
            ),
        )
        top.addWidget(self.word_button)
        top.addWidget(self.pdf_button)
        top.addWidget(self.mail_button)
        layout.addLayout(top)
        adoption = QFrame()
        adoption.setProperty("card", True)
        rows = QVBoxLayout(adoption)
        rows.setContentsMargins(12, 8, 12, 8)
        rows.setSpacing(6)
        self.rows = {party: AdoptionRow(party) for party in PARTIES}
        for row in self.rows.values():
            rows.addWidget(row)
            row.agree_requested.connect(self._agree)
            row.withdraw_requested.connect(self._withdraw)
        self.reopen_button = button(
            self.tr("Reopen…"),
            self.tr("Reopen the adopted minutes"),
            tip=self.tr(
                "Adopted minutes do not change. Reopen them, with a reason, to correct them; "
                "both parties then adopt them again"
            ),
        )
        self.reopen_button.clicked.connect(self.reopen)
        rows.addWidget(self.reopen_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(adoption)
        self.preview = MinutesBrowser()
        self.preview.setAccessibleName(self.tr("Preview of the minutes"))
        self.accounts = AccountEditor(work)
        self.views = QTabWidget()
        self.views.setAccessibleName(self.tr("Minutes: preview or account per agenda item"))
        self.views.setDocumentMode(True)
        self.views.addTab(self.preview, self.tr("Pre&view"))
        self.views.addTab(self.accounts, self.tr("Account per agenda &item"))
        layout.addWidget(self.views, 1)
        self._show_busy(False)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self.word_button.clicked.connect(lambda: self.save_as(".docx"))
        self.pdf_button.clicked.connect(lambda: self.save_as(".pdf"))
        self.mail_button.clicked.connect(self.send_minutes)
        self.open_draft = lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(path))
        """Opens a written e-mail draft in the mail program (tests put a recorder here)."""
        work.bus.changed.connect(self._on_changed)

    # -- showing -------------------------------------------------------------------------------

    def show_meeting(self, trajectory_id: str | None, meeting: Any) -> None:
        """Show the minutes of ``meeting`` (a MeetingView), or nothing."""
        other = (meeting.id if meeting else None) != (self.meeting.id if self.meeting else None)
        self.trajectory_id, self.meeting = trajectory_id, meeting
        self.accounts.show_meeting(trajectory_id, meeting)
        if meeting is None:
            self._html = ""
            self.preview.clear()
            return
        if other:
            self._html = ""
            self.preview.clear()
            for row in self.rows.values():
                row.clear()
            self._fill_names()
        for party, row in self.rows.items():
            row.show_agreement(
                getattr(meeting, f"agreed_{party}_by"), getattr(meeting, f"agreed_{party}_on")
            )
        self._show_state(meeting)
        if other:
            self._stale = True
            if self.isVisible():
                self.refresh_preview()
        else:
            self._schedule()

    def refresh_preview(self) -> None:
        """Rebuild the preview now, keeping the scroll position."""
        from ...export.minutes import minutes_html

        self._timer.stop()
        self._stale = False
        if self.meeting is None:
            return
        try:
            html = self.work.query(minutes_html, self.meeting.id)
        except OpgroeiError:
            return  # the meeting was deleted a moment ago; the page is about to change
        if html == self._html:
            return
        bar = self.preview.verticalScrollBar()
        position = bar.value()
        self._html = html
        self.preview.setHtml(html)
        bar.setValue(position)

    def showEvent(self, event: object) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._stale:
            self.refresh_preview()

    def _schedule(self) -> None:
        if self.isVisible():
            self._timer.start()
        else:
            self._stale = True

    def _show_state(self, meeting: Any) -> None:
        held = meeting.status not in (MeetingStatus.GEPLAND, MeetingStatus.BEZIG)
        self.mail_button.setEnabled(held and self._task is None)
        adopted = meeting.status == MeetingStatus.VERSLAG_VASTGESTELD
        self.reopen_button.setVisible(adopted)
        for row in self.rows.values():
            row.withdraw.setVisible(row.withdraw.isVisibleTo(row) and not adopted)
        if adopted:
            agreed = [
                getattr(meeting, f"agreed_{p}_on")
                for p in PARTIES
                if getattr(meeting, f"agreed_{p}_on")
            ]
            when = labels.day(max(agreed)) if agreed else ""
            text = self.tr("Adopted on %1").replace("%1", when) if when else self.tr("Adopted")
            colour = COLOURS.ok
        else:
            text = self.tr("Draft: not yet adopted by both parties")
            colour = COLOURS.warning
        self.state.setText(text)
        self.state.setStyleSheet(f"color: {colour}; font-weight: bold; font-size: 12pt;")

    def _fill_names(self) -> None:
        """Offer each party's attendees of this meeting, those present first."""
        by_person = {p.id: p for p in self.work.query(people.list_people, self.trajectory_id)}
        lines = self.work.query(meetings.list_attendance, self.meeting.id)
        lines.sort(key=lambda line: line.status != AttendanceStatus.AANWEZIG)
        for party, row in self.rows.items():
            names = [
                by_person[line.person_id].name
                for line in lines
                if line.person_id in by_person and by_person[line.person_id].party == party
            ]
            row.set_names(list(dict.fromkeys(names)))

    def _on_changed(self, changes: Changes) -> None:
        if self.meeting is None or not concerns(changes, self.trajectory_id):
            return
        if changes.touches("attendance", "people"):
            self._fill_names()
        self._schedule()

    # -- adopting ------------------------------------------------------------------------------

    def _agree(self, party: str, by: str, day: QDate) -> None:
        from ...export.minutes import adopt_minutes

        meeting_id, before, bus = self.meeting.id, self._agreement(party), self.work.bus
        on = day.toPython()
        text = (
            self.tr("Minutes adopted by the municipality")
            if party == Party.GEMEENTE
            else self.tr("Minutes adopted by the initiative")
        )
        self.work.push(
            CallCommand(
                bus,
                text,
                lambda: bus.run(adopt_minutes, meeting_id, party, by, on),
                lambda: bus.run(
                    minutes_status.put_back_minutes_agreement, meeting_id, party, *before
                ),
            )
        )

    def _withdraw(self, party: str) -> None:
        meeting_id, before, bus = self.meeting.id, self._agreement(party), self.work.bus
        text = (
            self.tr("Withdraw the municipality's agreement")
            if party == Party.GEMEENTE
            else self.tr("Withdraw the initiative's agreement")
        )
        self.work.push(
            CallCommand(
                bus,
                text,
                lambda: bus.run(minutes_status.withdraw_minutes_agreement, meeting_id, party),
                lambda: bus.run(
                    minutes_status.put_back_minutes_agreement, meeting_id, party, *before
                ),
            )
        )

    def reopen(self) -> None:
        """Ask why, then reopen the adopted minutes; the reason goes into their history."""
        if self.meeting is None:
            return
        reason, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Reopen the minutes"),
            self.tr(
                "Why are the adopted minutes reopened? The reason is kept in the history of "
                "the minutes. Both parties then adopt them again."
            ),
        )
        if ok:
            self.work.bus.run(minutes_status.reopen_minutes, self.meeting.id, reason)

    def _agreement(self, party: str) -> tuple[str, date | None, str]:
        meeting = self.meeting
        return (
            getattr(meeting, f"agreed_{party}_by"),
            getattr(meeting, f"agreed_{party}_on"),
            meeting.status,
        )

    # -- exporting -----------------------------------------------------------------------------

    def save_as(self, suffix: str) -> None:
        """Ask where to save the minutes as ``suffix`` (.docx or .pdf) and write them there
        in the background; the message bar says when it is done or what went wrong."""
        if self.meeting is None or self._task is not None:
            return
        self.work.saves.flush_all()
        settings = self.work.settings
        suggested = export_folder(settings) / default_file_name(
            self.meeting.title, self.meeting.starts_at, suffix
        )
        kinds = (
            self.tr("Word documents (*.docx)")
            if suffix == ".docx"
            else self.tr("PDF documents (*.pdf)")
        )
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the minutes"), str(suggested), kinds
        )
        if not path:
            return
        path = with_suffix(path, suffix)
        ui_settings.EXPORT_FOLDER.set(settings, str(Path(path).parent))
        template = ui_settings.MINUTES_TEMPLATE.get(settings) if suffix == ".docx" else ""
        task = MinutesExportTask(self.work.bus.store, self.meeting.id, path, template or None)
        # A slot of this widget, so the result is handled on the main thread.
        task.signals.finished.connect(self._done)
        self._task = task
        self._show_busy(True)
        QThreadPool.globalInstance().start(task)

    def send_minutes(self) -> None:
        """Ask where to save an e-mail draft with the minutes, write it, and open it in the
        mail program; nothing is sent from the app itself."""
        if self.meeting is None:
            return
        self.work.saves.flush_all()
        suggested = export_folder(self.work.settings) / default_file_name(
            self.meeting.title, self.meeting.starts_at, ".eml"
        )
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the e-mail draft"), str(suggested), self.tr("E-mail (*.eml)")
        )
        if path:
            self.write_mail(with_suffix(path, ".eml"))

    def write_mail(self, path: str) -> str | None:
        """Write the e-mail draft to ``path`` and open it; the written path, or None after
        showing why not."""
        from ...export.mail import write_minutes_mail

        bar = self.window().findChild(MessageBar)
        try:
            written = str(self.work.query(write_minutes_mail, self.meeting.id, path))
        except OpgroeiError as error:
            if bar is not None:
                bar.show_error(str(error))
            else:
                self.work.bus.failed.emit(str(error))
            return None
        if bar is not None:
            bar.show_info(
                self.tr("The e-mail draft was saved as %1.").replace("%1", Path(written).name)
            )
        self.open_draft(written)
        return written

    def _done(self, written: str, error: str) -> None:
        self._task = None
        self._show_busy(False)
        bar = self.window().findChild(MessageBar)
        if error:
            if bar is not None:
                bar.show_error(error)
            else:
                self.work.bus.failed.emit(error)
        elif bar is not None:
            folder = str(Path(written).parent)
            bar.show_info(
                self.tr("The minutes were saved as %1.").replace("%1", Path(written).name),
                self.tr("Open folder"),
                lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(folder)),
            )
        self.exported.emit(written, error)

    def _show_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.busy_label.setVisible(busy)
        self.state.setVisible(not busy)
        self.word_button.setEnabled(not busy)
        self.pdf_button.setEnabled(not busy)
        if self.meeting is not None:
            held = self.meeting.status not in (MeetingStatus.GEPLAND, MeetingStatus.BEZIG)
            self.mail_button.setEnabled(not busy and held)
