"""A table for fast score entry: type 1–5 in a cell and the cursor moves on.

0, Delete or Backspace clears a score; arrows and Tab move as in any table. The grid only
reports what was typed (``scoreEntered``); the panel stores it and fills the grid again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
)

from .charts import HEAT, HEAT_TEXT

DOWN = "down"
RIGHT = "right"
_DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 6)}
_CLEAR = (Qt.Key.Key_0, Qt.Key.Key_Delete, Qt.Key.Key_Backspace)


class ScoreGrid(QTableWidget):
    """Rows of things to score; score columns from ``first_score_column`` on.

    After a digit the cursor moves down the column (``DOWN``: one person or party scores
    every statement) or right within its block of columns (``RIGHT``: one party rates every
    criterion of a scenario, then the next scenario).
    """

    scoreEntered = Signal(int, int, object)

    def __init__(self, first_score_column: int, move: str = DOWN) -> None:
        super().__init__()
        self.first_score_column = first_score_column
        self.move = move
        self.blocks: Sequence[range] = ()
        self.letters: dict[int, Callable[[], None]] = {}
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setTabKeyNavigation(True)
        self.setWordWrap(True)
        self.setAlternatingRowColors(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setAccessibleName(self.tr("Column titles"))
        self.verticalHeader().setAccessibleName(self.tr("Row titles"))
        self.setCornerButtonEnabled(False)
        corner = self.findChild(QAbstractButton, "qt_tableview_cornerbutton")
        if corner is not None:
            corner.setAccessibleName(self.tr("Select all"))

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in self.letters
            and not event.modifiers()
        ):
            event.accept()  # the grid's own key here (F2 renames), not the window's
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        row, column = self.currentRow(), self.currentColumn()
        key = event.key()
        in_scores = row >= 0 and column >= self.first_score_column
        if (
            in_scores
            and key in _DIGITS
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self.scoreEntered.emit(row, column, _DIGITS[key])
            self._advance(row, column)
        elif in_scores and key in _CLEAR and not event.modifiers():
            self.scoreEntered.emit(row, column, None)
        elif key in self.letters and not event.modifiers():
            self.letters[key]()
        else:
            super().keyPressEvent(event)

    def _advance(self, row: int, column: int) -> None:
        rows, columns = self.rowCount(), self.columnCount()
        if self.move == DOWN:
            if row + 1 < rows:
                self.setCurrentCell(row + 1, column)
            elif column + 1 < columns:
                self.setCurrentCell(0, column + 1)
            return
        block = next((b for b in self.blocks if column in b), range(column, columns))
        if column + 1 in block:
            self.setCurrentCell(row, column + 1)
        elif row + 1 < rows:
            self.setCurrentCell(row + 1, block.start)

    def put(self, row: int, column: int, score: int | None) -> None:
        """Show ``score`` in a cell: the number on its colour, or empty."""
        item = self.item(row, column)
        if item is None:
            item = QTableWidgetItem()
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            font = QFont(item.font())
            font.setBold(True)
            item.setFont(font)
            self.setItem(row, column, item)
        item.setText(str(score) if score else "")
        if score:
            item.setBackground(QBrush(QColor(HEAT[score])))
            item.setForeground(QBrush(QColor(HEAT_TEXT[score])))
        else:
            item.setBackground(QBrush())
            item.setForeground(QBrush())

    def text_cell(self, row: int, column: int, text: str, muted: bool = False) -> None:
        """A read-only text cell (a statement, a scenario's name)."""
        item = QTableWidgetItem(text)
        item.setToolTip(text)
        if muted:
            item.setForeground(QBrush(QColor("#55606C")))
        self.setItem(row, column, item)
