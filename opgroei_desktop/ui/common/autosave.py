"""Saving as you type: a form bound to one stored row, written through the undo stack.

Typed text is saved after a short pause (600 ms), at once when the field loses focus, and on
request (Ctrl+S, closing the window). Choices (check boxes, drop-down lists) are saved at once.
Each save is an ``UpdateCommand``, so Ctrl+Z undoes it; successive saves of the same field merge
into one step. When the store refuses a value, the field keeps what the user typed; when the
team database's server is away, the save is tried again every few seconds until it is back.

Each save carries the row's version and the values the user started from: when someone else
changed those fields since, the save is refused with their text shown (``core.expected``).
The field keeps what the user typed, and a view refreshing with their text leaves it there;
editing the field again saves it on top of theirs, on purpose.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, QTime, QTimer
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from ...core.errors import ServerUnavailable, StaleEdit
from ...core.pending import PendingEdit, service_name
from ..undo import Service, UpdateCommand
from .context import Workbench

SAVE_DELAY_MS = 600
RETRY_MS = 5000


@dataclass
class _Field:
    widget: QWidget
    get: Callable[[], Any]
    set: Callable[[Any], None]
    immediate: bool


class AutoSaver(QObject):
    """Binds form widgets to the fields of one row and saves what the user changes.

    ``update`` is the service that stores fields (``update(store, row_id, **fields)``);
    ``label`` names the step in the undo menu.
    """

    def __init__(self, work: Workbench, update: Service, label: str, parent: QObject) -> None:
        super().__init__(parent)
        self.work, self.update, self.label = work, update, label
        self.row_id: Any = None
        self.version: int | None = None
        """The row's version the shown values were read at (None: not checked)."""
        self._fields: dict[str, _Field] = {}
        self._saved: dict[str, Any] = {}
        self._dirty: set[str] = set()
        self.kept: dict[str, Any] = {}
        """Fields whose save was refused over a colleague's newer text: the user's text stays
        in the field until they edit it again (which saves it) or choose another row."""
        self._loading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        work.saves.register(self)

    # -- binding -------------------------------------------------------------------------------

    def bind(self, name: str, widget: QWidget) -> None:
        """Bind a standard input widget to the field ``name``."""
        if isinstance(widget, QLineEdit):
            self.bind_custom(
                name, widget, widget.text, lambda text: _set_line(widget, text), widget.textChanged
            )
        elif isinstance(widget, QPlainTextEdit):
            self.bind_custom(
                name, widget, widget.toPlainText, widget.setPlainText, widget.textChanged
            )
        elif isinstance(widget, QCheckBox):
            self.bind_custom(
                name, widget, widget.isChecked, widget.setChecked, widget.toggled, immediate=True
            )
        elif isinstance(widget, QComboBox):
            self.bind_custom(
                name,
                widget,
                widget.currentData,
                lambda value, box=widget: box.setCurrentIndex(max(0, box.findData(value))),
                widget.currentIndexChanged,
                immediate=True,
            )
        elif isinstance(widget, QSpinBox):
            self.bind_custom(name, widget, widget.value, widget.setValue, widget.valueChanged)
        elif isinstance(widget, QDateTimeEdit) and not isinstance(widget, QDateEdit):
            self.bind_custom(
                name,
                widget,
                lambda: widget.dateTime().toPython(),
                lambda value: widget.setDateTime(to_qdatetime(value)),
                widget.dateTimeChanged,
            )
        elif isinstance(widget, QDateEdit):
            self.bind_custom(
                name,
                widget,
                lambda: widget.date().toPython(),
                lambda value: widget.setDate(to_qdate(value)),
                widget.dateChanged,
            )
        else:
            raise TypeError(f"cannot bind {type(widget).__name__}")

    def bind_custom(
        self,
        name: str,
        widget: QWidget,
        get: Callable[[], Any],
        set_: Callable[[Any], None],
        signals: Any,
        *,
        immediate: bool = False,
    ) -> None:
        """Bind any widget through a getter, a setter and its change signal (or signals)."""
        self._fields[name] = _Field(widget, get, set_, immediate)
        for signal in signals if isinstance(signals, (list, tuple)) else [signals]:
            signal.connect(lambda *_args: self._edited(name))
        widget.installEventFilter(self)
        if isinstance(widget, QAbstractSpinBox) and widget.lineEdit() is not None:
            widget.lineEdit().installEventFilter(self)

    # -- loading and saving ---------------------------------------------------------------------

    def load(self, row_id: Any, values: dict[str, Any], version: int | None = None) -> None:
        """Show ``values`` of row ``row_id`` as read at ``version``; a field the user is still
        typing in, or whose refused text is kept, stays as it is."""
        if row_id != self.row_id:
            self.flush()
            self._dirty.clear()
            self._saved.clear()
            self.kept.clear()
            self.row_id = row_id
            self.version = version
        elif not self._dirty:
            self.version = version
        # While the user types, what they started from stays the base of their save: a
        # colleague's newer text in that field is then found, and refused, at saving.
        for name, field in self._fields.items():
            if name not in values or name in self._dirty:
                continue
            value = values[name]
            self._saved[name] = value
            if name in self.kept or _same(field.get(), value, field.widget.hasFocus()):
                continue
            self._loading = True
            try:
                field.set(value)
            finally:
                self._loading = False

    def clear(self) -> None:
        """Unbind from any row (after saving what waits) and empty the text fields."""
        self.flush()
        self.row_id = None
        self.version = None
        self._saved.clear()
        self.kept.clear()
        self._loading = True
        try:
            for field in self._fields.values():
                if isinstance(field.widget, (QLineEdit, QPlainTextEdit)):
                    field.set("")
        finally:
            self._loading = False

    def flush(self) -> None:
        """Save every changed field now, as one undoable step."""
        self._timer.stop()
        if self.row_id is None or not self._dirty:
            self._dirty.clear()
            return
        names, self._dirty = self._dirty, set()
        new = {name: self._fields[name].get() for name in names}
        old = {name: self._saved.get(name) for name in names}
        new = {name: value for name, value in new.items() if value != old[name]}
        if not new:
            return
        old = {name: old[name] for name in new}
        previous = dict(self._saved)
        self._saved.update(new)
        command = UpdateCommand(
            self.work.bus, self.label, self.row_id, self.update, old, new, self.version
        )
        kept_as = service_name(self.update) if isinstance(self.row_id, str) else None
        if self.work.push(command):
            self.version = command.version
            if kept_as is not None:
                self.work.saves.arrived(kept_as, self.row_id)
            return
        self._saved = previous
        error = self.work.bus.last_error
        if isinstance(error, ServerUnavailable):
            self._dirty |= set(new)
            if kept_as is not None:
                self.work.saves.waiting(
                    PendingEdit(kept_as, self.row_id, new, old, self.version, self.label)
                )
            QTimer.singleShot(RETRY_MS, self, self.flush)
        elif isinstance(error, StaleEdit):
            self._keep_refused(new, error)

    def _keep_refused(self, new: dict[str, Any], error: StaleEdit) -> None:
        """Keep the user's text where a colleague's newer text would have been overwritten;
        the other fields of the refused save are saved at once on top of the newer row."""
        self.version = error.version
        for name, value in error.values.items():
            if name in new:
                self.kept[name] = new[name]
                self._saved[name] = value
        rest = set(new) - set(self.kept)
        if rest:
            self._dirty |= rest
            QTimer.singleShot(0, self, self.flush)

    def _edited(self, name: str) -> None:
        if self._loading or self.row_id is None:
            return
        self.kept.pop(name, None)  # edited again after a refusal: the user's text is meant
        self._dirty.add(name)
        if self._fields[name].immediate:
            self.flush()
        else:
            self.work.saves.state.emit("pending")
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.FocusOut and self._dirty:
            self.flush()
        return False


def _set_line(widget: QLineEdit, text: str) -> None:
    widget.setText(text)
    if not widget.hasFocus():
        widget.setCursorPosition(0)  # show the start of a long text, not its end


def _same(shown: Any, stored: Any, typing: bool) -> bool:
    """Whether a widget already shows ``stored``; while typing, spaces the store trims count
    as the same, so the cursor does not jump."""
    if shown == stored:
        return True
    if typing and isinstance(shown, str) and isinstance(stored, str):
        return shown.split() == stored.split()
    return False


def to_qdatetime(value: datetime | None) -> QDateTime:
    """A local wall-clock ``datetime`` as a QDateTime (now, rounded, when there is none)."""
    if value is None:
        now = QDateTime.currentDateTime()
        return QDateTime(now.date(), QTime(now.time().hour(), 0))
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))


def to_qdate(value: date | None) -> QDate:
    """A ``date`` as a QDate (today when there is none)."""
    return QDate(value.year, value.month, value.day) if value else QDate.currentDate()
