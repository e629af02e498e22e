"""Saving as you type: a form bound to one stored row, written through the undo stack.

Typed text is saved after a short pause (600 ms), at once when the field loses focus, and on
request (Ctrl+S, closing the window). Choices (check boxes, drop-down lists) are saved at once.
Each save is an ``UpdateCommand``, so Ctrl+Z undoes it; successive saves of the same field merge
into one step. When the store refuses a value, the field keeps what the user typed; when the
team database's server is away, the save is tried again every few seconds until it is back.
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

from ...core.errors import ServerUnavailable
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
        self._fields: dict[str, _Field] = {}
        self._saved: dict[str, Any] = {}
        self._dirty: set[str] = set()
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

    def load(self, row_id: Any, values: dict[str, Any]) -> None:
        """Show ``values`` of row ``row_id``; a field the user is still typing in is kept."""
        if row_id != self.row_id:
            self.flush()
            self._dirty.clear()
            self._saved.clear()
            self.row_id = row_id
        for name, field in self._fields.items():
            if name not in values:
                continue
            value = values[name]
            self._saved[name] = value
            if name in self._dirty or _same(field.get(), value, field.widget.hasFocus()):
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
        self._saved.clear()
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
        command = UpdateCommand(self.work.bus, self.label, self.row_id, self.update, old, new)
        if not self.work.push(command):
            self._saved = previous
            if isinstance(self.work.bus.last_error, ServerUnavailable):
                self._dirty |= set(new)
                QTimer.singleShot(RETRY_MS, self, self.flush)

    def _edited(self, name: str) -> None:
        if self._loading or self.row_id is None:
            return
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
