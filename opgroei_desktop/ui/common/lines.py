"""Text lines shared by the console and the exercise panels."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit


class UndoFriendlyLine(QLineEdit):
    """A line whose Ctrl+Z first undoes typing; on an empty history the window's undo stack
    gets the key (undoing what was filed or stored)."""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            undo = event.matches(QKeySequence.StandardKey.Undo) and not self.isUndoAvailable()
            redo = (
                event.matches(QKeySequence.StandardKey.Redo)
                or event.keyCombination().toCombined() == QKeySequence("Ctrl+Y")[0].toCombined()
            ) and not self.isRedoAvailable()
            if undo or redo:
                # Leave the key to the window's undo stack.
                event.ignore()
                return True
        return super().event(event)
