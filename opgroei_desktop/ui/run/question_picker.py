"""'Vraag op het scherm': the library's conversation questions, one on the beamer at a time.

The facilitator searches the questions (per DOEN component and per challenge), presses Enter,
and the question replaces the step's prompt on the beamer until the next step or until it is
taken off again. The console keeps the keyboard; the beamer only shows.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...library import Library
from .run_state import RunState

TEXT_ROLE = Qt.ItemDataRole.UserRole


def conversation_questions(library: Library) -> list[tuple[str, str]]:
    """(where it comes from, question) for every conversation question in the library."""
    found = [(c.title, q) for c in library.components for q in c.questions]
    found += [(ch.title, q) for ch in library.all_challenges() for q in ch.questions]
    return found


class QuestionPicker(QDialog):
    """Search the conversation questions and put one on the beamer (Enter), or take it off."""

    def __init__(self, library: Library, state: RunState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setWindowTitle(self.tr("Question on the screen"))
        self.resize(720, 560)
        layout = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Search the conversation questions"))
        self.search.setPlaceholderText(self.tr("Search a question; Enter shows it on the screen"))
        self.search.setClearButtonEnabled(True)
        self.questions = QListWidget()
        self.questions.setAccessibleName(self.tr("Conversation questions"))
        self.questions.setWordWrap(True)
        for source, question in conversation_questions(library):
            item = QListWidgetItem(f"{question}\n— {source}")
            item.setData(TEXT_ROLE, question)
            self.questions.addItem(item)
        buttons = QDialogButtonBox()
        self.show_button = buttons.addButton(
            self.tr("Show on the screen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.clear_button = buttons.addButton(
            self.tr("Take the question off the screen"), QDialogButtonBox.ButtonRole.ResetRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        layout.addWidget(self.search)
        layout.addWidget(self.questions, 1)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self.refilter)
        self.search.returnPressed.connect(self.show_current)
        self.questions.itemActivated.connect(lambda _item: self.show_current())
        self.show_button.clicked.connect(self.show_current)
        self.clear_button.clicked.connect(self.take_off)
        buttons.rejected.connect(self.reject)
        self.search.installEventFilter(self)
        self.refilter()

    def refilter(self) -> None:
        """Show only the questions holding every search word; the first one is current."""
        words = self.search.text().casefold().split()
        first = None
        for row in range(self.questions.count()):
            item = self.questions.item(row)
            hidden = not all(word in item.text().casefold() for word in words)
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        self.questions.setCurrentItem(first)

    def show_current(self) -> None:
        """Put the current question on the beamer and close."""
        item = self.questions.currentItem()
        if item is None or item.isHidden():
            return
        self.state.show_question(item.data(TEXT_ROLE))
        self.accept()

    def take_off(self) -> None:
        """Show the step's own prompt again."""
        self.state.show_question("")
        self.accept()

    def eventFilter(self, watched, event) -> bool:  # noqa: ANN001, N802 (Qt's name and types)
        """Up and Down in the search field move through the questions."""
        from PySide6.QtCore import QEvent

        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                step = 1 if event.key() == Qt.Key.Key_Down else -1
                row = self.questions.currentRow() + step
                while 0 <= row < self.questions.count() and self.questions.item(row).isHidden():
                    row += step
                if 0 <= row < self.questions.count():
                    self.questions.setCurrentRow(row)
                return True
        return False
