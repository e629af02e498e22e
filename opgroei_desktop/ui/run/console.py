"""The facilitator console: check-in, the running meeting with its capture line, the closing.

The capture line keeps the focus (a click elsewhere gives it back), so every other action has
a key with a modifier or a function key, shown on its button; no button takes the keyboard
from the line. The capture line stays on the closing page, so what the room says while it
checks the list is kept too. The console opens the projector window, keeps it on the right
screen and handles the keys that reach the projector.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QKeyCombination, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QBoxLayout,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QStackedWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...worksheets.capture_syntax import CaptureError, match_person, parse_capture
from . import keys
from .capture_bar import CaptureBar
from .checkin import CheckInPage
from .closing_page import ClosingPage
from .entry_editor import EntryEditor
from .meeting_run import MeetingRun
from .message_bar import MessageBar
from .projector import ProjectorWindow
from .projector_controls import ProjectorControls
from .question_picker import QuestionPicker
from .run_page import RunPage
from .run_state import CHECK_IN, FINISHED, RUNNING
from .screens import ProjectorPlacement

FOCUS_SETTLE_MS = 300
_TYPING_WIDGETS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox)


class ElidedLabel(QLabel):
    """A one-line label that shortens its text with '…' rather than pushing others away."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full_text = text
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setToolTip(text)
        self.setAccessibleName(text)
        self.setMinimumWidth(80)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def resizeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        metrics = self.fontMetrics()
        self.setText(metrics.elidedText(self.full_text, Qt.TextElideMode.ElideRight, self.width()))


class ConsoleWindow(QWidget):
    """The facilitator's window for one meeting; owns the projector window."""

    def __init__(self, run: MeetingRun, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.run, self.state, self.settings = run, run.state, settings
        self.setWindowTitle(self.tr("Run meeting — {0}").format(run.meeting.title))
        self.setAccessibleName(self.tr("Facilitator console"))
        self.setMinimumSize(1024, 640)
        self.resize(1280, 760)
        self.editor: EntryEditor | None = None
        self._attendance_open = False
        self._closed = False
        self._slots: dict[str, Callable[[], object]] = {}

        self.projector = ProjectorWindow(self.state)
        self.placement = ProjectorPlacement(self.projector, self, settings)
        self.messages = MessageBar()
        self.title = ElidedLabel(run.meeting.title)
        self.title.setProperty("role", "heading")
        self.controls = ProjectorControls(self.state, self.placement, settings)
        self.top = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.top.addWidget(self.title, 1)
        self.top.addWidget(self.controls)

        self.checkin = CheckInPage(run)
        self.run_page = RunPage(run)
        self.closing = ClosingPage(self.state)
        self.pages = QStackedWidget()
        for page in (self.checkin, self.run_page, self.closing):
            self.pages.addWidget(page)
        self.capture = CaptureBar()
        self.capture.line.names = lambda: [name for _, name in run.people_for_owner()]

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(self.messages)
        layout.addLayout(self.top)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.capture)

        run.bus.failed.connect(self._show_failure)
        run.bus.noticed.connect(self.messages.show_notice)
        self.placement.notice.connect(self.messages.show_notice)
        self.capture.submitted.connect(self.file_line)
        self.projector.keyForwarded.connect(self._key_from_projector)
        self.checkin.startRequested.connect(self.start)
        self.closing.finishRequested.connect(self.finish)
        self.closing.backRequested.connect(self.state.previous_step)
        self.closing.closeRequested.connect(self.close)
        self.run_page.entries.editRequested.connect(self.edit_entry)
        self.run_page.entries.deleteRequested.connect(self.run.delete_entry)
        for signal in (self.state.phaseChanged, self.state.stepChanged):
            signal.connect(self._show_page)
        self.question_picker: QuestionPicker | None = None
        self._add_shortcuts()
        QApplication.instance().installEventFilter(self)
        self._show_page()
        if self.state.phase == RUNNING:
            self.messages.show_notice(self._resume_text())

    # -- pages and focus ---------------------------------------------------------------------

    def _show_page(self, *_: object) -> None:
        state = self.state
        if state.phase == CHECK_IN or self._attendance_open:
            page = self.checkin
        elif state.phase == FINISHED or state.at_closing:
            page = self.closing
        else:
            page = self.run_page
        changed = self.pages.currentWidget() is not page
        self.pages.setCurrentWidget(page)
        capturing = self._capturing()
        self.capture.setVisible(capturing)
        self.capture.line.setEnabled(capturing)
        if changed:
            QTimer.singleShot(0, self.focus_default)

    def _capturing(self) -> bool:
        """True on the pages where the capture line files what is said."""
        page = self.pages.currentWidget()
        return page is self.run_page or (page is self.closing and self.state.phase == RUNNING)

    def focus_default(self) -> None:
        """Put the keyboard where it belongs on the current page."""
        self._default_widget().setFocus(Qt.FocusReason.OtherFocusReason)

    def _default_widget(self) -> QWidget:
        page = self.pages.currentWidget()
        if self._capturing():
            return self.capture.line
        if page is self.checkin:
            return self.checkin.first_field()
        return self.closing.close_button

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if (
            event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(watched, QWidget)
            and watched.window() is self
            and self._capturing()
        ):
            QTimer.singleShot(0, self._refocus)
        return False

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self._refocus()

    def _refocus(self) -> None:
        if not self._capturing():
            return
        focused = QApplication.focusWidget()
        if focused is not None and focused.window() is not self:
            return
        if focused is not None and self.run_page.exercise.isAncestorOf(focused):
            return
        if not isinstance(focused, _TYPING_WIDGETS) or focused is self.capture.line:
            self.capture.line.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- the meeting -------------------------------------------------------------------------

    def start(self) -> None:
        """Start the meeting from the check-in (or return to it)."""
        self._attendance_open = False
        if self.state.phase == RUNNING:
            self._show_page()
            return
        if self.run.begin():
            self.state.start()
            self._show_page()

    def finish(self) -> None:
        """Mark the meeting held, after the room checked the closing list."""
        if self.state.phase == RUNNING and self.state.at_closing and self.run.finish():
            self.messages.show_notice(self.tr("The meeting is finished and marked as held."))

    def toggle_attendance(self) -> None:
        """Open the check-in during the meeting (for late arrivals), or go back."""
        if self.state.phase != RUNNING:
            return
        self._attendance_open = not self._attendance_open
        self._show_page()

    def file_line(self, text: str) -> None:
        """File the typed line under the current step; a mistake keeps the text and says why."""
        if not self._capturing():
            return
        try:
            parsed = parse_capture(
                text, today=date.today(), voice=self.capture.voice, kind=self.capture.kind
            )
            owner = (
                match_person(parsed.owner, self.run.people_for_owner()) if parsed.owner else None
            )
        except CaptureError as error:
            self.messages.show_error(str(error))
            return
        if self.run.capture(parsed, owner):
            self.capture.line.reset()
            self.messages.clear_error()

    def edit_entry(self, entry_id: str) -> None:
        """Open the editor for one entry (not modal: the meeting goes on)."""
        entry = self.state.entry(entry_id)
        if entry is None:
            return
        if self.editor is not None:
            self.editor.close()
        self.editor = EntryEditor(self.run, entry, self)
        self.editor.finished.connect(lambda _: QTimer.singleShot(0, self._refocus))
        self.editor.show()
        self.editor.text.setFocus()

    def _selected(self, action: Callable[[str], object]) -> None:
        entry_id = self.run_page.entries.selected_id()
        if entry_id and self.pages.currentWidget() is self.run_page:
            action(entry_id)

    def _resume_text(self) -> str:
        step = self.state.current_step
        where = step.title if step is not None else self.tr("the closing")
        return self.tr(
            "This meeting was already running: you continue at “{0}”. The timer is paused; "
            "start it with Ctrl+Space."
        ).format(where)

    # -- keys --------------------------------------------------------------------------------

    def _add_shortcuts(self) -> None:
        state, run_only = self.state, self._on_run_page
        self._keys(keys.NEXT_STEP, lambda: self._page(1))
        self._keys(keys.PREVIOUS_STEP, lambda: self._page(-1))
        self._keys(keys.TIMER, state.toggle_running)
        self._keys(keys.ONE_MINUTE_MORE, lambda: state.add_minutes(1))
        self._keys(keys.FIVE_MINUTES_MORE, lambda: state.add_minutes(5))
        self._keys(keys.ONE_MINUTE_LESS, lambda: state.add_minutes(-1))
        self._keys(keys.BLANK, state.toggle_blank)
        self._keys(keys.PRIVACY, state.toggle_privacy)
        self._keys(keys.THEME, state.toggle_theme)
        self._keys(keys.FULL_SCREEN, self._toggle_full_screen)
        self._keys(keys.ATTENDANCE, self.toggle_attendance)
        self._keys(keys.CONFIRM, self._confirm)
        self._keys(keys.ADD_WALK_IN, self._walk_in)
        self._keys(keys.BACK_TO_LINE, self._escape)
        self._keys(keys.EXERCISE, lambda: run_only(self.run_page.exercise.take_keyboard))
        self._keys(keys.QUESTION, lambda: run_only(self.pick_question))
        self._keys(keys.EDIT_ENTRY, lambda: self._selected(self.edit_entry))
        self._keys(keys.DELETE_ENTRY, lambda: self._selected(self.run.delete_entry))
        self._keys(keys.PICK_EARLIER, lambda: run_only(lambda: self.run_page.entries.pick(-1)))
        self._keys(keys.PICK_LATER, lambda: run_only(lambda: self.run_page.entries.pick(1)))
        for voice, sequence in keys.VOICE_KEYS.items():
            self._keys([sequence], lambda v=voice: run_only(lambda: self.capture.set_voice(v)))
        self._keys([keys.NO_VOICE], lambda: run_only(lambda: self.capture.set_voice(None)))
        for kind, sequence in keys.KIND_KEYS.items():
            self._keys([sequence], lambda k=kind: run_only(lambda: self.capture.set_kind(k)))
        undo = self.run.undo_stack.createUndoAction(self, self.tr("Undo"))
        undo.setShortcuts(keys.undo_keys())
        redo = self.run.undo_stack.createRedoAction(self, self.tr("Redo"))
        redo.setShortcuts(keys.redo_keys())
        for action in (undo, redo):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)
            for sequence in action.shortcuts():
                self._slots[sequence.toString()] = action.trigger

    def pick_question(self) -> QuestionPicker:
        """Open the picker of conversation questions to show one on the beamer (F7)."""
        if self.question_picker is None:
            self.question_picker = QuestionPicker(self.run.library, self.state, self)
            self.question_picker.finished.connect(lambda _result: self._refocus_line())
        self.question_picker.show()
        self.question_picker.search.setFocus()
        self.question_picker.search.selectAll()
        return self.question_picker

    def _keys(self, sequences: list[QKeySequence], slot: Callable[[], object]) -> None:
        for sequence in sequences:
            shortcut = QShortcut(sequence, self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)
            self._slots[sequence.toString()] = slot

    def _on_run_page(self, action: Callable[[], object]) -> None:
        if self.pages.currentWidget() is self.run_page:
            action()

    def _when_running(self, action: Callable[[], object]) -> None:
        if self.state.phase == RUNNING and not self._attendance_open:
            action()

    def _page(self, direction: int) -> None:
        """PgDn/PgUp: the next or previous step; after the meeting, the recap's pages."""
        state = self.state
        if state.phase == FINISHED:
            state.turn_recap(direction)
        else:
            self._when_running(state.next_step if direction > 0 else state.previous_step)

    def _confirm(self) -> None:
        page = self.pages.currentWidget()
        if page is self.checkin:
            self.checkin.request_start()
        elif page is self.closing and self.state.phase == RUNNING:
            self.closing.confirm_or_ask()

    def _escape(self) -> None:
        if self.pages.currentWidget() is self.closing and self.closing.asking:
            self.closing.cancel_finish()
        if self._capturing():
            self._refocus_line()

    def _walk_in(self) -> None:
        if self.state.phase == RUNNING and not self._attendance_open:
            self.toggle_attendance()
        if self.pages.currentWidget() is self.checkin:
            self.checkin.focus_walk_in()

    def _show_failure(self, text: str) -> None:
        # The bus is shared with the main window; its refusals are shown where they happen.
        active = QApplication.activeWindow()
        if active is None or active in (self, self.projector, self.editor):
            self.messages.show_error(text)

    def _key_from_projector(self, event: QKeyEvent) -> None:
        """A key that reached the projector does what it does in the console: a console key
        runs its command, anything else goes to where the console's keyboard is."""
        self.take_keyboard()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        sequence = QKeySequence(QKeyCombination(modifiers, Qt.Key(event.key()))).toString()
        slot = self._slots.get(sequence)
        if slot is not None:
            slot()
            return
        target = self.focusWidget() or self._default_widget()
        QApplication.sendEvent(target, event)

    def _refocus_line(self) -> None:
        self.capture.line.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _toggle_full_screen(self) -> None:
        if self.projector.isVisible() and self.projector.isFullScreen():
            self.placement.show_windowed()
        else:
            self.placement.place()

    # -- opening and closing -----------------------------------------------------------------

    def showEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not self.projector.isVisible():
            QTimer.singleShot(0, self._first_placement)

    def _first_placement(self) -> None:
        if not self.projector.isVisible() and self.isVisible():
            self.placement.place()
            self.controls.fill_screens()
            self.take_keyboard()
            # Some window systems hand the keyboard to the window mapped last, a moment later.
            QTimer.singleShot(FOCUS_SETTLE_MS, self.take_keyboard)

    def take_keyboard(self) -> None:
        """Make the console the active window, with the keyboard where it belongs."""
        self.raise_()
        self.activateWindow()
        self.focus_default()

    def resizeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        # On a narrow laptop screen the projector buttons get a row of their own.
        narrow = self.width() < self.controls.sizeHint().width() + 260
        self.top.setDirection(
            QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if not self._closed:
            self._closed = True
            QApplication.instance().removeEventFilter(self)
            self.run.bus.failed.disconnect(self._show_failure)
            self.run.bus.noticed.disconnect(self.messages.show_notice)
            if self.editor is not None:
                self.editor.close()
            self.run.close()
            self.projector.close_for_good()
        super().closeEvent(event)
