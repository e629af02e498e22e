"""Editing a name or a text in place, in a list or table of the exercise panels (F2).

The editor shows the row's stored text (not the line the list displays with its marks), and
Enter hands the new text to the panel only after the editor has closed, because saving makes
the panel rebuild its rows. A refused save (adopted minutes, an empty text) opens the editor
again with what was typed, so nothing typed is lost; Esc gives up the edit.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

TEXT_ROLE = Qt.ItemDataRole.UserRole + 1
"""Where a row keeps the text the editor starts from."""


class InlineLine(QLineEdit):
    """The editor: Esc and Enter are its own keys here, not the window's shortcuts."""

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()  # the list must not also take Enter (show the card)


class InlineEditDelegate(QStyledItemDelegate):
    """Edits ``TEXT_ROLE`` of a row in place; ``save(index, text)`` stores it and says
    whether it was taken."""

    def __init__(self, view: QAbstractItemView, save: Callable[[QModelIndex, str], bool]) -> None:
        super().__init__(view)
        self.view, self.save = view, save
        self._retry: tuple[QPersistentModelIndex, str] | None = None
        self.closeEditor.connect(lambda *_: self._closed())
        self.finished: Callable[[], None] = lambda: None
        """Called when an edit is over (saved, refused and given up, or cancelled)."""

    def editing(self) -> bool:
        """Whether an editor is open in the view."""
        return self.view.state() == QAbstractItemView.State.EditingState

    def createEditor(  # noqa: N802 (Qt's name)
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex
    ) -> QWidget:
        editor = InlineLine(parent)
        editor.setAccessibleName(self.view.accessibleName())
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QLineEdit)
        retry, self._retry = self._retry, None
        if retry is not None and QModelIndex(retry[0]) == index:
            editor.setText(retry[1])
        else:
            editor.setText(str(index.data(TEXT_ROLE) or ""))
            editor.selectAll()

    def setModelData(  # noqa: N802 (Qt's name)
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex
    ) -> None:
        assert isinstance(editor, QLineEdit)
        text = editor.text()
        if text == str(index.data(TEXT_ROLE) or ""):
            return
        row = QPersistentModelIndex(index)
        # The rows are rebuilt when the change is stored: save once the editor is gone.
        QTimer.singleShot(0, self, lambda: self._save(row, text))

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and isinstance(editor, QLineEdit)
        ):
            # Tab ends the edit here; it does not open an editor in the next cell.
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
            return True
        return super().eventFilter(editor, event)

    def _save(self, row: QPersistentModelIndex, text: str) -> None:
        index = QModelIndex(row)
        if not index.isValid() or self.save(index, text):
            return
        self._retry = (row, text)
        self.view.setCurrentIndex(index)
        self.view.edit(index)

    def _closed(self) -> None:
        QTimer.singleShot(0, self, self._after_close)

    def _after_close(self) -> None:
        if not self.editing():
            self.finished()


def start_editing(view: QAbstractItemView, index: QModelIndex) -> bool:
    """Open the in-place editor on ``index`` (F2 or a button)."""
    if not index.isValid():
        return False
    view.setFocus()
    view.setCurrentIndex(index)
    return view.edit(index)
