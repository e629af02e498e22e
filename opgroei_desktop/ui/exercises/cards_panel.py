"""The console panel of the assumption cards (Komedie): write, reveal one at a time, judge."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.services.exercises import PARTIES, CardVerdict
from .. import labels
from ..theme import COLOURS
from .controller import CARDS, ExerciseRun
from .inline_edit import TEXT_ROLE, InlineEditDelegate, start_editing
from .words import verdict_word

VERDICT_KEYS = {
    Qt.Key.Key_1: CardVerdict.WAAR.value,
    Qt.Key.Key_2: CardVerdict.DEELS.value,
    Qt.Key.Key_3: CardVerdict.NIET_WAAR.value,
}


class CardList(QListWidget):
    """The pile: Enter turns the selected card over on the projector, 1/2/3 judge it,
    F2 corrects its text, Delete removes it."""

    def __init__(self, panel: CardsPanel) -> None:
        super().__init__()
        self.panel = panel
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_F2
            and not event.modifiers()
        ):
            event.accept()  # the pile's own key here (edit the card), not the window's
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        key = event.key()
        if key == Qt.Key.Key_F2 and not event.modifiers():
            self.panel.edit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.panel.reveal()
        elif key in VERDICT_KEYS and not event.modifiers():
            self.panel.judge(VERDICT_KEYS[key])
        elif key == Qt.Key.Key_Delete:
            self.panel.remove()
        else:
            super().keyPressEvent(event)


class CardLine(QLineEdit):
    """The text of a new card: Enter adds it to the pile, Ctrl+Enter adds it and shows it at
    once, as the card is read out in the room."""

    addAndShow = Signal()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and self._is_show_key(event):
            event.accept()  # the line's own key here, not "start or finish the meeting"
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if self._is_show_key(event):
            self.addAndShow.emit()
        else:
            super().keyPressEvent(event)

    @staticmethod
    def _is_show_key(event: QEvent) -> bool:
        return (
            isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        )


class CardsPanel(QWidget):
    """Write cards for either side, then turn them over and record the other side's answer."""

    def __init__(self, exercises: ExerciseRun, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.exercises, self.state = exercises, exercises.state
        self.cards: list[Any] = []
        self.author = QComboBox()
        self.author.setAccessibleName(self.tr("Who wrote the card"))
        for party in PARTIES:
            self.author.addItem(labels.party(party), party)
        self.anonymous = QCheckBox(self.tr("Anon&ymous"))
        self.anonymous.setAccessibleName(self.tr("Anonymous"))
        self.anonymous.setChecked(True)
        self.text = CardLine()
        self.text.setAccessibleName(self.tr("Text of a new card"))
        self.text.setPlaceholderText(
            self.tr("They surely think that we… (Enter adds, Ctrl+Enter adds and shows)")
        )
        self.text.returnPressed.connect(self._add)
        self.text.addAndShow.connect(self._add_and_show)
        self.list = CardList(self)
        self.list.setAccessibleName(self.tr("Cards"))
        self.list.setWordWrap(True)
        self.list.itemDoubleClicked.connect(lambda _: self.reveal())
        self.list.currentRowChanged.connect(lambda _: self._show_reaction())
        self.texts = InlineEditDelegate(self.list, self._edit_row)
        self.texts.finished = self._edit_over
        self.list.setItemDelegate(self.texts)
        self._stale = False
        self.reveal_button = QPushButton(self.tr("Show (Enter)"))
        self.reveal_button.setAccessibleName(self.tr("Show the selected card on the screen"))
        self.reveal_button.setProperty("primary", True)
        self.reveal_button.clicked.connect(self.reveal)
        self.edit_button = QPushButton(self.tr("Edit text (F2)"))
        self.edit_button.setAccessibleName(self.tr("Correct the text of the selected card"))
        self.edit_button.clicked.connect(self.edit)
        self.verdict_buttons = {}
        for number, verdict in enumerate(VERDICT_KEYS.values(), 1):
            button = QPushButton(f"{verdict_word(verdict)} ({number})")
            button.setAccessibleName(verdict_word(verdict))
            button.clicked.connect(lambda _=False, v=verdict: self.judge(v))
            self.verdict_buttons[verdict] = button
        self.reaction = QLineEdit()
        self.reaction.setAccessibleName(self.tr("Reaction of the other side"))
        self.reaction.setPlaceholderText(self.tr("Their reaction in one sentence; Enter saves"))
        self.reaction.returnPressed.connect(self._save_reaction)
        hint = QLabel(self.tr("In the list: Enter shows the card, 1 true · 2 partly · 3 not true."))
        hint.setProperty("role", "muted")
        hint.setWordWrap(True)
        write = QHBoxLayout()
        write.addWidget(self.author)
        write.addWidget(self.anonymous)
        write.addWidget(self.text, 1)
        judge = QHBoxLayout()
        judge.addWidget(self.reveal_button)
        judge.addWidget(self.edit_button)
        judge.addStretch(1)
        for button in self.verdict_buttons.values():
            judge.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(write)
        layout.addWidget(self.list, 1)
        layout.addWidget(hint)
        layout.addLayout(judge)
        layout.addWidget(self.reaction)
        self.state.exerciseChanged.connect(self._on_exercise)
        self.render()

    def focus_target(self) -> QWidget:
        """Where F6 puts the keyboard: the pile, or the text line when it is empty."""
        return self.list if self.cards else self.text

    def _on_exercise(self, exercise: str) -> None:
        if exercise == CARDS:
            self.render()

    def render(self) -> None:
        """List the cards with their author, whether shown, and the verdict (after a text
        being edited in place is done)."""
        if self.texts.editing():
            self._stale = True
            return
        self._stale = False
        self.cards = list(self.state.exercise_data.get(CARDS) or [])
        selected = self.selected()
        keep = selected.id if selected is not None else None
        self.list.blockSignals(True)
        self.list.clear()
        for number, card in enumerate(self.cards, 1):
            marks = []
            if card.id == self.state.shown_card_id:
                marks.append("▶")
            elif card.revealed_at is not None:
                marks.append("✓")
            verdict = f" — {verdict_word(card.verdict)}" if card.verdict else ""
            line = (
                f"{' '.join(marks)} {number}. [{labels.party(card.author_party)}] "
                f"{' '.join(card.text.split())}{verdict}"
            ).strip()
            item = QListWidgetItem(line)
            item.setData(Qt.ItemDataRole.UserRole, card.id)
            item.setData(TEXT_ROLE, card.text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            item.setData(Qt.ItemDataRole.DecorationRole, QColor(COLOURS.party(card.author_party)))
            self.list.addItem(item)
        ids = [card.id for card in self.cards]
        target = keep if keep in ids else self.state.shown_card_id
        if target in ids:
            self.list.setCurrentRow(ids.index(target))
        elif ids:
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        has = bool(self.cards)
        self.reveal_button.setEnabled(has)
        self.edit_button.setEnabled(has)
        for button in self.verdict_buttons.values():
            button.setEnabled(has)
        self._show_reaction()

    def selected(self) -> Any:
        """The selected card, or None."""
        item = self.list.currentItem()
        card_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return next((card for card in self.cards if card.id == card_id), None)

    def reveal(self) -> None:
        """Turn the selected card over on the projector."""
        card = self.selected()
        if card is not None:
            self.exercises.reveal(card)
            self.render()

    def judge(self, verdict: str) -> None:
        """Record the verdict on the selected card, with the reaction typed so far."""
        card = self.selected()
        if card is not None:
            self.exercises.judge(card, verdict, self.reaction.text().strip())

    def edit(self) -> None:
        """Correct the selected card's text in place; Enter stores it, Esc keeps the old."""
        item = self.list.currentItem()
        if item is not None:
            start_editing(self.list, self.list.indexFromItem(item))

    def _edit_row(self, index: QModelIndex, text: str) -> bool:
        card_id = index.data(Qt.ItemDataRole.UserRole)
        card = next((card for card in self.cards if card.id == card_id), None)
        return card is None or self.exercises.edit_card(card, text.strip())

    def _edit_over(self) -> None:
        if self._stale:
            self.render()

    def remove(self) -> None:
        """Delete the selected card."""
        card = self.selected()
        if card is not None:
            self.exercises.remove_card(card.id)

    def _add(self) -> bool:
        text = self.text.text().strip()
        party = self.author.currentData()
        if text and self.exercises.add_card(party, text, self.anonymous.isChecked()):
            self.text.clear()
            return True
        return False

    def _add_and_show(self) -> None:
        if self._add():
            cards = self.state.exercise_data.get(CARDS) or []
            if cards:
                self.exercises.reveal(cards[-1])

    def _save_reaction(self) -> None:
        card = self.selected()
        if card is not None and card.verdict:
            self.exercises.judge(card, card.verdict, self.reaction.text().strip())
            self.list.setFocus()

    def _show_reaction(self) -> None:
        card = self.selected()
        if not self.reaction.hasFocus():
            self.reaction.setText(card.reaction if card is not None else "")
